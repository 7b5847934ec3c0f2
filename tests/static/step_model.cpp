// A step prediction is a constant expression: the whole model (layout checks, collectives,
// kernels, memory) evaluates at compile time.
#include "flopscale/step_model.hpp"
#include "flopscale/hardware.hpp"

namespace {
using namespace flopscale;

constexpr transformer gpt_22b = [] {
    transformer t{48, 6144, 64, 0, 0, 0, 51200, 2048};
    t.tied_embeddings = true;
    t.biases = true;
    return t;
}();
constexpr parallel_layout tensor_8 = [] {
    parallel_layout l;
    l.tensor = 8;
    l.micro_batch = 4;
    l.sequence_parallel = true;
    l.recompute = recomputation::selective;
    return l;
}();
constexpr step_options megatron_2022 = [] {
    step_options o;
    o.attention = attention_kernel::unfused;
    return o;
}();
constexpr step_prediction step =
    predict_step(gpt_22b, tensor_8, cluster{catalog::a100_sxm, 8}, 4, 2048, megatron_2022);

static_assert(step.time.value() > 0.9 && step.time.value() < 1.3,
              "Korthikanti et al. 2022 Table 5: 1.10 s");
static_assert(step.mfu > 0.3 && step.mfu < 0.6, "an MFU, not a guess");
static_assert(step.fits, "the 22B model fits on 8 A100 80GB");
static_assert(valid_layout(gpt_22b, tensor_8, 8, 4, 2048), "");
static_assert(!valid_layout(gpt_22b, tensor_8, 16, 4, 2048), "8 chips, not 16");
static_assert(typical_interconnect(catalog::h100_sxm).scale_up_domain == 8, "HGX H100");
static_assert(all_reduce_time(bytes{1e9}, comm_group{8, 8}, typical_interconnect(catalog::h100_sxm))
                      .value() > 0,
              "");
} // namespace
