#!/usr/bin/env python3
"""Where the CPU goes in a JFR recording: the methods most often on top of the sampled stacks (self) and anywhere
on them (total), from `jfr print --events jdk.ExecutionSample`, plus the packages that own the top frames.

    bench/jfr-top.py recording.jfr [N]
"""
import collections
import re
import subprocess
import sys

recording, limit = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", recording],
                      check=True, capture_output=True, text=True).stdout
frame = re.compile(r"^\s+([\w$.<>/]+)\(.*line:")
samples, stacks, current = 0, [], None
for line in text.splitlines():
    if "stackTrace = [" in line:
        current = []
    elif current is not None:
        match = frame.match(line)
        if match:
            current.append(match.group(1))
        elif line.strip() in ("]", "...") or line.strip().startswith("]"):
            stacks.append(current)
            current = None
self_count, total_count, packages = collections.Counter(), collections.Counter(), collections.Counter()
for stack in stacks:
    if not stack:
        continue
    self_count[stack[0]] += 1
    packages[".".join(stack[0].split(".")[:3])] += 1
    for method in set(stack):
        total_count[method] += 1
n = len(stacks) or 1
print(f"{len(stacks)} samples")
for title, counter in (("self", self_count), ("total", total_count), ("self by package", packages)):
    print(f"--- {title}")
    for method, count in counter.most_common(limit):
        print(f"{100 * count / n:5.1f}%  {method}")
