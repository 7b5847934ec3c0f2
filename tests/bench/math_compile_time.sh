#!/usr/bin/env bash
# Compile-time cost of the constexpr math kernel. Generates a TU with 1,000 constexpr variables
# initialised by distinct flopscale::math::pow calls (bases from 1e-12 to 1e12, exponents in
# [-2, 2)) and the same TU with the calls replaced by a product of the same two literals, measures
# -fsyntax-only time with runs alternating between the two (so both see the same machine load),
# and prints (fastest with calls - fastest without) / 1,000 in ms per call against the 0.1 ms
# target, in CPU time (timing.sh). Where valgrind is installed, it also prints the compiler's
# instructions per call (with calls - without, children included): a figure that does not move
# with the machine's load, for comparing changes to the kernel. Then
# compiles a 10,000-call TU once under /usr/bin/time -v and prints the peak resident memory
# against the 150 MB target.
# Usage: math_compile_time.sh [compiler...]   (default: g++ clang++). RUNS (default 7) sets the
# number of alternating runs. Prints PASS/MISS per target; exits non-zero only if a compiler fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generate() { # number of calls, 1 to call pow or 0 for the product, output file
    awk -v n="$1" -v call="$2" 'BEGIN {
        print "#include \"flopscale/math.hpp\""
        print "namespace fm = flopscale::math;"
        for (i = 0; i < n; ++i) {
            # Bases from about 1e-12 to 1e12 and exponents in [-2, 2): every call is distinct.
            b = sprintf("%.17g", exp((((i * 7919) % 100003) / 100003.0 - 0.5) * 55.0));
            y = sprintf("%.17g", (((i * 104729) % 99991) / 99991.0) * 4.0 - 2.0);
            if (call) printf "constexpr double p%d = fm::pow(%s, %s);\n", i, b, y
            else printf "constexpr double p%d = %s * %s;\n", i, b, y
        }
        print "int main() { return 0; }"
    }' >"$3"
}
generate 1000 0 "$work/without.cpp"
generate 1000 1 "$work/with.cpp"
generate 10000 1 "$work/with10k.cpp"

source "$here/timing.sh"

instructions() { # compiler, source: instructions executed by the compiler and its children
    valgrind --tool=cachegrind --cache-sim=no --trace-children=yes --cachegrind-out-file=/dev/null \
        "$1" -std=c++17 -fsyntax-only -I "$include" "$2" 2>&1 >/dev/null |
        awk '/I +refs:/ { gsub(/,/, "", $NF); total += $NF } END { print total }'
}

status=0
for cxx in ${@:-g++ clang++}; do
    if ! "$cxx" -std=c++17 -fsyntax-only -I "$include" "$work/with.cpp"; then
        echo "math compile time $cxx: FAILED to compile the 1,000-call TU"
        status=1
        continue
    fi
    read -r without with < <(alternating_best "$cxx" "$include" "$runs" \
        "$work/without.cpp" "$work/with.cpp")
    awk -v cxx="$cxx" -v a="$without" -v b="$with" 'BEGIN {
        per = (b - a) / 1000.0
        printf "math compile time %-10s without %5d ms  with 1,000 pow %5d ms  %.3f ms/call (target <= 0.1) %s\n",
               cxx, a, b, per, (per <= 0.1 ? "PASS" : "MISS")
    }'
    if command -v valgrind >/dev/null; then
        awk -v cxx="$cxx" -v a="$(instructions "$cxx" "$work/without.cpp")" \
            -v b="$(instructions "$cxx" "$work/with.cpp")" 'BEGIN {
            printf "math compile work %-10s %.0f instructions per call (valgrind; load-independent)\n",
                   cxx, (b - a) / 1000.0
        }'
    fi
    if [ -x /usr/bin/time ]; then
        if /usr/bin/time -v "$cxx" -std=c++17 -fsyntax-only -I "$include" "$work/with10k.cpp" \
            2>"$work/time.txt"; then
            kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/time.txt")
            awk -v cxx="$cxx" -v kb="$kb" 'BEGIN {
                mb = kb / 1024.0
                printf "math compile memory %-10s 10,000 pow: peak %.1f MB (target < 150) %s\n",
                       cxx, mb, (mb < 150 ? "PASS" : "MISS")
            }'
        else
            echo "math compile memory $cxx: FAILED to compile the 10,000-call TU"
            status=1
        fi
    else
        echo "math compile memory $cxx: /usr/bin/time not available, not measured"
    fi
done
exit $status
