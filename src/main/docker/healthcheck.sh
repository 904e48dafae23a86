#!/bin/bash
# The images' HEALTHCHECK. The native runtime image has bash but no curl, so this speaks HTTP over bash's /dev/tcp:
# healthy when SmallRye Health's readiness check (the database answers) is UP.
set -euo pipefail
port=${QUARKUS_HTTP_PORT:-8080}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
# HTTP/1.0: the server closes the connection after its answer, so this reads it whole.
IFS= read -r -d '' -t 5 response <&3 || true
[[ $response == HTTP/1.?' 200'* && $response == *'"status": "UP"'* ]]
