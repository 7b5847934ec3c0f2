// Run-time cost of one step prediction: nanoseconds per predict_step over a sweep of layouts,
// the inner loop of a layout search (target: under 2 us at -O2). Figures from one run;
// informational, always exits 0.
#include "flopscale/hardware.hpp"
#include "flopscale/step_model.hpp"
#include "flopscale/transformer_presets.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

volatile double sink = 0;

using namespace flopscale;

// Valid layouts of Llama 2 70B on 512 H100s with a 1024-sequence batch: tensor, pipeline,
// micro-batch, recomputation and sequence parallelism varied.
std::vector<parallel_layout> layouts() {
    std::vector<parallel_layout> out;
    for (int tensor : {1, 2, 4, 8})
        for (int pipeline : {1, 2, 4, 8, 16})
            for (int micro_batch : {1, 2, 4})
                for (recomputation r :
                     {recomputation::none, recomputation::selective, recomputation::full}) {
                    parallel_layout l;
                    l.tensor = tensor;
                    l.pipeline = pipeline;
                    l.data = 512 / (tensor * pipeline);
                    l.micro_batch = micro_batch;
                    l.recompute = r;
                    l.sequence_parallel = tensor > 1;
                    l.zero_stage = 1;
                    if (valid_layout(presets::llama2_70b, l, 512, 1024, 4096)) out.push_back(l);
                }
    return out;
}

double pass_ns(const std::vector<parallel_layout>& all, const cluster& c, const step_options& o) {
    double acc = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int repeat = 0; repeat < 200; ++repeat)
        for (const parallel_layout& l : all)
            acc += predict_step(presets::llama2_70b, l, c, 1024, 4096, o).time.value();
    const auto stop = std::chrono::steady_clock::now();
    sink = sink + acc;
    return std::chrono::duration<double, std::nano>(stop - start).count() /
           (200.0 * static_cast<double>(all.size()));
}

} // namespace

int main() {
    const std::vector<parallel_layout> all = layouts();
    const cluster c{catalog::h100_sxm, 512};
    // As called plainly (the chip's network and multiprocessors looked up by name each time),
    // and as a search would call it, with both resolved once.
    step_options resolved;
    resolved.network = typical_interconnect(c.chip);
    resolved.kernels.multiprocessors = multiprocessors_of(c.chip);
    double plain = 1e300;
    double fast = 1e300;
    for (int pass = 0; pass < 11; ++pass) {
        plain = std::min(plain, pass_ns(all, c, step_options{}));
        fast = std::min(fast, pass_ns(all, c, resolved));
    }
    std::printf("predict_step over %zu layouts of Llama 2 70B on 512 H100 (best of 11 passes): "
                "%.0f ns per prediction; %.0f ns with the network and multiprocessors resolved "
                "once (%.2f million predictions per second)\n",
                all.size(), plain, fast, 1e3 / fast);
    return 0;
}
