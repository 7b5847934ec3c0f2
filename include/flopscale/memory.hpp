// flopscale/memory.hpp — bytes a transformer needs: weights, training state under ZeRO,
// activations, KV cache, and how many chips it takes to hold them.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/units.hpp"

#include <limits>

namespace flopscale {

// Every weight stored once at `p` (EleutherAI, "Transformer Math 101", 2023: 4, 2 and 1 bytes per
// parameter in fp32, fp16/bf16 and int8). Microscaling block scales are not counted.
// Precondition: valid(t); at run time NaN bytes.
constexpr bytes weight_bytes(const transformer& t, precision p) noexcept {
    return bytes{total_parameters(t).value() * bytes_per_value(p)};
}

// ---- Training state --------------------------------------------------------------------------

// Optimizer state per parameter, in bytes (Rajbhandari et al. 2019, arXiv:1910.02054, §3.1, the
// K of its 2 + 2 + K; EleutherAI "Transformer Math 101" for the others):
//  adam          fp32 master weights, momentum and variance: 12
//  adam_8bit     fp32 master weights and two 8-bit moments (Dettmers et al. 2021,
//                arXiv:2110.02861): 6
//  sgd_momentum  fp32 master weights and momentum: 8
enum class optimizer { adam, adam_8bit, sgd_momentum };

struct training_state_options {
    flopscale::optimizer optimizer = flopscale::optimizer::adam;
    bool fp32_gradients = false; // 4 bytes per gradient instead of 2 (18 bytes/param with Adam)
};

namespace detail {
constexpr double optimizer_bytes(optimizer o) noexcept {
    switch (o) {
    case optimizer::adam:
        return 12.0;
    case optimizer::adam_8bit:
        return 6.0;
    case optimizer::sgd_momentum:
        return 8.0;
    }
    return nan_value();
}

// Bytes per parameter each rank keeps whole and those it holds a 1/N_d share of, under ZeRO
// stage s (Rajbhandari et al. 2019, §5 and Fig. 1): stage 1 partitions the optimizer state, stage
// 2 also the gradients, stage 3 also the 16-bit weights.
struct zero_split {
    double replicated;
    double partitioned;
};
constexpr zero_split zero_bytes_per_parameter(int stage, training_state_options o) noexcept {
    const double w = 2.0;
    const double g = o.fp32_gradients ? 4.0 : 2.0;
    const double k = optimizer_bytes(o.optimizer);
    switch (stage) {
    case 0:
        return {w + g + k, 0.0};
    case 1:
        return {w + g, k};
    case 2:
        return {w, g + k};
    default:
        return {0.0, w + g + k};
    }
}

constexpr bool check_zero(int stage) noexcept {
    return expects(stage >= 0 && stage <= 3, "zero_stage must be 0, 1, 2 or 3");
}
} // namespace detail

// Bytes of weights, gradients and optimizer state per data-parallel rank for mixed-precision
// training (16-bit weights and gradients, fp32 optimizer state; Rajbhandari et al. 2019, §3.1:
// 2 + 2 + 12 = 16 bytes per parameter with Adam), with ZeRO stage 0-3 over `data_parallel` ranks:
// stage 0 (4 + K) P, 1: 4P + KP/N_d, 2: 2P + (2 + K)P/N_d, 3: (4 + K)P/N_d. Activations and
// temporary buffers are not included. Preconditions: n >= 0, zero_stage in 0-3,
// data_parallel >= 1; at run time NaN bytes.
constexpr bytes training_state_bytes(parameters n, int zero_stage, int data_parallel,
                                     training_state_options options = {}) noexcept {
    if (!expects(n.value() >= 0, "parameters must be non-negative") ||
        !detail::check_zero(zero_stage) ||
        !expects(data_parallel >= 1, "data_parallel must be at least 1"))
        return bytes{detail::nan_value()};
    const detail::zero_split s = detail::zero_bytes_per_parameter(zero_stage, options);
    return bytes{n.value() * (s.replicated + s.partitioned / detail::as_double(data_parallel))};
}

// ---- Activations -----------------------------------------------------------------------------

// Activation bytes of one micro-batch of `micro_batch` sequences of seq_len tokens, all layers,
// 16-bit activations and 1-byte dropout masks (Korthikanti et al. 2022, arXiv:2205.05198,
// Table 2), with s = seq_len, b = micro_batch, h = d_model, a = heads, t = tensor_parallel:
//   none       s b h L (10 + 24/t + 5 a s/(h t)), or (34/t + 5 a s/(h t)) with sequence parallelism
//   selective  s b h L (10 + 24/t), or 34/t with sequence parallelism
//   full       s b h L 2 (each layer's input only)
// The 34 assumes d_ff = 4 d_model, ungated, and multi-head attention, as the paper's GPT models;
// other shapes are approximated by the same formula. The first pipeline stage's embedding and
// output-layer buffers (§4.3) are not counted. Preconditions: valid(t), micro_batch >= 1,
// tensor_parallel >= 1; at run time NaN bytes.
constexpr bytes activation_bytes(const transformer& t, int micro_batch, recomputation recompute,
                                 int tensor_parallel = 1, bool sequence_parallel = false) noexcept {
    if (!detail::check_transformer(t) ||
        !expects(micro_batch >= 1 && tensor_parallel >= 1,
                 "micro_batch and tensor_parallel must be at least 1"))
        return bytes{detail::nan_value()};
    const double s = detail::as_double(t.seq_len);
    const double h = detail::as_double(t.d_model);
    const double tp = detail::as_double(tensor_parallel);
    const double per_element_outside_attention = sequence_parallel ? 34.0 / tp : 10.0 + 24.0 / tp;
    const double attention_scores = 5.0 * detail::as_double(t.heads) * s / (h * tp);
    const double per_element =
        recompute == recomputation::none        ? per_element_outside_attention + attention_scores
        : recompute == recomputation::selective ? per_element_outside_attention
                                                : 2.0;
    return bytes{s * detail::as_double(micro_batch) * h * detail::as_double(t.layers) *
                 per_element};
}

// ---- KV cache --------------------------------------------------------------------------------

namespace detail {
// Values cached per token and layer: K and V of each KV head (2 x kv_heads x d_head), or MLA's
// compressed latent and shared RoPE key (kv_lora_rank + rope_head_dim; DeepSeek-V2,
// arXiv:2405.04434, Table 1).
constexpr double kv_values_per_token_layer(const transformer& t) noexcept {
    return latent_attention(t) ? as_double(t.kv_lora_rank) + as_double(t.rope_head_dim)
                               : 2.0 * as_double(kv_heads_of(t)) * head_dim(t);
}
} // namespace detail

// KV-cache bytes for `batch` sequences of `context` tokens each: 2 (K and V) x L x kv_heads x
// d_head x bytes per value x context x batch (scaling-science reference §7.4; llm-analysis), or
// the MLA latent. Preconditions: valid(t), context >= 0, batch >= 0; at run time NaN bytes.
constexpr bytes kv_cache_bytes(const transformer& t, tokens context, int batch,
                               precision p) noexcept {
    if (!detail::check_transformer(t) ||
        !expects(context.value() >= 0 && batch >= 0, "context and batch must be non-negative"))
        return bytes{detail::nan_value()};
    return bytes{detail::kv_values_per_token_layer(t) * detail::as_double(t.layers) *
                 context.value() * detail::as_double(batch) * bytes_per_value(p)};
}

// ---- Does it fit? ----------------------------------------------------------------------------

// The fewest data-parallel ranks, each with `memory_per_chip`, over which ZeRO stage `zero_stage`
// spreads the training state of n parameters so that every rank's share fits: the smallest N_d
// with training_state_bytes(n, zero_stage, N_d) <= memory_per_chip. Weights kept whole on every
// rank (all of them at stage 0) that alone exceed the memory can never fit: +infinity.
// Activations are not counted. Preconditions: n >= 0, zero_stage in 0-3, memory_per_chip > 0; at
// run time NaN.
constexpr double minimum_chips_for_training(parameters n, int zero_stage, bytes memory_per_chip,
                                            training_state_options options = {}) noexcept {
    if (!expects(n.value() >= 0, "parameters must be non-negative") ||
        !detail::check_zero(zero_stage) ||
        !expects(memory_per_chip.value() > 0, "memory per chip must be positive"))
        return detail::nan_value();
    const detail::zero_split s = detail::zero_bytes_per_parameter(zero_stage, options);
    const double room = memory_per_chip.value() - n.value() * s.replicated;
    if (room < 0) return std::numeric_limits<double>::infinity();
    const double partitioned = n.value() * s.partitioned;
    if (partitioned == 0) return 1.0;
    if (room == 0) return std::numeric_limits<double>::infinity();
    const double chips = math::ceil(partitioned / room);
    return chips < 1.0 ? 1.0 : chips;
}

// The fewest chips with `memory_per_chip` that hold the weights at `p` and the KV cache of
// `batch` sequences of `context` tokens, split evenly (tensor or pipeline parallel), times
// `overhead` for activations and buffers (EleutherAI "Transformer Math 101": up to 1.2).
// Preconditions: valid(t), context >= 0, batch >= 0, memory_per_chip > 0, overhead >= 1; at run
// time NaN.
constexpr double minimum_chips_for_inference(const transformer& t, tokens context, int batch,
                                             precision p, bytes memory_per_chip,
                                             double overhead = 1.0) noexcept {
    if (!detail::check_transformer(t) ||
        !expects(memory_per_chip.value() > 0, "memory per chip must be positive") ||
        !expects(overhead >= 1, "overhead must be at least 1"))
        return detail::nan_value();
    const bytes needed = (weight_bytes(t, p) + kv_cache_bytes(t, context, batch, p)) * overhead;
    if (needed.value() != needed.value()) return detail::nan_value();
    const double chips = math::ceil(needed / memory_per_chip);
    return chips < 1.0 ? 1.0 : chips;
}

// The same questions for a catalog accelerator's memory; an unknown memory size is a violated
// precondition (NaN at run time).
constexpr double minimum_chips_for_training(parameters n, int zero_stage, const accelerator& chip,
                                            training_state_options options = {}) noexcept {
    return minimum_chips_for_training(n, zero_stage, chip.memory, options);
}
constexpr double minimum_chips_for_inference(const transformer& t, tokens context, int batch,
                                             precision p, const accelerator& chip,
                                             double overhead = 1.0) noexcept {
    return minimum_chips_for_inference(t, context, batch, p, chip.memory, overhead);
}

} // namespace flopscale
