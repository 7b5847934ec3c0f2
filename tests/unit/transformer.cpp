#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <string_view>

using namespace flopscale;

namespace {
// DeepSeek LLM (arXiv:2401.02954) Table 3: the shapes of its scaling study, with n_vocab 102400
// and l_seq 4096, and the three model-scale representations it compares. N2 counts the
// vocabulary matrix once, so the shapes are built with tied embeddings to make total = N2.
struct table3_row {
    int layers;
    int d_model;
    double n1;
    double n2;
    double m;
    double six_n1_over_m;
    double six_n2_over_m;
};
constexpr table3_row table3[] = {
    {8, 512, 25.2e6, 77.6e6, 352e6, 0.43, 1.32},    {12, 768, 84.9e6, 164e6, 963e6, 0.53, 1.02},
    {24, 1024, 302e6, 407e6, 3.02e9, 0.60, 0.81},   {24, 2048, 1.21e9, 1.42e9, 9.66e9, 0.75, 0.88},
    {32, 4096, 6.44e9, 6.86e9, 45.1e9, 0.85, 0.91}, {40, 5120, 12.6e9, 13.1e9, 85.6e9, 0.88, 0.92},
    {80, 8192, 64.4e9, 65.3e9, 419e9, 0.92, 0.94},
};

constexpr transformer table3_shape(const table3_row& r) {
    return transformer{r.layers, r.d_model, r.d_model / 128, 0, 0, 0, 102400, 4096, false, true};
}
} // namespace

TEST_CASE("DeepSeek LLM Table 3: N1, N2 and M of the seven shapes", "[transformer][deepseek]") {
    for (const table3_row& r : table3) {
        CAPTURE(r.layers, r.d_model);
        const transformer t = table3_shape(r);
        // Printed to three significant figures: within 0.3%. Our N1 also holds the norm gains
        // (2 L d + d), at most 0.03% of it.
        const double n1 = non_embedding_parameters(t).value();
        const double n2 = total_parameters(t).value();
        const double m = training_flops_per_token(t, flop_accounting::deepseek).value();
        CHECK(n1 == Approx(r.n1).epsilon(0.003));
        CHECK(n2 == Approx(r.n2).epsilon(0.003));
        CHECK(m == Approx(r.m).epsilon(0.003));
        // The ratios are printed to two decimals, apparently from the rounded columns.
        CHECK(6 * n1 / m == Approx(r.six_n1_over_m).margin(0.01));
        CHECK(6 * n2 / m == Approx(r.six_n2_over_m).margin(0.01));
    }
}

TEST_CASE("presets match their published parameter counts", "[transformer][presets]") {
    // Brown et al. 2020, Table D.1: 174.6B.
    CHECK(total_parameters(presets::gpt3_175b).value() == Approx(174.6e9).epsilon(0.0005));
    // Llama 2 70B and Llama 3.1 405B: the released checkpoints' exact sizes (model cards and
    // safetensors index of meta-llama/Llama-2-70b-hf and Llama-3.1-405B).
    CHECK(total_parameters(presets::llama2_70b).value() == 68976648192.0);
    CHECK(total_parameters(presets::llama3_1_405b).value() == Approx(405.85e9).epsilon(0.0001));
    // Chowdhery et al. 2022, Table 1: 540.35B.
    CHECK(total_parameters(presets::palm_540b).value() == Approx(540.35e9).epsilon(0.0001));
    // DeepSeek-V3 report, abstract: 671B total, 37B activated for each token.
    CHECK(total_parameters(presets::deepseek_v3).value() == Approx(671e9).epsilon(0.001));
    CHECK(active_parameters(presets::deepseek_v3).value() == Approx(37e9).epsilon(0.02));
    // DeepSeek LLM 7B and 67B model cards: 6.91B and 67.4B.
    CHECK(total_parameters(presets::deepseek_llm_7b).value() == Approx(6.91e9).epsilon(0.001));
    CHECK(total_parameters(presets::deepseek_llm_67b).value() == Approx(67.4e9).epsilon(0.001));
}

TEST_CASE("Chinchilla's 70B includes a relative-position projection per layer",
          "[transformer][presets]") {
    const double counted = total_parameters(presets::chinchilla_70b).value();
    CHECK(counted == Approx(70e9).epsilon(0.08)); // 64.95B: 7.2% below the name
    CHECK(counted < 0.95 * 70e9);
    // One more d_model x d_model matrix per layer (Transformer-XL's W_{k,R}) closes the gap.
    const double d = presets::chinchilla_70b.d_model;
    CHECK(counted + presets::chinchilla_70b.layers * d * d == Approx(70e9).epsilon(0.005));
}

