#include "flopscale/transformer_flops.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <string_view>
#include <type_traits>
#include <utility>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
// Whether hardware_flops_per_token(t, R{}) names an overload.
template <class R, class = void>
struct accepts_recomputation : std::false_type {};
template <class R>
struct accepts_recomputation<R, std::void_t<decltype(hardware_flops_per_token(
                                    std::declval<const transformer&>(), std::declval<R>()))>>
    : std::true_type {};

// EleutherAI cookbook, calc/calc_transformer_flops.py (Anthony, Millidge), written out from its
// conventions: per token and layer QKV 2 (1 + 2 kv_ratio) h^2, attention scores 2 s h, attention
// over values 2 s h, output projection 2 h^2, MLP 16 h^2, all times the iteration factor (3, or 4
// with activation checkpointing, the script's default); embeddings 6 h V per token, never
// recomputed.
double eleuther_per_token(double layers, double h, double s, double vocab, double kv_ratio,
                          bool checkpoint) {
    const double iter = checkpoint ? 4.0 : 3.0;
    const double layer =
        2 * (1 + 2 * kv_ratio) * h * h + 2 * s * h + 2 * s * h + 2 * h * h + 16 * h * h;
    return iter * layers * layer + 6 * h * vocab;
}

// A plain shape for the cross-check: ungated 4h MLP, tied embeddings, no biases.
constexpr transformer plain(int layers, int d, int heads, int kv_heads, int vocab, int seq) {
    return transformer{layers, d, heads, kv_heads, 0, 0, vocab, seq, false, true};
}

double norm_gains(const transformer& t) {
    return 2.0 * t.layers * t.d_model + t.d_model;
}
} // namespace

TEST_CASE("palm accounting against EleutherAI's calc_transformer_flops.py", "[flops][eleuther]") {
    struct shape {
        transformer t;
        double kv_ratio;
    };
    const shape shapes[] = {
        {plain(96, 12288, 96, 96, 50257, 2048), 1.0},    // GPT-3 175B
        {plain(44, 6144, 64, 64, 51200, 2048), 1.0},     // the script's defaults (~20B)
        {plain(80, 8192, 64, 8, 32000, 4096), 0.125},    // 70B-class with GQA
        {plain(118, 18432, 144, 144, 256000, 2048), 1.0} // 540B-class
    };
    for (const shape& s : shapes) {
        const transformer& t = s.t;
        CAPTURE(t.layers, t.d_model);
        const double ours = training_flops_per_token(t, flop_accounting::palm).value();
        const double theirs =
            eleuther_per_token(t.layers, t.d_model, t.seq_len, t.vocab, s.kv_ratio, false);
        // The only difference with tied embeddings: PaLM's 6N holds the norm gains, which the
        // script does not count (about 1/(6 h) of the total, a few parts in 10^5).
        CHECK(ours - theirs == Approx(6 * norm_gains(t)).epsilon(1e-6));
        CHECK(ours == Approx(theirs).epsilon(1e-4));
        // Untied, PaLM's 6N also holds the input embedding table, 6 h V more: a lookup does no
        // multiplication, but N counts the table. The script's 6 h V is the output projection,
        // forward and both backward products, as PaLM's is.
        transformer untied = t;
        untied.tied_embeddings = false;
        CHECK(training_flops_per_token(untied, flop_accounting::palm).value() - theirs ==
              Approx(6 * norm_gains(t) + 6.0 * t.d_model * t.vocab).epsilon(1e-6));
        // With the script's default checkpointing, iteration factor 4 on the layers: our full
        // recomputation, which also recomputes the norm gains' share of 2N.
        const double theirs_ckpt =
            eleuther_per_token(t.layers, t.d_model, t.seq_len, t.vocab, s.kv_ratio, true);
        CHECK(hardware_flops_per_token(t, recomputation::full).value() - theirs_ckpt ==
              Approx(8 * norm_gains(t)).epsilon(1e-6));
    }
}

