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

// How the layers fill the pipeline when pipeline x virtual_stages does not divide them. Every
// chunk is sized for the busiest: ceil(layers / (pipeline x virtual_stages)) layers, so a full
// stage holds virtual_stages times that. The layers short of filling every chunk are taken from
// the stages that carry extra work, one per stage in turn: the last (the output layer and the
// loss), the first (the embedding), then the second, third, ... — as Llama 3 405B took one
// layer from its first and its last stage ("The Llama 3 Herd of Models", arXiv:2407.21783,
// §3.3.2), and as Megatron-LM's --decoder-first-pipeline-num-layers /
// --decoder-last-pipeline-num-layers and --account-for-embedding-in-pipeline-split /
// --account-for-loss-in-pipeline-split let a run place them. Even layouts have no layers short.
struct pipeline_stages {
    int full = 0;         // layers on a full stage: virtual_stages x layers per chunk
    int last = 0;         // layers on the last stage (with the output layer)
    int first = 0;        // layers on the first stage (with the embedding)
    int fullest = 0;      // the most layers on any stage but the last
    int fullest_rank = 0; // the first stage (0 = first) holding `fullest` layers
};

// Precondition: pipeline, virtual_stages >= 1 and layers >= pipeline x virtual_stages; at run
// time a violation gives all zeros.
constexpr pipeline_stages stages_of(int layers, int pipeline, int virtual_stages) noexcept {
    const int chunks = pipeline * virtual_stages;
    if (!expects(pipeline >= 1 && virtual_stages >= 1 && layers >= chunks,
                 "stages_of needs at least one layer per chunk"))
        return {};
    const int per_chunk = (layers + chunks - 1) / chunks;
    const int short_by = chunks * per_chunk - layers;
    // Each stage gives up short_by / pipeline layers; the remainder one more each, in turn from
    // the last, the first, the second, ...
    const int each = short_by / pipeline;
    const int one_more = short_by % pipeline;
    pipeline_stages s{};
    s.full = virtual_stages * per_chunk;
    s.last = s.full - each - (one_more >= 1 ? 1 : 0);
    if (pipeline == 1) {
        s.first = s.fullest = s.last;
        return s;
    }
    s.first = s.full - each - (one_more >= 2 ? 1 : 0);
    // The stages after the first that give up one more are ranks 1 .. one_more - 2.
    s.fullest_rank = one_more >= 2 ? one_more - 1 : 0;
    s.fullest = s.fullest_rank == 0 ? s.first : s.full - each;
    return s;
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
           // Stages need not be equal (pipeline_stages says how uneven ones are filled), but
           // every chunk needs a layer.
           holds(model.layers >= l.pipeline * l.virtual_stages,
                 "pipeline x virtual_stages must not exceed the layers") &&
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
