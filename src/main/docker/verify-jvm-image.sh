#!/usr/bin/env bash
# Dockerfile.jvm built with buildah, started, asked the canonical question: see verify-image.sh.
#
#   ./mvnw -B package -DskipTests && src/main/docker/verify-jvm-image.sh
exec "$(dirname "$0")/verify-image.sh" jvm
