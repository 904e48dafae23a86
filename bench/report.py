#!/usr/bin/env python3
"""Writes bench/results/benchmark.md and benchmark.png from what bench/run.sh recorded: the targets first, then
every measurement behind them.

    bench/report.py MACHINE.tsv RESULTS.tsv PROFILES-DIR RESULTS-DIR
"""
import collections
import os
import statistics
import sys

machine_file, raw_file, profiles, out = sys.argv[1:5]
machine = dict(line.rstrip("\n").split("\t", 1) for line in open(machine_file) if "\t" in line)
rows = collections.defaultdict(list)
for line in open(raw_file):
    fields = line.rstrip("\n").split("\t")
    rows[fields[0]].append(fields[1:])

NAMES = {"ours": "ours, cache off", "postgraphile": "PostGraphile", "cached": "ours, cache on", "floor": "floor"}
METRICS = ["rps", "p50", "p99", "max", "requests", "failed", "server_ms", "pg_ms", "load"]


def measurement(values):
    m = {k: float(v) for k, v in zip(METRICS, values)}
    # CPU read from /proc misses processes that ended during the slice (a pooled backend closing): never below 0.
    m["server_ms"], m["pg_ms"] = max(m["server_ms"], 0.0), max(m["pg_ms"], 0.0)
    return m


def num(x, digits=0):
    if x >= 100 or digits == 0:
        return f"{x:,.0f}"
    return f"{x:,.{digits}f}"


rounds = collections.defaultdict(list)  # (scale, query, server) -> measurements
for scale, query, server, _, *values in rows["round"]:
    rounds[(int(scale), query, server)].append(measurement(values))
sql = {(int(s), q, srv): v for s, q, srv, v in rows["sql"]}


def median(key, metric):
    values = [m[metric] for m in rounds.get(key, [])]
    return statistics.median(values) if values else None


def cpu(key):  # server + database CPU per request, median over the rounds
    values = [m["server_ms"] + m["pg_ms"] for m in rounds.get(key, [])]
    return statistics.median(values) if values else None


def verdict(ok):
    return "**met**" if ok else "**not met**"


lines = ["# Rivalry Graph benchmark", "",
         "Written by `bench/run.sh` (see [docs/performance.md](../../docs/performance.md) for what is measured and "
         "how). Ours and PostGraphile 4 run on one PostgreSQL database, both up at once, measured in alternating "
         "rounds; CPU per request is the server's processes' CPU time over the round divided by its requests, and "
         "PostgreSQL's the same (the other server idle meanwhile).", "",
         "| machine | |", "|---|---|"]
lines += [f"| {k} | {v} |" for k, v in machine.items()]
scales = sorted({k[0] for k in rounds})

# ---- The targets ----
lines += ["", "## The targets", "",
          "| target | measured | |", "|---|---|---|"]
for query in ("nested", "wide"):
    for scale in (100, 1000):
        ours, pgl = (scale, query, "ours"), (scale, query, "postgraphile")
        if ours not in rounds or pgl not in rounds:
            continue
        speed = median(ours, "rps") / median(pgl, "rps")
        work = cpu(ours) / cpu(pgl)
        lines.append(f"| uncached {query} at {scale}×: ≥ 2× PostGraphile's req/s at ≤ ½ its CPU per request "
                     f"(server + PostgreSQL) | {speed:.2f}× the req/s ({num(median(ours, 'rps'))} against "
                     f"{num(median(pgl, 'rps'))}) at {work:.2f}× the CPU ({cpu(ours):.2f} against {cpu(pgl):.2f} ms) | "
                     f"{verdict(speed >= 2 and work <= 0.5)} |")
firsts = {(v, s): (int(r), int(f)) for v, s, r, f in rows["first"]}
curves = collections.defaultdict(list)  # (variant, server) -> [(at_ms, measurement)]
for variant, server, at, *values in rows["curve"]:
    curves[(variant, server)].append((int(at), measurement(values)))
variants = list(dict.fromkeys(v for v, _ in curves))


