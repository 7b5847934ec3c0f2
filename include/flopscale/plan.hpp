// flopscale/plan.hpp — one call from a training question to the whole budget.
//
//   constexpr training_plan p = plan_training(405_Bparams, 15.6_Ttokens, llama3_cluster);
//   static_assert(p.compute < 1e26_flop);
//
// A plan joins the building blocks: 6·N·D (or a transformer's FLOP accounting) for the compute,
// the cluster model for time, chip-hours, energy and cost, the H100-equivalent conversion for the
// fleet, ZeRO training-state bytes for the memory question, and a Chinchilla-form scaling law for
// the compute-optimal split of the same FLOPs and the loss of both.
//
// Parameters and the scaling law: a Chinchilla-form law counts every parameter of a dense model
// (Hoffmann et al. 2022, App. F). For a mixture of experts the plan feeds the law the active
// parameters, the ones that set the compute; the law was not fitted on such models, so read that
// loss as an indication only. Memory always holds the total parameters.
#pragma once

#include "flopscale/cluster.hpp"
#include "flopscale/compute.hpp"
#include "flopscale/config.hpp"
#include "flopscale/equivalents.hpp"
#include "flopscale/memory.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/units.hpp"

#include <limits>

namespace flopscale {

// Where a plan's token count came from.
enum class data_source : unsigned char {
    given,           // the caller's tokens
    from_budget,     // the caller's model and FLOP budget: D = C / (6·N)
    compute_optimal, // the law's compute-optimal model and tokens for the caller's budget
};

constexpr const char* to_string(data_source s) noexcept {
    switch (s) {
    case data_source::given:
        return "given";
    case data_source::from_budget:
        return "from_budget";
    case data_source::compute_optimal:
        return "compute_optimal";
    }
    return "?";
}

// Whether the training state fits in the cluster's memory.
enum class memory_fit : unsigned char { fits, does_not_fit, unknown };

// Choices a plan makes besides the model, the data and the cluster.
struct plan_options {
    flop_accounting accounting = flop_accounting::six_nd; // used when the model is a transformer
    h100e_basis basis = h100e_basis::eight_bit_dense;     // Epoch AI's basis since 2026
    int zero_stage = 3; // how training state is spread over the chips (Rajbhandari et al. 2019)
    training_state_options state = {};
};

struct training_plan {
    // The run.
    parameters params;       // N of the FLOP count and of the law: active parameters for an MoE
    parameters total_params; // every parameter, as held in memory
    tokens data;
    data_source source = data_source::given;
    flop_accounting accounting = flop_accounting::six_nd;
    flops compute;               // training FLOPs under `accounting`
    double tokens_per_param = 0; // D / N

    // On the cluster.
    flop_rate throughput;  // sustained: peak at the cluster's format x chips x MFU
    duration time;         // wall-clock
    double chip_hours = 0; // chips x hours
    energy energy_used;    // facility energy at TDP x server overhead x PUE (NaN: TDP unknown)
    usd cost;              // chip-hours x price (NaN: the cluster has no price)
    double h100e = 0;      // the fleet in H100-equivalents on `basis` (NaN: no peak on it)
    h100e_basis basis = h100e_basis::eight_bit_dense;

    // Memory: weights, gradients and optimizer state under ZeRO `zero_stage`, activations apart.
    bytes state_total;              // all ranks together
    bytes state_per_chip;           // each chip's share across the whole cluster
    double chips_to_hold_state = 0; // the fewest chips of this kind that hold it (NaN: unknown)
    memory_fit fit = memory_fit::unknown;

