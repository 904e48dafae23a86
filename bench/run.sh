#!/usr/bin/env bash
# The whole benchmark in one command (see docs/performance.md):
#
#   bench/run.sh            scales 1x, 100x and 1000x, 20 s per measurement (about 30 minutes on 2 cores)
#   bench/run.sh --quick    scales 1x and 100x, 5 s per measurement, 3 starts (about 8 minutes): to try it out
#
# It installs what it needs (Debian: wrk, hyperfine, postgresql, python3-matplotlib; npm: PostGraphile into
# bench/node_modules), builds the application for H2 and for PostgreSQL (and the AOT cache with JDK 25, when
# there), generates the data at each scale, and measures:
#   1. startup: time to the first answer and RSS (bench/startup.sh), JVM 17, JVM 25, JVM 25 + AOT cache;
#   2. throughput and latency (wrk, 16 connections) of the queries in bench/queries/, on H2 and on PostgreSQL;
#   3. PostGraphile over the same PostgreSQL databases, and a floor: a static server sending the same answer;
#   4. SQL statements per query, from pg_stat_statements (ours and PostGraphile's);
# and writes bench/results/benchmark.md and bench/results/benchmark.png (bench/report.py).
#
# Everything it starts listens on 127.0.0.1 on ports of its own (APP_PORT 18080, PGL_PORT 15000, FLOOR_PORT
# 15001, PG_PORT 55440) and is stopped by PID when it ends. Work files (builds, databases) go to
# bench/work/ (BENCH_WORK); they are kept, so that a second run only adds what is missing.
# Variables: SCALES ("1 100 1000"), DURATION (20s), WARMUP (10s, before each measurement), WARMUP_SERVER (30s per
# query, twice, after each server starts), CONNECTIONS (16), RUNS (5 starts),
# BUILD (1; 0 reuses the builds in bench/work), JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0
[ "${1:-}" = --quick ] && quick=1
if [ $quick = 1 ]; then
    SCALES=${SCALES:-1 100} DURATION=${DURATION:-5s} WARMUP=${WARMUP:-3s} WARMUP_SERVER=${WARMUP_SERVER:-5s} RUNS=${RUNS:-3}
fi
SCALES=${SCALES:-1 100 1000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
WARMUP_SERVER=${WARMUP_SERVER:-30s}
RUNS=${RUNS:-5}
CONNECTIONS=${CONNECTIONS:-16}
BUILD=${BUILD:-1}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
APP_PORT=${APP_PORT:-18080}
PGL_PORT=${PGL_PORT:-15000}
FLOOR_PORT=${FLOOR_PORT:-15001}
export PG_PORT=${PG_PORT:-55440}
work=${BENCH_WORK:-$root/bench/work}
export PG_DIR=$work/pg
results=$root/bench/results
mkdir -p "$work/bodies" "$results"
raw=$work/results.tsv
log() { echo "== $(date -u +%H:%M:%S) $*" >&2; }

# ---- 1. What it needs ----
missing=()
for tool in wrk:wrk hyperfine:hyperfine psql:postgresql; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || missing+=(python3-matplotlib)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd bench && npm ci --no-audit --no-fund --silent)

# ---- Processes: each started here is recorded and stopped by its PID, whatever happens ----
pids=()
stop() { # PID: stops it and waits for it
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    for pid in "${pids[@]}"; do stop "$pid"; done
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then bash .ci/postgres.sh stop >/dev/null || true; fi
}
trap cleanup EXIT
wait_for() { # PORT PID NAME: until something answers on the port, or the process has died
    for _ in $(seq 1 600); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        kill -0 "$2" 2>/dev/null || { echo "$3 exited; its log: $work/$3.log" >&2; tail -20 "$work/$3.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "$3 did not open port $1" >&2
    exit 1
}
port_free() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then echo "port $1 is taken: set ${2}" >&2; exit 1; fi
}

