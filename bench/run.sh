#!/usr/bin/env bash
# The whole benchmark in one command (docs/performance.md): the performance targets of the project (issue 22),
# ours against PostGraphile on one PostgreSQL database, both up at once and measured in alternating rounds.
#
#   bench/run.sh            scales 1x, 100x and 1000x, 5-minute start curves (about 50 minutes on 2 cores, builds apart)
#   bench/run.sh --quick    scales 1x and 100x, short everything (about 12 minutes): to try it out
#
# It installs what it needs (Debian: wrk, postgresql, python3-matplotlib; npm: PostGraphile 4 into
# bench/node_modules), builds the jar for PostgreSQL (and, with JDK 25, the same jar with an AOT cache recorded while
# an integration test drives it), makes a private PostgreSQL server with pg_stat_statements, generates each scale
# into its own database, and measures:
#   1. the first minutes after start (at CURVE_SCALE): our server (cache off) and PostGraphile started at the same
#      moment; the time until each answers, the latency of its first answer, then the canonical question in
#      alternating slices of SLICE per side until CURVE after the start: requests/s, p99, the slowest request, CPU;
#      for JVM 17, JVM 25 and JVM 25 + AOT cache;
#   2. at each scale, ours with the response cache off (every request executed) and PostGraphile: both warmed
#      (WARM per query, twice), then ROUNDS rounds of DURATION per query and server in alternation: requests/s,
#      p50/p99/max, the server's CPU per request and PostgreSQL's (its processes' CPU time over the slice, while the
#      other server is idle), the load average; SQL statements per request (pg_stat_statements);
#   3. at CACHE_SCALE: ours with the cache on and the floor (a static server sending our own answer) in the same
#      rounds, for repeated reads;
#   4. at PROFILE_SCALE: an async-profiler profile of ours (cache off) under load, per query (bench/profile.sh);
#   5. invalidation: two replicas (cache on) on one database, 1,000 writes through A while B serves reads under
#      load, how soon B's cached read shows each write (bench/invalidation.py);
# and writes bench/results/benchmark.md and bench/results/benchmark.png (bench/report.py): the targets first.
#
# Everything it starts listens on 127.0.0.1 on ports of its own (18080-18083, 15000, 15001-15003, PG 55440) and
# is stopped by PID when it ends. Work files (builds, databases) go to bench/work/ (BENCH_WORK) and are kept.
# Variables: SCALES ("1 100 1000"), DURATION (10s), ROUNDS (3), WARM (20s), CONNECTIONS (16), CURVE (300 s; 0: none),
# SLICE (5s), CURVE_SCALE / CACHE_SCALE / PROFILE_SCALE (100), PROFILE (20 s), WRITES (1000; 0: none), BUILD (1; 0 reuses
# the builds in bench/work and target/quarkus-app), JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64), PG_PORT (55440),
# NATIVE (a native executable built for PostgreSQL, docs/native.md: its start curve too; none by default).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ "${1:-}" = --quick ]; then
    SCALES=${SCALES:-1 100} DURATION=${DURATION:-5s} ROUNDS=${ROUNDS:-2} WARM=${WARM:-5s} CURVE=${CURVE:-60}
    PROFILE=${PROFILE:-5} WRITES=${WRITES:-100}
fi
SCALES=${SCALES:-1 100 1000} DURATION=${DURATION:-10s} ROUNDS=${ROUNDS:-3} WARM=${WARM:-20s}
CONNECTIONS=${CONNECTIONS:-16} CURVE=${CURVE:-300} SLICE=${SLICE:-5s} PROFILE=${PROFILE:-20} WRITES=${WRITES:-1000}
CURVE_SCALE=${CURVE_SCALE:-100} CACHE_SCALE=${CACHE_SCALE:-100} PROFILE_SCALE=${PROFILE_SCALE:-100}
BUILD=${BUILD:-1} JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64} JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
export PG_PORT=${PG_PORT:-55440}
work=${BENCH_WORK:-$root/bench/work}
export PG_DIR=$work/pg
results=$root/bench/results
mkdir -p "$work/bodies" "$work/profiles" "$results"
raw=$work/results.tsv
log() { echo "== $(date -u +%H:%M:%S) $*" >&2; }
record() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" >>"$raw"; }

