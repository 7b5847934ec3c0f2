// flopscale/serving.hpp — serving a transformer: prefill and decode times, time to first token
// (TTFT) and per output token (TPOT), the batch the KV cache allows, throughput, cost per million
// tokens, and the chips a daily demand needs.
//
// The model (inference reference §4.8 lists the effects it must capture, with their evidence):
//  - A replica spans max(tensor_parallel, expert_parallel) chips. Attention, dense MLPs, shared
//    experts and the embeddings are split over `tensor_parallel` chips and replicated in the
//    replica's (expert_parallel / tensor_parallel) attention groups, each holding its share of
//    the batch (DeepSeek's data-parallel attention, reference §1); the routed experts are split
//    over the whole replica.
//  - A forward pass (the batch's prompts, or one decode step) moves the weights it reads and the
//    KV cache at an achieved fraction of the memory bandwidth, does its FLOPs at an achieved
//    fraction of the dense peak, and takes the larger of the two (the roofline, as
//    decode_roofline); the tensor-parallel all-reduces and the expert all-to-alls come on top
//    (they are latency-bound in decode, reference §4.2). The host that issues the kernels is a
//    floor under the pass (reference §4.4: Splitwise's A100 decode stops falling past TP4).
//  - Continuous batching (Orca's iteration-level scheduling, vLLM; reference §4.6-4.7): each
//    replica keeps `batch` sequences decoding, one token per sequence per step, at the mean
//    context input + output / 2. Every step admits batch / (output - 1) new requests, whose
//    prompts are prefilled together: that pass is the TTFT. The decode steps and the prefills
//    share the chips, so TPOT, as a client measures it, is a step plus its share of the prefills.
//    Prefill time is charged to input tokens, decode steps to output tokens.
// Not modelled: queueing, chunked prefill that shares a pass with decoding, pipeline parallelism,
// speculative decoding, expert load imbalance, the paged cache's fragmentation (under 4% with
// PagedAttention, reference §4.6), MLA's absorbed decode form (see transformer_flops.hpp).
//
// Error policy (config.hpp): invalid arguments (batch below 1, non-positive lengths, parallel
// degrees that do not divide the chips, efficiencies outside (0, 1], a chip without the figures
// needed) are violated preconditions: a compile error in a constant expression, at run time the
// handler and a prediction with status invalid_input and NaN numbers. A context beyond the
// model's, weights that do not fit, a batch whose cache does not fit and an unreachable latency
// target are answers, not errors: the status says which, and the numbers that do not exist are
// NaN.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/collectives.hpp"
#include "flopscale/config.hpp"
#include "flopscale/interconnect.hpp"
#include "flopscale/math.hpp"
#include "flopscale/memory.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/units.hpp"

#include <string_view>

