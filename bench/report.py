#!/usr/bin/env python3
"""Turns bench/run.sh's raw results into bench/results/benchmark.md and bench/results/benchmark.png.

    bench/report.py MACHINE.tsv RESULTS.tsv OUTPUT-DIR
"""
import collections
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

machine_file, raw_file, out = sys.argv[1:4]
machine = dict(line.rstrip("\n").split("\t", 1) for line in open(machine_file) if "\t" in line)
rows = [line.rstrip("\n").split("\t") for line in open(raw_file) if line.strip()]

QUERIES = {
    "point": "point lookup: `person(name:)` id and name",
    "nested": "the canonical question (README, the canonical question): Mark Zuckerberg's companies, products, metrics, citations "
              "and sources",
    "wide": "a wide list: `claims(first: 100)` with kind, text, date, speaker, citations and their sources",
}
SERVERS = [("ours", "h2"), ("ours", "postgresql"), ("postgraphile", "postgresql"), ("floor", "static")]
LABELS = {("ours", "h2"): "ours, H2", ("ours", "postgresql"): "ours, PostgreSQL",
          ("postgraphile", "postgresql"): "PostGraphile, PostgreSQL", ("floor", "static"): "floor (static answer)"}

Load = collections.namedtuple("Load", "rps p50 p99 failed requests bytes sql load alone")
loads = {}
for row in rows:
    if row[0] == "load":
        server, db, scale, query = row[1:5]
        loads[(server, db, int(scale), query)] = Load(float(row[5]), float(row[6]), float(row[7]), int(row[8]),
                                                      int(row[9]), int(row[10]), row[11], row[12], float(row[13]))
scales = sorted({key[2] for key in loads})
queries = [q for q in QUERIES if any(key[3] == q for key in loads)]


def num(value, digits=0):
    return f"{value:,.{digits}f}"


def size(n):
    return f"{n / 1048576:.1f} MiB" if n >= 1048576 else f"{n / 1024:.1f} KiB" if n >= 1024 else f"{n} B"


md = ["# Rivalry Graph benchmark", ""]
md += ["Written by `bench/run.sh`; see docs/performance.md for what is measured and how.", ""]
md += ["| machine | |", "|---|---|"]
md += [f"| {key} | {value} |" for key, value in machine.items()]
md += [""]

startups = [row for row in rows if row[0] == "startup"]
if startups:
    md += ["## Startup and memory", "",
           "Time from the start to the first GraphQL answer read from the database (H2, seeds), the CPU time used "
           "until then, and the RSS then: the median of several restarts (`bench/startup.sh`). Native: no "
           "native-image toolchain on this machine, so not measured.", "",
           "| start | first answer (wall) | CPU until then | RSS then |", "|---|---|---|---|"]
    md += [f"| {r[1]} | {int(r[2]) / 1000:.1f} s | {int(r[3]) / 1000:.1f} s | {r[4]} MiB |" for r in startups]
    md += [""] + [row[1] + "\n" for row in rows if row[0] == "note"]

generations = [row for row in rows if row[0] == "generate"]
if generations:
    md += ["## Data", "", "`GenerateCommand` at each scale, as this run found the databases: a run that finds them at that "
           "scale already (copies k -> k) only applies new migrations and checks them.", "",
           "| database | scale | generation | content |", "|---|---|---|---|"]
    md += [f"| {r[1]} | {r[2]}× | {int(r[3]) / 1000:.1f} s | {r[4].split(': ', 1)[-1].split('; migrations')[0]} |"
           for r in generations]
    md += [""]

md += ["## Ours against PostGraphile and the floor", "",
       f"Requests per second at {machine.get('wrk', '')}. *ours / PostGraphile* compares the two GraphQL servers on "
       "the same PostgreSQL database; *ours / floor* compares ours with a static server sending our own answer "
       "(the HTTP and transfer limit of this machine). SQL: statements per request, from pg_stat_statements.", "",
       "| query | scale | ours, PostgreSQL | PostGraphile | ours / PostGraphile | floor | ours / floor | ours, H2 "
       "| SQL ours | SQL PostGraphile |",
       "|---|---|---|---|---|---|---|---|---|---|"]
