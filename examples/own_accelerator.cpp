// Your own chip, in the same type as the catalog's: a constexpr accelerator built with the
// with_...() setters, then a plan on a cluster of it, checked at compile time.
#include "flopscale/format.hpp"
#include "flopscale/plan.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

// A hypothetical NPU: the figures are made up for the example.
constexpr accelerator my_npu =
    accelerator{"My NPU", "Example Corp", 2026}
        .with_peak(precision::bf16, 600_TFLOPS)
        .with_peak(precision::fp8, 1200_TFLOPS)
        .with_memory(96_GB)
        .with_tdp(550_W)
        .with_source("example figures, not a real chip", confidence::low);

constexpr cluster npus = [] {
    cluster c;
    c.chip = my_npu;
    c.count = 8192;
    c.format = precision::fp8;
    c.mfu = 0.35;
    c.pue = 1.2;
    return c;
}();

// A 405B model on 15.6T tokens, Llama 3.1 405B's size and data.
constexpr training_plan run = plan_training(405_Bparams, 15.6_Ttokens, npus);
static_assert(run.time < 180_days, "half a year at most on 8,192 of our NPUs");
static_assert(run.fit == memory_fit::fits, "the training state fits in 8,192 x 96 GB");

int main() {
    char t[32];
    char e[32];
    *to_chars(t, t + sizeof t - 1, run.time).ptr = '\0';
    *to_chars(e, e + sizeof e - 1, run.energy_used).ptr = '\0';
    std::printf("405B on 15.6T tokens on 8,192 x %.*s in FP8 at 35%% MFU: %s, %s\n",
                static_cast<int>(my_npu.name.size()), my_npu.name.data(), t, e);
    return 0;
}
