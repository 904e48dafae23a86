#!/usr/bin/env python3
"""Where the CPU went in an async-profiler profile (collapsed stacks, as bench/profile.sh writes them): each sample is
given to the first part below that has a frame on its stack, so the shares add up to 100 %; then the methods most
often on top of the stacks.

    bench/profile-top.py profile.collapsed [PART]    # PART: also the places in that part that cost most
"""
import collections
import re
import sys

# First match wins: the parts nearer the leaves of a request's stack come first.
PARTS = [
    ("JSON writing", r"jackson|ExecutionHandler\.write"),
    ("Hibernate: HQL to SQL", r"ConcreteSqmSelectQueryPlan\.buildInterpretation|QuerySqmImpl\.<init>|HqlTranslator"),
    ("JDBC driver", r"^org\.(postgresql|h2)\."),
    ("Hibernate: rows to entities", r"^org\.hibernate\.sql\.results"),
    ("Hibernate: sessions", r"SessionImpl\.<init>|SessionImpl\.close|SessionFactoryImpl\.openSession"),
    ("transactions (Narayana, Agroal)", r"^com\.arjuna|^io\.agroal|TransactionalInterceptor"),
    ("Hibernate: other", r"^org\.hibernate"),
    ("our resolvers", r"^dev\.rivalrygraph\.(?!api\.|persistence\.)"),
    ("SmallRye request context", r"SmallRyeContextManager"),
    ("graphql-java: parse, validate", r"^graphql\.(validation|parser)|ParseAndValidate"),
    ("graphql-java: execution", r"^graphql\."),
    ("data loaders", r"^org\.dataloader"),
    ("SmallRye GraphQL", r"^io\.smallrye"),
    ("HTTP (Vert.x, Netty)", r"^io\.(vertx|netty)|^io\.quarkus\.vertx"),
    ("JIT compiler", r"^(C2Compiler|Compiler::|CompileBroker)"),
    ("garbage collector", r"^(G1|GangWorker|ParallelTask|GC)"),
]

stacks = []
for line in open(sys.argv[1]):
    frames, _, count = line.rstrip().rpartition(" ")
    stacks.append(([f.replace("/", ".").removesuffix("_[j]").removesuffix("_[i]") for f in frames.split(";")],
                   int(count)))
total = sum(count for _, count in stacks) or 1
wanted = sys.argv[2] if len(sys.argv) > 2 else None
parts, places, tops = collections.Counter(), collections.Counter(), collections.Counter()
for frames, count in stacks:
    part = next((name for name, pattern in PARTS if any(re.search(pattern, f) for f in frames)), "other")
    parts[part] += count
    tops[frames[-1]] += count
    if part == wanted:
        pattern = dict(PARTS)[wanted]
        i = next(i for i, f in enumerate(frames) if re.search(pattern, f))  # outermost frame of the part
        places[" > ".join(frames[i:i + 3])] += count
print(f"{total} samples")
for name, count in parts.most_common():
    print(f"{100 * count / total:5.1f}%  {name}")
if wanted:
    print(f"--- {wanted}: where it is entered")
    for place, count in places.most_common(15):
        print(f"{100 * count / total:5.1f}%  {place}")
print("--- on top of the stack")
for method, count in tops.most_common(20):
    print(f"{100 * count / total:5.1f}%  {method}")
