#include "flopscale/memory.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <limits>
#include <string_view>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
} // namespace

TEST_CASE("ZeRO Figure 1: 7.5B parameters over 64 GPUs", "[memory][zero]") {
    // Rajbhandari et al. 2019, Fig. 1 (K = 12, N_d = 64): 120 GB, 31.4 GB, 16.6 GB, 1.9 GB.
    const parameters psi = 7.5_Bparams;
    CHECK(training_state_bytes(psi, 0, 64).in(units::GB) == Approx(120.0).margin(0.05));
    CHECK(training_state_bytes(psi, 1, 64).in(units::GB) == Approx(31.4).margin(0.05));
    CHECK(training_state_bytes(psi, 2, 64).in(units::GB) == Approx(16.6).margin(0.05));
    CHECK(training_state_bytes(psi, 3, 64).in(units::GB) == Approx(1.9).margin(0.05));
    // Without data parallelism every stage holds everything.
    for (int stage = 0; stage <= 3; ++stage)
        CHECK(training_state_bytes(psi, stage, 1).value() == 16 * 7.5e9);
}

TEST_CASE("other optimizers and fp32 gradients", "[memory][zero]") {
    // EleutherAI "Transformer Math 101": optimizer 12 (AdamW), 6 (8-bit Adam), 8 (SGD with
    // momentum) bytes per parameter; 16-bit weights 2; gradients 2, or 4 in fp32 (18 in all).
    const parameters one = 1_params;
    CHECK(training_state_bytes(one, 0, 1, {optimizer::adam, true}).value() == 18.0);
    CHECK(training_state_bytes(one, 0, 1, {optimizer::adam_8bit, false}).value() == 10.0);
    CHECK(training_state_bytes(one, 0, 1, {optimizer::sgd_momentum, false}).value() == 12.0);
    // Stage 1 shards only the optimizer: 2 + 4 + 6/8 with 8-bit Adam and fp32 gradients.
    CHECK(training_state_bytes(one, 1, 8, {optimizer::adam_8bit, true}).value() == 6.75);
    // Stage 2 also the gradients: 2 + (4 + 8)/4.
    CHECK(training_state_bytes(one, 2, 4, {optimizer::sgd_momentum, true}).value() == 5.0);
}

TEST_CASE("weights and KV cache", "[memory][kv]") {
    CHECK(weight_bytes(presets::llama3_1_405b, precision::bf16).value() ==
          2 * total_parameters(presets::llama3_1_405b).value());
    CHECK(weight_bytes(presets::llama3_1_405b, precision::fp4).value() ==
          0.5 * total_parameters(presets::llama3_1_405b).value());
    // Llama 2 70B, 4096 tokens, bf16: 2 x 80 layers x 8 KV heads x 128 x 2 B x 4096 = 1.34 GB.
    CHECK(kv_cache_bytes(presets::llama2_70b, 4096_tokens, 1, precision::bf16).value() ==
          1342177280.0);
    // Multi-head attention would cache heads / kv_heads = 8 times more.
    transformer mha = presets::llama2_70b;
    mha.kv_heads = 0;
    CHECK(kv_cache_bytes(mha, 4096_tokens, 1, precision::bf16).value() == 8 * 1342177280.0);
    CHECK(kv_cache_bytes(presets::llama2_70b, 4096_tokens, 16, precision::fp8).value() ==
          8 * 1342177280.0);
    // DeepSeek-V3's MLA caches a 512-wide latent and a 64-wide RoPE key per token and layer
    // (DeepSeek-V2 Table 1: (d_c + d_h^R) l elements): 576 x 61 x 2 B = 70,272 B per token.
    CHECK(kv_cache_bytes(presets::deepseek_v3, 1_tokens, 1, precision::bf16).value() == 70272.0);
}

TEST_CASE("activation memory per micro-batch (Korthikanti et al. 2022, Table 2)",
          "[memory][activations]") {
    const transformer t = presets::gpt3_175b;
    const double sbhl = 2048.0 * 1 * 12288 * 96;
    const double attention = 5.0 * 96 * 2048 / 12288; // 5 a s / h = 80
    CHECK(activation_bytes(t, 1, recomputation::none).value() == sbhl * (34 + attention));
    CHECK(activation_bytes(t, 1, recomputation::selective).value() == sbhl * 34);
    CHECK(activation_bytes(t, 1, recomputation::full).value() == sbhl * 2);
    // Tensor parallel over 8: 10 + 24/t outside attention, all divided with sequence parallelism.
    CHECK(activation_bytes(t, 1, recomputation::none, 8).value() ==
          Approx(sbhl * (10 + 24.0 / 8 + attention / 8)).epsilon(1e-15));
    CHECK(activation_bytes(t, 1, recomputation::none, 8, true).value() ==
          Approx(sbhl * (34.0 / 8 + attention / 8)).epsilon(1e-15));
    CHECK(activation_bytes(t, 4, recomputation::selective, 8, true).value() ==
          Approx(4 * sbhl * 34.0 / 8).epsilon(1e-15));
    // Selective recomputation removes the attention-score part: 114 -> 34 bytes per s b h L here,
    // the 70% saving the paper reports for GPT-3 (§4.2).
    CHECK(1 - 34 / (34 + attention) == Approx(0.70).margin(0.01));
}

