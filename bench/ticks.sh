# Sourced by the bench scripts. ticks PID: CPU ticks (CLK_TCK) of the process, of its children that ended (the
# parent's cutime/cstime: PostgreSQL's backends that a pool closed) and of its living children (PostGraphile's
# workers, PostgreSQL's backends).
ticks() {
    { cat "/proc/$1/stat"; pgrep -P "$1" | while read -r p; do cat "/proc/$p/stat" 2>/dev/null || true; done; } \
        | awk -v parent="$1" '{ pid = $1; sub(/^.*\) /, ""); sum += $12 + $13; if (pid == parent) sum += $14 + $15 }
            END { print sum + 0 }'
}
