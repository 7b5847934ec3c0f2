// GPT-3's training budget from the core types: 174.6B parameters x 300B tokens (Brown et al.
// 2020), its time on 1,024 A100s at 140 TFLOP/s each (the Megatron-LM example, Narayanan et al.
// 2021, §5.1) and its energy at 400 W per GPU (A100 SXM TDP) with a PUE of 1.1.
#include "flopscale/flopscale.hpp"

#include <cstdio>

int main() {
    using namespace flopscale;
    using namespace flopscale::literals;

    constexpr parameters n = 174.6_Bparams;
    constexpr tokens d = 300_Btokens;
    constexpr flops compute = training_flops(n, d);

    constexpr double gpus = 1024;
    constexpr flop_rate achieved = 140_TFLOPS * gpus;
    constexpr duration time = compute / achieved;
    constexpr double pue = 1.1;
    constexpr energy used = 400_W * gpus * pue * time;

    static_assert(compute < 1e25_flop, "GPT-3 is below the EU AI Act's 1e25 FLOP threshold");

    std::printf("GPT-3 175B: %.1fB parameters x %.0fB tokens\n", n.in(units::B_params),
                d.in(units::B_tokens));
    std::printf("  training compute  %.3g FLOP (6 N D)\n", compute.value());
    std::printf("  on 1,024 A100s at 140 TFLOP/s each: %.1f days\n", time.in(units::days));
    std::printf("  energy at 400 W per GPU, PUE 1.1: %.1f MWh\n", used.in(units::MWh));
    return 0;
}
