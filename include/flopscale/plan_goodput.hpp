// flopscale/plan_goodput.hpp — a training plan's failures, checkpoints and restarts.
//
//   constexpr training_plan p = plan_training(405_Bparams, 15.6_Ttokens, llama3_cluster);
//   constexpr training_goodput g = plan_goodput(p, llama3_cluster);
//   // g.goodput, g.time_with_failures, g.expected_interruptions, g.cost_lost, ...
//
// The plan's time is failure-free; this extension, computed only when asked (so plans on small
// targets do not pay for it), puts the reliability model of reliability.hpp on top: the job's
// mean time to failure from the chips, a checkpoint of the plan's training state written at the
// storage bandwidth, the restart time, and the checkpoint interval (the optimum unless given).
// Every unset option takes the sourced default named in reliability.hpp.
#pragma once

#include "flopscale/cluster.hpp"
#include "flopscale/config.hpp"
#include "flopscale/plan.hpp"
#include "flopscale/reliability.hpp"
#include "flopscale/units.hpp"

namespace flopscale {

struct goodput_options {
    failure_rate rate = default_failure_rate; // per chip
    duration restart = default_restart;
    // Unset (NaN): the plan's training state over `storage`.
    duration checkpoint_write{detail::nan_value()};
    // Unset (NaN): default_storage_bandwidth_per_chip x the cluster's chips.
    bandwidth storage{detail::nan_value()};
    bool asynchronous = false;
    duration async_blocking =
        default_async_blocking;             // training's stall per asynchronous checkpoint
    duration interval{detail::nan_value()}; // unset (NaN): optimal_interval()
};

struct training_goodput {
    job_reliability job;       // M, the checkpoint's blocking and persist times, R
    duration checkpoint_write; // the whole write to storage
    duration interval;         // computation between checkpoints
    bool optimal_interval = true;
    double goodput = 0;                // failure-free time / expected wall-clock time
    duration failure_free_time;        // the plan's time
    duration time_with_failures;       // expected wall-clock time
    double expected_interruptions = 0; // failures expected within that time
    // What the time beyond the failure-free time costs, at the plan's rates (the energy at TDP, as
    // the plan's, so an upper estimate: chips waiting for a restart draw less).
    double chip_hours_lost = 0;
    energy energy_lost;
    usd cost_lost;
};

namespace detail {
constexpr training_goodput nan_goodput() noexcept {
    const duration nan_time{nan_value()};
    return {{nan_time, {nan_time, nan_time}, nan_time},
            nan_time,
            nan_time,
            false,
            nan_value(),
            nan_time,
            nan_time,
            nan_value(),
            nan_value(),
            energy{nan_value()},
            usd{nan_value()}};
}
} // namespace detail

// Reliability of plan p on cluster c (the cluster the plan was made for).
// Preconditions: c.count > 0; rate and restart >= 0; when given, checkpoint_write >= 0,
// storage > 0 and interval >= 0; async_blocking >= 0 when asynchronous. At run time the first
// violation is reported and every figure is NaN.
constexpr training_goodput plan_goodput(const training_plan& p, const cluster& c,
                                        const goodput_options& o = {}) noexcept {
    training_goodput g{};
    g.job.mttf = job_mttf(o.rate, c.count);
    if (math::isnan(g.job.mttf.value())) return detail::nan_goodput();
    g.checkpoint_write = o.checkpoint_write;
    if (math::isnan(o.checkpoint_write.value())) {
        const bandwidth storage = math::isnan(o.storage.value())
                                      ? default_storage_bandwidth_per_chip * c.count
                                      : o.storage;
        g.checkpoint_write = checkpoint_write_time(p.state_total, storage);
        if (math::isnan(g.checkpoint_write.value())) return detail::nan_goodput();
    }
    g.job.checkpoint = o.asynchronous
                           ? asynchronous_checkpoint(g.checkpoint_write, o.async_blocking)
                           : synchronous_checkpoint(g.checkpoint_write);
    if (math::isnan(g.job.checkpoint.blocking.value())) return detail::nan_goodput();
    g.job.restart = o.restart;
    g.optimal_interval = math::isnan(o.interval.value());
    const checkpoint_choice chosen =
        g.optimal_interval ? optimal_interval(g.job) : at_interval(g.job, o.interval);
    if (math::isnan(chosen.goodput)) return detail::nan_goodput();
    g.interval = chosen.interval;
    g.goodput = chosen.goodput;
    g.failure_free_time = p.time;
    g.time_with_failures = p.time / g.goodput;
    g.expected_interruptions = g.time_with_failures / g.job.mttf;
    const double extra = 1.0 / g.goodput - 1.0;
    // A plan without a price (or a chip without a TDP) has NaN there; it stays NaN without being
    // computed, which a constant expression on Clang 14 does not allow.
    const auto lost = [extra](auto whole) {
        return math::isnan(whole.value()) ? whole : whole * extra;
    };
    g.chip_hours_lost = p.chip_hours * extra;
    g.energy_lost = lost(p.energy_used);
    g.cost_lost = lost(p.cost);
    return g;
}

} // namespace flopscale