def first_minute(variant, server):
    slices = [m for at, m in curves[(variant, server)] if at < 60000]
    requests = sum(m["requests"] for m in slices)
    seconds = sum(m["requests"] / m["rps"] for m in slices if m["rps"] > 0)
    return requests / seconds if seconds else 0, max((m["max"] for m in slices), default=0), \
        sum(m["failed"] for m in slices)


for variant in variants:
    ours_rps, ours_max, ours_failed = first_minute(variant, "ours")
    pgl_rps, _, _ = first_minute(variant, "postgraphile")
    ready, first = firsts[(variant, "ours")]
    ok = ours_rps >= pgl_rps and ours_max <= 1000 and first < 200 and ours_failed == 0
    lines.append(f"| first minute after start ({variant}): ≥ 1× PostGraphile, no request over 1 s, the first answer "
                 f"< 0.2 s | {ours_rps / pgl_rps if pgl_rps else 0:.2f}× ({num(ours_rps)} against {num(pgl_rps)} "
                 f"req/s), slowest request {num(ours_max)} ms, {ours_failed:.0f} failed; port open {ready / 1000:.1f} s "
                 f"after the start, first answer {first} ms | {verdict(ok)} |")
for scale in scales:
    for query in ("nested", "wide", "point"):
        cached, floor = (scale, query, "cached"), (scale, query, "floor")
        if cached in rounds and floor in rounds:
            share = median(cached, "rps") / median(floor, "rps")
            lines.append(f"| cached repeated reads ({query}, {scale}×): ≥ 50 % of the floor's req/s | {share:.0%} "
                         f"({num(median(cached, 'rps'))} against {num(median(floor, 'rps'))}) | {verdict(share >= 0.5)} |")
wide_top, wide_one = (max(scales), "wide", "ours"), (min(scales), "wide", "ours")
if (max(scales), "wide", "postgraphile") in rounds and min(scales) != max(scales):
    speed = median(wide_top, "rps") / median((max(scales), "wide", "postgraphile"), "rps")
    growth = median(wide_top, "p99") / median(wide_one, "p99")
    lines.append(f"| wide at {max(scales)}×: ≥ PostGraphile's req/s, p99 within 2× of the {min(scales)}× p99 | "
                 f"{speed:.2f}× the req/s; p99 {num(median(wide_top, 'p99'))} ms against {num(median(wide_one, 'p99'))} "
                 f"ms at {min(scales)}× ({growth:.2f}×) | {verdict(speed >= 1 and growth <= 2)} |")
for result, load in rows["invalidation"]:
    fields = dict(kv.split("=") for kv in result.split())
    lines.append(f"| a write's invalidation visible on the other replica in ≤ 1 s (p99 over {fields['writes']} "
                 f"writes) | p99 {fields['p99_ms']} ms (p50 {fields['p50_ms']}, max {fields['max_ms']}), B serving "
                 f"reads meanwhile | {verdict(float(fields['p99_ms']) <= 1000)} |")

# ---- Why the unmet ones are unmet: written by hand from this report and its profiles (bench/analysis.md) ----
analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
if os.path.exists(analysis):
    lines += [""] + open(analysis).read().rstrip().splitlines()

