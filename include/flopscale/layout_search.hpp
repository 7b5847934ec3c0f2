// flopscale/layout_search.hpp — the fastest parallel layout that fits, and what it implies: the
// MFU a plan can expect and how many chips of one kind a fleet of another is worth on real work.
//
//   constexpr layout_search_result r = best_layout(model, cluster{catalog::a100_sxm, 64}, 64,
//   2048); static_assert(r.found && r.step.fits);
//
// The search enumerates every layout valid_layout accepts — tensor (within the scale-up domain
// unless told otherwise), pipeline, data, context and expert degrees, the micro-batch, interleaved
// stages, sequence parallelism, recomputation and the ZeRO stage — predicts each step with
// predict_step and keeps the fastest that fits in the chip's memory. Nothing is collected: each
// layout is built, judged and dropped, so the search is heap-free and works in a constant
// expression for small problems. Two settings that change nothing are not enumerated twice:
// sequence parallelism without tensor parallelism, and ZeRO stages above the lowest with a single
// data rank (nothing to shard). Interleaved chunk counts are those that divide a full stage's
// layers, ceil(layers / pipeline): with even stages, every count valid_layout accepts; with
// uneven ones, the counts that keep the busiest stage at its fewest layers.
#pragma once

#include "flopscale/cluster.hpp"
#include "flopscale/config.hpp"
#include "flopscale/equivalents.hpp"
#include "flopscale/interconnect.hpp"
#include "flopscale/parallel_layout.hpp"
#include "flopscale/plan.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/step_model.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/units.hpp"

#include <array>
#include <cstddef>