namespace flopscale {

// The memory efficiency gpt-fast measured for each weight format, batch 1 on an A100 (inference
// reference §6): 0.69 in bf16; 0.52 for int8 and 0.42 for int4 weight-only quantisation, whose
// kernels dequantise as they read. Other formats get the 16-bit figure.
constexpr double measured_memory_efficiency(precision weights) noexcept {
    return weights == precision::int8 ? 0.52 : weights == precision::int4 ? 0.42 : 0.69;
}

// What a serving stack achieves of the hardware. Each default is a measurement, cited.
struct serving_efficiency {
    // Fraction of the memory bandwidth that weight and KV-cache reads achieve. gpt-fast's
    // Llama-2-7B, bf16, batch 1, one A100: 1397.31 of 2039 GB/s (inference reference §6); the
    // decode GEMMs of LLMCompass' real-A100 GPT-3 layer reach 0.68 (§4.2). For int8 and int4
    // weights see measured_memory_efficiency.
    double memory = measured_memory_efficiency(precision::bf16);
    // Fraction of the dense peak that the FLOPs achieve. DistServe's fitted marginal prefill cost
    // of OPT-13B on an A100, 0.1019 ms per token: 81% of the BF16 peak (reference §4.5).
    double compute = 0.81;
    // The host's time to issue one layer's kernels. A forward pass cannot finish before the host
    // has issued it, so L x this is a floor under every pass. Zero: the launches are captured in
    // CUDA graphs or compiled away and overlap the device (gpt-fast, TensorRT-LLM, reference §6).
    duration host_time_per_layer{0.0};
    // Fraction of each chip's memory the server may fill with weights and cache; the rest holds
    // activations and workspace. DistServe sizes its KV cache with 0.95 (reference §4.5).
    double memory_utilization = 0.95;
};

// Where the model runs. `chips` is a whole number of replicas of max(tensor_parallel,
// expert_parallel) chips each, and the larger degree must be a multiple of the smaller.
// `compute` is the format the matrix units run in: the weights' format when the chip has a peak
// for it, bf16 for weight-only quantisation (int4 or fp8 weights on an A100).
struct deployment {
    accelerator chip;
    int chips = 1;
    int tensor_parallel = 1;
    int expert_parallel = 1; // routed experts split over this many chips; 1 = split by TP
    precision weights = precision::bf16;
    precision kv_cache = precision::bf16;
    precision compute = precision::bf16;
    usd_per_hour price_per_chip_hour{detail::nan_value()}; // unset: costs are NaN
    interconnect network{};  // incomplete (the default): typical_interconnect(chip)
    link_efficiency links{}; // for the all-reduces and all-to-alls; unset: the network's
    serving_efficiency efficiency{};
};

// What is served: prompts of `input` tokens that each generate `output` tokens, `batch` of them at
// once on each replica.
struct serving_workload {
    tokens input{0.0};
    tokens output{0.0};
    int batch = 1;
};

enum class serving_status {
    ok,
    invalid_input,       // a violated precondition (reported to the handler)
    context_too_long,    // input + output exceeds the model's seq_len
    weights_do_not_fit,  // a replica's chips cannot hold its share of the weights
    cache_does_not_fit,  // the batch's KV cache exceeds what the weights leave (see max_batch)
    latency_unreachable, // even a batch of one misses the latency target
};

constexpr std::string_view to_string_view(serving_status s) noexcept {
    switch (s) {
    case serving_status::ok:
        return "ok";
    case serving_status::invalid_input:
        return "invalid input";
    case serving_status::context_too_long:
        return "the context (input + output) is longer than the model's";
    case serving_status::weights_do_not_fit:
        return "the weights do not fit in the replica's memory";
    case serving_status::cache_does_not_fit:
        return "the batch's KV cache does not fit beside the weights";
    case serving_status::latency_unreachable:
        return "even a batch of one misses the latency target";
    }
    return "?";
}

// One forward pass on one chip of a replica, in its parts.
struct forward_pass {
    duration memory;        // weights read and KV cache read or written, at achieved bandwidth
    duration compute;       // FLOPs at the achieved peak
    duration communication; // tensor-parallel all-reduces and expert all-to-alls
    duration host;          // the floor the kernel-issuing host sets

    [[nodiscard]] constexpr duration time() const noexcept {
        const duration device = (memory > compute ? memory : compute) + communication;
        return device > host ? device : host;
    }
};

struct serving_prediction {
    serving_status status = serving_status::invalid_input;
    int batch = 0;             // sequences decoding together on one replica
    int prefill_batch = 0;     // prompts prefilled together: batch / (output - 1), rounded up
    int max_batch = 0;         // the most the KV cache allows at the full context
    int chips_per_replica = 0; // max(tensor_parallel, expert_parallel)
    int replicas = 0;
    bytes weights_per_chip{detail::nan_value()};
    bytes kv_cache_per_chip{detail::nan_value()};  // the batch at the full context
    forward_pass prefill{};                        // prefill_batch prompts together
    forward_pass decode_step{};                    // one step at the mean context
    duration ttft{detail::nan_value()};            // the prefill pass
    duration tpot{detail::nan_value()};            // a decode step and its share of prefills
    duration request_latency{detail::nan_value()}; // ttft + (output - 1) x tpot
    token_rate output_rate{detail::nan_value()};   // all replicas
    token_rate output_rate_per_chip{detail::nan_value()};
    token_rate input_rate{detail::nan_value()};
    token_rate input_rate_per_chip{detail::nan_value()};
    usd usd_per_million_input{detail::nan_value()};
    usd usd_per_million_output{detail::nan_value()};

