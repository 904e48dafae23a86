#!/usr/bin/env bash
# Startup of the packaged application: the time from starting COMMAND to its first GraphQL answer read from the
# database, the CPU time it used until then (less sensitive than the wall clock to other work on the machine), and
# its resident memory (RSS) at that moment; the median of $RUNS runs (default 5) of each.
#
#   bench/startup.sh COMMAND...      e.g. bench/startup.sh java -jar target/quarkus-app/quarkus-run.jar
#
# COMMAND gets its port and data folder by environment (QUARKUS_HTTP_PORT, RIVALRY_DATA_DIR), so a jar and a native
# executable are measured alike. One unmeasured start first migrates a fresh H2 file database and warms the page
# cache: the measured starts are restarts on existing data, as a container's are.
set -euo pipefail

runs=${RUNS:-5}
export QUARKUS_HTTP_PORT=${PORT:-$((20000 + RANDOM % 20000))}
RIVALRY_DATA_DIR=$(mktemp -d)
export RIVALRY_DATA_DIR
log="$RIVALRY_DATA_DIR/app.log"
query='{"query":"{ person(name: \"Mark Zuckerberg\") { companies { products { name } } } }"}'

# One start: prints "wall-ms cpu-ms rss-KiB".
measure() {
    local start pid elapsed cpu rss
    # Another process on the port would answer in our place.
    if (exec 3<>"/dev/tcp/127.0.0.1/$QUARKUS_HTTP_PORT") 2>/dev/null; then
        echo "port $QUARKUS_HTTP_PORT is taken: set PORT" >&2
        return 1
    fi
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
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat")
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" || true
    echo "$elapsed $cpu $rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure "$@" >/dev/null
results=()
for i in $(seq 1 "$runs"); do
    read -r ms cpu kib < <(measure "$@")
    echo "run $i: ${ms} ms, ${cpu} ms CPU, $((kib / 1024)) MiB RSS"
    results+=("$ms $cpu $kib")
done
column() { printf '%s\n' "${results[@]}" | cut -d' ' -f"$1" | median; }
echo "median of $runs: $(column 1) ms to the first answer, $(column 2) ms CPU, $(($(column 3) / 1024)) MiB RSS ($*)"
rm -rf "$RIVALRY_DATA_DIR"
