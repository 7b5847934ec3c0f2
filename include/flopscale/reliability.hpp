// flopscale/reliability.hpp — failures, checkpoints and restarts: goodput and checkpoint interval.
//
//   constexpr job_reliability j{job_mttf(default_failure_rate, 16384),
//                               synchronous_checkpoint(30_s), default_restart};
//   constexpr checkpoint_choice best = optimal_interval(j); // best.interval, best.goodput
//
// A job on N chips fails as a Poisson process of rate N·r, r per chip: independent parts in
// series, so its mean time to failure M = 1/(N·r) falls in proportion to the chips (Kokolis et al.
// 2025, arXiv:2410.21680: MTTF = (N_nodes·r_f)^-1; Gemini 1.0, arXiv:2312.11805 §3). The job
// checkpoints after every τ of computation and stops for δ to do so; a failure costs the restart
// R (detection, rescheduling, initialisation, loading) plus the work since the last checkpoint.
// Daly's complete model (Daly 2006, "A higher order estimate of the optimum checkpoint interval
// for restart dumps", FGCS 22(3):303-312), in which failures strike during checkpoints and
// restarts as well, gives the expected wall-clock time of T_s of failure-free work,
//     T_w = M·e^(R/M)·(e^((τ+δ)/M) − 1)·T_s/τ,
// and so the goodput, the effective training time ratio T_s/T_w (Llama 3, arXiv:2407.21783
// §3.3.4: "the time spent on useful training over the elapsed time"),
//     goodput(τ) = (τ/M) / (e^(R/M)·(e^((τ+δ)/M) − 1)).
// It rises then falls with τ; its maximum lies at τ* = M·(1 + W0(−e^(−1−δ/M))) (W0 the principal
// Lambert W), independent of R. Young (1974) and Daly's eq. 37 approximate τ*.
//
// An asynchronous checkpoint stops training only to copy the state (`blocking`) and writes it to
// storage while training goes on (`persist`). A failure during that write loses the checkpoint in
// flight and rolls back one interval further: on average `persist` more lost work per failure
// (for τ >= persist), which the model adds to R; and since writes that overlap share the storage,
// no interval shorter than `persist` is chosen.
//
// Every function is constexpr. A violated precondition (listed per function) is a compile error in
// a constant expression; at run time it calls the precondition handler and the function returns
// NaN.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/solver.hpp"
#include "flopscale/units.hpp"

#include <limits>