# ---- 2. Builds: the jar for H2 and for PostgreSQL (the database kind is fixed at build time) ----
if [ "$BUILD" = 1 ]; then
    log "building the jar for H2"
    ./mvnw -B -q -ntp package -DskipTests >"$work/build.log" 2>&1
    rm -rf "$work/app-h2" && cp -a target/quarkus-app "$work/app-h2"
    log "building the jar for PostgreSQL"
    RIVALRY_DB_KIND=postgresql ./mvnw -B -q -ntp package -DskipTests >"$work/build.log" 2>&1
    rm -rf "$work/app-pg" && cp -a target/quarkus-app "$work/app-pg"
    if [ -x "$JDK25/bin/java" ]; then
        # The AOT cache is recorded while an integration test drives the jar; one test class is enough. It is
        # used where it was recorded, in target/quarkus-app: Quarkus's AOT runner reads the files of the directory
        # it was recorded in, so a copy runs on whatever a later build leaves there.
        log "building the AOT cache with $JDK25"
        # Not fatal: without a cache, the start of JVM 25 + AOT is reported as not measured.
        JAVA_HOME=$JDK25 ./mvnw -B -q -ntp verify -Dquarkus.package.jar.aot.enabled=true -Dtest=None \
            -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CanonicalQueryIT >"$work/build-aot.log" 2>&1 \
            || log "the AOT cache build failed: see $work/build-aot.log"
    fi
fi

# ---- The machine ----
{
    echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu	$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores"
    echo "ram	$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "jdk	$(java -version 2>&1 | head -1)"
    echo "postgresql	$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version)"
    echo "node	$(node --version), PostGraphile $(node -p 'require("./bench/node_modules/postgraphile/package.json").version')"
    echo "wrk	$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $CONNECTIONS connections, 2 threads, $DURATION per measurement after $WARMUP of warm-up"
    echo "load_start	$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$work/machine.tsv"
: >"$raw"
record() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" >>"$raw"; }

# ---- 3. PostgreSQL: a private server (as .ci/postgres.sh makes it), with pg_stat_statements ----
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
    port_free "$PG_PORT" PG_PORT
    bash .ci/postgres.sh start >/dev/null
fi
psql_admin() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -tA -v ON_ERROR_STOP=1 "$@"; }

# ---- 4. Data at each scale: one PostgreSQL database and one H2 file per scale ----
generate() { # KIND SCALE URL USER PASSWORD
    local out
    out=$(RIVALRY_DB_URL=$3 RIVALRY_DB_USER=$4 RIVALRY_DB_PASSWORD=$5 java \
        -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
        -cp "$work/app-pg/app/*:$work/app-pg/lib/main/*:$work/app-pg/lib/boot/*" \
        dev.rivalrygraph.generator.GenerateCommand "$2" 2>&1 | tail -1)
    log "$1 $2x: $out"
    record generate "$1" "$2" "$(sed -E 's/.*generation ([0-9]+) ms.*/\1/' <<<"$out")" "$out"
}
for scale in $SCALES; do
    db=rivalry_$scale
    if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        psql_admin -d postgres -c "CREATE DATABASE $db OWNER rivalry"
    fi
    generate postgresql "$scale" "jdbc:postgresql://127.0.0.1:$PG_PORT/$db" rivalry rivalry
    mkdir -p "$work/h2-$scale"
    generate h2 "$scale" "jdbc:h2:file:$work/h2-$scale/rivalry" sa ""
    # Fresh planner statistics after the bulk insert, as autovacuum would give a long-running server.
    psql_admin -d "$db" -c 'VACUUM ANALYZE' -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
done

# ---- 5. Startup and memory ----
log "startup: $RUNS starts each"
startups=("cd $work/app-h2 && exec /usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar quarkus-run.jar")
if [ -x "$JDK25/bin/java" ]; then
    startups+=("cd $work/app-h2 && exec $JDK25/bin/java -jar quarkus-run.jar")
fi
RUNS=$RUNS PORT=$APP_PORT bench/startup.sh "${startups[@]}" | tee "$work/startup.log" | grep '^median' >&2
# The AOT cache (in target/quarkus-app, see the build) on its own: a cache that is refused is reported, not fatal.
aot="cd $root/target/quarkus-app && exec $JDK25/bin/java -XX:AOTMode=on -XX:AOTCache=app.aot -jar quarkus-run.jar"
if [ -x "$JDK25/bin/java" ] && [ -f target/quarkus-app/app.aot ]; then
    if RUNS=$RUNS PORT=$APP_PORT bench/startup.sh "$aot" >"$work/aot.log" 2>&1; then
        grep '^median' "$work/aot.log" | tee -a "$work/startup.log" >&2
    else
        record note "JVM 25 + AOT cache: not measured, the cache built here was refused at start: $(grep -m1 -iE 'exception|error' "$work/aot.log" | cut -c1-200)"
    fi
