#!/usr/bin/env python3
"""How soon a write through one replica shows in another replica's cached reads.

Two replicas (A and B) on one PostgreSQL database, each with its response cache on. N times: a curator deprecates
(then restores, alternately) one record through A; from the moment A answers, B is asked the same cached query
about that record until its answer shows the new rank. Prints each delay and the percentiles.

    bench/invalidation.py http://127.0.0.1:18081 http://127.0.0.1:18082 [N] [CURATOR_PASSWORD]
"""
import base64
import json
import sys
import time
import urllib.request

a, b = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
password = sys.argv[4] if len(sys.argv) > 4 else "bench-secret"
auth = "Basic " + base64.b64encode(f"curator:{password}".encode()).decode()


def post(url, query, variables=None, curator=False):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if curator:
        headers["Authorization"] = auth
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    with urllib.request.urlopen(urllib.request.Request(url + "/graphql", body, headers)) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise RuntimeError(answer["errors"])
    return answer["data"]


record = post(a, '{ person(name: "Mark Zuckerberg") { id } }')["person"]["id"]
READ = "query Rank($id: ID!) { node(id: $id, ranks: ALL) { ... on Person { rank } } }"
DEPRECATE = "mutation D($id: ID!) { deprecate(id: $id, reason: \"invalidation benchmark\") { rank } }"
RESTORE = "mutation R($id: ID!) { restore(id: $id) { rank } }"

delays = []
polls = 0
for i in range(n):
    expected = "DEPRECATED" if i % 2 == 0 else "NORMAL"
    post(b, READ, {"id": record})  # B holds the current answer in its cache before the write
    post(a, DEPRECATE if expected == "DEPRECATED" else RESTORE, {"id": record}, curator=True)
    answered = time.perf_counter()
    while True:
        polls += 1
        if post(b, READ, {"id": record})["node"]["rank"] == expected:
            delays.append((time.perf_counter() - answered) * 1000)
            break
        if time.perf_counter() - answered > 30:
            raise RuntimeError(f"write {i}: B still answers the old rank after 30 s")
post(a, RESTORE, {"id": record}, curator=True)

delays.sort()


def pct(p):
    return delays[min(len(delays) - 1, int(round(p / 100 * len(delays))) - 1)]


print(f"writes={len(delays)} polls_of_B={polls} p50_ms={pct(50):.1f} p90_ms={pct(90):.1f} p99_ms={pct(99):.1f} "
      f"max_ms={delays[-1]:.1f} min_ms={delays[0]:.1f}")