    [[nodiscard]] constexpr bool ok() const noexcept { return status == serving_status::ok; }
};

namespace detail {
// Activations travel between chips in 16 bits: the 196,608-byte decode all-reduce of
// LLMCompass' batch-8 GPT-3 layer is 8 x 12288 x 2 bytes (inference reference §4.2).
inline constexpr double serving_activation_bytes = 2.0;

// The deployment's network: the one given, or the chip's typical one.
constexpr interconnect network_of(const deployment& d) noexcept {
    return d.network.complete() ? d.network : typical_interconnect(d.chip);
}

constexpr int replica_chips(const deployment& d) noexcept {
    return d.tensor_parallel > d.expert_parallel ? d.tensor_parallel : d.expert_parallel;
}

constexpr bool valid_deployment(const transformer& t, const deployment& d) noexcept {
    const serving_efficiency& e = d.efficiency;
    const int r = d.tensor_parallel >= 1 && d.expert_parallel >= 1 ? replica_chips(d) : 1;
    return check_transformer(t) &&
           expects(d.tensor_parallel >= 1 && d.expert_parallel >= 1,
                   "tensor_parallel and expert_parallel must be at least 1") &&
           expects(r % d.tensor_parallel == 0 && r % d.expert_parallel == 0,
                   "the larger parallel degree must be a multiple of the smaller") &&
           expects(d.chips >= 1 && d.chips % r == 0,
                   "chips must be a positive multiple of max(tensor_parallel, expert_parallel)") &&
           expects(e.memory > 0 && e.memory <= 1 && e.compute > 0 && e.compute <= 1 &&
                       e.memory_utilization > 0 && e.memory_utilization <= 1,
                   "serving efficiencies must be in (0, 1]") &&
           expects(e.host_time_per_layer.value() >= 0,
                   "host_time_per_layer must be non-negative") &&
           expects(d.chip.has_memory() && d.chip.has_memory_bandwidth() &&
                       d.chip.memory.value() > 0 && d.chip.memory_bandwidth.value() > 0,
                   "the chip's memory and memory bandwidth must be known") &&
           expects(d.chip.has_peak(d.compute) && d.chip.peak(d.compute).value() > 0,
                   "the chip has no dense peak in the compute format") &&
           expects(r == 1 || network_of(d).complete(),
                   "a replica of several chips needs a known interconnect");
}

constexpr bool valid_lengths(tokens input, tokens output) noexcept {
    return expects(input.value() >= 1 && output.value() >= 1,
                   "input and output must be at least one token");
}

// Parameters of the routed experts of every MoE layer, `per_layer` of them in each.
constexpr double routed_expert_parameters(const transformer& t, double per_layer) noexcept {
    return t.experts > 1
               ? as_double(t.layers - t.dense_layers) * per_layer * mlp_parameters(t, ff_dim(t))
               : 0.0;
}

// Weights one chip holds: its 1/TP share of what attention groups replicate, its 1/R share of the
// routed experts.
constexpr double weight_bytes_per_chip(const transformer& t, const deployment& d) noexcept {
    const double routed = routed_expert_parameters(t, as_double(t.experts));
    const double shared = total_parameters(t).value() - routed;
    return (shared / as_double(d.tensor_parallel) + routed / as_double(replica_chips(d))) *
           bytes_per_value(d.weights);
}

// KV-cache bytes one chip holds per token of one sequence of its attention group. Heads are split
// over TP; a chip keeps at least one KV head (llm-analysis: max(kv_heads / tp, 1), reference
// §4.1), and MLA's latent has no heads to split, so every TP rank keeps all of it.
constexpr double kv_bytes_per_token_per_chip(const transformer& t, const deployment& d) noexcept {
    const double whole = kv_cache_bytes(t, tokens{1.0}, 1, d.kv_cache).value();
    if (latent_attention(t)) return whole;
    const double heads = as_double(kv_heads_of(t));
    const double per_chip = heads / as_double(d.tensor_parallel);
    return whole * (per_chip > 1.0 ? per_chip : 1.0) / heads;
}

constexpr double attention_groups(const deployment& d) noexcept {
    return as_double(replica_chips(d) / d.tensor_parallel);
}

// The collectives of one forward pass over `tokens_in_pass` tokens of the replica. Megatron
// tensor parallelism all-reduces each layer's attention and MLP outputs (llm-analysis: 2 per
// layer, reference §4.1); with expert parallelism an MoE layer instead dispatches each token to
// its experts and combines the results, two all-to-alls.
constexpr duration communication_time(const transformer& t, const deployment& d,
                                      double tokens_in_pass) noexcept {
    const interconnect net = network_of(d);
    const double domain = net.has_scale_up_domain() ? net.scale_up_domain : 1.0;
    const double moe_layers = t.experts > 1 ? as_double(t.layers - t.dense_layers) : 0.0;
    const double mlp_all_reduces = as_double(t.layers) - (d.expert_parallel > 1 ? moe_layers : 0.0);
    const duration all_reduce =
        d.tensor_parallel > 1
            ? all_reduce_time(bytes{tokens_in_pass / attention_groups(d) * as_double(t.d_model) *
                                    serving_activation_bytes},
                              placed_group(as_double(d.tensor_parallel), 1.0, domain), net, d.links)
            : duration{0.0};
    const duration all_to_all =
        d.expert_parallel > 1
            ? all_to_all_time(bytes{tokens_in_pass / as_double(replica_chips(d)) *
                                    as_double(t.experts_per_token) * as_double(t.d_model) *
                                    serving_activation_bytes},
                              placed_group(as_double(d.expert_parallel), 1.0, domain), net, d.links)
            : duration{0.0};
    return all_reduce * (as_double(t.layers) + mlp_all_reduces) + all_to_all * (2.0 * moe_layers);
}

constexpr forward_pass pass_time(const transformer& t, const deployment& d, bytes moved, flops work,
                                 double tokens_in_pass) noexcept {
    const serving_efficiency& e = d.efficiency;
    const roofline_bounds bounds = roofline(moved, work, d.chip.memory_bandwidth * e.memory,
                                            d.chip.peak(d.compute) * e.compute);
    return {bounds.memory_time, bounds.compute_time, communication_time(t, d, tokens_in_pass),
            e.host_time_per_layer * as_double(t.layers)};
}

// Prefill of `batch` prompts of `input` tokens each, on one chip: every weight is read once (the
// prompts' tokens visit every expert), the cache is written, and the FLOPs are prefill_flops
// (attention's causal square included) less the logits of all but each prompt's last position,
// which a server does not compute.
constexpr forward_pass prefill_pass(const transformer& t, const deployment& d, tokens input,
                                    int batch) noexcept {
    const double b = as_double(batch);
    const double logits = 2.0 * as_double(t.d_model) * as_double(t.vocab) * (input.value() - 1.0);
    const flops work{(prefill_flops(t, input).value() - logits) * b / as_double(replica_chips(d))};
    const bytes moved{weight_bytes_per_chip(t, d) +
                      kv_bytes_per_token_per_chip(t, d) * input.value() * b / attention_groups(d)};
    return pass_time(t, d, moved, work, b * input.value());
}

// One decode step of `batch` sequences against `context` cached tokens, on one chip: the weights
// decode_roofline reads (the routed experts the batch visits, split over the replica), each
// sequence's cache, batch x decode_flops_per_token. On one chip at full efficiency and without a
// host floor this is decode_roofline's time.
constexpr forward_pass decode_pass(const transformer& t, const deployment& d, tokens context,
                                   int batch) noexcept {
    const double b = as_double(batch);
    const double e = as_double(t.experts);
    const double k = as_double(t.experts_per_token);
    const double visited = t.experts > 1 ? e * (1.0 - integer_power(1.0 - k / e, batch)) : 0.0;
    const double routed = routed_expert_parameters(t, visited);
    const double shared = decode_weight_reads(t, batch) - routed;
    const double weights =
        (shared / as_double(d.tensor_parallel) + routed / as_double(replica_chips(d))) *
        bytes_per_value(d.weights);
    const bytes moved{weights + kv_bytes_per_token_per_chip(t, d) * context.value() * b /
                                    attention_groups(d)};
    const flops work{decode_flops_per_token(t, context).value() * b / as_double(replica_chips(d))};
    return pass_time(t, d, moved, work, b);
}

// The largest batch whose cache at `context` tokens fits beside the weights; 0 when none does
// (negative room: the weights alone do not fit).
constexpr double cache_limited_batch(const transformer& t, const deployment& d,
                                     tokens context) noexcept {
    const double room =
        d.chip.memory.value() * d.efficiency.memory_utilization - weight_bytes_per_chip(t, d);
    if (room <= 0) return room < 0 ? -1.0 : 0.0;
    const double per_sequence = kv_bytes_per_token_per_chip(t, d) * context.value();
    return math::floor(attention_groups(d) * room / per_sequence);
}

constexpr serving_prediction failed(serving_status s) noexcept {
    serving_prediction p;
    p.status = s;
    return p;
}

// The prediction for a valid deployment and workload whose batch is at least 1.
constexpr serving_prediction predict(const transformer& t, const deployment& d,
                                     const serving_workload& w, double max_batch) noexcept {
    serving_prediction p;
    p.batch = w.batch;
    p.chips_per_replica = replica_chips(d);
    p.replicas = d.chips / p.chips_per_replica;
    p.max_batch = max_batch > 0 ? static_cast<int>(max_batch < 2e9 ? max_batch : 2e9) : 0;
    p.weights_per_chip = bytes{weight_bytes_per_chip(t, d)};
    if (max_batch < 0) {
        p.status = serving_status::weights_do_not_fit;
        return p;
    }
    const tokens context = w.input + w.output;
    p.kv_cache_per_chip = bytes{kv_bytes_per_token_per_chip(t, d) * context.value() *
                                as_double(w.batch) / attention_groups(d)};
    if (as_double(w.batch) > max_batch) {
        p.status = serving_status::cache_does_not_fit;
        return p;
    }
    p.status = serving_status::ok;
    // Continuous batching: each of the output - 1 decode steps a sequence stays for admits
    // batch / (output - 1) new prompts, prefilled together at a step boundary.
    const double b = as_double(w.batch);
    const double decode_steps = w.output.value() - 1.0;
    const double admitted = decode_steps > 0 ? b / decode_steps : b;
    const double group = math::ceil(admitted < b ? admitted : b);
    p.prefill_batch = static_cast<int>(group);
    p.prefill = prefill_pass(t, d, w.input, p.prefill_batch);
    p.decode_step = decode_pass(t, d, w.input + w.output * 0.5, w.batch);
    p.ttft = p.prefill.time();
    // A replica's cycle: the batch's prompts at the prefill group's time per prompt, and the
    // decode steps. TPOT spreads the cycle over the steps, the others' prefills included.
    const duration prefill_per_prompt = p.ttft / group;
    const duration cycle = prefill_per_prompt * b + p.decode_step.time() * decode_steps;
    p.tpot = decode_steps > 0 ? cycle / decode_steps : p.decode_step.time();
    p.request_latency = p.ttft + p.tpot * decode_steps;
    const double replicas = as_double(p.replicas);
    p.output_rate = w.output * (b * replicas) / cycle;
    p.input_rate = w.input * (b * replicas) / cycle;
    p.output_rate_per_chip = p.output_rate / as_double(d.chips);
    p.input_rate_per_chip = p.input_rate / as_double(d.chips);
    // The replica's chip time: prefills charged to the input tokens, decode steps to the output.
    // Without a price the costs stay NaN (no NaN arithmetic: a constant expression forbids it).
    if (!is_known(d.price_per_chip_hour.value())) return p;
    const double r = as_double(p.chips_per_replica);
    p.usd_per_million_input =
        d.price_per_chip_hour * prefill_per_prompt * (r * 1e6 / w.input.value());
    p.usd_per_million_output = d.price_per_chip_hour * p.decode_step.time() *
                               (r * decode_steps * 1e6 / (b * w.output.value()));
    return p;
}

// The status of a deployment and request lengths before any batch is chosen.
constexpr serving_status check_serving(const transformer& t, const deployment& d, tokens input,
                                       tokens output) noexcept {
    if (!valid_deployment(t, d) || !valid_lengths(input, output))
        return serving_status::invalid_input;
    if ((input + output).value() > as_double(t.seq_len)) return serving_status::context_too_long;
    return serving_status::ok;
}

// The largest batch in [1, max_batch] whose TTFT (ttft = true) or TPOT stays within `target`.
// Both grow with the batch, so a bisection finds it; TPOT dips by a percent or two where one more
// prompt joins each prefill pass (the weights are read once for more prompts), and there the
// bisection may stop a few sequences short of the largest batch.
constexpr serving_prediction predict_within(const transformer& t, const deployment& d, tokens input,
                                            tokens output, duration target, bool ttft) noexcept {
    if (!expects(target.value() > 0, "the latency target must be positive"))
        return failed(serving_status::invalid_input);
    const serving_status s = check_serving(t, d, input, output);
    if (s != serving_status::ok) return failed(s);
    const double most = cache_limited_batch(t, d, input + output);
    const auto at = [&](int batch) { return predict(t, d, {input, output, batch}, most); };
    const auto meets = [&](const serving_prediction& p) {
        return (ttft ? p.ttft : p.tpot) <= target;
    };
    if (most < 1) return at(1);
    serving_prediction best = at(1);
    if (!meets(best)) {
        best.status = serving_status::latency_unreachable;
        return best;
    }
    int low = 1;               // meets the target
    int high = best.max_batch; // may not
    if (meets(at(high))) return at(high);
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        (meets(at(middle)) ? low : high) = middle;
    }
    return at(low);
}
} // namespace detail