fi
names=("JVM 17" "JVM 25" "JVM 25 + AOT cache")
i=0
while read -r line; do
    read -r ms cpu mib <<<"$(sed -E 's/^median of [0-9]+: ([0-9]+) ms to the first answer, ([0-9]+) ms CPU, ([0-9]+) MiB RSS.*/\1 \2 \3/' <<<"$line")"
    record startup "${names[$i]}" "$ms" "$cpu" "$mib"
    i=$((i + 1))
done < <(grep '^median' "$work/startup.log")

# ---- 6. Throughput and latency ----
queries=(point nested wide)
body() { # QUERY-FILE: the POST body that asks it
    /usr/bin/python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$1"
}
for file in bench/queries/*.graphql; do body "$file" >"$work/bodies/$(basename "$file" .graphql).json"; done

# Asks once and checks that the answer is data, not errors. Prints the answer's size in bytes.
check_answer() { # URL BODY-FILE ANSWER-FILE
    local code
    code=$(curl -s -o "$3" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$2" "$1")
    /usr/bin/python3 - "$3" "$code" <<'EOF'
import json, sys
answer = json.load(open(sys.argv[1]))
data = answer.get("data") or {}
if sys.argv[2] != "200" or "errors" in answer or not data or any(v in (None, [], {}) for v in data.values()):
    sys.exit(f"not a real answer (HTTP {sys.argv[2]}): {json.dumps(answer)[:500]}")
EOF
    stat -c %s "$3"
}

# SQL statements that one request runs: pg_stat_statements' calls in the database over 10 requests, divided by
# 10. Transaction control and settings (BEGIN, COMMIT, SET, set_config) are not counted: only reads.
sql_per_query() { # URL BODY-FILE DATABASE
    psql_admin -d "$3" -c 'SELECT pg_stat_statements_reset()' >/dev/null
    for _ in $(seq 1 10); do
        curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary "@$2" "$1"
    done
    psql_admin -d "$3" -c "SELECT round(coalesce(sum(calls), 0) / 10.0, 1) FROM pg_stat_statements s
        JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$3'
        AND query !~* '^\\s*(begin|commit|rollback|set |show |select pg_stat_statements_reset|select set_config|deallocate|discard)'
        AND query !~* 'pg_catalog|pg_stat_statements'"
}

# wrk at CONNECTIONS connections after a warm-up, then one request at a time (hyperfine, curl): one row.
load() { # SERVER DB SCALE QUERY URL BODY-FILE BYTES SQL
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s bench/wrk.lua "$5" -- "$6" >/dev/null
    local load_avg result
    load_avg=$(cut -d' ' -f1 /proc/loadavg)
    result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s bench/wrk.lua "$5" -- "$6" | grep '^RESULT')
    log "$1 $2 $3x $4: ${result#RESULT } (load $load_avg)"
    # requests seconds rps p50 p99 max failed socket bytes
    read -r -a fields <<<"$(sed -E 's/[a-z_0-9]+=//g; s/^RESULT //' <<<"$result")"
    hyperfine -N --runs 10 --warmup 2 --export-json "$work/alone.json" \
        "curl -s -o /dev/null -H Content-Type:application/json --data-binary @$6 $5" >/dev/null 2>&1
    alone=$(/usr/bin/python3 -c 'import json, sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"] * 1000, 2))' "$work/alone.json")
    record load "$1" "$2" "$3" "$4" "${fields[2]}" "${fields[3]}" "${fields[4]}" "${fields[6]}" "${fields[0]}" "$7" "$8" "$load_avg" "$alone"
}

# Each server first answers every query for WARMUP_SERVER, twice over: the JVM compiles the hot code as it runs it,
# and on a busy 2-core machine it takes a minute or more to get there (a point lookup measured 6 requests/s in its
# first 10 s, 380 after 100 s). PostGraphile (V8) gets the same warm-up.
warm_up() { # URL SUFFIX: SUFFIX picks the bodies (".postgraphile" or "")
    for _ in 1 2; do
        for query in "${queries[@]}"; do
            [ -f "$work/bodies/$query$2.json" ] || continue
            wrk -t2 -c"$CONNECTIONS" -d"$WARMUP_SERVER" --timeout 30s -s bench/wrk.lua "$1" -- "$work/bodies/$query$2.json" >/dev/null
        done
    done
}

start_app() { # KIND SCALE: starts our application on the data of that scale
    local env=(QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$APP_PORT)
    if [ "$1" = postgresql ]; then
        env+=("RIVALRY_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/rivalry_$2" RIVALRY_DB_USER=rivalry RIVALRY_DB_PASSWORD=rivalry)
    else
        env+=("RIVALRY_DATA_DIR=$work/h2-$2")
    fi
    port_free "$APP_PORT" APP_PORT
    env "${env[@]}" java ${APP_JAVA_OPTS:-} -jar "$work/app-${1/postgresql/pg}/quarkus-run.jar" >"$work/app-$1-$2.log" 2>&1 &
    app=$!
    pids+=("$app")
    wait_for "$APP_PORT" "$app" "app-$1-$2"
}

for scale in $SCALES; do
    for kind in h2 postgresql; do
        start_app "$kind" "$scale"
        url=http://127.0.0.1:$APP_PORT/graphql
        warm_up "$url" ""
        for query in "${queries[@]}"; do
            answer=$work/answer-$query-$scale.json
            bytes=$(check_answer "$url" "$work/bodies/$query.json" "$answer")
            sql=
            [ "$kind" = postgresql ] && sql=$(sql_per_query "$url" "$work/bodies/$query.json" "rivalry_$scale")
            load ours "$kind" "$scale" "$query" "$url" "$work/bodies/$query.json" "$bytes" "$sql"
        done
        stop "$app"
    done

    # PostGraphile over the same database, one worker per core as ours uses every core.
    port_free "$PGL_PORT" PGL_PORT
    bench/node_modules/.bin/postgraphile -c "postgres://rivalry:rivalry@127.0.0.1:$PG_PORT/rivalry_$scale" \
        --schema public --host 127.0.0.1 --port "$PGL_PORT" --disable-graphiql --disable-query-log \
        --cluster-workers "$(nproc)" >"$work/postgraphile.log" 2>&1 &
    pgl=$!
    pids+=("$pgl")
    wait_for "$PGL_PORT" "$pgl" postgraphile
    url=http://127.0.0.1:$PGL_PORT/graphql
    warm_up "$url" .postgraphile
    for query in "${queries[@]}"; do
        body_file=$work/bodies/$query.postgraphile.json
        [ -f "$body_file" ] || continue
        bytes=$(check_answer "$url" "$body_file" "$work/answer-$query-$scale.postgraphile.json")
        sql=$(sql_per_query "$url" "$body_file" "rivalry_$scale")
        load postgraphile postgresql "$scale" "$query" "$url" "$body_file" "$bytes" "$sql"
    done
    stop "$pgl"

    # The floor: our own answer, served as a static file.
    for query in "${queries[@]}"; do
        port_free "$FLOOR_PORT" FLOOR_PORT
        node bench/static-server.mjs "$FLOOR_PORT" "$work/answer-$query-$scale.json" >"$work/floor.log" 2>&1 &
        floor=$!
        pids+=("$floor")
        wait_for "$FLOOR_PORT" "$floor" floor
        load floor static "$scale" "$query" "http://127.0.0.1:$FLOOR_PORT/" "$work/bodies/$query.json" \
            "$(stat -c %s "$work/answer-$query-$scale.json")" ""
        stop "$floor"
    done
done

echo "load_end	$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/machine.tsv"

# ---- 7. Results ----
/usr/bin/python3 bench/report.py "$work/machine.tsv" "$raw" "$results"
log "wrote $results/benchmark.md and $results/benchmark.png"