# ---- Side by side ----
lines += ["", "## Side by side, at each scale", "",
          "Medians of the rounds; *req/s by round* lists every round. SQL: statements per request "
          "(pg_stat_statements). Load: the 1-minute load average as each round began. The floor: a static server "
          "(Node) sending our own answer, what HTTP alone costs on this machine.", "",
          "| query | scale | server | req/s by round | p50 ms | p99 ms | max ms | server CPU ms/req | "
          "PostgreSQL CPU ms/req | SQL | failed | load |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
for query in ("nested", "wide", "point"):
    for scale in scales:
        for server in ("ours", "postgraphile", "cached", "floor"):
            key = (scale, query, server)
            if key not in rounds:
                continue
            ms = rounds[key]
            lines.append(
                f"| {query} | {scale}× | {NAMES[server]} | {' / '.join(num(m['rps']) for m in ms)} | "
                f"{median(key, 'p50'):.1f} | {median(key, 'p99'):.1f} | {median(key, 'max'):.0f} | "
                f"{median(key, 'server_ms'):.2f} | {median(key, 'pg_ms'):.2f} | {sql.get(key, '—')} | "
                f"{sum(m['failed'] for m in ms):.0f} | {min(m['load'] for m in ms):.1f}-{max(m['load'] for m in ms):.1f} |")

# ---- The first minutes ----
if curves:
    lines += ["", "## The first minutes after start", "",
              "Each variant of ours (cache off) and a fresh PostGraphile were started at the same moment "
              f"({machine.get('start curves', '')}); once each answered, the canonical question (*nested*) in "
              "alternating slices, ours then PostGraphile. Each cell: req/s, the slowest request in ms, and when the "
              "slice began (seconds after the start).", ""]
    header = "| slice |" + "".join(f" {v}: ours | PostGraphile |" for v in variants)
    lines += [header, "|---|" + "---|---|" * len(variants)]
    length = max(len(curves[(v, "ours")]) for v in variants)
    for i in range(length):
        cells = []
        for v in variants:
            for server in ("ours", "postgraphile"):
                points = curves[(v, server)]
                if i < len(points):
                    at, m = points[i]
                    cells.append(f"{num(m['rps'])} ({num(m['max'])}) at {at / 1000:.0f} s")
                else:
                    cells.append("")
        lines.append(f"| {i + 1} | " + " | ".join(cells) + " |")
    lines += ["", "Until the port opened, and the first answer's latency (ms):", "",
              "| variant | ours: port open | ours: first answer | PostGraphile: port open | PostGraphile: first answer |",
              "|---|---|---|---|---|"]
    for v in variants:
        (r1, f1), (r2, f2) = firsts[(v, "ours")], firsts[(v, "postgraphile")]
        lines.append(f"| {v} | {r1:,} | {f1:,} | {r2:,} | {f2:,} |")

# ---- Profiles ----
for query in ("nested", "wide"):
    path = os.path.join(profiles, f"{query}.txt")
    if os.path.exists(path):
        lines += ["", f"## Where the CPU goes: {query}, cache off (async-profiler, bench/profile.sh)", "", "```"]
        lines += open(path).read().rstrip().splitlines()[:32]
        lines += ["```"]

lines += ["", "## Data", ""] + [f"- {scale}×: {text}" for scale, text in rows["generate"]]
lines += ["", "Queries (`bench/queries/`; each `*.postgraphile.graphql` asks the same in PostGraphile's schema): "
          "**point** `person(name:)` id and name; **nested** the canonical question (README, *Ask it*); **wide** "
          "`claims(first: 100)` with kind, text, date, speaker, citations and their sources.", "",
          "![the first minutes after start, and req/s by scale](benchmark.png)", ""]
open(os.path.join(out, "benchmark.md"), "w").write("\n".join(lines))

# ---- The chart: the start curves, and req/s by scale ----
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

figure, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5))
for v, colour in zip(variants, ("tab:blue", "tab:green", "tab:purple", "tab:red", "tab:orange")):
    for server, style in (("ours", "-"), ("postgraphile", ":")):
        points = curves[(v, server)]
        label = f"ours, {v}" if server == "ours" else f"PostGraphile (beside {v})"
        left.plot([at / 1000 for at, _ in points], [m["rps"] for _, m in points], style, color=colour, label=label)
left.set_xlabel("seconds after start")
left.set_ylabel("req/s, nested")
left.set_title("The first minutes after start")
left.legend(fontsize=7)
for query in ("nested", "wide"):
    for server, style in (("ours", "-o"), ("postgraphile", ":s")):
        xs = [s for s in scales if (s, query, server) in rounds]
        right.plot(xs, [median((s, query, server), "rps") for s in xs], style, label=f"{query}, {NAMES[server]}")
right.set_xscale("log")
right.set_yscale("log")
right.set_xlabel("scale (× the seeds)")
right.set_ylabel("req/s, median of rounds")
right.set_title("Warm, side by side")
right.legend(fontsize=7)
figure.tight_layout()
figure.savefig(os.path.join(out, "benchmark.png"), dpi=90)
