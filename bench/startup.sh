#!/usr/bin/env bash
# Startup of the packaged application, for one or more ways of starting it: the time from the start to the first
# GraphQL answer read from the database, the CPU time used until then (less sensitive than the wall clock to other
# work on the machine), and the resident memory (RSS) at that moment; the median of $RUNS starts (default 5) of each.
#
#   bench/startup.sh 'COMMAND' ['COMMAND'...]    e.g. bench/startup.sh 'java -jar target/quarkus-app/quarkus-run.jar'
#
# Each COMMAND is a shell command line whose last step execs the application (e.g. 'cd dir && exec java ...').
# They get the port and data folder by environment (QUARKUS_HTTP_PORT, RIVALRY_DATA_DIR), so a jar and a native
# executable are measured alike. The commands take turns, one start each per round, so that all of them meet the
# same load. One unmeasured start first migrates a fresh H2 file database: the measured starts are restarts on
# existing data, as a container's are; with FRESH=1 every start is on a new, empty database instead (it migrates).
set -euo pipefail

runs=${RUNS:-5}
export QUARKUS_HTTP_PORT=${PORT:-$((20000 + RANDOM % 20000))}
RIVALRY_DATA_DIR=$(mktemp -d)
export RIVALRY_DATA_DIR
log="$RIVALRY_DATA_DIR/app.log"
query='{"query":"{ person(name: \"Mark Zuckerberg\") { companies { products { name } } } }"}'

# One start of the command line $1: prints "wall-ms cpu-ms rss-KiB".
measure() {
    local start pid elapsed cpu rss
    # Another process on the port would answer in our place.
    if (exec 3<>"/dev/tcp/127.0.0.1/$QUARKUS_HTTP_PORT") 2>/dev/null; then
        echo "port $QUARKUS_HTTP_PORT is taken: set PORT" >&2
        return 1
    fi
    if [ "${FRESH:-0}" = 1 ]; then
        rm -f "$RIVALRY_DATA_DIR"/rivalry.*
    fi
    start=$(date +%s%N)
    bash -c "$1" >"$log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null -H 'Content-Type: application/json' -d "$query" \
            "http://localhost:$QUARKUS_HTTP_PORT/graphql"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$log" >&2
            echo "the application exited: $1" >&2
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

measure "$1" >/dev/null
declare -A results
for round in $(seq 1 "$runs"); do
    for command in "$@"; do
        read -r ms cpu kib < <(measure "$command")
        echo "round $round: ${ms} ms, ${cpu} ms CPU, $((kib / 1024)) MiB RSS (load $(cut -d' ' -f1 /proc/loadavg)): $command"
        results[$command]+="$ms $cpu $kib"$'\n'
    done
done
# Field $1 of the results of command $2.
column() { printf '%s' "${results[$2]}" | cut -d' ' -f"$1" | median; }
for command in "$@"; do
    echo "median of $runs: $(column 1 "$command") ms to the first answer, $(column 2 "$command") ms CPU," \
        "$(($(column 3 "$command") / 1024)) MiB RSS: $command"
done
rm -rf "$RIVALRY_DATA_DIR"
