// flopscale/parallel_layout.hpp — how a training job is split over its chips: tensor, pipeline,
// data, context and expert parallelism, the micro-batch, the interleaved pipeline, sequence
// parallelism, activation recomputation and ZeRO.
//
// Conventions follow Megatron-LM (Shoeybi et al. 2019, arXiv:1909.08053; Narayanan et al. 2021,
// arXiv:2104.04473; Korthikanti et al. 2022, arXiv:2205.05198): the chips are
// tensor x context x data x pipeline; expert parallelism splits the experts over ranks of the
// data x context group, so it adds no chips; ranks are numbered tensor innermost, then context,
// expert, data and pipeline outermost.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/transformer.hpp"

namespace flopscale {

struct parallel_layout {
    int tensor = 1;      // tensor-parallel degree (Megatron's intra-layer split)
    int pipeline = 1;    // pipeline stages
    int data = 1;        // data-parallel replicas
    int context = 1;     // context-parallel degree: the sequence split over ranks (ring attention)
    int expert = 1;      // expert-parallel degree, within data x context
    int micro_batch = 1; // sequences per micro-batch
    int virtual_stages = 1;         // interleaved pipeline chunks per rank (1 = plain 1F1B)
    bool sequence_parallel = false; // norms and dropout split over the tensor group
    recomputation recompute = recomputation::none;
    int zero_stage = 0; // 0-3 (Rajbhandari et al. 2019); Megatron's distributed optimizer is 1
};

// Chips the layout occupies: tensor x context x data x pipeline.
constexpr double chips_of(const parallel_layout& l) noexcept {
    return static_cast<double>(l.tensor) * l.context * l.data * l.pipeline;
}

namespace detail {
constexpr bool divides(double divisor, double value) noexcept {
    if (divisor <= 0) return false;
    const double q = value / divisor;
    return static_cast<double>(static_cast<long long>(q)) == q;
}

// Every condition a layout must meet for `model` on `chips` chips with a global batch of
// `batch` sequences of `sequence` tokens, in order: `holds(condition, text)` sees each until one
// fails (the reason), and says whether to go on.
template <class Check>
constexpr bool check_layout_with(Check holds, const transformer& model, const parallel_layout& l,
                                 double chips, double batch, double sequence) noexcept {
    const double micro_batches = batch / (static_cast<double>(l.data) * l.micro_batch);
    return holds(valid(model), "the transformer shape is not valid") &&
           holds(l.tensor >= 1 && l.pipeline >= 1 && l.data >= 1 && l.context >= 1 &&
                     l.expert >= 1 && l.micro_batch >= 1 && l.virtual_stages >= 1,
                 "layout degrees, micro_batch and virtual_stages must be at least 1") &&
           holds(l.zero_stage >= 0 && l.zero_stage <= 3, "zero_stage must be 0, 1, 2 or 3") &&
           holds(batch >= 1 && sequence >= 1,
                 "the global batch and the sequence length must be at least 1") &&
           holds(chips_of(l) == chips,
                 "tensor x pipeline x data x context must equal the cluster's chip count") &&
           holds(model.heads % l.tensor == 0, "tensor must divide the attention heads") &&
           holds(model.layers % (l.pipeline * l.virtual_stages) == 0,
                 "pipeline x virtual_stages must divide the layers") &&
           holds(l.virtual_stages == 1 || l.pipeline > 1,
                 "virtual_stages above 1 needs pipeline parallelism") &&
           holds(model.experts % l.expert == 0, "expert must divide the experts") &&
           holds(l.expert == 1 || (l.data * l.context) % l.expert == 0,
                 "expert must divide data x context") &&
           holds(divides(static_cast<double>(l.data) * l.micro_batch, batch),
                 "data x micro_batch must divide the global batch") &&
           holds(l.virtual_stages == 1 || divides(l.pipeline, micro_batches),
                 "the interleaved schedule needs micro-batches in multiples of pipeline") &&
           // Megatron-LM splits each sequence into 2 x context chunks to balance causal attention.
           holds(l.context == 1 || divides(2.0 * l.context, sequence),
                 "2 x context must divide the sequence length");
}

struct quiet_check {
    constexpr bool operator()(bool condition, const char*) const noexcept { return condition; }
};
struct reporting_check {
    constexpr bool operator()(bool condition, const char* text) const noexcept {
        return expects(condition, text);
    }
};
struct recording_check {
    const char** reason;
    constexpr bool operator()(bool condition, const char* text) const noexcept {
        if (!condition) *reason = text;
        return condition;
    }
};
// The precondition of every function taking a layout: a violation is reported with its reason.
constexpr bool check_layout(const transformer& model, const parallel_layout& l, double chips,
                            double batch, double sequence) noexcept {
    return check_layout_with(reporting_check{}, model, l, chips, batch, sequence);
}
} // namespace detail

// True when the layout suits the model, the chip count, the global batch (sequences) and the
// sequence length; reports nothing.
constexpr bool valid_layout(const transformer& model, const parallel_layout& l, double chips,
                            double global_batch_sequences, double sequence_length) noexcept {
    return detail::check_layout_with(detail::quiet_check{}, model, l, chips, global_batch_sequences,
                                     sequence_length);
}

// Why the layout does not suit them (the first violated condition, e.g. "tensor must divide the
// attention heads"), or nullptr when it does; reports nothing.
constexpr const char* layout_problem(const transformer& model, const parallel_layout& l,
                                     double chips, double global_batch_sequences,
                                     double sequence_length) noexcept {
    const char* reason = nullptr;
    detail::check_layout_with(detail::recording_check{&reason}, model, l, chips,
                              global_batch_sequences, sequence_length);
    return reason;
}

} // namespace flopscale
