// Run-time cost of a serving prediction (flopscale/serving.hpp): nanoseconds per call of
// predict_serving at a given batch, at the KV-limited batch, within a TPOT target (a bisection
// over the batch) and of chips_for_demand, for a dense model and for DeepSeek-V3 with MLA and
// experts. Figures from one run; informational, always exits 0.
#include "flopscale/hardware.hpp"
#include "flopscale/serving.hpp"
#include "flopscale/transformer_presets.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace flopscale;

namespace {

volatile double sink = 0;

// The best of 11 passes over the prompt lengths, in nanoseconds per call.
template <typename F>
double best_ns(const std::vector<double>& inputs, F predict) {
    double best = 1e300;
    for (int pass = 0; pass < 11; ++pass) {
        double acc = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const double input : inputs)
            acc += predict(tokens{input});
        const auto stop = std::chrono::steady_clock::now();
        sink = sink + acc;
        best = std::min(best, std::chrono::duration<double, std::nano>(stop - start).count() /
                                  static_cast<double>(inputs.size()));
    }
    return best;
}

deployment on(const accelerator& chip, int chips, int tensor, int expert, precision weights) {
    deployment d;
    d.chip = chip;
    d.chips = chips;
    d.tensor_parallel = tensor;
    d.expert_parallel = expert;
    d.weights = d.compute = weights;
    d.price_per_chip_hour = 2.0 * units::USD_per_h;
    return d;
}

} // namespace

int main() {
    std::vector<double> inputs;
    for (int i = 0; i < 4096; ++i)
        inputs.push_back(256.0 + (i * 37) % 1800);
    transformer deepseek = presets::deepseek_v3;
    deepseek.seq_len = 131072;
    const struct {
        const char* name;
        transformer model;
        deployment where;
    } cases[] = {
        {"Llama 2 70B, 8 x H100 TP8, bf16", presets::llama2_70b,
         on(catalog::h100_sxm, 8, 8, 1, precision::bf16)},
        {"DeepSeek-V3, 8 x H200 TP8 EP8, fp8", deepseek,
         on(catalog::h200_sxm, 8, 8, 8, precision::fp8)},
    };
    const tokens output{256.0};
    std::printf("flopscale serving predictions (ns per call, best of 11 passes over %zu prompt "
                "lengths), compiled by %s\n",
                inputs.size(), __VERSION__);
    for (const auto& c : cases) {
        const double given = best_ns(inputs, [&](tokens input) {
            return predict_serving(c.model, c.where, {input, output, 64}).tpot.value();
        });
        const double max_batch = best_ns(inputs, [&](tokens input) {
            return predict_serving_at_max_batch(c.model, c.where, input, output).tpot.value();
        });
        const double within = best_ns(inputs, [&](tokens input) {
            return predict_serving_within_tpot(c.model, c.where, input, output, duration{0.05})
                .tpot.value();
        });
        const double demand = best_ns(inputs, [&](tokens input) {
            return chips_for_demand(c.model, c.where, {input, output, 64},
                                    {tokens{600e9}, tokens{170e9}, 0.5, false})
                .chips_needed;
        });
        std::printf("%-36s batch 64 %7.0f ns  KV-limited batch %7.0f ns  TPOT target %8.0f ns  "
                    "daily demand %7.0f ns\n",
                    c.name, given, max_batch, within, demand);
    }
    return 0;
}