TEST_CASE("the five accountings on published shapes", "[flops]") {
    const transformer t = presets::palm_540b;
    const double n = total_parameters(t).value();
    const double lhqt = 118.0 * 48 * 256 * 2048;
    CHECK(training_flops_per_token(t, flop_accounting::six_nd).value() == Approx(6 * n));
    // PaLM App. B: 6N + 12 L H Q T, 3.28 TFLOP per token for PaLM 540B.
    const double palm = training_flops_per_token(t, flop_accounting::palm).value();
    CHECK(palm == Approx(6 * n + 12 * lhqt).epsilon(1e-12));
    CHECK(palm == Approx(3.28e12).epsilon(0.002));
    // Kaplan 2020 Eq. 2.2: 2N + 2 n_layer n_ctx d_attn forward, N without embeddings or norms.
    const transformer gpt = plain(24, 2048, 16, 16, 50257, 2048);
    const double n_kaplan = 12.0 * 24 * 2048 * 2048; // Eq. 2.1 with d_attn = d, d_ff = 4d
    CHECK(training_flops_per_token(gpt, flop_accounting::kaplan).value() ==
          Approx(3 * (2 * n_kaplan + 2.0 * 24 * 2048 * 2048)).epsilon(1e-12));
    // Kaplan's attention term is half of PaLM's full square.
    const double palm_attention = training_flops_per_token(gpt, flop_accounting::palm).value() -
                                  training_flops_per_token(gpt, flop_accounting::six_nd).value();
    CHECK(palm_attention == Approx(12.0 * 24 * 2048 * 2048).epsilon(1e-12));
    CHECK(training_flops_per_token(gpt, flop_accounting::kaplan).value() - 6 * n_kaplan ==
          Approx(palm_attention / 2).epsilon(1e-12));
    // MoE: 6N counts the active parameters (DeepSeek-V3: 37B activated).
    CHECK(training_flops_per_token(presets::deepseek_v3, flop_accounting::six_nd).value() ==
          Approx(6 * active_parameters(presets::deepseek_v3).value()));
    CHECK(training_flops(presets::llama2_70b, 2_Ttokens, flop_accounting::six_nd).value() ==
          Approx(training_flops(total_parameters(presets::llama2_70b), 2_Ttokens).value()));
}

TEST_CASE("chinchilla accounting is Hoffmann et al. App. F term by term", "[flops][chinchilla]") {
    const transformer t = presets::chinchilla_70b;
    const double seq = 2048, v = 32000, d = 8192, kh = 128.0 * 64, heads = 64, ffw = 32768;
    // Forward FLOPs of one sequence, App. F.
    const double embeddings = 2 * seq * v * d;
    const double attention = 2 * 3 * seq * d * kh    // Q, K, V projections
                             + 2 * seq * seq * kh    // QK logits
                             + 3 * heads * seq * seq // softmax
                             + 2 * seq * seq * kh    // softmax @ values
                             + 2 * seq * kh * d;     // output projection
    const double dense = 2 * seq * (d * ffw + d * ffw);
    const double logits = 2 * seq * d * v;
    const double forward = embeddings + 80 * (attention + dense) + logits;
    CHECK(training_flops_per_token(t, flop_accounting::chinchilla).value() ==
          Approx(3 * forward / seq).epsilon(1e-12));
    CHECK(training_flops(t, 1.4_Ttokens, flop_accounting::chinchilla).value() ==
          Approx(3 * forward / seq * 1.4e12).epsilon(1e-12));
}

