// Run-time cost of the layout search: layouts predicted per second and the time of two whole
// searches that Calculon (Isaev et al. SC'23, a Python tool) needs tens of seconds or more for:
// the 530B model of Korthikanti et al. 2022 on 5,128 A100s (Calculon: 8,112 layouts in 38 s on
// two cores) and their 1T model on 3,072 A100s (Calculon did not finish in 15 minutes). Target:
// at least 100,000 layouts per second on one core and each search under a second at -O2. Figures
// from one run; informational, always exits 0.
#include "flopscale/hardware.hpp"
#include "flopscale/layout_search.hpp"
#include "flopscale/transformer_presets.hpp"

#include "megatron_gpt.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

using namespace flopscale;

struct search_case {
    const char* name;
    transformer model;
    cluster chips;
    double batch; // sequences: one per GPU, as Narayanan et al. 2021 Table 1 ran them
    double sequence;
};

void run(const search_case& s) {
    double best = 1e300;
    layout_search_result r{};
    for (int pass = 0; pass < 3; ++pass) {
        const auto start = std::chrono::steady_clock::now();
        r = best_layout(s.model, s.chips, s.batch, s.sequence);
        const auto stop = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double>(stop - start).count());
    }
    const parallel_layout& l = r.layout;
    std::printf("%s: %.1f ms for %lld layouts (%lld fit), %.0f layouts per second\n", s.name,
                1e3 * best, r.candidates, r.fitting, static_cast<double>(r.candidates) / best);
    if (r.found)
        std::printf("  best: TP %d PP %d x %d DP %d CP %d micro-batch %d%s recompute %s ZeRO %d, "
                    "%.2f s per step, MFU %.1f%%\n",
                    l.tensor, l.pipeline, l.virtual_stages, l.data, l.context, l.micro_batch,
                    l.sequence_parallel ? " SP" : "",
                    l.recompute == recomputation::none        ? "none"
                    : l.recompute == recomputation::selective ? "selective"
                                                              : "full",
                    l.zero_stage, r.step.time.value(), 100 * r.step.mfu);
    else
        std::printf("  no answer: %s\n", r.problem);
}

} // namespace

int main() {
    // 5,128 = 8 x 641 (a prime): every layout has a data degree in multiples of 641.
    run({"530B (Korthikanti) on 5,128 A100s, batch 5,128", megatron_gpt::gpt_530b,
         cluster{catalog::a100_sxm, 5128}, 5128, 2048});
    run({"1T (Korthikanti) on 3,072 A100s, batch 3,072", megatron_gpt::gpt_1t,
         cluster{catalog::a100_sxm, 3072}, 3072, 2048});
    run({"Llama 3 405B on 16,384 H100s, batch 2,048 x 8,192", presets::llama3_1_405b,
         cluster{catalog::h100_sxm, 16384}, 2048, 8192});
    return 0;
}
