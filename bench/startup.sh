#!/usr/bin/env bash
# Startup of the packaged application: the time from starting COMMAND to its first GraphQL answer read from the
# database, and its resident memory (RSS) at that moment; the median of $RUNS runs (default 5).
#
#   bench/startup.sh COMMAND...      e.g. bench/startup.sh java -jar target/quarkus-app/quarkus-run.jar
#
# COMMAND gets its port and data folder by environment (QUARKUS_HTTP_PORT, RIVALRY_DATA_DIR), so a jar and a native
# executable are measured alike. One unmeasured start first migrates a fresh H2 file database and warms the page
# cache: the measured starts are restarts on existing data, as a container's are.
set -euo pipefail

runs=${RUNS:-5}
export QUARKUS_HTTP_PORT=${PORT:-18181}
RIVALRY_DATA_DIR=$(mktemp -d)
export RIVALRY_DATA_DIR
log="$RIVALRY_DATA_DIR/app.log"
query='{"query":"{ person(name: \"Mark Zuckerberg\") { companies { products { name } } } }"}'

# One start: prints "milliseconds rss-KiB".
measure() {
    local start pid elapsed rss
    start=$(date +%s%N)
    "$@" >"$log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null -H 'Content-Type: application/json' -d "$query" \
            "http://localhost:$QUARKUS_HTTP_PORT/graphql"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$log" >&2
            echo "the application exited" >&2
            return 1
        fi
        sleep 0.01
    done
    elapsed=$((($(date +%s%N) - start) / 1000000))
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" || true
    echo "$elapsed $rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure "$@" >/dev/null
results=()
for i in $(seq 1 "$runs"); do
    read -r ms kib < <(measure "$@")
    echo "run $i: ${ms} ms, $((kib / 1024)) MiB RSS"
    results+=("$ms $kib")
done
ms=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)
kib=$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)
echo "median of $runs: ${ms} ms to the first answer, $((kib / 1024)) MiB RSS ($*)"
rm -rf "$RIVALRY_DATA_DIR"
