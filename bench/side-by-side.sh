#!/usr/bin/env bash
# Two builds of the application measured in turns, for changes smaller than the noise between two runs of
# bench/run.sh (about 10 % here). Both run at once on one PostgreSQL database, each is warmed, then each is
# measured ROUNDS times in alternation; besides requests/s, the JVM's CPU time per request is read from /proc.
#
#   bench/side-by-side.sh APP_DIR_A APP_DIR_B [QUERY]
#
# APP_DIR_*: a quarkus-app directory built for PostgreSQL (RIVALRY_DB_KIND=postgresql ./mvnw package), e.g. a copy
# of target/quarkus-app. QUERY: a file name in bench/queries/ without .graphql (nested). The database is the one
# bench/run.sh made (127.0.0.1:$PG_PORT, rivalry_$SCALE; it must be running). Variables: SCALE (100), WARM (40s,
# three times per build), ROUNDS (5), DURATION (15s), CONNECTIONS (16), PG_PORT (55440), JAVA_OPTS_A and JAVA_OPTS_B
# (JVM options of each side, none by default: the same build twice compares JVM settings), PG_DIR (the cluster's
# directory, as .ci/postgres.sh takes it: when set, PostgreSQL's CPU per request is reported too, summed over the
# postmaster's processes, background workers included).
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1 b=$2 query=${3:-nested}
SCALE=${SCALE:-100} WARM=${WARM:-40s} ROUNDS=${ROUNDS:-5} DURATION=${DURATION:-15s} CONNECTIONS=${CONNECTIONS:-16}
PG_PORT=${PG_PORT:-55440}
body=$(mktemp)
/usr/bin/python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
    "bench/queries/$query.graphql" >"$body"

pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -f "$body"' EXIT
start() { # APP_DIR PORT JAVA_OPTS
    # shellcheck disable=SC2086 # the options are words
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$2 RIVALRY_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/rivalry_$SCALE \
        RIVALRY_DB_USER=rivalry RIVALRY_DB_PASSWORD=rivalry java $3 -jar "$1/quarkus-run.jar" >"bench/work/side-$2.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return 0
        sleep 0.2
    done
    echo "the build in $1 did not start: bench/work/side-$2.log" >&2
    exit 1
}
mkdir -p bench/work
start "$a" 18081 "${JAVA_OPTS_A:-}"
start "$b" 18082 "${JAVA_OPTS_B:-}"
load() { # PORT DURATION
    wrk -t2 -c"$CONNECTIONS" -d"$2" --timeout 30s -s bench/wrk.lua "http://127.0.0.1:$1/graphql" -- "$body"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# shellcheck source=bench/ticks.sh
. bench/ticks.sh
pg_ticks() { # the postmaster, its backends and workers, and those of them that ended
    if [ -n "${PG_DIR:-}" ]; then ticks "$(head -1 "$PG_DIR/data/postmaster.pid")"; else echo 0; fi
}
for _ in 1 2 3; do load 18081 "$WARM" >/dev/null; load 18082 "$WARM" >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
    for side in "A 18081 ${pids[0]}" "B 18082 ${pids[1]}"; do
        read -r name port pid <<<"$side"
        before=$(cpu_ticks "$pid") pg_before=$(pg_ticks)
        result=$(load "$port" "$DURATION" | grep '^RESULT')
        after=$(cpu_ticks "$pid") pg_after=$(pg_ticks)
        requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
        echo "round $round $name $(sed -E 's/^RESULT //; s/ seconds=[^ ]+//; s/ max_ms=[^ ]+//' <<<"$result")" \
            "jvm_cpu_ms_per_request=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
                'BEGIN { printf "%.2f", t * 1000 / hz / n }')" \
            "pg_cpu_ms_per_request=$(awk -v t=$((pg_after - pg_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
                'BEGIN { printf "%.2f", t * 1000 / hz / n }')" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    done
done
