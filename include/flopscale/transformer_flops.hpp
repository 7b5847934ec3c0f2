// flopscale/transformer_flops.hpp — FLOPs per token of a transformer: training under the five
// published accountings, activation recomputation, and inference (prefill, decode, roofline).
//
// Conventions (scaling-science reference §0, §7.1): a multiply-accumulate is 2 FLOP; the backward
// pass costs twice the forward, so training is 3 x forward (Kaplan et al. 2020, §2.1; Hoffmann et
// al. 2022, App. F). Per-head attention widths are d_head for queries, keys and values, plus the
// decoupled RoPE width on queries and keys under multi-head latent attention.
#pragma once

#include "flopscale/compute.hpp"
#include "flopscale/memory.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/transformer.hpp"

namespace flopscale {

// How training FLOPs per token are counted. With N the (active) parameters, L layers, H heads,
// Q = d_head, T = seq_len, d = d_model, V = vocab:
//  six_nd      6 N, N with embeddings (Kaplan et al. 2020, §2.1; Hoffmann et al. 2022, §3).
//              No attention term.
//  kaplan      3 x (2 N_layers + 2 L T H Q), N_layers the weight matrices of the layers, no
//              embeddings, no output layer (Kaplan et al. 2020, Table 1 and Eq. 2.2). Its context
//              term is half of PaLM's: one product of n_ctx x d_attn, about what a causal kernel
//              that skips the masked half does.
//  palm        6 N + 12 L H Q T, N with embeddings (Chowdhery et al. 2022, App. B). Attention as
//              the full T x T square (QK^T and AV, forward 4 L H Q T).
//  chinchilla  3 x forward of Hoffmann et al. 2022, App. F: embeddings 2 V d, per layer the
//              Q/K/V/output projections, QK^T and AV over the full square, softmax 3 H T, the MLP;
//              final logits 2 d V.
//  deepseek    M = 72 L d^2 + 12 L d T for the shapes of DeepSeek LLM (arXiv:2401.02954, Eq. 2):
//              6 N_layers plus the full-square attention, no vocabulary computation. Generalised
//              here as 6 N_layers + 6 L H (Q_qk + Q_v) T.
// The full square counts masked positions a causal kernel skips; a causal kernel does about half
// of that attention work.
// EleutherAI's calc_transformer_flops.py (72 L h^2 + 12 L s h + 6 h V per token without
// checkpointing) equals palm on tied-embedding models but for the norm gains inside PaLM's N
// (about 1/(6 d) of the total). With untied embeddings PaLM's 6N also holds the input table,
// 6 V d more than the script, which counts only the output projection (its forward and both
// backward products, as palm does). The script's default checkpointing is recomputation::full.
enum class flop_accounting { six_nd, kaplan, palm, chinchilla, deepseek };

namespace detail {
// Forward FLOPs per token of one accounting, split by what recomputation repeats: the layers'
// weight products, the attention core, and the vocabulary (embeddings, logits).
struct forward_split {
    double layers;
    double attention;
    double vocabulary;
};

// Forward attention-core FLOPs per token and layer against `context` keys: QK^T and AV.
constexpr double attention_core(const transformer& t, double context) noexcept {
    return 2.0 * as_double(t.heads) * (qk_dim(t) + v_dim(t)) * context;
}

constexpr forward_split forward_per_token(const transformer& t, flop_accounting a) noexcept {
    const double layers = as_double(t.layers);
    const double seq = as_double(t.seq_len);
    const double vd = as_double(t.vocab) * as_double(t.d_model);
    const double matrices = 2.0 * active_layer_matrices(t);
    const double with_vectors = 2.0 * non_embedding(t, as_double(t.experts_per_token));
    const double square = layers * attention_core(t, seq);
    switch (a) {
    case flop_accounting::six_nd:
        return {with_vectors, 0.0, 2.0 * embedding(t)};
    case flop_accounting::kaplan:
        return {matrices, 0.5 * square, 0.0};
    case flop_accounting::palm:
        return {with_vectors, square, 2.0 * embedding(t)};
    case flop_accounting::chinchilla:
        return {matrices, square + layers * 3.0 * as_double(t.heads) * seq, 4.0 * vd};
    case flop_accounting::deepseek:
        return {matrices, square, 0.0};
    }
    return {nan_value(), nan_value(), nan_value()};
}

constexpr double model_flops(const forward_split& f) noexcept {
    return 3.0 * (f.layers + f.attention + f.vocabulary);
}
} // namespace detail

// Training (forward + backward) FLOPs per token under an accounting; for a mixture of experts,
// of the active parameters. Precondition: valid(t); at run time a violation returns NaN.
constexpr flops_per_token training_flops_per_token(const transformer& t,
                                                   flop_accounting accounting) noexcept {
    if (!detail::check_transformer(t)) return flops_per_token{detail::nan_value()};
    return flops_per_token{detail::model_flops(detail::forward_per_token(t, accounting))};
}

// Training FLOPs for d tokens. Preconditions: valid(t), d >= 0; at run time NaN FLOP.
constexpr flops training_flops(const transformer& t, tokens d,
                               flop_accounting accounting) noexcept {
    if (!detail::check_transformer(t) ||
        !expects(d.value() >= 0, "training tokens must be non-negative"))
        return flops{detail::nan_value()};
    return flops{detail::model_flops(detail::forward_per_token(t, accounting)) * d.value()};
}

// PaLM's way of counting rematerialisation (Chowdhery et al. 2022, App. B): this fraction of the
// non-attention forward pass, output layer included, and all of the attention core are recomputed
// (PaLM 540B: recomputed_fraction{0.75}). A type of its own, so that a bare number cannot stand in
// for a recomputation level by accident.
struct recomputed_fraction {
    double of_non_attention_forward = 0;
    constexpr explicit recomputed_fraction(double fraction) noexcept
        : of_non_attention_forward(fraction) {}
};

// Executed FLOPs per token with PaLM's recomputed fraction. Preconditions: valid(t), the fraction
// in [0, 1]; at run time NaN.
constexpr flops_per_token
hardware_flops_per_token(const transformer& t, recomputed_fraction recomputed,
                         flop_accounting accounting = flop_accounting::palm) noexcept {
    const double fraction = recomputed.of_non_attention_forward;
    if (!detail::check_transformer(t) ||
        !expects(fraction >= 0 && fraction <= 1, "recomputed fraction must be in [0, 1]"))
        return flops_per_token{detail::nan_value()};
    const detail::forward_split f = detail::forward_per_token(t, accounting);
    return flops_per_token{detail::model_flops(f) + f.attention +
                           fraction * (f.layers + f.vocabulary)};
}

// Executed FLOPs per token with recomputation: none adds nothing, selective adds the forward
// attention core, full adds each layer's forward pass (not the output layer; Korthikanti et al.
// 2022, App. A: 72 B L s h^2 (1 + s/6h + V/12hL) per iteration without, Narayanan et al. 2021,
// arXiv:2104.04473, Eq. 3: 96 B s l h^2 (1 + s/6h + V/16lh) with full recomputation). The gap to
// training_flops_per_token is what MFU leaves out and HFU counts. Precondition: valid(t); NaN.
constexpr flops_per_token
hardware_flops_per_token(const transformer& t, recomputation recompute,
                         flop_accounting accounting = flop_accounting::palm) noexcept {
    if (!detail::check_transformer(t)) return flops_per_token{detail::nan_value()};
    const detail::forward_split f = detail::forward_per_token(t, accounting);
    const double extra = recompute == recomputation::none        ? 0.0
                         : recompute == recomputation::selective ? f.attention
                                                                 : f.attention + f.layers;
    return flops_per_token{detail::model_flops(f) + extra};
}

// ---- Inference -------------------------------------------------------------------------------
// A forward pass per token: 2 x the layer weights a token multiplies, the output layer 2 d V, and
// the attention core against the keys it sees (Kaplan et al. 2020, Eq. 2.2; scaling-science
// reference §7.1). Under MLA the attention core is counted at the training-time widths; the
// "absorbed" decode form of DeepSeek-V2 (arXiv:2405.04434, §2.1.2) computes it in the latent space
// instead and is not modelled.

namespace detail {
constexpr double forward_weights(const transformer& t) noexcept {
    return 2.0 * active_layer_matrices(t) + 2.0 * as_double(t.d_model) * as_double(t.vocab);
}
} // namespace detail

// Forward FLOPs to generate one token that attends to `context` cached tokens (itself included).
// Preconditions: valid(t), context >= 0; at run time NaN.
constexpr flops_per_token decode_flops_per_token(const transformer& t, tokens context) noexcept {
    if (!detail::check_transformer(t) ||
        !expects(context.value() >= 0, "context must be non-negative"))
        return flops_per_token{detail::nan_value()};
    return flops_per_token{detail::forward_weights(t) +
                           detail::as_double(t.layers) *
                               detail::attention_core(t, context.value())};
}

// Forward FLOPs to process a prompt of `prompt` tokens with causal attention: position i attends
// to i keys, so the attention core sums to L x core(1) x P (P + 1) / 2. The output layer is
// counted at every position, as in training; a server that computes only the last position's
// logits saves 2 d V per prompt token. Preconditions: valid(t), prompt >= 0; at run time NaN.
constexpr flops prefill_flops(const transformer& t, tokens prompt) noexcept {
    if (!detail::check_transformer(t) ||
        !expects(prompt.value() >= 0, "prompt must be non-negative"))
        return flops{detail::nan_value()};
    const double p = prompt.value();
    return flops{detail::forward_weights(t) * p + detail::as_double(t.layers) *
                                                      detail::attention_core(t, 1.0) * p *
                                                      (p + 1.0) / 2.0};
}

// Mean forward FLOPs per prompt token of prefill_flops. Preconditions: valid(t), prompt > 0; at
// run time NaN.
constexpr flops_per_token prefill_flops_per_token(const transformer& t, tokens prompt) noexcept {
    if (!expects(prompt.value() > 0, "prompt must be positive"))
        return flops_per_token{detail::nan_value()};
    return prefill_flops(t, prompt) / prompt;
}

// The two lower bounds on a time: moving bytes through memory and doing FLOPs at peak. The larger
// one is the roofline bound (Williams, Waterman, Patterson 2009, "Roofline", CACM 52(4)).
struct roofline_bounds {
    duration memory_time;
    duration compute_time;

