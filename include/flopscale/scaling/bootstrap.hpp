// flopscale/scaling/bootstrap.hpp — uncertainty of a fitted Chinchilla-form law by resampling
// the runs.
//
// Besiroglu et al. 2024 (arXiv:2404.10102, §3 and the data_analysis notebook, cells 15-26) resample
// the runs with replacement, refit each resample with one L-BFGS/BFGS run from a fixed start, keep
// every replicate, and report the standard deviation of the replicates (ddof 1) as the standard
// error and their 2.5th and 97.5th percentiles (linear interpolation) as the 95% interval. We do
// the same with one difference: each replicate starts from the full-sample fit (found with the
// whole grid) rather than from Hoffmann's published constants, which would be a poor start for runs
// of another model family. Replicates whose objective or constants are not finite are dropped
// and counted.
//
// No heap: the replicate laws go into a buffer the caller owns (its size is the number of
// resamples), and a resample is never stored either: its run indices are drawn again from the same
// random_generator state at each evaluation of its objective.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/fit.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/scaling/random.hpp"
#include "flopscale/units.hpp"

#include <cstddef>
#include <cstdint>

namespace flopscale::scaling {

// A fitted quantity with its bootstrap standard error and percentile interval.
struct estimate {
    double value;          // from the fit to all runs
    double standard_error; // standard deviation of the replicates (ddof 1)
    double lower;          // percentile (1 - coverage)/2 of the replicates
    double upper;          // percentile (1 + coverage)/2
};

struct bootstrap_result {
    fit_result fit; // the fit to all runs, from every start of the grid
    estimate e;
    estimate a;
    estimate b;
    estimate alpha;
    estimate beta;
    slice<parametric_law> replicates; // the kept replicate laws, in the caller's buffer
    int converged;                    // replicates whose L-BFGS run converged
    int dropped;                      // replicates with a non-finite objective, left out
    double coverage;                  // of the intervals, e.g. 0.95
};

// How Besiroglu et al. 2024 refit a resample: scipy.optimize.minimize(method='BFGS'), whose only
// stopping rule is a largest gradient component of at most gtol = 1e-5, within maxiter = 200 per
// parameter. No rule on the reduction of f: with L-BFGS-B's (factr·eps = 2.2e-9 absolute while the
// summed Huber loss is of order 1e-3) a replicate stops near its start along the flat directions
// of A and B, and the intervals come out far too narrow (the failure their §4 finds in Hoffmann's).
inline constexpr lbfgs_options besiroglu2024_replicate_optimizer{1e-5, 0.0, 200 * 5, 15000, 20};

struct bootstrap_options {
    fit_options fit{};                                           // of the fit to all runs
    lbfgs_options replicate = besiroglu2024_replicate_optimizer; // of each resample's refit
    double coverage = 0.95; // Besiroglu et al. 2024, cell 26: percentiles 2.5 and 97.5
};

namespace detail {
// The indices of one resample: n draws with replacement from the runs.
struct resample_order {
    random_generator generator;
    std::uint64_t runs;
    constexpr std::size_t operator()(std::size_t) noexcept {
        return static_cast<std::size_t>(generator.below(runs));
    }
};

// Sorts laws in place by key(law), ascending (heapsort: no recursion, no extra storage).
template <class Key>
constexpr void sort_by(slice<parametric_law> laws, Key key) noexcept {
    const auto sift_down = [&](std::size_t root, std::size_t end) {
        for (;;) {
            std::size_t child = 2 * root + 1;
            if (child >= end) return;
            if (child + 1 < end && key(laws[child]) < key(laws[child + 1])) ++child;
            if (!(key(laws[root]) < key(laws[child]))) return;
            const parametric_law held = laws[root];
            laws[root] = laws[child];
            laws[child] = held;
            root = child;
        }
    };
    const std::size_t n = laws.size();
    for (std::size_t start = n / 2; start-- > 0;)
        sift_down(start, n);
    for (std::size_t end = n; end-- > 1;) {
        const parametric_law held = laws[0];
        laws[0] = laws[end];
        laws[end] = held;
        sift_down(0, end);
    }
}

// The q-quantile of sorted values, interpolated linearly between neighbours (numpy's default).
template <class Key>
constexpr double percentile_of_sorted(slice<parametric_law> sorted, Key key, double q) noexcept {
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(position);
    if (below + 1 >= sorted.size()) return key(sorted[sorted.size() - 1]);
    const double low = key(sorted[below]);
    return low + (position - static_cast<double>(below)) * (key(sorted[below + 1]) - low);
}

// Standard error and interval of key over the replicates (reordering them), around `value`.
template <class Key>
constexpr estimate estimate_of(slice<parametric_law> replicates, double value, Key key,
                               double coverage) noexcept {
    const double n = static_cast<double>(replicates.size());
    double mean = 0;
    for (const parametric_law& law : replicates)
        mean += key(law);
    mean /= n;
    double squares = 0;
    for (const parametric_law& law : replicates)
        squares += (key(law) - mean) * (key(law) - mean);
    sort_by(replicates, key);
    return {value, math::sqrt(squares / (n - 1)),
            percentile_of_sorted(replicates, key, 0.5 * (1 - coverage)),
            percentile_of_sorted(replicates, key, 0.5 * (1 + coverage))};
}

constexpr estimate nan_estimate() noexcept {
    const double nan = flopscale::detail::nan_value();
    return {nan, nan, nan, nan};
}
} // namespace detail

// Fits the runs (fit_parametric_law with options.fit), then refits resamples.size() resamples of
// them drawn with replacement from random_generator(seed), each with one L-BFGS run
// (options.replicate) from the full fit, and writes the replicate laws into `resamples`.
// Preconditions: those of fit_parametric_law, at least 2 resamples, 0 < coverage < 1; at run time a
// violation (or a fit that did not converge) gives NaN estimates and no replicates. The same runs,
// seed and options give the same bits everywhere.
constexpr bootstrap_result
bootstrap_parametric_law(run_view runs, slice<parametric_law> resamples, std::uint64_t seed,
                         const bootstrap_options& options = {}) noexcept {
    const double coverage = options.coverage;
    bootstrap_result out{detail::failed_fit(),
                         detail::nan_estimate(),
                         detail::nan_estimate(),
                         detail::nan_estimate(),
                         detail::nan_estimate(),
                         detail::nan_estimate(),
                         {},
                         0,
                         0,
                         coverage};
    if (!expects(resamples.size() >= 2, "a bootstrap needs at least 2 resamples") ||
        !expects(coverage > 0 && coverage < 1, "the interval coverage must be in (0, 1)"))
        return out;
    out.fit = fit_parametric_law(runs, options.fit);
    if (!out.fit.converged) return out;

    const detail::fit_parameters start = detail::parameters_of(out.fit.law);
    fit_options refit = options.fit;
    refit.optimizer = options.replicate;
    random_generator seeds{seed};
    std::size_t kept = 0;
    for (std::size_t r = 0; r < resamples.size(); ++r) {
        const detail::resample_order order{random_generator{seeds.next()}, runs.size()};
        const auto replicate = detail::fit_from(runs, order, start, refit);
        const parametric_law law = detail::law_of(replicate.x);
        if (!math::isfinite(replicate.value) || !math::isfinite(law.e) || !math::isfinite(law.a) ||
            !math::isfinite(law.b) || !math::isfinite(law.alpha) || !math::isfinite(law.beta)) {
            ++out.dropped;
            continue;
        }
        if (replicate.converged) ++out.converged;
        resamples[kept++] = law;
    }
    out.replicates = resamples.first(kept);
    if (kept < 2) return out;
    const parametric_law& law = out.fit.law;
    out.e = detail::estimate_of(
        out.replicates, law.e, [](const parametric_law& l) { return l.e; }, coverage);
    out.a = detail::estimate_of(
        out.replicates, law.a, [](const parametric_law& l) { return l.a; }, coverage);
    out.b = detail::estimate_of(
        out.replicates, law.b, [](const parametric_law& l) { return l.b; }, coverage);
    out.alpha = detail::estimate_of(
        out.replicates, law.alpha, [](const parametric_law& l) { return l.alpha; }, coverage);
    out.beta = detail::estimate_of(
        out.replicates, law.beta, [](const parametric_law& l) { return l.beta; }, coverage);
    return out;
}

// The compute-optimal allocation at a budget with its uncertainty.
struct allocation_estimate {
    estimate params;
    estimate tokens;
    estimate tokens_per_parameter;
};

// The compute-optimal allocation of c FLOP under the fitted law (Hoffmann et al. 2022, Eq. 4) and
// its spread over the bootstrap's replicates, which it reorders. Preconditions: c > 0 and a
// bootstrap with at least 2 replicates (run time: NaN).
constexpr allocation_estimate compute_optimal(const bootstrap_result& bootstrap,
                                              flopscale::flops c) noexcept {
    if (!expects(c.value() > 0, "compute must be positive") ||
        !expects(bootstrap.replicates.size() >= 2, "a bootstrap needs at least 2 resamples"))
        return {detail::nan_estimate(), detail::nan_estimate(), detail::nan_estimate()};
    const allocation best = bootstrap.fit.law.compute_optimal(c);
    const auto params = [c](const parametric_law& l) {
        return l.compute_optimal(c).params.value();
    };
    const auto tokens = [c](const parametric_law& l) {
        return l.compute_optimal(c).tokens.value();
    };
    const auto ratio = [c](const parametric_law& l) { return l.tokens_per_parameter(c); };
    return {
        detail::estimate_of(bootstrap.replicates, best.params.value(), params, bootstrap.coverage),
        detail::estimate_of(bootstrap.replicates, best.tokens.value(), tokens, bootstrap.coverage),
        detail::estimate_of(bootstrap.replicates, best.tokens.value() / best.params.value(), ratio,
                            bootstrap.coverage)};
}

} // namespace flopscale::scaling
