// flopscale/transformer.hpp — a decoder-only transformer's shape and its parameter counts.
//
// Counting conventions (each matches the published totals of the presets in
// transformer_presets.hpp; see tests/unit/transformer.cpp for the precision reached):
//  - attention: Q and O are d_model x (heads * d_head); K and V are d_model x (kv_heads * d_head),
//    so grouped-query (1 < kv_heads < heads) and multi-query (kv_heads = 1) attention shrink K and
//    V only (Ainslie et al. 2023, arXiv:2305.13245; Shazeer 2019, arXiv:1911.02150);
//  - MLP: two d_model x d_ff matrices, three when gated (SwiGLU/GeGLU, Shazeer 2020,
//    arXiv:2002.05202);
//  - normalisation: one gain vector of d_model per sub-layer and a final one (RMSNorm or
//    LayerNorm gains); `biases` adds LayerNorm and projection biases as in GPT-2/GPT-3;
//  - embeddings: vocab x d_model in, the same out unless tied, plus seq_len x d_model when the
//    positions are learned. These are the "embedding parameters" that Kaplan et al. 2020 (§2.1)
//    leave out of N and that Hoffmann et al. 2022 (App. F) keep in.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/units.hpp"

#include <limits>

namespace flopscale {

// A decoder-only transformer. Zero in kv_heads, d_head, d_ff and dense_d_ff selects the usual
// default (heads, d_model / heads, 4 * d_model, d_ff); the defaults of the other members make a
// dense multi-head model with an ungated MLP and untied embeddings. Sizes are `int` so a shape is
// a plain aggregate; every count is computed in double.
struct transformer {
    int layers = 0;
    int d_model = 0;
    int heads = 0;
    int kv_heads = 0; // key/value heads (GQA, MQA); 0 = heads
    int d_head = 0;   // 0 = d_model / heads
    int d_ff = 0;     // MLP hidden size (per expert in a mixture of experts); 0 = 4 * d_model
    int vocab = 0;
    int seq_len = 0; // training context length
    bool gated_mlp = false;
    bool tied_embeddings = false;
    int experts = 1;           // routed experts per MoE layer; 1 = dense
    int experts_per_token = 1; // routed experts each token visits