    // Under the law, for the same FLOPs.
    double loss = 0;             // predicted loss of this run (nats/token)
    scaling::allocation optimal; // compute-optimal parameters and tokens
    double optimal_loss = 0;     // their predicted loss
    double optimal_tokens_per_param = 0;
};

namespace detail {
// Everything after the model, the data and the compute are settled; fills in p.
constexpr void finish_plan(training_plan& p, const cluster& c, const scaling::parametric_law& law,
                           const plan_options& options) noexcept {
    p.tokens_per_param = p.data.value() / p.params.value();
    p.throughput = effective_throughput(c);
    p.time = training_time(p.compute, c);
    p.chip_hours = chip_hours(p.compute, c).in(units::h);
    // Energy needs a known TDP and cost a price; without them the plan answers NaN for those two
    // alone, as a question not asked rather than a violated precondition.
    p.energy_used = c.chip.has_tdp() ? training_energy(p.compute, c) : energy{nan_value()};
    p.cost = c.price_per_chip_hour.value() == c.price_per_chip_hour.value()
                 ? training_cost(p.compute, c)
                 : usd{nan_value()};
    p.basis = options.basis;
    p.h100e = has_basis_peak(c.chip, options.basis)
                  ? h100_equivalents(c.chip, c.count, options.basis)
                  : nan_value();

    p.state_total = training_state_bytes(p.total_params, 0, 1, options.state);
    // ZeRO shards over whole ranks; a NaN or fractional count below one is one rank.
    constexpr double most_ranks = std::numeric_limits<int>::max();
    const int ranks = c.count >= most_ranks ? std::numeric_limits<int>::max()
                      : c.count >= 1        ? static_cast<int>(c.count)
                                            : 1;
    p.state_per_chip =
        training_state_bytes(p.total_params, options.zero_stage, ranks, options.state);
    if (c.chip.has_memory()) {
        p.chips_to_hold_state = minimum_chips_for_training(p.total_params, options.zero_stage,
                                                           c.chip.memory, options.state);
        p.fit = p.chips_to_hold_state <= c.count ? memory_fit::fits : memory_fit::does_not_fit;
    } else {
        p.chips_to_hold_state = nan_value();
        p.fit = memory_fit::unknown;
    }

    p.loss = law.loss(p.params, p.data);
    p.optimal = law.compute_optimal(p.compute);
    p.optimal_loss = law.loss(p.optimal.params, p.optimal.tokens);
    p.optimal_tokens_per_param = p.optimal.tokens.value() / p.optimal.params.value();
}

constexpr training_plan nan_plan() noexcept {
    training_plan p{};
    p.params = parameters{nan_value()};
    p.total_params = parameters{nan_value()};
    p.data = tokens{nan_value()};
    p.compute = flops{nan_value()};
    return p;
}
} // namespace detail

// A dense model of n parameters trained on d tokens (6·N·D FLOP) on cluster c, judged by `law`.
// Preconditions: n > 0 and d > 0, and the cluster's own (count, MFU, PUE, a format the chip has);
// at run time a violation gives NaN in the affected figures.
constexpr training_plan plan_training(parameters n, tokens d, const cluster& c,
                                      const scaling::parametric_law& law = scaling::besiroglu2024,
                                      const plan_options& options = {}) noexcept {
    if (!expects(n.value() > 0 && d.value() > 0, "parameters and tokens must be positive"))
        return detail::nan_plan();
    training_plan p{};
    p.params = n;
    p.total_params = n;
    p.data = d;
    p.source = data_source::given;
    p.accounting = flop_accounting::six_nd;
    p.compute = training_flops(n, d);
    detail::finish_plan(p, c, law, options);
    return p;
}

// A dense model of n parameters given a FLOP budget: it trains on D = C / (6·N) tokens.
// Preconditions: n > 0 and budget > 0 (run time: NaN figures).
constexpr training_plan plan_training(parameters n, flops budget, const cluster& c,
                                      const scaling::parametric_law& law = scaling::besiroglu2024,
                                      const plan_options& options = {}) noexcept {
    if (!expects(n.value() > 0 && budget.value() > 0, "parameters and compute must be positive"))
        return detail::nan_plan();
    training_plan p = plan_training(n, tokens{budget.value() / (6.0 * n.value())}, c, law, options);
    p.source = data_source::from_budget;
    return p;
}

// A transformer trained on d tokens, its FLOPs counted by options.accounting (6·N·D with the
// active parameters by default). Preconditions: valid(model), d > 0 (run time: NaN figures).
constexpr training_plan plan_training(const transformer& model, tokens d, const cluster& c,
                                      const scaling::parametric_law& law = scaling::besiroglu2024,
                                      const plan_options& options = {}) noexcept {
    if (!expects(d.value() > 0, "tokens must be positive")) return detail::nan_plan();
    training_plan p{};
    p.params = active_parameters(model);
    p.total_params = total_parameters(model);
    p.data = d;
    p.source = data_source::given;
    p.accounting = options.accounting;
    p.compute = training_flops(model, d, options.accounting);
    if (!(p.compute.value() > 0)) return detail::nan_plan();
    detail::finish_plan(p, c, law, options);
    return p;
}

// A transformer given a FLOP budget: it trains on the tokens that budget buys under
// options.accounting. Preconditions: valid(model), budget > 0 (run time: NaN figures).
constexpr training_plan plan_training(const transformer& model, flops budget, const cluster& c,
                                      const scaling::parametric_law& law = scaling::besiroglu2024,
                                      const plan_options& options = {}) noexcept {
    if (!expects(budget.value() > 0, "compute must be positive")) return detail::nan_plan();
    const flops_per_token per_token = training_flops_per_token(model, options.accounting);
    training_plan p = plan_training(model, budget / per_token, c, law, options);
    p.source = data_source::from_budget;
    return p;
}

// The compute-optimal run for a FLOP budget: the law chooses parameters and tokens (Hoffmann et
// al. 2022, Eq. 4), so the run and its optimum coincide. Precondition: budget > 0 (run time: NaN
// figures).
constexpr training_plan
plan_compute_optimal(flops budget, const cluster& c,
                     const scaling::parametric_law& law = scaling::besiroglu2024,
                     const plan_options& options = {}) noexcept {
    if (!expects(budget.value() > 0, "compute must be positive")) return detail::nan_plan();
    const scaling::allocation best = law.compute_optimal(budget);
    training_plan p = plan_training(best.params, best.tokens, c, law, options);
    p.source = data_source::compute_optimal;
    return p;
}

} // namespace flopscale
