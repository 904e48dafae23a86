#!/usr/bin/env bash
# The native executable, built on this machine, and the whole *IT suite run against it, on H2 (docs/native.md).
#
#   bash .ci/native.sh        from .ci/run, after the e2e step (Chromium and src/test/js/node_modules are needed)
#
# No GraalVM or Mandrel can be installed here: ../shared/native-toolchain assembles GraalVM 25.0.2's builder from
# Maven Central jars and runs it on Temurin 25. Quarkus's native build steps write the builder's input (sources
# only); the builder compiles it; then `verify -Dnative` takes that executable as built (quarkus.native.reuse-existing:
# Quarkus does not call native-image itself) and every *IT, e2e included, starts the executable instead of the jar.
# The executable's output reaches the Maven log; the toolchain's stand-in libjvm prints "stub libjvm" when the JDK's
# native code calls a JVM function it lacks, and any such line fails the run.
# Prints each phase's time; the builder's peak memory is in target/native-build/time.txt.
# NATIVE_EXECUTABLE=path: test that executable, built before from this checkout's sources, instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
toolchain=${NATIVE_TOOLCHAIN:-../shared/native-toolchain}
temurin25=${TEMURIN25:-/usr/lib/jvm/temurin-25-jdk-amd64}

t=$(date +%s)
phase() { echo "native: $1 in $(( $(date +%s) - t )) s (load $(cut -d' ' -f1-3 /proc/loadavg))"; t=$(date +%s); }

if [ -n "${NATIVE_EXECUTABLE:-}" ]; then
    cp "$NATIVE_EXECUTABLE" target/rivalry-graph-1.0.0-SNAPSHOT-runner
else
    "$toolchain/prepare.sh"
    phase "toolchain ready"

    # Quarkus's native build steps, on Temurin 25 as the builder: target/native-sources/.
    JAVA_HOME=$temurin25 ./mvnw -B -ntp package -Dnative -Dquarkus.native.sources-only=true -DskipTests
    # What the executable reads from itself at run time: the seed articles, the SQL migrations and the Java migrations
    # (registered for reflection). A miss here would only show as a failed start later.
    runner=$(realpath target/native-sources/rivalry-graph-*-runner.jar)
    rm -rf target/native-config && mkdir target/native-config
    (cd target/native-config && jar xf "$runner" META-INF/native-image)
    for needed in 'resource-config.json seeds/[^/]*\\.txt' 'resource-config.json db/migration/V1__schema.sql' \
            'resource-config.json db/migration/V2__sources.sql' 'resource-config.json db/migration/V4__seed_facts.sql' \
            'resource-config.json db/migration/V9__statements_about.sql' \
            'reflect-config.json "name":"db.migration.V3__Load_source_texts"' \
            'reflect-config.json "name":"db.migration.V10__Lookup_indexes"'; do
        read -r file text <<<"$needed"
        grep -qF "$text" "target/native-config/META-INF/native-image/$file" || {
            echo "not in the native image's $file: $text" >&2
            exit 1
        }
    done
    phase "native sources"

    rm -rf target/native-build
    # The builder aborts when a phase reports no progress for 10 minutes (its deadlock watchdog). On a machine
    # shared with other builds that happened after 80 minutes, in the universe-building phase: allow an hour.
    NATIVE_EXTRA_BUILDER_ARGS="${NATIVE_EXTRA_BUILDER_ARGS:-} -H:+UnlockExperimentalVMOptions \
-H:DeadlockWatchdogInterval=60 -H:-UnlockExperimentalVMOptions" \
        "$toolchain/build.sh" target/native-sources target/native-build
    cp target/native-build/rivalry-graph-*-runner target/
    peak=$(awk '/Maximum resident/ { printf "%.1f GB", $NF / 1048576 }' target/native-build/time.txt)
    phase "native executable ($(du -m target/rivalry-graph-*-runner | cut -f1) MB; builder peak RSS $peak)"
fi

# The unit tests ran in the JVM steps (-Dtest=None skips them here); the *IT suite runs against the executable.
rc=0
./mvnw -B -ntp verify -Dnative -Pe2e -Dquarkus.native.reuse-existing=true -Dquarkus.native.container-build=false \
    -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee target/native-it.log || rc=$?
if grep -n 'stub libjvm' target/native-it.log; then
    echo "the native executable called a JVM function that the toolchain's stand-in libjvm lacks (above)" >&2
    exit 1
fi
[ "$rc" = 0 ] || exit "$rc"
grep -qx 'type=native' target/quarkus-artifact.properties || {
    echo "the *IT suite did not run against the native executable: target/quarkus-artifact.properties" >&2
    exit 1
}
phase "*IT suite against the native executable ($(grep -A3 'Results:' target/native-it.log \
    | grep -o 'Tests run: [0-9]*, Failures: [0-9]*, Errors: [0-9]*, Skipped: [0-9]*' | tail -1))"
