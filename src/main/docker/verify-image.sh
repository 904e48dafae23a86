#!/usr/bin/env bash
# Builds an image of the application and proves it serves the API, on a machine with no container engine and no
# image registry: buildah builds it from a Debian bookworm base made here with debootstrap (standing in for
# debian:bookworm-slim), then the image's own entrypoint runs in it (buildah run --isolation chroot, as the image's
# user) and answers the canonical question on /graphql, and the image's health check passes.
#
#   ./mvnw -B package -DskipTests && src/main/docker/verify-image.sh jvm          Dockerfile.jvm
#   .ci/native.sh (or docs/native.md) && src/main/docker/verify-image.sh native   Dockerfile.native-verify
#
# The native one is this machine's verification image: the executable built here with ../shared/native-toolchain
# and the toolchain's run-time libraries beside it (docs/native.md). Release images are Dockerfile.native-micro
# and Dockerfile.native-multistage, whose executable Mandrel builds.
#
# Needs root. Its images and the debootstrap tree live in $RIVALRY_IMAGE_WORK (default /var/tmp/rivalry-image), in a
# buildah storage of their own; the base is made once and reused.
set -euo pipefail
cd "$(dirname "$0")/../../.."

kind=${1:-}
work=${RIVALRY_IMAGE_WORK:-/var/tmp/rivalry-image}
base=localhost/debian:bookworm-slim

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

bh() { buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs "$@"; }

if ! command -v buildah >/dev/null || ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq buildah debootstrap
fi
case "$kind" in
    jvm)
        dockerfile=src/main/docker/Dockerfile.jvm
        image=localhost/rivalry-graph-jvm
        if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
            echo "package the application first: ./mvnw -B package -DskipTests" >&2
            exit 1
        fi
        ;;
    native)
        dockerfile=src/main/docker/Dockerfile.native-verify
        image=localhost/rivalry-graph-native-verify
        runner=$(ls target/*-runner 2>/dev/null | head -1)
        if [ -z "$runner" ]; then
            echo "build the native executable first: bash .ci/native.sh (docs/native.md)" >&2
            exit 1
        fi
        # The libraries the executable loads at run time, from the toolchain that built it, into the build context.
        rt=${NATIVE_TOOLCHAIN_HOME:-$HOME/.cache/rivalry-native-toolchain}/rt
        rm -rf target/native-rt && cp -a "$rt" target/native-rt
        ;;
    *)
        echo "usage: $0 jvm|native" >&2
        exit 2
        ;;
esac
mkdir -p "$work"

if ! bh inspect --type image "$base" >/dev/null 2>&1; then
    echo "== base image: debootstrap of Debian bookworm"
    rm -rf "$work/rootfs"
    debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian
    tar --numeric-owner -C "$work/rootfs" -cf "$work/rootfs.tar" .
    ctr=$(bh from scratch)
    bh add "$ctr" "$work/rootfs.tar" /
    bh config --cmd /bin/bash --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$ctr"
    bh commit --rm "$ctr" "$base"
    rm -rf "$work/rootfs" "$work/rootfs.tar"
fi

echo "== buildah bud -f $dockerfile"
bh bud --isolation chroot --format docker --layers=false --build-arg BASE_IMAGE="$base" -f "$dockerfile" -t "$image" .
config() { bh inspect --type image --format "{{with .Docker.Config}}$1{{end}}{{println}}" "$image"; }
config 'user={{.User}} entrypoint={{.Entrypoint}} healthcheck={{.Healthcheck.Test}} ports={{.ExposedPorts}}'

ctr=$(bh from "$image")
log=$(mktemp)
app=
stop() {
    if [ -n "$app" ]; then
        kill -TERM -- "-$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
    fi
    bh rm "$ctr" >/dev/null
}
trap stop EXIT

# The chroot shares the host's network, so the image listens on a free port of the host, set the way a user would:
# by environment. Only an answer after the image's own log says it listens there counts.
port=${RIVALRY_IMAGE_PORT:-$((20000 + RANDOM % 20000))}
if listening "$port"; then
    echo "port $port is taken: set RIVALRY_IMAGE_PORT" >&2
    exit 1
fi
read -r -a entrypoint < <(config '{{range .Entrypoint}}{{.}} {{end}}')
echo "== starting the entrypoint in the image: ${entrypoint[*]} (QUARKUS_HTTP_PORT=$port)"
setsid buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs \
    run --isolation chroot --env QUARKUS_HTTP_PORT="$port" "$ctr" -- "${entrypoint[@]}" >"$log" 2>&1 &
app=$!

for _ in $(seq 1 120); do
    if grep -q "Listening on: http://0.0.0.0:$port" "$log"; then
        break
    fi
    if ! kill -0 "$app" 2>/dev/null; then
        cat "$log"
        echo "the image's entrypoint exited" >&2
        exit 1
    fi
    sleep 1
done
cat "$log"
grep -q "Listening on: http://0.0.0.0:$port" "$log"

echo "== POST /graphql: which companies does Mark Zuckerberg run, and what do they ship?"
answer=$(curl -fsS "http://localhost:$port/graphql" -H 'Content-Type: application/json' \
    -d '{"query":"{ person(name: \"Mark Zuckerberg\") { name companies { name products { name } } } }"}')
echo "$answer"
grep -q '"name":"Threads"' <<<"$answer"

echo "== the image's health check, run in the image as its user"
bh run --isolation chroot "$ctr" -- id
bh run --isolation chroot --env QUARKUS_HTTP_PORT="$port" "$ctr" -- /usr/local/bin/healthcheck
echo "healthcheck: exit 0"
echo "== the $kind image was built, started and answered"