    [[nodiscard]] constexpr bool bandwidth_bound() const noexcept {
        return memory_time > compute_time;
    }
    [[nodiscard]] constexpr duration time() const noexcept {
        return bandwidth_bound() ? memory_time : compute_time;
    }
};

// Bounds for a step that reads `moved` bytes and does `work` FLOPs. Preconditions: moved >= 0,
// work >= 0, memory_bandwidth > 0, peak > 0; at run time both times are NaN.
constexpr roofline_bounds roofline(bytes moved, flops work, bandwidth memory_bandwidth,
                                   flop_rate peak) noexcept {
    if (!expects(moved.value() >= 0 && work.value() >= 0, "bytes and FLOPs must be non-negative") ||
        !expects(memory_bandwidth.value() > 0 && peak.value() > 0,
                 "bandwidth and peak must be positive"))
        return {duration{detail::nan_value()}, duration{detail::nan_value()}};
    return {moved / memory_bandwidth, work / peak};
}

namespace detail {
// base^n for n >= 0 by repeated squaring.
constexpr double integer_power(double base, int n) noexcept {
    double result = 1.0;
    for (; n > 0; n /= 2) {
        if (n % 2 == 1) result *= base;
        base *= base;
    }
    return result;
}

// Weights one decode step of `batch` sequences reads: the layers' shared weights, the output
// matrix, and of each MoE layer the routed experts at least one sequence visits, expected under
// uniform routing: E (1 - (1 - k/E)^batch). With batch 1 that is the active parameters.
constexpr double decode_weight_reads(const transformer& t, int batch) noexcept {
    const double e = as_double(t.experts);
    const double k = as_double(t.experts_per_token);
    const double visited = t.experts > 1 ? e * (1.0 - integer_power(1.0 - k / e, batch)) : 1.0;
    return non_embedding(t, visited) + as_double(t.vocab) * as_double(t.d_model);
}
} // namespace detail

// Lower bounds on the time of one decode step that extends `batch` sequences of `context` cached
// tokens by one token each: the weights it reads (decode_weight_reads above, at `weights`) plus the
// KV cache (at `cache`) over the memory bandwidth, against batch x decode_flops_per_token at
// `peak`. bandwidth_bound() answers whether decoding is memory- or compute-bound; at batch 1 a
// dense model reads 2 bytes per 2 FLOP in bf16, far below any accelerator's FLOP/byte ratio.
// For a model split over n chips (tensor parallel), pass n x the bandwidth and n x the peak;
// the accelerator overload below is for one chip.
// Preconditions: valid(t), context >= 0, batch >= 1, memory_bandwidth > 0, peak > 0; at run time
// both times are NaN.
constexpr roofline_bounds decode_roofline(const transformer& t, tokens context, int batch,
                                          precision weights, precision cache,
                                          bandwidth memory_bandwidth, flop_rate peak) noexcept {
    const roofline_bounds nan{duration{detail::nan_value()}, duration{detail::nan_value()}};
    if (!detail::check_transformer(t) || !expects(batch >= 1, "batch must be at least 1"))
        return nan;
    const bytes cached = kv_cache_bytes(t, context, batch, cache);
    const flops work = decode_flops_per_token(t, context) * tokens{detail::as_double(batch)};
    if (cached.value() != cached.value() || work.value() != work.value()) return nan;
    const bytes read{detail::decode_weight_reads(t, batch) * bytes_per_value(weights)};
    return roofline(read + cached, work, memory_bandwidth, peak);
}

// The same on a catalog accelerator, with weights, cache and arithmetic all at `p`: its memory
// bandwidth and its dense peak at `p`. A format the chip has no peak for (peak zero) or an unknown
// bandwidth is a violated precondition (NaN times at run time).
constexpr roofline_bounds decode_roofline(const transformer& t, tokens context, int batch,
                                          precision p, const accelerator& chip) noexcept {
    return decode_roofline(t, context, batch, p, p, chip.memory_bandwidth, chip.peak(p));
}

} // namespace flopscale