// The largest batch per replica whose KV cache, at the full context input + output, fits in what
// the weights leave of memory x memory_utilization on each chip: floor(groups x room / (context x
// cache bytes per token per chip)). Zero when the weights alone fill the chips or not one sequence
// fits. Preconditions: valid(t), a valid deployment (see serving_status::invalid_input), input
// and output at least 1; at run time 0.
constexpr int kv_limited_batch(const transformer& t, const deployment& d, tokens input,
                               tokens output) noexcept {
    if (detail::check_serving(t, d, input, output) == serving_status::invalid_input) return 0;
    const double most = detail::cache_limited_batch(t, d, input + output);
    return most < 1 ? 0 : static_cast<int>(most < 2e9 ? most : 2e9);
}

// Serving `w` on `d`: the prefill and decode passes in their parts, TTFT, TPOT, throughput and
// cost. Preconditions: valid(t), a valid deployment, input and output at least 1, batch at least
// 1; at run time status invalid_input and NaN numbers. A context beyond t.seq_len, weights that
// do not fit and a batch above max_batch are answered by the status.
constexpr serving_prediction predict_serving(const transformer& t, const deployment& d,
                                             const serving_workload& w) noexcept {
    const serving_status s = detail::check_serving(t, d, w.input, w.output);
    if (s == serving_status::invalid_input || !expects(w.batch >= 1, "batch must be at least 1"))
        return detail::failed(serving_status::invalid_input);
    if (s != serving_status::ok) return detail::failed(s);
    return detail::predict(t, d, w, detail::cache_limited_batch(t, d, w.input + w.output));
}