TEST_CASE("recomputation adds FLOPs on top of the model FLOPs", "[flops][recompute]") {
    const transformer t = presets::palm_540b;
    const double model = training_flops_per_token(t, flop_accounting::palm).value();
    CHECK(hardware_flops_per_token(t, recomputation::none).value() == model);
    const double lhqt = 118.0 * 48 * 256 * 2048;
    // Selective: the attention core forward again, 4 L H Q T.
    CHECK(hardware_flops_per_token(t, recomputation::selective).value() - model ==
          Approx(4 * lhqt).epsilon(1e-9));
    // PaLM App. B: 75% of the non-attention forward and all attention recomputed, 4.10 TFLOP per
    // token for PaLM 540B.
    CHECK(hardware_flops_per_token(t, recomputed_fraction{0.75}).value() ==
          Approx(4.10e12).epsilon(0.002));
    CHECK(hardware_flops_per_token(t, recomputed_fraction{0.0}).value() ==
          hardware_flops_per_token(t, recomputation::selective).value());
    // A bare number is neither a fraction nor a level: `1` meaning full recomputation picks no
    // overload instead of silently counting a fraction of 1.
    STATIC_REQUIRE(!accepts_recomputation<int>::value);
    STATIC_REQUIRE(!accepts_recomputation<double>::value);
    STATIC_REQUIRE(accepts_recomputation<recomputed_fraction>::value);
    STATIC_REQUIRE(accepts_recomputation<recomputation>::value);
    // Narayanan et al. 2021, Eq. 3, per token: 96 l h^2 (1 + s/6h + V/16lh) with full
    // recomputation (norm gains aside).
    const transformer gpt3 = plain(96, 12288, 96, 96, 51200, 2048);
    const double h = 12288, l = 96, s = 2048, vocab = 51200;
    CHECK(hardware_flops_per_token(gpt3, recomputation::full).value() ==
          Approx(96 * l * h * h * (1 + s / (6 * h) + vocab / (16 * l * h))).epsilon(1e-4));
    // Korthikanti et al. 2022, App. A: 72 L h^2 (1 + s/6h + V/12hL) without recomputation.
    CHECK(hardware_flops_per_token(gpt3, recomputation::none).value() ==
          Approx(72 * l * h * h * (1 + s / (6 * h) + vocab / (12 * h * l))).epsilon(1e-4));
}

TEST_CASE("inference FLOPs: decode against a cache, causal prefill", "[flops][inference]") {
    const transformer t = presets::llama2_70b;
    const double weights = 2 * (non_embedding_parameters(t).value() - norm_gains(t)) +
                           2.0 * 8192 * 32000; // the output layer once
    CHECK(decode_flops_per_token(t, 0_tokens).value() == Approx(weights).epsilon(1e-12));
    // Each cached token adds QK^T and AV: 4 L H Q per token of context (reference §7.1).
    const double per_context = 4.0 * 80 * 64 * 128;
    CHECK(decode_flops_per_token(t, 4096_tokens).value() ==
          Approx(weights + per_context * 4096).epsilon(1e-12));
    // Causal prefill: position i sees i keys; the mean context is (P + 1) / 2.
    CHECK(prefill_flops_per_token(t, 4096_tokens).value() ==
          Approx(weights + per_context * 4097 / 2).epsilon(1e-12));
    CHECK(prefill_flops(t, 1_tokens).value() ==
          Approx(decode_flops_per_token(t, 1_tokens).value()).epsilon(1e-15));
    // About a third of training per token, as the forward pass is.
    CHECK(prefill_flops_per_token(t, 4096_tokens).value() * 3 ==
          Approx(training_flops_per_token(t, flop_accounting::palm).value()).epsilon(0.05));
}

