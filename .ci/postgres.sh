#!/usr/bin/env bash
# A private PostgreSQL server for the test suite, on 127.0.0.1 only, in a throw-away data directory:
#   bash .ci/postgres.sh install   Debian's postgresql package, unless a server is installed already
#   bash .ci/postgres.sh init      a new cluster, started, with the user and database the tests use
#   bash .ci/postgres.sh start|stop
#   bash .ci/postgres.sh destroy   stop it and delete its data directory
# PG_PORT (55432) and PG_DIR (/tmp/rivalry-pg) place it; the tests reach it as rivalry/rivalry@rivalry_test.
set -euo pipefail
PG_PORT=${PG_PORT:-55432}
PG_DIR=${PG_DIR:-/tmp/rivalry-pg}

bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] || { echo "PostgreSQL is not installed: run '$0 install'" >&2; exit 1; }
    echo "$dir/$1"
}

# The server refuses to run as root: run it as the postgres user the package creates.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ctl() {
    as_owner "$(bin pg_ctl)" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 "$@"
}

case "${1:-}" in
    install)
        if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        fi
        "$(bin postgres)" --version
        ;;
    init)
        rm -rf "$PG_DIR"
        mkdir -p "$PG_DIR"
        [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
        as_owner "$(bin initdb)" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        "$0" start
        as_owner "$(bin psql)" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE USER rivalry PASSWORD 'rivalry'" -c "CREATE DATABASE rivalry_test OWNER rivalry"
        ;;
    start)
        pg_ctl -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
        echo "PostgreSQL up on 127.0.0.1:$PG_PORT"
        ;;
    stop)
        pg_ctl -m fast stop >/dev/null
        echo "PostgreSQL on 127.0.0.1:$PG_PORT stopped"
        ;;
    destroy)
        if [ -f "$PG_DIR/data/postmaster.pid" ]; then "$0" stop; fi
        rm -rf "$PG_DIR"
        ;;
    *)
        echo "usage: $0 install|init|start|stop|destroy" >&2
        exit 2
        ;;
esac