for query in queries:
    for scale in scales:
        ours, peer = loads.get(("ours", "postgresql", scale, query)), loads.get(("postgraphile", "postgresql", scale, query))
        floor, h2 = loads.get(("floor", "static", scale, query)), loads.get(("ours", "h2", scale, query))

        def rps(x):
            return num(x.rps) if x else "—"

        def ratio(a, b):
            return f"{a.rps / b.rps:.3g}" if a and b and b.rps else "—"

        md.append(f"| {query} | {scale}× | {rps(ours)} | {rps(peer)} | {ratio(ours, peer)} | {rps(floor)} "
                  f"| {ratio(ours, floor)} | {rps(h2)} | {ours.sql if ours else '—'} | {peer.sql if peer else '—'} |")
md += [""]

md += ["## p99 latency by scale", "", "Milliseconds, under the load above; flat across the scales is the aim: each "
       "question's answer is the same at every scale (the generator's copies are graphs of their own).", "",
       "| query | server | " + " | ".join(f"{scale}×" for scale in scales) + " |",
       "|---|---|" + "---|" * len(scales)]
for query in queries:
    for server in SERVERS[:3]:
        cells = [loads.get(server + (scale, query)) for scale in scales]
        if any(cells):
            md.append(f"| {query} | {LABELS[server]} | " + " | ".join(num(c.p99) if c else "—" for c in cells) + " |")
md += [""]

md += ["## All measurements", "",
       "p50 and p99: latency under load (wrk); *alone*: the median of 10 requests sent one at a time (hyperfine and "
       "curl). Errors: answers that were not HTTP 200 or carried GraphQL `errors`, plus socket errors; every "
       "answer was also checked once before the load. Load: the 1-minute load average as the measurement began.",
       "", "| query | scale | server | req/s | p50 ms | p99 ms | alone ms | errors | requests | answer | SQL | load |",
       "|---|---|---|---|---|---|---|---|---|---|---|---|"]
for query in queries:
    for scale in scales:
        for server in SERVERS:
            x = loads.get(server + (scale, query))
            if x:
                md.append(f"| {query} | {scale}× | {LABELS[server]} | {num(x.rps, 1)} | {num(x.p50, 1)} "
                          f"| {num(x.p99, 1)} | {num(x.alone, 1)} | {x.failed} | {x.requests} | {size(x.bytes)} "
                          f"| {x.sql or '—'} | {x.load} |")
md += ["", "Queries (`bench/queries/`; each `*.postgraphile.graphql` asks the same in PostGraphile's schema):", ""]
md += [f"- **{q}**: {QUERIES[q]}" for q in queries]
md += ["", "![throughput and p99 latency by scale](benchmark.png)", ""]
open(f"{out}/benchmark.md", "w").write("\n".join(md))

fig, axes = plt.subplots(2, len(queries), figsize=(4.2 * len(queries), 7.5), squeeze=False)
for column, query in enumerate(queries):
    for server in SERVERS:
        points = [(scale, loads[server + (scale, query)]) for scale in scales if server + (scale, query) in loads]
        if not points:
            continue
        xs = [p[0] for p in points]
        axes[0][column].plot(xs, [p[1].rps for p in points], marker="o", label=LABELS[server])
        axes[1][column].plot(xs, [p[1].p99 for p in points], marker="o", label=LABELS[server])
    axes[0][column].set_title(query)
    for row, label in ((0, "requests/s"), (1, "p99 latency, ms")):
        axes[row][column].set_xscale("log")
        axes[row][column].set_yscale("log")
        axes[row][column].set_xticks(scales)
        axes[row][column].set_xticklabels([f"{s}×" for s in scales])
        axes[row][column].set_ylabel(label)
        axes[row][column].grid(True, which="both", alpha=0.3)
axes[0][0].legend(fontsize=8)
fig.suptitle(f"Rivalry Graph vs PostGraphile, {machine.get('cpu', '')} ({machine.get('date', '')})", fontsize=10)
fig.tight_layout()
fig.savefig(f"{out}/benchmark.png", dpi=90)