TEST_CASE("embedding and non-embedding parameters partition the total", "[transformer]") {
    for (const transformer& t :
         {presets::gpt3_175b, presets::llama2_70b, presets::palm_540b, presets::deepseek_v3}) {
        CHECK(non_embedding_parameters(t).value() + embedding_parameters(t).value() ==
              Approx(total_parameters(t).value()).epsilon(1e-15));
    }
    // Llama 2 70B: two untied 32000 x 8192 tables.
    CHECK(embedding_parameters(presets::llama2_70b).value() == 2.0 * 32000 * 8192);
    // GPT-3: one tied table and 2048 learned positions.
    CHECK(embedding_parameters(presets::gpt3_175b).value() == (50257.0 + 2048) * 12288);
}

TEST_CASE("shape options change the count as the architecture does", "[transformer]") {
    transformer mha{32, 4096, 32, 0, 0, 0, 32000, 4096};
    const double base = total_parameters(mha).value();
    // 12 L d^2 in the layers, 2 V d in untied embeddings, 2 L d + d in norm gains.
    CHECK(base == 12.0 * 32 * 4096 * 4096 + 2.0 * 32000 * 4096 + 2.0 * 32 * 4096 + 4096);
    transformer gqa = mha;
    gqa.kv_heads = 8; // K and V shrink to a quarter
    CHECK(base - total_parameters(gqa).value() == 32 * 2 * 4096.0 * (4096 - 1024));
    transformer gated = mha;
    gated.gated_mlp = true; // third d x d_ff matrix
    CHECK(total_parameters(gated).value() - base == 32 * 4096.0 * 16384);
    transformer tied = mha;
    tied.tied_embeddings = true;
    CHECK(base - total_parameters(tied).value() == 32000.0 * 4096);
    transformer moe = gated;
    moe.experts = 8;
    moe.experts_per_token = 2; // Mixtral's routing (arXiv:2401.04088)
    const double expert = 3.0 * 4096 * 16384;
    CHECK(total_parameters(moe).value() - total_parameters(gated).value() ==
          32 * (7 * expert + 8 * 4096.0));
    CHECK(active_parameters(moe).value() - total_parameters(gated).value() ==
          32 * (expert + 8 * 4096.0));
    CHECK(active_parameters(mha).value() == base);
}

TEST_CASE("bad shapes follow the precondition policy", "[transformer][precondition]") {
    precondition_recorder violations;
    struct bad_case {
        transformer shape;
        std::string_view text;
    };
    const transformer good{4, 512, 8, 0, 0, 0, 1000, 128};
    CHECK(valid(good));
    transformer zero_layers = good;
    zero_layers.layers = 0;
    transformer negative_vocab = good;
    negative_vocab.vocab = -5;
    transformer uneven_heads = good;
    uneven_heads.heads = 7;
    transformer uneven_kv = good;
    uneven_kv.kv_heads = 3;
    transformer too_many_active = good;
    too_many_active.experts = 4;
    too_many_active.experts_per_token = 5;
    const bad_case cases[] = {
        {zero_layers, "transformer sizes must be positive"},
        {negative_vocab, "transformer sizes must be positive"},
        {uneven_heads, "heads must divide d_model when d_head is 0"},
        {uneven_kv, "kv_heads must divide heads"},
        {too_many_active, "experts_per_token must not exceed experts"},
    };
    for (const bad_case& c : cases) {
        CAPTURE(c.text);
        CHECK_FALSE(valid(c.shape));
        violations.reset();
        CHECK(is_nan(total_parameters(c.shape).value()));
        CHECK(is_nan(active_parameters(c.shape).value()));
        CHECK(is_nan(non_embedding_parameters(c.shape).value()));
        CHECK(is_nan(embedding_parameters(c.shape).value()));
        CHECK(violations.count() == 4);
        CHECK(violations.last() == c.text);
    }
    // An explicit d_head lifts the divisibility requirement.
    uneven_heads.d_head = 64;
    CHECK(valid(uneven_heads));
    CHECK(total_parameters(uneven_heads).value() > 0);
    REQUIRE(violations.installed());
}
