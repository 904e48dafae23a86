#!/bin/bash
# The images' HEALTHCHECK. The native runtime image has bash but no curl, so this speaks HTTP over bash's /dev/tcp:
# healthy when a GraphQL query that reads the database answers with data. (Switch to /q/health/ready once the
# health extension is in the application.)
set -euo pipefail
port=${QUARKUS_HTTP_PORT:-8080}
body='{"query":"{ sources(first: 1) { id } }"}'
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /graphql HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "${#body}" "$body" >&3
# HTTP/1.0: the server closes the connection after its answer, so this reads it whole.
IFS= read -r -d '' -t 5 response <&3 || true
[[ $response == HTTP/1.?' 200'* && $response == *'{"data":{"sources":[{"id":'* ]]
