// Transformer accounting is usable in constant expressions: these facts are checked by compiling.
#include "flopscale/memory.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/transformer_presets.hpp"
#include "flopscale/utilization.hpp"

namespace {
using namespace flopscale;
using namespace flopscale::literals;

constexpr bool within(double actual, double expected, double relative) {
    const double difference = actual > expected ? actual - expected : expected - actual;
    return difference <= relative * (expected < 0 ? -expected : expected);
}

// Released checkpoint size of Llama 2 70B, exactly.
static_assert(total_parameters(presets::llama2_70b).value() == 68976648192.0);
// PaLM 540B: 540.35B parameters (Table 1), 3.28 TFLOP per token (App. B).
static_assert(within(total_parameters(presets::palm_540b).value(), 540.35e9, 1e-4));
static_assert(within(training_flops_per_token(presets::palm_540b, flop_accounting::palm).value(),
                     3.28e12, 2e-3));
// DeepSeek-V3: 671B total, 37B active (to the two digits published).
static_assert(within(total_parameters(presets::deepseek_v3).value(), 671e9, 1e-3));
static_assert(within(active_parameters(presets::deepseek_v3).value(), 37e9, 2e-2));
// DeepSeek LLM Eq. 2 for the 32-layer, d 4096 row of Table 3: M = 72 L d^2 + 12 L d l_seq.
static_assert(training_flops_per_token(transformer{32, 4096, 32, 0, 0, 0, 102400, 4096},
                                       flop_accounting::deepseek)
                  .value() == 72.0 * 32 * 4096 * 4096 + 12.0 * 32 * 4096 * 4096);
// ZeRO Fig. 1, stage 3: 16 x 7.5e9 / 64 bytes.
static_assert(training_state_bytes(7.5_Bparams, 3, 64).value() == 16 * 7.5e9 / 64);
static_assert(kv_cache_bytes(presets::llama2_70b, 4096_tokens, 1, precision::bf16).value() ==
              1342177280.0);
static_assert(minimum_chips_for_training(7.5_Bparams, 3, 32_GB) == 4.0);
static_assert(decode_roofline(presets::llama2_70b, 4096_tokens, 1, precision::bf16, precision::bf16,
                              3.35_TBps, 989_TFLOPS)
                  .bandwidth_bound());
static_assert(within(model_flops_utilization(presets::palm_540b, tokens{238.3e3}, 1_s,
                                             6144 * 275_TFLOPS),
                     0.462, 2e-3));
static_assert(valid(presets::deepseek_v3) && !valid(transformer{}));
} // namespace
