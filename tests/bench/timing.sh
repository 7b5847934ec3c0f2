# Sourced by the compile-time benchmarks. Times `-fsyntax-only` compilations in CPU time (user +
# system, from bash's own `time`, steadier than wall time on a shared machine), alternating two
# files so that both see the same machine load.

# cpu_ms COMPILER INCLUDE_DIR FILE: one compilation's CPU time in ms.
cpu_ms() {
    local TIMEFORMAT='%3U %3S' seconds
    seconds=$({ time "$1" -std=c++17 -fsyntax-only -I "$2" "$3"; } 2>&1)
    echo "$seconds" | awk '{ printf "%d\n", ($1 + $2) * 1000 + 0.5 }'
}

# alternating_best COMPILER INCLUDE_DIR RUNS FILE_A FILE_B: "best_A best_B", the fastest of the
# runs of each in ms. Interference from other work on the machine only ever adds time, so the
# fastest run is the steadiest estimate of a compilation's own cost (medians moved by up to 70%
# between runs on a shared machine).
alternating_best() {
    local a b
    a=$(mktemp)
    b=$(mktemp)
    for _ in $(seq "$3"); do
        cpu_ms "$1" "$2" "$4" >>"$a"
        cpu_ms "$1" "$2" "$5" >>"$b"
    done
    echo "$(sort -n "$a" | head -n 1)" "$(sort -n "$b" | head -n 1)"
    rm -f "$a" "$b"
}