    // Beyond the common shape, for DeepSeek-style models (DeepSeek-V3 report, arXiv:2412.19437,
    // §2.1): experts every token visits, leading layers that keep a dense MLP, and multi-head
    // latent attention (MLA, kv_lora_rank > 0) with its low-rank query and key/value projections
    // and the decoupled RoPE key of rope_head_dim per head.
    int shared_experts = 0;
    int dense_layers = 0; // leading layers with a dense MLP of dense_d_ff
    int dense_d_ff = 0;   // 0 = d_ff
    int q_lora_rank = 0;  // MLA query compression; 0 = full-rank queries
    int kv_lora_rank = 0; // MLA key/value compression; 0 = ordinary attention
    int rope_head_dim = 0;
    bool learned_positions = false; // a seq_len x d_model position table (GPT-2, GPT-3)
    bool biases = false;            // LayerNorm and projection biases (GPT-2, GPT-3)
};

// Activation recomputation (Korthikanti et al. 2022, arXiv:2205.05198, §4-5): selective
// recomputes the attention core (QK^T, softmax, AV) in the backward pass; full recomputes each
// layer's forward pass (Megatron-LM and EleutherAI's calc_transformer_flops.py keep the output
// layer's logits and do not recompute them).
enum class recomputation { none, selective, full };

namespace detail {
constexpr double as_double(int v) noexcept {
    return static_cast<double>(v);
}
constexpr int kv_heads_of(const transformer& t) noexcept {
    return t.kv_heads > 0 ? t.kv_heads : t.heads;
}
constexpr double head_dim(const transformer& t) noexcept {
    return t.d_head > 0 ? as_double(t.d_head) : as_double(t.d_model / t.heads);
}
constexpr double ff_dim(const transformer& t) noexcept {
    return t.d_ff > 0 ? as_double(t.d_ff) : 4.0 * as_double(t.d_model);
}
constexpr double dense_ff_dim(const transformer& t) noexcept {
    return t.dense_d_ff > 0 ? as_double(t.dense_d_ff) : ff_dim(t);
}
constexpr bool latent_attention(const transformer& t) noexcept {
    return t.kv_lora_rank > 0;
}
// Per-head widths of the attention products: the query-key width (with MLA's decoupled RoPE
// part) and the value width.
constexpr double qk_dim(const transformer& t) noexcept {
    return head_dim(t) + (latent_attention(t) ? as_double(t.rope_head_dim) : 0.0);
}
constexpr double v_dim(const transformer& t) noexcept {
    return head_dim(t);
}
} // namespace detail

namespace detail {
// The preconditions of every function taking a transformer, checked in order so that the first
// violated one is the one reported (when Report is true).
template <bool Report>
constexpr bool validate_transformer(const transformer& t) noexcept {
    const auto holds = [](bool condition, const char* text) {
        return Report ? expects(condition, text) : condition;
    };
    const bool sizes = t.layers > 0 && t.d_model > 0 && t.heads > 0 && t.vocab > 0 &&
                       t.seq_len > 0 && t.kv_heads >= 0 && t.d_head >= 0 && t.d_ff >= 0 &&
                       t.experts > 0 && t.experts_per_token > 0 && t.shared_experts >= 0 &&
                       t.dense_layers >= 0 && t.dense_d_ff >= 0 && t.q_lora_rank >= 0 &&
                       t.kv_lora_rank >= 0 && t.rope_head_dim >= 0;
    return holds(sizes, "transformer sizes must be positive") &&
           holds(t.d_head > 0 || t.d_model % t.heads == 0,
                 "heads must divide d_model when d_head is 0") &&
           holds(t.heads % kv_heads_of(t) == 0, "kv_heads must divide heads") &&
           holds(t.experts_per_token <= t.experts, "experts_per_token must not exceed experts") &&
           holds(t.dense_layers <= t.layers, "dense_layers must not exceed layers");
}
constexpr bool check_transformer(const transformer& t) noexcept {
    return validate_transformer<true>(t);
}
} // namespace detail

// True when the shape satisfies the preconditions of the functions below; reports nothing.
constexpr bool valid(const transformer& t) noexcept {
    return detail::validate_transformer<false>(t);
}

namespace detail {
// Weights of one layer's attention that multiply activations (projections only).
constexpr double attention_matrix_parameters(const transformer& t) noexcept {
    const double d = as_double(t.d_model);
    const double h = as_double(t.heads);
    const double out = h * v_dim(t) * d;
    if (!latent_attention(t))
        return d * h * head_dim(t) + 2.0 * d * kv_heads_of(t) * head_dim(t) + out;
    // MLA (DeepSeek-V2, arXiv:2405.04434, §2.1.2; V3 §2.1.1): queries d -> q_rank -> heads x
    // (d_head + rope); keys/values d -> kv_rank (+ one shared RoPE key) -> heads x 2 d_head.
    const double q_rank = as_double(t.q_lora_rank);
    const double kv_rank = as_double(t.kv_lora_rank);
    const double q = q_rank > 0 ? d * q_rank + q_rank * h * qk_dim(t) : d * h * qk_dim(t);
    const double kv = d * (kv_rank + as_double(t.rope_head_dim)) + kv_rank * h * 2.0 * v_dim(t);
    return q + kv + out;
}

// Norm gains and biases of one layer (MLP biases are counted with the MLP).
constexpr double layer_vector_parameters(const transformer& t) noexcept {
    const double d = as_double(t.d_model);
    const double norms = 2.0 * d * (t.biases ? 2.0 : 1.0);
    const double mla_norms = as_double(t.q_lora_rank) + as_double(t.kv_lora_rank);
    const double attention_biases =
        t.biases && !latent_attention(t)
            ? (as_double(t.heads) + 2.0 * kv_heads_of(t)) * head_dim(t) + d
            : 0.0;
    return norms + (latent_attention(t) ? mla_norms : 0.0) + attention_biases;
}

constexpr double mlp_matrix_parameters(const transformer& t, double hidden) noexcept {
    return (t.gated_mlp ? 3.0 : 2.0) * as_double(t.d_model) * hidden;
}
constexpr double mlp_parameters(const transformer& t, double hidden) noexcept {
    return mlp_matrix_parameters(t, hidden) + (t.biases ? hidden + as_double(t.d_model) : 0.0);
}

constexpr double router_parameters(const transformer& t) noexcept {
    return t.experts > 1 ? as_double(t.d_model) * as_double(t.experts) : 0.0;
}

// MLP weights of all layers, counting `routed` routed experts per MoE layer.
template <bool Matrices>
constexpr double all_mlp_parameters(const transformer& t, double routed) noexcept {
    const double dense_layers = as_double(t.dense_layers);
    const double moe_layers = as_double(t.layers - t.dense_layers);
    const double dense =
        Matrices ? mlp_matrix_parameters(t, dense_ff_dim(t)) : mlp_parameters(t, dense_ff_dim(t));
    const double expert =
        Matrices ? mlp_matrix_parameters(t, ff_dim(t)) : mlp_parameters(t, ff_dim(t));
    return dense_layers * dense +
           moe_layers * ((routed + as_double(t.shared_experts)) * expert + router_parameters(t));
}

constexpr double non_embedding(const transformer& t, double routed) noexcept {
    const double final_norm = as_double(t.d_model) * (t.biases ? 2.0 : 1.0);
    return as_double(t.layers) * (attention_matrix_parameters(t) + layer_vector_parameters(t)) +
           all_mlp_parameters<false>(t, routed) + final_norm;
}

constexpr double embedding(const transformer& t) noexcept {
    const double table = as_double(t.vocab) * as_double(t.d_model);
    const double positions =
        t.learned_positions ? as_double(t.seq_len) * as_double(t.d_model) : 0.0;
    return table * (t.tied_embeddings ? 1.0 : 2.0) + positions;
}

// The weights one token multiplies in the layers (no norms, no biases, no embeddings): the N of
// Kaplan et al. 2020 Eq. 2.1 and the N1 of DeepSeek LLM Eq. 2, generalised to GQA, MoE and MLA.
constexpr double active_layer_matrices(const transformer& t) noexcept {
    return as_double(t.layers) * attention_matrix_parameters(t) +
           all_mlp_parameters<true>(t, as_double(t.experts_per_token));
}
} // namespace detail

// Every parameter: layers, norms, embeddings (once when tied). Precondition: valid(t); at run
// time a violation returns NaN parameters.
constexpr parameters total_parameters(const transformer& t) noexcept {
    if (!detail::check_transformer(t)) return parameters{detail::nan_value()};
    return parameters{detail::non_embedding(t, detail::as_double(t.experts)) +
                      detail::embedding(t)};
}

// Parameters one token uses: the shared layers, experts_per_token routed experts and the shared
// experts of each MoE layer, and the embeddings. Equals total_parameters for a dense model.
// Precondition: valid(t); at run time a violation returns NaN parameters.
constexpr parameters active_parameters(const transformer& t) noexcept {
    if (!detail::check_transformer(t)) return parameters{detail::nan_value()};
    return parameters{detail::non_embedding(t, detail::as_double(t.experts_per_token)) +
                      detail::embedding(t)};
}

// Total parameters minus the embedding tables (Kaplan et al. 2020, §2.1: "N excludes vocabulary
// and positional embeddings"). Precondition: valid(t); at run time NaN.
constexpr parameters non_embedding_parameters(const transformer& t) noexcept {
    if (!detail::check_transformer(t)) return parameters{detail::nan_value()};
    return parameters{detail::non_embedding(t, detail::as_double(t.experts))};
}

// Token embedding, the untied output matrix and learned positions. Precondition: valid(t); at
// run time NaN.
constexpr parameters embedding_parameters(const transformer& t) noexcept {
    if (!detail::check_transformer(t)) return parameters{detail::nan_value()};
    return parameters{detail::embedding(t)};
}

} // namespace flopscale
