#!/usr/bin/env bash
# The single-header edition with nothing but a compiler: one file, one command, no build system;
# and the opt-in adapter files on top of it. Usage: single_header.sh [work-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
cat >"$work/app.cpp" <<'CPP'
#include "flopscale.hpp"
#include "flopscale_chrono.hpp"
#include "flopscale_ostream.hpp"

#include <iostream>

int main() {
    using namespace flopscale::literals;
    constexpr flopscale::flops budget = flopscale::training_flops(405_Bparams, 15.6_Ttokens);
    std::cout << "Llama 3.1 405B: " << budget << " in "
              << flopscale::to_chrono<std::chrono::hours>(budget / (16384 * 400_TFLOPS)).count()
              << " hours at 400 TFLOP/s per GPU\n";
    return budget > 3e25_flop ? 0 : 1;
}
CPP
cxx=${CXX:-c++}
"$cxx" -std=c++17 -Wall -Wextra -Werror -I "$root/single_include" "$work/app.cpp" -o "$work/app"
echo "single header with $cxx: $("$work/app")"
"$cxx" -std=c++17 -fno-exceptions -fno-rtti -c -x c++ - -I "$root/single_include" \
    -o "$work/bare.o" <<<'#include "flopscale.hpp"
constexpr auto c = flopscale::training_flops(flopscale::parameters{7e9}, flopscale::tokens{2e12});
static_assert(c.value() > 8e22, "a 7B model on 2T tokens");'
echo "single header with $cxx -fno-exceptions -fno-rtti: compiles"
# The full edition: the core and the layers outside the umbrella, in one more file.
"$cxx" -std=c++17 -fno-exceptions -fno-rtti -c -x c++ - -I "$root/single_include" \
    -o "$work/full.o" <<<'#include "flopscale_full.hpp"
constexpr flopscale::interconnect net = flopscale::typical_interconnect(flopscale::catalog::h100_sxm);
static_assert(net.scale_up_domain == 8, "an HGX H100 board");
static_assert(flopscale::runs::find_run("GPT-3") != nullptr, "GPT-3 is a notable run");'
echo "full single header with $cxx -fno-exceptions -fno-rtti: compiles"