// The two kinds of forward pass on one chip of a replica, in their parts: the prefill of `batch`
// prompts of `input` tokens, and one decode step of `batch` sequences against `context` cached
// tokens. On one chip, at efficiencies of 1 and without a host floor, the decode step's time is
// decode_roofline's. Preconditions: valid(t), a valid deployment, input >= 1, context >= 0,
// batch >= 1; at run time NaN times. Memory is not checked: see kv_limited_batch.
constexpr forward_pass serving_prefill(const transformer& t, const deployment& d, tokens input,
                                       int batch) noexcept {
    const duration nan{detail::nan_value()};
    if (!detail::valid_deployment(t, d) ||
        !expects(input.value() >= 1 && batch >= 1, "input and batch must be at least 1"))
        return {nan, nan, nan, nan};
    return detail::prefill_pass(t, d, input, batch);
}
constexpr forward_pass serving_decode_step(const transformer& t, const deployment& d,
                                           tokens context, int batch) noexcept {
    const duration nan{detail::nan_value()};
    if (!detail::valid_deployment(t, d) ||
        !expects(context.value() >= 0 && batch >= 1,
                 "context must be non-negative and batch at least 1"))
        return {nan, nan, nan, nan};
    return detail::decode_pass(t, d, context, batch);
}

// The maximum-throughput point: predict_serving at kv_limited_batch (w.batch is ignored).
// Preconditions and statuses as predict_serving.
constexpr serving_prediction predict_serving_at_max_batch(const transformer& t, const deployment& d,
                                                          tokens input, tokens output) noexcept {
    const serving_status s = detail::check_serving(t, d, input, output);
    if (s != serving_status::ok) return detail::failed(s);
    const double most = detail::cache_limited_batch(t, d, input + output);
    const int batch = most < 1 ? 1 : static_cast<int>(most < 2e9 ? most : 2e9);
    return detail::predict(t, d, {input, output, batch}, most);
}