# ---- What it needs ----
missing=()
command -v wrk >/dev/null || missing+=(wrk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || missing+=(python3-matplotlib)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd bench && npm ci --no-audit --no-fund --silent)
bench/profile.sh --fetch

# ---- Processes: each started here is recorded and stopped by its PID, whatever happens ----
pids=()
stop() { # PID...: stops them and waits for them
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}
cleanup() {
    stop "${pids[@]}"
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then bash .ci/postgres.sh stop >/dev/null || true; fi
}
trap cleanup EXIT
wait_for() { # PORT PID NAME: until something answers on the port, or the process has died
    for _ in $(seq 1 1200); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        kill -0 "$2" 2>/dev/null || { echo "$3 exited; its log: $work/$3.log" >&2; tail -20 "$work/$3.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "$3 did not open port $1" >&2
    exit 1
}
port_free() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then echo "port $1 is taken" >&2; exit 1; fi
}

# ---- PostgreSQL: a private server (as .ci/postgres.sh makes it), with pg_stat_statements ----
if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in $PG_DIR"
    bash .ci/postgres.sh init >/dev/null
    cat >>"$PG_DIR/data/postgresql.conf" <<'EOF'
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
max_connections = 100
shared_buffers = 256MB
EOF
    bash .ci/postgres.sh stop >/dev/null
fi
if [ ! -f "$PG_DIR/data/postmaster.pid" ]; then
    port_free "$PG_PORT"
    bash .ci/postgres.sh start >/dev/null
fi
psql_admin() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -tA -v ON_ERROR_STOP=1 "$@"; }
pg_pid=$(head -1 "$PG_DIR/data/postmaster.pid")

# ---- Builds: the jar for PostgreSQL (the database kind is fixed at build time), and its AOT cache ----
# The AOT cache is recorded while an integration test drives the jar (its training run, which also records the
# methods' profiles on JDK 25). It is used where it was recorded, in target/quarkus-app: Quarkus's AOT runner reads
# the files of the directory it was recorded in.
if [ "$BUILD" = 1 ]; then
    log "building the jar for PostgreSQL"
    RIVALRY_DB_KIND=postgresql ./mvnw -B -q -ntp package -DskipTests >"$work/build.log" 2>&1
    rm -rf "$work/app-pg" && cp -a target/quarkus-app "$work/app-pg"
    if [ -x "$JDK25/bin/java" ]; then
        log "building the AOT cache with $JDK25"
        JAVA_HOME=$JDK25 RIVALRY_DB_KIND=postgresql \
            RIVALRY_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/rivalry_test" RIVALRY_TEST_DB_USER=rivalry \
            RIVALRY_TEST_DB_PASSWORD=rivalry ./mvnw -B -q -ntp verify -Dquarkus.package.jar.aot.enabled=true \
            -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CanonicalQueryIT >"$work/build-aot.log" 2>&1 \
            || log "the AOT cache build failed (JVM 25 + AOT is left out): see $work/build-aot.log"
    fi
fi