TEST_CASE("how many chips hold it", "[memory][fit]") {
    // 7.5B with Adam on 32 GB V100s (the ZeRO paper's GPUs): 120 GB never fits replicated; stage 1
    // keeps 30 GB whole and spreads 90 GB over the 2 GB left on each GPU: 45; stage 3: 4.
    const bytes v100 = 32_GB;
    CHECK(minimum_chips_for_training(7.5_Bparams, 0, v100) == infinity);
    CHECK(minimum_chips_for_training(7.5_Bparams, 1, v100) == 45.0);
    CHECK(minimum_chips_for_training(7.5_Bparams, 3, v100) == 4.0);
    CHECK(training_state_bytes(7.5_Bparams, 1, 45).value() <= v100.value());
    CHECK(training_state_bytes(7.5_Bparams, 1, 44).value() > v100.value());
    CHECK(minimum_chips_for_training(1_Bparams, 0, v100) == 1.0);
    // Llama 3.1 405B, fully sharded on 80 GB H100s: 16 x 405.85e9 / 80e9 = 81.2 -> 82.
    CHECK(minimum_chips_for_training(total_parameters(presets::llama3_1_405b), 3,
                                     catalog::h100_sxm) == 82.0);
    // Its bf16 weights (811.7 GB) take 11 H100s; with 32 sequences of 8192 tokens of cache
    // (32 x 8192 x 126 x 2 x 8 x 128 x 2 B = 135.3 GB) 12.
    CHECK(minimum_chips_for_inference(presets::llama3_1_405b, 0_tokens, 0, precision::bf16,
                                      catalog::h100_sxm) == 11.0);
    CHECK(minimum_chips_for_inference(presets::llama3_1_405b, 8192_tokens, 32, precision::bf16,
                                      catalog::h100_sxm) == 12.0);
    // EleutherAI's 1.2 overhead: 974 GB -> 13.
    CHECK(minimum_chips_for_inference(presets::llama3_1_405b, 0_tokens, 0, precision::bf16, 80_GB,
                                      1.2) == 13.0);
}

TEST_CASE("bad input to the memory functions follows the precondition policy",
          "[memory][precondition]") {
    precondition_recorder violations;
    CHECK(is_nan(training_state_bytes(1_Bparams, 4, 8).value()));
    CHECK(violations.last() == "zero_stage must be 0, 1, 2 or 3");
    CHECK(is_nan(training_state_bytes(1_Bparams, -1, 8).value()));
    CHECK(is_nan(training_state_bytes(1_Bparams, 1, 0).value()));
    CHECK(violations.last() == "data_parallel must be at least 1");
    CHECK(is_nan(training_state_bytes(parameters{-1.0}, 1, 8).value()));
    CHECK(is_nan(minimum_chips_for_training(1_Bparams, 5, 80_GB)));
    CHECK(is_nan(minimum_chips_for_training(1_Bparams, 3, 0_GB)));
    CHECK(violations.count() == 6);
    transformer bad = presets::llama2_70b;
    bad.experts_per_token = 2;
    CHECK(is_nan(weight_bytes(bad, precision::bf16).value()));
    CHECK(violations.last() == "experts_per_token must not exceed experts");
    CHECK(is_nan(kv_cache_bytes(bad, 1_tokens, 1, precision::bf16).value()));
    CHECK(is_nan(activation_bytes(bad, 1, recomputation::none).value()));
    CHECK(is_nan(minimum_chips_for_inference(bad, 1_tokens, 1, precision::bf16, 80_GB)));
    CHECK(violations.count() == 10);
    const transformer t = presets::llama2_70b;
    CHECK(is_nan(kv_cache_bytes(t, tokens{-1.0}, 1, precision::bf16).value()));
    CHECK(is_nan(activation_bytes(t, 0, recomputation::full).value()));
    CHECK(is_nan(minimum_chips_for_inference(t, 1_tokens, 1, precision::bf16, 80_GB, 0.5)));
    CHECK(violations.last() == "overhead must be at least 1");
    // A chip whose memory nobody published.
    CHECK(is_nan(minimum_chips_for_training(1_Bparams, 3, accelerator{"X", "Y", 2030})));
    CHECK(violations.count() == 14);
    REQUIRE(violations.installed());
}
