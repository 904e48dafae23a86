#!/usr/bin/env bash
# The response cache: one build started twice on the seeds (H2), cache on and cache off, and the floor (a static
# server sending the same bytes, bench/static-server.mjs), measured in alternation: 15 s warm-up each per query,
# then 3 rounds of 10 s (16 connections), requests/s, p50/p99 and each server's CPU time per request (/proc).
# First checks that both servers give the same bytes for every query.
#
#   bench/cache.sh APP_DIR        APP_DIR: a quarkus-app directory built for H2 (./mvnw package -DskipTests)
set -euo pipefail
app=$(realpath "$1")
cd "$(dirname "$0")/.."
W=${BENCH_WORK:-$PWD/bench/work/cache}; rm -rf $W; mkdir -p $W/on $W/off
for q in nested wide point; do
  python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' bench/queries/$q.graphql > $W/$q.json
done
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=18201 RIVALRY_DATA_DIR=$W/on java -jar $app/quarkus-run.jar > $W/on.log 2>&1 & on=$!
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=18202 RIVALRY_DATA_DIR=$W/off RIVALRY_CACHE_ENABLED=false java -jar $app/quarkus-run.jar > $W/off.log 2>&1 & off=$!
floor=
trap 'kill $on $off $floor 2>/dev/null || true' EXIT
for p in 18201 18202; do for i in $(seq 1 600); do curl -fs -o /dev/null http://127.0.0.1:$p/q/health/ready && break; sleep 0.2; done; done
declare -A port=([on]=18201 [off]=18202 [floor]=18203) pid=([on]=$on [off]=$off)
ticks() { awk '{ print $14 + $15 }' /proc/$1/stat; }
for q in nested wide point; do
  curl -fs -H 'Content-Type: application/json' --data @$W/$q.json http://127.0.0.1:18201/graphql > $W/$q.answer
  grep -q '"errors"' $W/$q.answer && { echo "errors in $q"; exit 1; }
  cmp <(curl -fs -H 'Content-Type: application/json' --data @$W/$q.json http://127.0.0.1:18202/graphql) $W/$q.answer && echo "$q: on and off answer the same bytes ($(wc -c <$W/$q.answer) B)"
done
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%H:%M UTC')"
for q in nested wide point; do
  node bench/static-server.mjs 18203 $W/$q.answer & floor=$!; sleep 0.5; pid[floor]=$floor
  for b in on off floor; do wrk -t2 -c16 -d15s --timeout 30s -s bench/wrk.lua http://127.0.0.1:${port[$b]}/graphql -- $W/$q.json >/dev/null; done
  for r in 1 2 3; do
    for b in on off floor; do
      t0=$(ticks ${pid[$b]}); l=$(cut -d' ' -f1 /proc/loadavg)
      res=$(wrk -t2 -c16 -d10s --timeout 30s -s bench/wrk.lua http://127.0.0.1:${port[$b]}/graphql -- $W/$q.json | grep '^RESULT')
      t1=$(ticks ${pid[$b]}); n=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$res")
      echo "round $r $q $b: $(sed -E 's/^RESULT //; s/ seconds=[^ ]+//; s/ max_ms=[^ ]+//; s/ bytes=[^ ]+//' <<<"$res") cpu_ms_per_request=$(awk -v t=$((t1-t0)) -v n=$n 'BEGIN{printf "%.3f", t*10/n}') (load $l)"
    done
  done
  kill $floor; wait $floor 2>/dev/null || true
done
curl -fs http://127.0.0.1:18201/q/metrics | grep '^rivalry_response_cache_requests_total'