namespace flopscale {

// Failures per unit of running time, of one chip (the library's convention) or of a whole job.
using failure_rate = quantity<dim_quotient<dimensionless, dims::time>>; // 1/s

// Chips per node for rates quoted per node: the 8-GPU servers of Meta's RSC clusters (DGX A100;
// Kokolis et al. 2025) and of Llama 3's Grand Teton (8 H100; Llama 3 §3.3.1).
inline constexpr double default_node_size = 8;

// The reliability literature counts failures per 1,000 node-days (Kokolis et al. 2025).
// Preconditions: r >= 0, chips_per_node > 0; at run time NaN.
constexpr failure_rate
failures_per_1000_node_days(double r, double chips_per_node = default_node_size) noexcept {
    if (!expects(r >= 0, "the failure rate must be non-negative") ||
        !expects(chips_per_node > 0, "chips per node must be positive"))
        return failure_rate{detail::nan_value()};
    return failure_rate{r / (1000.0 * chips_per_node * units::days.factor)};
}

// Precondition: r >= 0; at run time NaN.
constexpr failure_rate failures_per_chip_hour(double r) noexcept {
    if (!expects(r >= 0, "the failure rate must be non-negative"))
        return failure_rate{detail::nan_value()};
    return failure_rate{r / units::h.factor};
}

constexpr double
in_failures_per_1000_node_days(failure_rate per_chip,
                               double chips_per_node = default_node_size) noexcept {
    return per_chip.value() * 1000.0 * chips_per_node * units::days.factor;
}
constexpr double in_failures_per_chip_hour(failure_rate per_chip) noexcept {
    return per_chip.value() * units::h.factor;
}

// Measured and fitted rates of unexpected job interruptions, per chip (8 chips per node).
namespace failure_rates {
// The model parameter for Meta's RSC clusters: "rf ≈ 5 × 10^-3 failures per GPU node-day"
// (Kokolis et al. 2025, arXiv:2410.21680, as quoted in ../shared/reference/goodput.md §2).
inline constexpr failure_rate kokolis2025 = failures_per_1000_node_days(5.0);
// RSC-1 (16k A100, general ML) and RSC-2 (8k A100, vision), fitted on jobs over 128 GPUs: 6.50
// and 2.34 failures per 1,000 node-days (Kokolis et al. 2025).
inline constexpr failure_rate meta_rsc1 = failures_per_1000_node_days(6.50);
inline constexpr failure_rate meta_rsc2 = failures_per_1000_node_days(2.34);
// Llama 3 405B pre-training: 419 unexpected interruptions in a 54-day snapshot (Llama 3 §3.3.4,
// Table 5) on up to 16,384 H100 = 2,048 nodes: 3.79 per 1,000 node-days, a lower bound if part of
// the snapshot ran on 8,192 GPUs (Table 4).
inline constexpr failure_rate llama3_405b =
    failures_per_1000_node_days(419.0 / (2048.0 * 54.0) * 1000.0);
} // namespace failure_rates

// Kokolis et al.'s model value: it lies between the two clusters they measured, and is
// independent of Llama 3's interruption count, which predictions are compared with.
inline constexpr failure_rate default_failure_rate = failure_rates::kokolis2025;

// Restart: "the 10 or more minute delay waiting for healthy machines to be rescheduled" (Gemini
// 2.5, arXiv:2507.06261 §2.3); failover "often more than 10 minutes" at 10,000 GPUs (ByteRobust,
// arXiv:2509.16293); within Meta's u0 ≈ 5-20 min (Kokolis et al. 2025).
inline constexpr duration default_restart{600.0};

// Checkpoint storage per chip: Llama 3's Tectonic sustains 2 TB/s for up to 16,384 H100 (Llama 3
// §3.3.1), 122 MB/s per GPU, provisioned here in proportion to the cluster.
inline constexpr bandwidth default_storage_bandwidth_per_chip{2e12 / 16384.0};

// Training stalls 0.59 s for an asynchronous checkpoint of a 405B model on 8,960 GPUs
// (ByteCheckpoint, arXiv:2407.20143, Table 8; "stalls <600 ms").
inline constexpr duration default_async_blocking{0.59};

namespace detail {
constexpr bool valid_duration(duration t, const char* precondition) noexcept {
    return expects(t.value() >= 0, precondition);
}
} // namespace detail

// The job's mean time to failure, 1/(chips·r); infinite when r = 0.
// Preconditions: r >= 0, chips > 0; at run time NaN.
constexpr duration job_mttf(failure_rate per_chip, double chips) noexcept {
    if (!expects(per_chip.value() >= 0, "the failure rate must be non-negative") ||
        !expects(chips > 0, "the job needs a positive number of chips"))
        return duration{detail::nan_value()};
    if (per_chip.value() == 0) return duration{std::numeric_limits<double>::infinity()};
    return 1.0 / (per_chip * chips);
}

// Time to write `state` at `storage` bandwidth. Preconditions: state >= 0, storage > 0; at run
// time NaN.
constexpr duration checkpoint_write_time(bytes state, bandwidth storage) noexcept {
    if (!expects(state.value() >= 0, "checkpoint bytes must be non-negative") ||
        !expects(storage.value() > 0, "storage bandwidth must be positive"))
        return duration{detail::nan_value()};
    return state / storage;
}

// What one checkpoint costs: the time training stops, and the time the write goes on after it.
struct checkpoint_cost {
    duration blocking; // δ
    duration persist;  // 0 for a synchronous checkpoint
};

// Training waits for the whole write. Precondition: write >= 0; at run time NaN.
constexpr checkpoint_cost synchronous_checkpoint(duration write) noexcept {
    if (!detail::valid_duration(write, "the checkpoint write time must be non-negative"))
        return {duration{detail::nan_value()}, duration{detail::nan_value()}};
    return {write, duration{0.0}};
}

// Training waits for the copy (at most the write), the write goes on behind it.
// Preconditions: write >= 0, blocking >= 0; at run time NaN.
constexpr checkpoint_cost
asynchronous_checkpoint(duration write, duration blocking = default_async_blocking) noexcept {
    if (!detail::valid_duration(write, "the checkpoint write time must be non-negative") ||
        !detail::valid_duration(blocking, "the checkpoint blocking time must be non-negative"))
        return {duration{detail::nan_value()}, duration{detail::nan_value()}};
    return {blocking < write ? blocking : write, write};
}

// A job's exposure to failures and what recovering from them costs.
struct job_reliability {
    duration mttf{std::numeric_limits<double>::infinity()}; // M, > 0; infinite: never fails
    checkpoint_cost checkpoint{};
    duration restart{}; // R, per failure, before the lost work is redone
};

// An interval and what it yields; the expected waste is the rest of the wall-clock time.
struct checkpoint_choice {
    duration interval; // computation between checkpoints; infinite: never checkpoint
    double goodput;    // useful training time / wall-clock time
    double waste;      // 1 - goodput
};

namespace detail {
constexpr bool valid_reliability(const job_reliability& j) noexcept {
    return expects(j.mttf.value() > 0, "the mean time to failure must be positive") &&
           valid_duration(j.checkpoint.blocking,
                          "the checkpoint blocking time must be non-negative") &&
           valid_duration(j.checkpoint.persist,
                          "the checkpoint persist time must be non-negative") &&
           valid_duration(j.restart, "the restart time must be non-negative");
}

// goodput() for valid inputs, the interval in seconds.
constexpr double daly_goodput(const job_reliability& j, double tau) noexcept {
    const double lambda = 1.0 / j.mttf.value();
    const double delta = j.checkpoint.blocking.value();
    if (lambda == 0) return math::isinf(tau) ? 1.0 : tau / (tau + delta);
    if (math::isinf(tau)) return 0.0;
    const double restart = j.restart.value() + j.checkpoint.persist.value();
    // tau -> 0 without a checkpoint cost: the work is never lost, only the restarts remain.
    const double segment =
        tau == 0 && delta == 0 ? 1.0 : lambda * tau / math::expm1(lambda * (tau + delta));
    return segment * math::exp(-lambda * restart);
}

constexpr checkpoint_choice nan_choice() noexcept {
    return {duration{nan_value()}, nan_value(), nan_value()};
}

// The interval an approximation proposes, no shorter than the persist time, with its goodput.
constexpr checkpoint_choice choice(const job_reliability& j, double tau) noexcept {
    const double persist = j.checkpoint.persist.value();
    const double t = tau < persist ? persist : tau;
    const double g = daly_goodput(j, t);
    return {duration{t}, g, 1.0 - g};
}

// log(1 - u) + u for 0 <= u < 1, accurate where the two terms cancel (small u).
constexpr double log1m_plus(double u) noexcept {
    if (u >= 0.125) return math::log1p(-u) + u;
    double sum = 0;
    double power = u;
    for (int k = 2; k <= 40; ++k) {
        power *= u;
        const double term = power / k;
        sum -= term;
        if (term <= sum * -1e-17) break;
    }
    return sum;
}
} // namespace detail

// Expected goodput with a checkpoint after every `interval` of computation: Daly's complete model
// (above). goodput -> 0 as the interval -> 0 (with a checkpoint cost) or infinity (with failures);
// without failures it is interval / (interval + δ).
// Preconditions: mttf > 0, blocking, persist, restart and interval >= 0; at run time NaN.
constexpr double goodput(const job_reliability& j, duration interval) noexcept {
    if (!detail::valid_reliability(j) ||
        !detail::valid_duration(interval, "the checkpoint interval must be non-negative"))
        return detail::nan_value();
    return detail::daly_goodput(j, interval.value());
}

// The goodput of a given interval, as a choice. Preconditions as goodput().
constexpr checkpoint_choice at_interval(const job_reliability& j, duration interval) noexcept {
    const double g = goodput(j, interval);
    return {interval, g, 1.0 - g};
}

// Young 1974 (CACM 17(9):530-531): τ = sqrt(2·δ·M), the first-order optimum.
// Preconditions as goodput(); at run time NaN.
constexpr checkpoint_choice young_interval(const job_reliability& j) noexcept {
    if (!detail::valid_reliability(j)) return detail::nan_choice();
    const double m = j.mttf.value();
    const double delta = j.checkpoint.blocking.value();
    if (math::isinf(m)) return detail::choice(j, m);
    return detail::choice(j, math::sqrt(2.0 * delta * m));
}

// Daly 2006, eq. 37: τ = sqrt(2δM)·(1 + sqrt(δ/(2M))/3 + (δ/(2M))/9) − δ for δ < 2M, else τ = M.
// Preconditions as goodput(); at run time NaN.
constexpr checkpoint_choice daly_interval(const job_reliability& j) noexcept {
    if (!detail::valid_reliability(j)) return detail::nan_choice();
    const double m = j.mttf.value();
    const double delta = j.checkpoint.blocking.value();
    if (math::isinf(m)) return detail::choice(j, m);
    if (delta >= 2.0 * m) return detail::choice(j, m);
    const double x = delta / (2.0 * m);
    return detail::choice(j, math::sqrt(2.0 * delta * m) * (1.0 + math::sqrt(x) / 3.0 + x / 9.0) -
                                 delta);
}

// The interval that maximises goodput(), no shorter than the persist time: τ = u·M where
// log(1 − u) + u + δ/M = 0, the stationary point of the goodput (u = 1 + W0(−e^(−1−δ/M))), solved
// by a bracketed root finder on log u to a relative 1e-12. Infinite without failures; the persist
// time (zero if synchronous) when checkpoints cost no blocking time. Preconditions as goodput();
// at run time NaN.
constexpr checkpoint_choice optimal_interval(const job_reliability& j) noexcept {
    if (!detail::valid_reliability(j)) return detail::nan_choice();
    const double m = j.mttf.value();
    const double d = j.checkpoint.blocking.value() / m;
    if (math::isinf(m)) return detail::choice(j, m);
    if (d == 0) return detail::choice(j, 0.0);
    // The root lies between these: at the upper end log(1 - u) + u + d = u - 1 < 0, and at the
    // lower end the series -u^2/2 - u^3/3 - ... exceeds -u^2 >= -d/2.
    const double lo = (d < 0.5 ? math::sqrt(2.0 * d) : 1.0) / 2.0;
    const double hi = -math::expm1(-1.0 - d);
    const auto stationary = [d](double log_u) { return detail::log1m_plus(math::exp(log_u)) + d; };
    const scaling::solver_result r = scaling::find_root(stationary, math::log(lo), math::log(hi));
    if (!r.converged) return detail::nan_choice();
    return detail::choice(j, math::exp(r.x) * m);
}

} // namespace flopscale
