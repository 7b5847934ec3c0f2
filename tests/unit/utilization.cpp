#include "flopscale/utilization.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"

#include <string_view>

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("PaLM 540B: 46.2% MFU and 57.8% HFU", "[utilization][palm]") {
    // Chowdhery et al. 2022, §4.1, Table 3 and App. B: 238.3K tokens/s on 6144 TPU v4 chips of
    // 275 TFLOP/s bf16 peak; 46.2% MFU, 57.8% HFU with 75% of the non-attention forward and the
    // whole attention recomputed.
    const flop_rate peak = 6144 * catalog::tpu_v4.peak(precision::bf16);
    const tokens in_one_second{238.3e3};
    const double mfu = model_flops_utilization(presets::palm_540b, in_one_second, 1_s, peak);
    CHECK(mfu == Approx(0.462).margin(0.0005));
    const double hfu = hardware_flops_utilization(presets::palm_540b, in_one_second, 1_s, peak,
                                                  recomputed_fraction{0.75});
    CHECK(hfu == Approx(0.578).margin(0.0005));
    // Over a day the ratio is the same.
    CHECK(model_flops_utilization(presets::palm_540b, in_one_second * 86400.0, 1_days, peak) ==
          Approx(mfu).epsilon(1e-12));
}

TEST_CASE("HFU counts recomputation, MFU does not", "[utilization]") {
    const transformer t = presets::llama3_1_405b;
    const flop_rate peak = 16384 * catalog::h100_sxm.peak(precision::bf16);
    const tokens processed = 15.6_Ttokens;
    const duration elapsed = 54_days;
    const double mfu = model_flops_utilization(t, processed, elapsed, peak);
    CHECK(hardware_flops_utilization(t, processed, elapsed, peak, recomputation::none) == mfu);
    CHECK(hardware_flops_utilization(t, processed, elapsed, peak, recomputation::selective) > mfu);
    CHECK(hardware_flops_utilization(t, processed, elapsed, peak, recomputation::full) ==
          Approx(mfu * hardware_flops_per_token(t, recomputation::full).value() /
                 training_flops_per_token(t, flop_accounting::palm).value())
              .epsilon(1e-12));
    // Accounting by 6N alone leaves out the attention: a lower figure.
    CHECK(model_flops_utilization(t, processed, elapsed, peak, flop_accounting::six_nd) < mfu);
}

TEST_CASE("bad input to utilisation follows the precondition policy",
          "[utilization][precondition]") {
    precondition_recorder violations;
    const transformer t = presets::palm_540b;
    const double zero_time = model_flops_utilization(t, 1_tokens, 0_s, 1_PFLOPS);
    CHECK(zero_time != zero_time);
    CHECK(violations.last() == "elapsed time and peak must be positive");
    const double negative = model_flops_utilization(t, tokens{-1.0}, 1_s, 1_PFLOPS);
    CHECK(negative != negative);
    const double no_peak =
        hardware_flops_utilization(t, 1_tokens, 1_s, flop_rate{0.0}, recomputation::full);
    CHECK(no_peak != no_peak);
    transformer bad = t;
    bad.d_model = 0;
    const double bad_shape = model_flops_utilization(bad, 1_tokens, 1_s, 1_PFLOPS);
    CHECK(bad_shape != bad_shape);
    CHECK(violations.count() == 4);
    REQUIRE(violations.installed());
}