TEST_CASE("decode roofline: bandwidth-bound at small batch, compute-bound at large",
          "[flops][roofline]") {
    // H100 SXM datasheet: 3.35 TB/s HBM3, 989 TFLOP/s dense BF16.
    const bandwidth hbm = 3.35_TBps;
    const flop_rate peak = 989_TFLOPS;
    const transformer t = presets::llama2_70b;
    const roofline_bounds one =
        decode_roofline(t, 4096_tokens, 1, precision::bf16, precision::bf16, hbm, peak);
    CHECK(one.bandwidth_bound());
    // Weights (all but the input table) and a 1.34 GB cache, over 3.35 TB/s: about 41 ms.
    const double read =
        2.0 * (total_parameters(t).value() - 32000.0 * 8192) + 2.0 * 80 * 8 * 128 * 2 * 4096;
    CHECK(one.memory_time.value() == Approx(read / 3.35e12).epsilon(1e-12));
    CHECK(one.time().value() == one.memory_time.value());
    CHECK(one.compute_time.value() ==
          Approx(decode_flops_per_token(t, 4096_tokens).value() / 989e12).epsilon(1e-12));
    // Short contexts and a large batch reuse each weight enough to reach the compute roof:
    // the ridge is at 989e12 / 3.35e12 = 295 FLOP per byte, about 295 sequences in bf16.
    CHECK(decode_roofline(t, 128_tokens, 64, precision::bf16, precision::bf16, hbm, peak)
              .bandwidth_bound());
    const roofline_bounds big =
        decode_roofline(t, 128_tokens, 1024, precision::bf16, precision::bf16, hbm, peak);
    CHECK_FALSE(big.bandwidth_bound());
    CHECK(big.time().value() == big.compute_time.value());
    // An 8-bit cache halves the cache reads.
    const roofline_bounds fp8_cache =
        decode_roofline(t, 4096_tokens, 1, precision::bf16, precision::fp8, hbm, peak);
    CHECK(one.memory_time.value() - fp8_cache.memory_time.value() ==
          Approx(80.0 * 8 * 128 * 2 * 4096 / 3.35e12).epsilon(1e-9));
}

TEST_CASE("MoE decode reads the experts the batch visits", "[flops][roofline]") {
    const transformer t = presets::deepseek_v3;
    const bandwidth bw = 1_TBps;
    const flop_rate peak = 1000_TFLOPS;
    const auto weights_read = [&](int batch) {
        return decode_roofline(t, 0_tokens, batch, precision::fp8, precision::fp8, bw, peak)
                   .memory_time.value() *
               1e12;
    };
    // Batch 1 reads the active parameters without the input table, 1 byte each.
    const double input_table = 129280.0 * 7168;
    CHECK(weights_read(1) == Approx(active_parameters(t).value() - input_table).epsilon(1e-9));
    // Many sequences visit every routed expert: the whole model.
    CHECK(weights_read(100000) == Approx(total_parameters(t).value() - input_table).epsilon(1e-9));
    CHECK(weights_read(16) > weights_read(1));
    CHECK(weights_read(16) < weights_read(256));
}

TEST_CASE("bad input to the FLOP functions follows the precondition policy",
          "[flops][precondition]") {
    precondition_recorder violations;
    transformer bad = presets::llama2_70b;
    bad.kv_heads = 3;
    violations.reset();
    CHECK(is_nan(training_flops_per_token(bad, flop_accounting::palm).value()));
    CHECK(is_nan(training_flops(bad, 1_Ttokens, flop_accounting::six_nd).value()));
    CHECK(is_nan(hardware_flops_per_token(bad, recomputation::full).value()));
    CHECK(is_nan(decode_flops_per_token(bad, 1_tokens).value()));
    CHECK(violations.count() == 4);
    CHECK(violations.last() == "kv_heads must divide heads");
    const transformer t = presets::llama2_70b;
    CHECK(is_nan(training_flops(t, tokens{-1.0}, flop_accounting::palm).value()));
    CHECK(is_nan(hardware_flops_per_token(t, recomputed_fraction{1.5}).value()));
    CHECK(violations.last() == "recomputed fraction must be in [0, 1]");
    CHECK(is_nan(decode_flops_per_token(t, tokens{-1.0}).value()));
    CHECK(is_nan(prefill_flops_per_token(t, 0_tokens).value()));
    const roofline_bounds r =
        decode_roofline(t, 1_tokens, 0, precision::bf16, precision::bf16, 1_TBps, 1_TFLOPS);
    CHECK(is_nan(r.memory_time.value()));
    CHECK(violations.last() == "batch must be at least 1");
    CHECK(is_nan(roofline(1_GB, 1_flop, bandwidth{0.0}, 1_TFLOPS).compute_time.value()));
    CHECK(violations.count() == 10);
    REQUIRE(violations.installed());
}
