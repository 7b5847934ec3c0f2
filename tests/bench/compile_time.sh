#!/usr/bin/env bash
# Compile-time cost of the umbrella header: -fsyntax-only time of a TU that includes
# flopscale/flopscale.hpp and computes a budget, against a TU with only <cstdint> <cmath> <limits>
# <type_traits> <string_view> <array>. Runs alternate between the two so both see the same machine
# load, in CPU time (timing.sh). The ratio of the fastest runs is printed against the 1.5x target.
# Usage: compile_time.sh [compiler...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
runs=${RUNS:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/compile_time_umbrella.cpp.in" "$work/umbrella.cpp"
cp "$here/compile_time_baseline.cpp.in" "$work/baseline.cpp"

source "$here/timing.sh"

for compiler in "${@:-g++ clang++}"; do
    for cxx in $compiler; do
        read -r base umbrella < <(alternating_best "$cxx" "$include" "$runs" \
            "$work/baseline.cpp" "$work/umbrella.cpp")
        awk -v cxx="$cxx" -v b="$base" -v u="$umbrella" 'BEGIN {
            r = u / b
            printf "compile time %-10s baseline %4d ms  flopscale.hpp %4d ms  ratio %.2fx (target <= 1.5x) %s\n",
                   cxx, b, u, r, (r <= 1.5 ? "PASS" : "MISS")
        }'
    done
done
