#!/usr/bin/env bash
# Compile-time cost of the umbrella header: -fsyntax-only time of a TU that includes
# flopscale/flopscale.hpp and computes a budget, against a TU with only <cstdint> <cmath> <limits>
# <type_traits> <string_view> <array>. Runs alternate between the two so both see the same machine
# load; the medians' ratio is printed against the 1.5x target. Usage: compile_time.sh [compiler...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
runs=${RUNS:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/compile_time_umbrella.cpp.in" "$work/umbrella.cpp"
cp "$here/compile_time_baseline.cpp.in" "$work/baseline.cpp"

elapsed_ms() { # compiler, file
    local start end
    start=$(date +%s%N)
    "$1" -std=c++17 -fsyntax-only -I "$include" "$2"
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for compiler in "${@:-g++ clang++}"; do
    for cxx in $compiler; do
        : >"$work/umbrella.ms"
        : >"$work/baseline.ms"
        for _ in $(seq "$runs"); do
            elapsed_ms "$cxx" "$work/baseline.cpp" >>"$work/baseline.ms"
            elapsed_ms "$cxx" "$work/umbrella.cpp" >>"$work/umbrella.ms"
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
