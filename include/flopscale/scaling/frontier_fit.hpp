// flopscale/scaling/frontier_fit.hpp — Approach 2 of Hoffmann et al. 2022: power laws N_opt ∝ C^a
// and D_opt ∝ C^b through compute-optimal points.
//
// Hoffmann et al. 2022, §3.2: the minimum of each IsoFLOP profile gives one (C, N_opt, D_opt)
// point, and "we fit a power law between FLOPs and loss-optimal model size and number of training
// tokens" (Table 2: a = 0.49, b = 0.51). Here each power law is an ordinary least-squares line in
// log space, ln N_opt = ln k + a·ln C, and the uncertainty of an exponent is its textbook standard
// error, sqrt(s² / Σ(ln C - mean)²) with s² the residual variance on n - 2 degrees of freedom.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/fit.hpp"
#include "flopscale/scaling/power_law.hpp"
#include "flopscale/units.hpp"

#include <cstddef>

namespace flopscale::scaling {

// A compute-optimal point: the budget and the model size and data that did best with it.
struct frontier_point {
    flopscale::flops compute;
    flopscale::parameters params;
    flopscale::tokens tokens;
};

// y = coefficient·C^exponent, fitted in log space.
struct log_linear_fit {
    double exponent;
    double exponent_standard_error;
    double log_coefficient;             // ln of the coefficient
    double residual_standard_deviation; // s, of the residuals in ln y
};

struct frontier_fit {
    log_linear_fit params;   // N_opt ∝ C^a
    log_linear_fit tokens;   // D_opt ∝ C^b
    double mean_log_compute; // the lines pass through (mean ln C, mean ln y)

    // The N_opt line as an allocator usable where Hoffmann's Approach 1 and 2 presets are; it is
    // anchored at the points' geometric mean compute, and, like them, takes D = C / (6·N).
    constexpr power_law_allocator allocator() const noexcept {
        const double compute = math::exp(mean_log_compute);
        return {compute, math::exp(params.log_coefficient + params.exponent * mean_log_compute),
                params.exponent};
    }
};

namespace detail {
// Least squares of ln y on ln C over the points, y read by `value`.
template <class Value>
constexpr log_linear_fit log_linear(slice<const frontier_point> points, double mean_x,
                                    double spread_x, Value value) noexcept {
    const double n = static_cast<double>(points.size());
    double mean_y = 0;
    for (const frontier_point& p : points)
        mean_y += math::log(value(p));
    mean_y /= n;
    double covariance = 0;
    for (const frontier_point& p : points)
        covariance += (math::log(p.compute.value()) - mean_x) * (math::log(value(p)) - mean_y);
    const double slope = covariance / spread_x;
    const double intercept = mean_y - slope * mean_x;
    double residuals = 0;
    for (const frontier_point& p : points) {
        const double r = math::log(value(p)) - (intercept + slope * math::log(p.compute.value()));
        residuals += r * r;
    }
    const double variance = residuals / (n - 2);
    return {slope, math::sqrt(variance / spread_x), intercept, math::sqrt(variance)};
}
} // namespace detail

// Fits N_opt ∝ C^a and D_opt ∝ C^b. Preconditions: at least 3 points (a line and its scatter), all
// values positive and finite, and at least two different budgets; at run time a violation gives
// NaN throughout.
constexpr frontier_fit fit_frontier(slice<const frontier_point> points) noexcept {
    const double nan = flopscale::detail::nan_value();
    const frontier_fit failed{{nan, nan, nan, nan}, {nan, nan, nan, nan}, nan};
    if (!expects(points.size() >= 3, "a frontier fit needs at least 3 points")) return failed;
    bool positive = true;
    for (const frontier_point& p : points)
        positive = positive && p.compute.value() > 0 && p.params.value() > 0 &&
                   p.tokens.value() > 0 && math::isfinite(p.compute.value()) &&
                   math::isfinite(p.params.value()) && math::isfinite(p.tokens.value());
    if (!expects(positive, "frontier compute, parameters and tokens must be positive and finite"))
        return failed;
    double mean_x = 0;
    for (const frontier_point& p : points)
        mean_x += math::log(p.compute.value());
    mean_x /= static_cast<double>(points.size());
    double spread_x = 0;
    for (const frontier_point& p : points)
        spread_x +=
            (math::log(p.compute.value()) - mean_x) * (math::log(p.compute.value()) - mean_x);
    if (!expects(spread_x > 0, "a frontier fit needs at least two different budgets"))
        return failed;
    return {detail::log_linear(points, mean_x, spread_x,
                               [](const frontier_point& p) { return p.params.value(); }),
            detail::log_linear(points, mean_x, spread_x,
                               [](const frontier_point& p) { return p.tokens.value(); }),
            mean_x};
}

} // namespace flopscale::scaling