// The largest batch whose TPOT, or TTFT, is at most `target`, and its prediction; status
// latency_unreachable (with the batch-1 figures) when a batch of one misses it. Preconditions as
// predict_serving and target > 0.
constexpr serving_prediction predict_serving_within_tpot(const transformer& t, const deployment& d,
                                                         tokens input, tokens output,
                                                         duration target) noexcept {
    return detail::predict_within(t, d, input, output, target, false);
}
constexpr serving_prediction predict_serving_within_ttft(const transformer& t, const deployment& d,
                                                         tokens input, tokens output,
                                                         duration target) noexcept {
    return detail::predict_within(t, d, input, output, target, true);
}

// ---- Chips for a demand -----------------------------------------------------------------------

// Tokens a service must handle per day, on average. A prefix-cache hit skips the prefill of that
// share of the input (its cache is still read in decode). Disaggregated: prefill and decode run
// on separate replicas (Splitwise, DistServe, DeepSeek; reference §1, §4.4-4.5), each pool
// rounded up to whole replicas; otherwise the replicas alternate between the two.
struct serving_demand {
    tokens daily_input{0.0};
    tokens daily_output{0.0};
    double cache_hit = 0.0; // in [0, 1)
    bool disaggregated = false;
};

struct demand_plan {
    serving_status status = serving_status::invalid_input;
    serving_prediction serving; // one replica at the workload's batch
    double prefill_chips = 0;   // chips busy prefilling, on average (not rounded)
    double decode_chips = 0;    // chips busy decoding, on average (not rounded)
    double chips_needed = 0;    // whole replicas' chips
    double replicas = 0;
    duration tpot{detail::nan_value()};   // disaggregated: the bare decode step, no prefills
    usd usd_per_day{detail::nan_value()}; // chips_needed x 24 h x price