namespace flopscale {

// The degrees a search may try: low to high inclusive; high 0 means no upper bound.
struct degree_range {
    int low = 1;
    int high = 0;
    [[nodiscard]] constexpr bool admits(int n) const noexcept {
        return n >= low && (high == 0 || n <= high);
    }
};
constexpr degree_range exactly(int n) noexcept {
    return {n, n};
}
constexpr degree_range at_most(int n) noexcept {
    return {1, n};
}
constexpr degree_range at_least(int n) noexcept {
    return {n, 0};
}

// Which activation-recomputation choices a search may try.
struct recompute_choices {
    bool none = true;
    bool selective = true;
    bool full = true;
};

// Whether a search tries layouts without and with sequence parallelism.
struct sequence_parallel_choices {
    bool off = true;
    bool on = true;
};

struct layout_search_options {
    step_options step{}; // given to every prediction
    // Tensor parallelism stays within the scale-up domain unless `tensor` has an upper bound:
    // across the scale-out network its all-reduces on every layer's critical path dominate
    // (Narayanan et al. 2021, arXiv:2104.04473, §3.3, takeaway #1).
    degree_range tensor{};
    degree_range pipeline{};
    degree_range data{};
    degree_range context{};
    degree_range expert{};
    degree_range micro_batch{};
    degree_range virtual_stages{};
    degree_range zero_stage{0, 3};
    sequence_parallel_choices sequence_parallel{};
    recompute_choices recompute{};
};

// What a search saw, whatever it found.
struct layout_search_stats {
    long long candidates = 0; // valid layouts whose step was predicted
    long long fitting = 0;    // of those, the ones that fit in the chip's memory
    // The least memory per chip any candidate needs, and that candidate: when nothing fits, the
    // distance to the chip's memory says by how much (NaN: no candidate).
    bytes least_memory_per_chip{detail::nan_value()};
    parallel_layout least_memory_layout{};
    bytes chip_memory{detail::nan_value()};
    // Why there is no answer (nullptr when there is): a violated precondition, no valid layout,
    // or none that fits.
    const char* problem = nullptr;
};

struct layout_choice {
    parallel_layout layout{};
    step_prediction step{};
};

// The fastest fitting layout with its predicted step.
struct layout_search_result : layout_search_stats {
    bool found = false;
    parallel_layout layout{};
    step_prediction step{};
};

// The K fastest fitting layouts, fastest first; `count` of them are filled (fewer than K when
// fewer fit).
template <std::size_t K>
struct layout_ranking : layout_search_stats {
    std::array<layout_choice, K> fastest{};
    std::size_t count = 0;
};

namespace detail {

inline constexpr const char* no_valid_layout =
    "no layout suits the model, the chip count, the batch and the sequence length within the "
    "search's bounds";
inline constexpr const char* no_fitting_layout =
    "no layout fits in the chip's memory: least_memory_per_chip exceeds chip_memory";

constexpr bool whole(double x) noexcept {
    return x >= 1 && x <= 2147483647.0 && static_cast<double>(static_cast<int>(x)) == x;
}

// The preconditions of a search, in order; the first violated one is reported and returned.
constexpr const char* search_precondition(const transformer& m, const cluster& c, double batch,
                                          double sequence, const interconnect& net) noexcept {
    const char* reason = nullptr;
    const auto holds = [&reason](bool condition, const char* text) {
        if (!condition) reason = text;
        return expects(condition, text);
    };
    holds(valid(m), "the transformer shape is not valid") &&
        holds(whole(c.count), "the cluster's chip count must be a whole number") &&
        holds(whole(batch) && whole(sequence),
              "the global batch and the sequence length must be whole numbers of at least 1") &&
        holds(c.chip.has_peak(c.format), "the chip has no known peak in the cluster format") &&
        holds(c.chip.has_memory_bandwidth(), "the chip's memory bandwidth is unknown") &&
        holds(c.chip.has_memory(), "the chip's memory is unknown: nothing can be said to fit") &&
        holds(c.count == 1 || net.complete(),
              "the network is unknown: give step_options::network for this chip");
    return reason;
}

// Calls f(d) for each divisor d of n from 1 to `limit` (at most n) that `range` admits.
template <class F>
constexpr void for_each_divisor(int n, int limit, const degree_range& range, F f) noexcept {
    const int last = range.high != 0 && range.high < limit ? range.high : limit;
    for (int d = range.low > 1 ? range.low : 1; d <= last && d <= n; ++d)
        if (n % d == 0) f(d);
}

// Every valid layout of the search space, predicted: visit(layout, prediction). Returns the
// statistics (without `problem`).
template <class Visit>
constexpr layout_search_stats search_layouts(const transformer& m, const cluster& c, double batch,
                                             double sequence, const layout_search_options& o,
                                             const step_options& step, Visit visit) noexcept {
    layout_search_stats s{};
    s.chip_memory = c.chip.memory;
    const int chips = static_cast<int>(c.count);
    const int sequences = static_cast<int>(batch);
    const double domain = step.network.has_scale_up_domain() ? step.network.scale_up_domain : 1.0;
    // Loop limits beyond which valid_layout accepts nothing: tensor divides the heads, 2 x context
    // the sequence, expert the experts.
    const int context_limit =
        static_cast<int>(sequence) / 2 > 1 ? static_cast<int>(sequence) / 2 : 1;
    const int experts = m.experts > 1 ? m.experts : 1;
    degree_range tensor = o.tensor;
    if (tensor.high == 0) tensor.high = domain < m.heads ? static_cast<int>(domain) : m.heads;
    const auto consider = [&](const parallel_layout& l) {
        if (!valid_layout(m, l, c.count, batch, sequence)) return;
        const step_prediction p = predict_step(m, l, c, batch, sequence, step);
        ++s.candidates;
        if (p.fits) ++s.fitting;
        // Written as a negation so that the first candidate replaces the initial NaN.
        if (!(p.memory_per_chip.value() >= s.least_memory_per_chip.value())) {
            s.least_memory_per_chip = p.memory_per_chip;
            s.least_memory_layout = l;
        }
        visit(l, p);
    };
    const auto with_switches = [&](parallel_layout l) {
        for (int sp = 0; sp < 2; ++sp) {
            if (sp == 1 ? !o.sequence_parallel.on || l.tensor == 1 : !o.sequence_parallel.off)
                continue;
            l.sequence_parallel = sp == 1;
            for (recomputation r :
                 {recomputation::none, recomputation::selective, recomputation::full}) {
                if (!(r == recomputation::none        ? o.recompute.none
                      : r == recomputation::selective ? o.recompute.selective
                                                      : o.recompute.full))
                    continue;
                l.recompute = r;
                const bool one_rank = l.data * l.context == 1;
                for (int z = o.zero_stage.low; z <= 3 && o.zero_stage.admits(z); ++z) {
                    l.zero_stage = z;
                    consider(l);
                    if (one_rank) break;
                }
            }
        }
    };
    for_each_divisor(chips, tensor.high, tensor, [&](int t) {
        for_each_divisor(chips / t, m.layers, o.pipeline, [&](int p) {
            for_each_divisor(chips / (t * p), context_limit, o.context, [&](int cp) {
                const int d = chips / (t * p * cp);
                // No micro-batch splits the batch over d ranks unless d divides it.
                if (!o.data.admits(d) || sequences % d != 0) return;
                // Interleaved chunks divide a full stage's layers, ceil(layers / p): any other
                // count adds layers to the busiest stage (pipeline_stages).
                const int stages = (m.layers + p - 1) / p;
                for_each_divisor(d * cp, experts, o.expert, [&](int e) {
                    for_each_divisor(stages, stages, o.virtual_stages, [&](int v) {
                        for_each_divisor(sequences / d, sequences / d, o.micro_batch, [&](int mb) {
                            parallel_layout l;
                            l.tensor = t;
                            l.pipeline = p;
                            l.data = d;
                            l.context = cp;
                            l.expert = e;
                            l.micro_batch = mb;
                            l.virtual_stages = v;
                            with_switches(l);
                        });
                    });
                });
            });
        });
    });
    return s;
}

// The step options with what predict_step would look up by the chip's name resolved once (its
// typical network and multiprocessor count, unless given), so that no prediction repeats it.
constexpr step_options resolved(const step_options& o, const accelerator& chip) noexcept {
    step_options r = o;
    if (!r.network.complete()) r.network = typical_interconnect(chip);
    if (!(r.kernels.multiprocessors > 0)) r.kernels.multiprocessors = multiprocessors_of(chip);
    return r;
}

} // namespace detail

// The K fastest layouts of `model` on cluster `c` (its chip, count and format) that fit in the
// chip's memory, for global batches of `global_batch_sequences` sequences of `sequence_length`
// tokens. Preconditions: a valid model; a whole chip count, batch and sequence length; a chip
// with a peak in c.format, a known memory bandwidth and memory, and a known network (unless one
// chip). A violation is a compile error in a constant expression; at run time `problem` names it
// and nothing is found. When no layout fits, `problem` says so and least_memory_per_chip against
// chip_memory says by how much.
template <std::size_t K>
constexpr layout_ranking<K> best_layouts(const transformer& model, const cluster& c,
                                         double global_batch_sequences, double sequence_length,
                                         const layout_search_options& options = {}) noexcept {
    static_assert(K >= 1, "best_layouts needs room for at least one layout");
    layout_ranking<K> r{};
    const step_options step = detail::resolved(options.step, c.chip);
    r.problem = detail::search_precondition(model, c, global_batch_sequences, sequence_length,
                                            step.network);
    if (r.problem != nullptr) return r;
    const auto keep = [&r](const parallel_layout& l, const step_prediction& p) {
        if (!p.fits || (r.count == K && !(p.time.value() < r.fastest[K - 1].step.time.value())))
            return;
        std::size_t i = r.count < K ? r.count++ : K - 1;
        for (; i > 0 && p.time.value() < r.fastest[i - 1].step.time.value(); --i)
            r.fastest[i] = r.fastest[i - 1];
        r.fastest[i] = layout_choice{l, p};
    };
    static_cast<layout_search_stats&>(r) = detail::search_layouts(
        model, c, global_batch_sequences, sequence_length, options, step, keep);
    r.problem = r.candidates == 0 ? detail::no_valid_layout
                : r.fitting == 0  ? detail::no_fitting_layout
                                  : nullptr;
    return r;
}

// The fastest layout that fits, with its predicted step and what the search saw. Preconditions
// and results as best_layouts.
constexpr layout_search_result best_layout(const transformer& model, const cluster& c,
                                           double global_batch_sequences, double sequence_length,
                                           const layout_search_options& options = {}) noexcept {
    const layout_ranking<1> ranking =
        best_layouts<1>(model, c, global_batch_sequences, sequence_length, options);
    layout_search_result r{};
    static_cast<layout_search_stats&>(r) = ranking;
    r.found = ranking.count == 1;
    r.layout = ranking.fastest[0].layout;
    r.step = ranking.fastest[0].step;
    return r;
}

// A training plan whose MFU is predicted instead of assumed: the fastest layout on the plan's
// cluster with global batches of `global_batch_sequences` sequences of model.seq_len tokens.
struct predicted_plan {
    training_plan plan;          // time, chip-hours, energy and cost at the predicted MFU
    layout_search_result search; // the layout and its step
    // The MFU the plan uses: the predicted throughput (search.step.tokens_per_second) in the
    // plan's own FLOP accounting, so that the plan's time is its tokens / that throughput.
    // search.step.mfu counts FLOPs as Korthikanti et al. 2022 Eq. 7 (with attention scores);
    // 6 N D counts fewer, so this MFU is lower for the same time.
    double mfu = 0;
};

// plan_training(model, amount, c, law, options) — `amount` the training tokens or a FLOP budget,
// as plan_training takes them — with c.mfu replaced by the MFU of the fastest layout (c.mfu
// itself is not used). When no layout is found the plan is all NaN and search.problem says why.
// Preconditions: those of best_layout and plan_training.
template <class Amount>
constexpr predicted_plan plan_with_predicted_mfu(
    const transformer& model, Amount amount, const cluster& c, double global_batch_sequences,
    const scaling::parametric_law& law = scaling::besiroglu2024, const plan_options& options = {},
    const layout_search_options& search = {}) noexcept {
    predicted_plan r{
        detail::nan_plan(),
        best_layout(model, c, global_batch_sequences, static_cast<double>(model.seq_len), search),
        detail::nan_value()};
    if (!r.search.found) return r;
    cluster predicted = c;
    r.mfu = r.search.step.tokens_per_second.value() *
            training_flops_per_token(model, options.accounting).value() /
            (c.count * c.chip.peak(c.format).value());
    predicted.mfu = r.mfu;
    r.plan = plan_training(model, amount, predicted, law, options);
    return r;
}

// A fleet of another chip in reference chips on real work: the chips of `reference` that deliver
// the same training throughput (tokens per second) as `fleet` for this model, batch and
// sequence, each at its fastest layout.
struct effective_equivalence {
    double effective = 0; // reference chips at the fleet's throughput
    double peak = 0;      // the dense peak ratio in the fleet's format, times its chip count
    layout_search_result fleet;
    layout_search_result reference; // a reference cluster of the fleet's size
    const char* problem = nullptr;  // why there is no answer (from either search)
};

// The reference fleet is taken at the same chip count and batch, so the same layouts are open to
// both and the comparison is per chip: effective = count x tokens/s of the fleet / tokens/s of the
// reference cluster, which is the peak ratio times the ratio of the two predicted MFUs. Equal
// chips give effective == peak == count; a chip with the reference's FLOPs but a slower network
// or less memory is worth fewer (H800 against H100); one whose bandwidth and network are large
// for its FLOPs reaches a higher MFU and is worth more than its peak says (H20 against H100).
// Scaling a fleet is not linear (the batch is fixed), so read it at the size it is asked for.
// Preconditions: those of best_layout for both chips, and a reference peak in the fleet's format.
constexpr effective_equivalence
effective_equivalents(const transformer& model, double global_batch_sequences,
                      double sequence_length, const cluster& fleet, const accelerator& reference,
                      const layout_search_options& options = {}) noexcept {
    effective_equivalence r{};
    r.peak = equivalents(fleet.chip, fleet.count, reference, fleet.format);
    cluster reference_fleet = fleet;
    reference_fleet.chip = reference;
    r.fleet = best_layout(model, fleet, global_batch_sequences, sequence_length, options);
    r.reference =
        best_layout(model, reference_fleet, global_batch_sequences, sequence_length, options);
    r.problem = r.fleet.problem != nullptr ? r.fleet.problem : r.reference.problem;
    r.effective =
        r.problem == nullptr
            ? fleet.count * (r.fleet.step.tokens_per_second / r.reference.step.tokens_per_second)
            : detail::nan_value();
    return r;
}

} // namespace flopscale