# ---- The machine ----
{
    echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit	$(git rev-parse --short HEAD)"
    echo "cpu	$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores"
    echo "ram	$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "jdk	$("$JDK17/bin/java" -version 2>&1 | head -1); $("$JDK25/bin/java" -version 2>&1 | head -1)"
    echo "postgresql	$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version)"
    echo "node	$(node --version), PostGraphile $(node -p 'require("./bench/node_modules/postgraphile/package.json").version') ($(nproc) workers)"
    echo "wrk	$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $CONNECTIONS connections, 2 threads"
    echo "rounds	$ROUNDS x $DURATION per query and server, after $WARM per query and server, twice"
    echo "start curves	${CURVE} s on the ${CURVE_SCALE}× database, slices of $SLICE per server"
    echo "load_start	$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$work/machine.tsv"
: >"$raw"

# ---- Data at each scale: one database per scale ----
for scale in $SCALES; do
    db=rivalry_$scale
    if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        psql_admin -d postgres -c "CREATE DATABASE $db OWNER rivalry"
    fi
    out=$(RIVALRY_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" RIVALRY_DB_USER=rivalry RIVALRY_DB_PASSWORD=rivalry \
        "$JDK17/bin/java" -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
        -cp "$work/app-pg/app/*:$work/app-pg/lib/main/*:$work/app-pg/lib/boot/*" \
        dev.rivalrygraph.generator.GenerateCommand "$scale" 2>&1 | tail -1)
    log "$scale x: $out"
    record generate "$scale" "$out"
    # Fresh planner statistics after the bulk insert, as autovacuum would give a long-running server.
    psql_admin -d "$db" -c 'VACUUM ANALYZE' -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
done

# ---- Servers ----
body() { /usr/bin/python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$1"; }
for file in bench/queries/*.graphql; do body "$file" >"$work/bodies/$(basename "$file" .graphql).json"; done

declare -A port pid suffix floor_port=([nested]=15001 [wide]=15002 [point]=15003)
start_ours() { # NAME PORT SCALE CACHE(true|false) COMMAND...: our server on that scale's database
    local name=$1 p=$2 scale=$3 cache=$4
    shift 4
    port_free "$p"
    env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$p" RIVALRY_CACHE_ENABLED="$cache" \
        RIVALRY_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/rivalry_$scale" RIVALRY_DB_USER=rivalry \
        RIVALRY_DB_PASSWORD=rivalry RIVALRY_CURATOR_PASSWORD=bench-secret \
        bash -c "$*" >"$work/$name.log" 2>&1 &
    pid[$name]=$! port[$name]=$p suffix[$name]=
    pids+=("${pid[$name]}")
}
start_postgraphile() { # SCALE: one worker per core, as ours uses every core
    port_free 15000
    bench/node_modules/.bin/postgraphile -c "postgres://rivalry:rivalry@127.0.0.1:$PG_PORT/rivalry_$1" \
        --schema public --host 127.0.0.1 --port 15000 --disable-graphiql --disable-query-log \
        --cluster-workers "$(nproc)" >"$work/postgraphile.log" 2>&1 &
    pid[postgraphile]=$! port[postgraphile]=15000 suffix[postgraphile]=.postgraphile
    pids+=("${pid[postgraphile]}")
}
start_floor() { # QUERY PORT ANSWER-FILE
    port_free "$2"
    node bench/static-server.mjs "$2" "$3" >"$work/floor.log" 2>&1 &
    pid[floor-$1]=$! port[floor-$1]=$2 suffix[floor-$1]=
    pids+=("${pid[floor-$1]}")
}
jvm17="cd $work/app-pg && exec $JDK17/bin/java -jar quarkus-run.jar"
jvm25="cd $work/app-pg && exec $JDK25/bin/java -jar quarkus-run.jar"
# -XX:AOTMode=on: the JVM refuses to start rather than run without the cache, so a start measured did use it.
aot="cd $root/target/quarkus-app && exec $JDK25/bin/java -XX:AOTMode=on -XX:AOTCache=app.aot -jar quarkus-run.jar"

# shellcheck source=bench/ticks.sh
. bench/ticks.sh
hz=$(getconf CLK_TCK)
# One measurement: wrk on the server for SECONDS. Prints rps p50 p99 max requests failed server-ms pg-ms load.
slice() { # SERVER QUERY SECONDS
    local before pg_before load_avg result after pg_after
    before=$(ticks "${pid[$1]}") pg_before=$(ticks "$pg_pid") load_avg=$(cut -d' ' -f1 /proc/loadavg)
    result=$(wrk -t2 -c"$CONNECTIONS" -d"$3" --timeout 30s -s bench/wrk.lua "http://127.0.0.1:${port[$1]}/graphql" \
        -- "$work/bodies/$2${suffix[$1]}.json" | grep '^RESULT')
    after=$(ticks "${pid[$1]}") pg_after=$(ticks "$pg_pid")
    awk -v r="$result" -v s=$((after - before)) -v p=$((pg_after - pg_before)) -v hz="$hz" -v l="$load_avg" 'BEGIN {
        n = split(r, kv, /[ =]/); for (i = 2; i < n; i += 2) f[kv[i]] = kv[i + 1]
        q = f["requests"] > 0 ? f["requests"] : 1
        printf "%s %s %s %s %s %s %.3f %.3f %s\n", f["rps"], f["p50_ms"], f["p99_ms"], f["max_ms"], f["requests"],
            f["failed"], s * 1000 / hz / q, p * 1000 / hz / q, l }'
}
# Asks once and checks that the answer is data, not errors; keeps it (the floor serves ours).
check_answer() { # SERVER QUERY ANSWER-FILE
    local code
    code=$(curl -s -o "$3" -w '%{http_code}' -H 'Content-Type: application/json' \
        --data-binary "@$work/bodies/$2${suffix[$1]}.json" "http://127.0.0.1:${port[$1]}/graphql")
    /usr/bin/python3 - "$3" "$code" <<'EOF'
import json, sys
answer = json.load(open(sys.argv[1]))
data = answer.get("data") or {}
if sys.argv[2] != "200" or "errors" in answer or not data or any(v in (None, [], {}) for v in data.values()):
    sys.exit(f"not a real answer (HTTP {sys.argv[2]}): {json.dumps(answer)[:500]}")
EOF
}
# SQL statements per request: pg_stat_statements' calls in the database over 10 requests, divided by 10
# (transaction control and settings left out: only reads).
sql_per_query() { # SERVER QUERY DATABASE
    psql_admin -d "$3" -c 'SELECT pg_stat_statements_reset()' >/dev/null
    for _ in $(seq 1 10); do
        curl -s -o /dev/null -H 'Content-Type: application/json' \
            --data-binary "@$work/bodies/$2${suffix[$1]}.json" "http://127.0.0.1:${port[$1]}/graphql"
    done
    psql_admin -d "$3" -c "SELECT round(coalesce(sum(calls), 0) / 10.0, 1) FROM pg_stat_statements s
        JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$3'
        AND query !~* '^\\s*(begin|commit|rollback|set |show |select pg_stat_statements_reset|select set_config|deallocate|discard|listen|unlisten)'
        AND query !~* 'pg_catalog|pg_stat_statements'"
}
first_answer() { # SERVER: milliseconds the first canonical question takes once the server accepts connections
    curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
        --data-binary "@$work/bodies/nested${suffix[$1]}.json" "http://127.0.0.1:${port[$1]}/graphql" \
        | awk '{ printf "%.0f", $1 * 1000 }'
}

# ---- 1. The first minutes after start ----
curve() { # VARIANT COMMAND
    log "start curve: $1 and PostGraphile, started together, ${CURVE} s"
    local t0 ready
    t0=$(date +%s%N)
    start_ours ours "18080" "$CURVE_SCALE" false "$2"
    start_postgraphile "$CURVE_SCALE"
    for server in ours postgraphile; do
        wait_for "${port[$server]}" "${pid[$server]}" "$server"
        ready=$((($(date +%s%N) - t0) / 1000000))
        record first "$1" "$server" "$ready" "$(first_answer "$server")"
    done
    while [ $((($(date +%s%N) - t0) / 1000000000)) -lt "$CURVE" ]; do
        for server in ours postgraphile; do
            local at=$((($(date +%s%N) - t0) / 1000000))
            record curve "$1" "$server" "$at" $(slice "$server" nested "$SLICE")
        done
    done
    stop "${pid[ours]}" "${pid[postgraphile]}"
}
if [ "$CURVE" -gt 0 ]; then
    curve "JVM 17" "$jvm17"
    if [ -x "$JDK25/bin/java" ]; then
        curve "JVM 25" "$jvm25"
        if [ -f target/quarkus-app/app.aot ]; then curve "JVM 25 + AOT cache" "$aot"; fi
    fi
    if [ -n "${NATIVE:-}" ]; then curve "native" "exec $(realpath "$NATIVE")"; fi
fi

# ---- 2-4. Each scale: ours and PostGraphile side by side; the cache and the floor; the profile ----
for scale in $SCALES; do
    log "scale ${scale}x"
    servers=(ours postgraphile)
    queries=(nested wide)
    start_ours ours 18080 "$scale" false "$jvm17"
    start_postgraphile "$scale"
    if [ "$scale" = "$CACHE_SCALE" ]; then
        start_ours cached 18081 "$scale" true "$jvm17"
        servers+=(cached)
        queries+=(point)
    fi
    for server in "${servers[@]}"; do wait_for "${port[$server]}" "${pid[$server]}" "$server"; done
    for query in "${queries[@]}"; do
        for server in "${servers[@]}"; do
            check_answer "$server" "$query" "$work/answer-$query-$scale-$server.json"
            if [ "$server" = cached ]; then
                cmp -s "$work/answer-$query-$scale-ours.json" "$work/answer-$query-$scale-cached.json" \
                    || { echo "cache on and off answer $query differently" >&2; exit 1; }
            else
                record sql "$scale" "$query" "$server" "$(sql_per_query "$server" "$query" "rivalry_$scale")"
            fi
        done
        if [ "$scale" = "$CACHE_SCALE" ]; then
            start_floor "$query" "${floor_port[$query]}" "$work/answer-$query-$scale-ours.json"
            wait_for "${port[floor-$query]}" "${pid[floor-$query]}" floor
        fi
    done
    log "warming: $WARM per query and server, twice"
    for _ in 1 2; do
        for query in "${queries[@]}"; do
            for server in "${servers[@]}"; do
                if [ -f "$work/bodies/$query${suffix[$server]}.json" ]; then slice "$server" "$query" "$WARM" >/dev/null; fi
            done
        done
    done
    for round in $(seq 1 "$ROUNDS"); do
        log "round $round"
        for query in "${queries[@]}"; do
            measured=("${servers[@]}")
            [ "$scale" = "$CACHE_SCALE" ] && measured+=("floor-$query")
            for server in "${measured[@]}"; do
                [ -f "$work/bodies/$query${suffix[$server]}.json" ] || continue
                record round "$scale" "$query" "${server%-"$query"}" "$round" $(slice "$server" "$query" "$DURATION")
            done
        done
    done
    if [ "$scale" = "$PROFILE_SCALE" ]; then
        for query in nested wide; do
            log "profile of ours (cache off), $query, ${PROFILE} s"
            wrk -t2 -c"$CONNECTIONS" -d$((PROFILE + 4))s --timeout 30s -s bench/wrk.lua \
                "http://127.0.0.1:18080/graphql" -- "$work/bodies/$query.json" >/dev/null &
            loader=$!
            sleep 2
            bench/profile.sh "${pid[ours]}" "$PROFILE" "$work/profiles/$query.collapsed" >"$work/profiles/$query.txt"
            wait "$loader"
        done
    fi
    stop "${pid[@]}"
    pid=()
done

# ---- 5. Invalidation across two replicas, while B serves reads ----
if [ "$WRITES" -gt 0 ]; then
    log "invalidation: $WRITES writes through A, B read under load"
    start_ours replica-a 18082 "$CACHE_SCALE" true "$jvm17"
    start_ours replica-b 18083 "$CACHE_SCALE" true "$jvm17"
    for server in replica-a replica-b; do wait_for "${port[$server]}" "${pid[$server]}" "$server"; done
    wrk -t1 -c4 -d3600s --timeout 30s -s bench/wrk.lua "http://127.0.0.1:18083/graphql" -- "$work/bodies/nested.json" >/dev/null &
    reader=$!
    pids+=("$reader")
    out=$(/usr/bin/python3 bench/invalidation.py http://127.0.0.1:18082 http://127.0.0.1:18083 "$WRITES" bench-secret)
    log "$out"
    record invalidation "$out" "$(cut -d' ' -f1 /proc/loadavg)"
    stop "$reader" "${pid[replica-a]}" "${pid[replica-b]}"
fi

echo "load_end	$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/machine.tsv"
/usr/bin/python3 bench/report.py "$work/machine.tsv" "$raw" "$work/profiles" "$results"
log "wrote $results/benchmark.md and $results/benchmark.png"
