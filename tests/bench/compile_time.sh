#!/usr/bin/env bash
# Compile-time cost of the umbrella header: -fsyntax-only time of a TU that includes
# flopscale/flopscale.hpp and computes a budget, against a TU with only <cstdint> <cmath> <limits>
# <type_traits> <string_view> <array>. Runs alternate between the two so both see the same machine
# load, in CPU time (timing.sh). The ratio of the fastest runs is printed against the 1.5x target.
# Where valgrind is installed, it also prints the compilers' instruction counts for the two TUs
# (children included; a figure that does not move with the machine's load), and a table of what
# each public header costs on its own: a TU that includes only that header, in instructions, as a
# multiple of the baseline TU's. The table is the one the README shows, for choosing includes.
# Usage: compile_time.sh [compiler...]   (default: g++ clang++). RUNS (default 11) sets the number
# of alternating runs; HEADER_TABLE=0 skips the per-header table (a few minutes per compiler).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
runs=${RUNS:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/compile_time_umbrella.cpp.in" "$work/umbrella.cpp"
cp "$here/compile_time_baseline.cpp.in" "$work/baseline.cpp"

(cd "$include" && ls flopscale/*.hpp flopscale/scaling/*.hpp) | sed 's/.*/#include "&"/' \
    >"$work/everything.cpp"
tail -n +3 "$work/umbrella.cpp" >>"$work/everything.cpp"
source "$here/timing.sh"

instructions() { # compiler, source: instructions executed by the compiler and its children
    valgrind --tool=cachegrind --cache-sim=no --trace-children=yes --cachegrind-out-file=/dev/null \
        "$1" -std=c++17 -fsyntax-only -I "$include" "$2" 2>&1 >/dev/null |
        awk '/I +refs:/ { gsub(/,/, "", $NF); total += $NF } END { print total }'
}

compilers=(${@:-g++ clang++})
for cxx in "${compilers[@]}"; do
    read -r base umbrella < <(alternating_best "$cxx" "$include" "$runs" \
        "$work/baseline.cpp" "$work/umbrella.cpp")
    awk -v cxx="$cxx" -v b="$base" -v u="$umbrella" 'BEGIN {
        r = u / b
        printf "compile time %-10s baseline %4d ms  flopscale.hpp %4d ms  ratio %.2fx (target <= 1.5x) %s\n",
               cxx, b, u, r, (r <= 1.5 ? "PASS" : "MISS")
    }'
    if command -v valgrind >/dev/null; then
        awk -v cxx="$cxx" -v b="$(instructions "$cxx" "$work/baseline.cpp")" \
            -v u="$(instructions "$cxx" "$work/umbrella.cpp")" 'BEGIN {
            r = u / b
            printf "compile work %-10s baseline %5.0fM  flopscale.hpp %5.0fM instructions  ratio %.2fx (target <= 1.5x) %s\n",
                   cxx, b / 1e6, u / 1e6, r, (r <= 1.5 ? "PASS" : "MISS")
        }'
        # Informational: every layer outside the umbrella included as well.
        awk -v cxx="$cxx" -v b="$(instructions "$cxx" "$work/baseline.cpp")" \
            -v f="$(instructions "$cxx" "$work/everything.cpp")" 'BEGIN {
            printf "compile work %-10s every public header (the umbrella and all layers) %5.0fM instructions  %.2fx\n",
                   cxx, f / 1e6, f / b
        }'
    fi
done

if ! command -v valgrind >/dev/null || [ "${HEADER_TABLE:-1}" = 0 ]; then exit 0; fi

# Each public header alone, as a multiple of the baseline TU's instructions (the baseline includes
# <cmath>; a header that needs less of the standard library can cost less than 1x).
headers=$(cd "$include" && ls flopscale/*.hpp flopscale/scaling/*.hpp flopscale/io/*.hpp)
declare -A base_of
for cxx in "${compilers[@]}"; do
    base_of[$cxx]=$(instructions "$cxx" "$work/baseline.cpp")
done
echo
echo "Compile work of each public header alone, x the std-only baseline (instructions, valgrind):"
echo
printf '| header |'
for cxx in "${compilers[@]}"; do printf ' %s |' "$cxx"; done
printf '\n|---|'
for cxx in "${compilers[@]}"; do printf -- '---:|'; done
printf '\n'
for header in $headers; do
    printf '#include "%s"\nint main() { return 0; }\n' "$header" >"$work/header.cpp"
    printf '| `%s` |' "$header"
    for cxx in "${compilers[@]}"; do
        awk -v h="$(instructions "$cxx" "$work/header.cpp")" -v b="${base_of[$cxx]}" \
            'BEGIN { printf " %.2fx |", h / b }'
    done
    printf '\n'
done
