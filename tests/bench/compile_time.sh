#!/usr/bin/env bash
# Compile-time cost of the umbrella header: -fsyntax-only time of a TU that includes
# flopscale/flopscale.hpp and computes a budget, against a TU with only <cstdint> <cmath> <limits>
# <type_traits> <string_view> <array>. Runs alternate between the two so both see the same machine
# load; each run is the compiler's CPU time (user + system), which a busy machine disturbs less than
# wall time. The medians' ratio is printed against the 1.5x target. Usage: compile_time.sh [cxx...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
runs=${RUNS:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/compile_time_umbrella.cpp.in" "$work/umbrella.cpp"
cp "$here/compile_time_baseline.cpp.in" "$work/baseline.cpp"

cpu_ms() { # compiler, file
    local TIMEFORMAT='%3U %3S' seconds
    seconds=$({ time "$1" -std=c++17 -fsyntax-only -I "$include" "$2"; } 2>&1)
    echo "$seconds" | awk '{ printf "%d\n", ($1 + $2) * 1000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for compiler in "${@:-g++ clang++}"; do
    for cxx in $compiler; do
        : >"$work/umbrella.ms"
        : >"$work/baseline.ms"
        for _ in $(seq "$runs"); do
            cpu_ms "$cxx" "$work/baseline.cpp" >>"$work/baseline.ms"
            cpu_ms "$cxx" "$work/umbrella.cpp" >>"$work/umbrella.ms"
        done
        base=$(median <"$work/baseline.ms")
        umbrella=$(median <"$work/umbrella.ms")
        awk -v cxx="$cxx" -v b="$base" -v u="$umbrella" 'BEGIN {
            r = u / b
            printf "compile time %-10s baseline %4d ms  flopscale.hpp %4d ms  ratio %.2fx (target <= 1.5x) %s\n",
                   cxx, b, u, r, (r <= 1.5 ? "PASS" : "MISS")
        }'
    done
done