    [[nodiscard]] constexpr bool ok() const noexcept { return status == serving_status::ok; }
};

// The chips that serve `demand` at the average rate, with replicas of `d`'s shape (d.chips is
// ignored) running `w`. Average load: scale the demand by its peak-to-mean ratio to size for
// peaks. Preconditions: those of predict_serving, daily tokens >= 0, cache_hit in [0, 1); at run
// time status invalid_input and NaN. A serving status other than ok is passed on.
constexpr demand_plan chips_for_demand(const transformer& t, deployment d,
                                       const serving_workload& w,
                                       const serving_demand& demand) noexcept {
    demand_plan plan;
    if (!expects(demand.daily_input.value() >= 0 && demand.daily_output.value() >= 0,
                 "daily tokens must be non-negative") ||
        !expects(demand.cache_hit >= 0 && demand.cache_hit < 1, "cache_hit must be in [0, 1)"))
        return plan;
    if (d.tensor_parallel >= 1 && d.expert_parallel >= 1) d.chips = detail::replica_chips(d);
    plan.serving = predict_serving(t, d, w);
    plan.status = plan.serving.status;
    if (!plan.ok()) return plan;
    const serving_prediction& p = plan.serving;
    const double day = 86400.0;
    const double r = detail::as_double(p.chips_per_replica);
    // Chip-seconds per token: one replica's chips over the tokens a pass serves.
    const double prefill_per_token =
        r * p.ttft.value() / (detail::as_double(p.prefill_batch) * w.input.value());
    const double decode_per_token = r * p.decode_step.time().value() * (w.output.value() - 1.0) /
                                    (detail::as_double(w.batch) * w.output.value());
    plan.prefill_chips =
        demand.daily_input.value() * (1.0 - demand.cache_hit) * prefill_per_token / day;
    plan.decode_chips = demand.daily_output.value() * decode_per_token / day;
    plan.replicas = demand.disaggregated
                        ? math::ceil(plan.prefill_chips / r) + math::ceil(plan.decode_chips / r)
                        : math::ceil((plan.prefill_chips + plan.decode_chips) / r);
    plan.chips_needed = plan.replicas * r;
    plan.tpot = demand.disaggregated ? p.decode_step.time() : p.tpot;
    if (detail::is_known(d.price_per_chip_hour.value()))
        plan.usd_per_day = d.price_per_chip_hour * duration{day} * plan.chips_needed;
    return plan;
}

} // namespace flopscale
