// flopscale/scaling/lbfgs.hpp — constexpr limited-memory BFGS for smooth functions of a few
// variables.
//
// The method of Liu and Nocedal 1989 (two-loop recursion, Nocedal and Wright 2006, Alg. 7.4) with a
// line search for the strong Wolfe conditions (Nocedal and Wright, Alg. 3.5 and 3.6, cubic
// interpolation). Its defaults and stopping rules are those of scipy.optimize.minimize(method=
// 'L-BFGS-B') without bounds, the optimiser Hoffmann et al. 2022 and Besiroglu et al. 2024 fit
// with: 10 correction pairs (maxcor), converged when the largest gradient component is at most 1e-5
// (pgtol) or when an iteration lowers f by at most factr·eps·max(|f_old|, |f|, 1) with factr = 1e7
// (ftol 2.22e-9), at most 20 evaluations per line search (maxls) and 15,000 iterations and
// evaluations; the line search uses scipy's sufficient-decrease and curvature constants (1e-3 and
// 0.9). A failed line search discards the correction pairs and tries again along the gradient, as
// L-BFGS-B does; a second failure ends the run unconverged. Everything is plain arithmetic in a
// fixed-size state, so a run gives the same bits at compile time and at run time.
#pragma once

#include "flopscale/math.hpp"

#include <array>
#include <cstddef>
#include <limits>

namespace flopscale::scaling {

struct lbfgs_options {
    double gradient_tolerance = 1e-5;                        // scipy pgtol
    double relative_reduction = 1e7 * 2.220446049250313e-16; // scipy factr · machine epsilon
    int max_iterations = 15000;                              // scipy maxiter
    int max_evaluations = 15000;                             // scipy maxfun
    int max_line_search_evaluations = 20;                    // scipy maxls
};

template <std::size_t Dim>
struct lbfgs_result {
    std::array<double, Dim> x;
    double value;
    bool converged;
    int iterations;
    int evaluations;
};

namespace detail {
template <std::size_t Dim>
using vec = std::array<double, Dim>;

template <std::size_t Dim>
constexpr double dot(const vec<Dim>& u, const vec<Dim>& v) noexcept {
    double sum = 0;
    for (std::size_t i = 0; i < Dim; ++i)
        sum += u[i] * v[i];
    return sum;
}

template <std::size_t Dim>
constexpr double max_abs(const vec<Dim>& v) noexcept {
    double largest = 0;
    for (double x : v)
        largest = math::abs(x) > largest ? math::abs(x) : largest;
    return largest;
}

// A trial point of the line search: step t, f(x + t·d), its gradient and slope along d.
template <std::size_t Dim>
struct trial {
    double step;
    double value;
    vec<Dim> gradient;
    double slope;
};

// The minimiser of the cubic through (a, fa, da) and (b, fb, db), kept at least a tenth of the
// interval away from its ends; bisection when the cubic has no usable minimiser (or fb is not
// finite, after a step into overflow).
constexpr double cubic_step(double a, double fa, double da, double b, double fb,
                            double db) noexcept {
    const double low = a < b ? a : b;
    const double width = a < b ? b - a : a - b;
    const double mid = 0.5 * (a + b);
    if (!math::isfinite(fb)) return mid;
    const double d1 = da + db - 3.0 * (fa - fb) / (a - b);
    const double radicand = d1 * d1 - da * db;
    if (!(radicand >= 0)) return mid;
    const double d2 = (b > a ? 1.0 : -1.0) * math::sqrt(radicand);
    const double denominator = db - da + 2.0 * d2;
    if (denominator == 0) return mid;
    const double t = b - (b - a) * (db + d2 - d1) / denominator;
    if (!(t >= low + 0.1 * width && t <= low + 0.9 * width)) return mid;
    return t;
}
} // namespace detail

// Minimises f from x0. f(x, gradient) returns f(x) and writes its gradient; a non-finite value is
// treated as "too far" by the line search. The result is the last accepted point, `converged` when
// a stopping rule above was met.
template <std::size_t Dim, class F>
constexpr lbfgs_result<Dim> minimize_lbfgs(F f, std::array<double, Dim> x0,
                                           const lbfgs_options& options = {}) noexcept {
    using vector = detail::vec<Dim>;
    constexpr std::size_t history = 10; // scipy maxcor
    constexpr double sufficient = 1e-3; // scipy's line-search ftol (Armijo constant)
    constexpr double curvature = 0.9;   // scipy's line-search gtol
    constexpr double epsilon = 2.220446049250313e-16;

    lbfgs_result<Dim> out{x0, 0.0, false, 0, 1};
    vector g{};
    out.value = f(out.x, g);
    if (!math::isfinite(out.value)) return out;
    if (detail::max_abs(g) <= options.gradient_tolerance) {
        out.converged = true;
        return out;
    }

    std::array<vector, history> s_pairs{};
    std::array<vector, history> y_pairs{};
    std::array<double, history> rho{};
    // Pairs held, cyclically: the newest at `newest`, older ones before it.
    std::size_t stored = 0;
    std::size_t newest = history - 1;

    while (out.iterations < options.max_iterations) {
        // Search direction d = -H·g by the two-loop recursion, H0 = (s·y / y·y)·I.
        vector d{};
        for (std::size_t i = 0; i < Dim; ++i)
            d[i] = -g[i];
        std::array<double, history> coefficient{};
        for (std::size_t k = 0; k < stored; ++k) {
            const std::size_t j = (newest + history - k) % history;
            coefficient[j] = rho[j] * detail::dot(s_pairs[j], d);
            for (std::size_t i = 0; i < Dim; ++i)
                d[i] -= coefficient[j] * y_pairs[j][i];
        }
        if (stored > 0) {
            const double scale =
                1.0 / (rho[newest] * detail::dot(y_pairs[newest], y_pairs[newest]));
            for (double& di : d)
                di *= scale;
        }
        for (std::size_t k = stored; k-- > 0;) {
            const std::size_t j = (newest + history - k) % history;
            const double correction = coefficient[j] - rho[j] * detail::dot(y_pairs[j], d);
            for (std::size_t i = 0; i < Dim; ++i)
                d[i] += correction * s_pairs[j][i];
        }
        const double slope0 = detail::dot(g, d);
        // Without curvature information (first iteration, or after a refresh) the step has
        // length 1, as L-BFGS-B's first.
        const double first_step = stored == 0 ? 1.0 / math::sqrt(detail::dot(d, d)) : 1.0;

        // Line search for the strong Wolfe conditions (Nocedal and Wright, Alg. 3.5 and 3.6).
        int budget = options.max_line_search_evaluations;
        const auto evaluate = [&](double t) {
            detail::trial<Dim> p{t, 0.0, {}, 0.0};
            vector x{};
            for (std::size_t i = 0; i < Dim; ++i)
                x[i] = out.x[i] + t * d[i];
            p.value = f(x, p.gradient);
            p.slope = detail::dot(p.gradient, d);
            ++out.evaluations;
            --budget;
            return p;
        };
        const auto acceptable = [&](const detail::trial<Dim>& p) {
            return math::abs(p.slope) <= -curvature * slope0;
        };
        const auto too_high = [&](const detail::trial<Dim>& p, double previous) {
            return !(p.value <= out.value + sufficient * p.step * slope0) || p.value >= previous;
        };
        bool found = false;
        detail::trial<Dim> accepted{};
        detail::trial<Dim> previous{0.0, out.value, g, slope0};
        detail::trial<Dim> lo{};
        detail::trial<Dim> hi{};
        bool zoom = false;
        double t = first_step;
        if (slope0 < 0) {
            while (budget > 0) {
                const detail::trial<Dim> p = evaluate(t);
                if (too_high(p, previous.step == 0 ? std::numeric_limits<double>::infinity()
                                                   : previous.value)) {
                    lo = previous;
                    hi = p;
                    zoom = true;
                    break;
                }
                if (acceptable(p)) {
                    accepted = p;
                    found = true;
                    break;
                }
                if (p.slope >= 0) {
                    lo = p;
                    hi = previous;
                    zoom = true;
                    break;
                }
                previous = p;
                t *= 4.0; // expand until the minimum along d is bracketed
            }
            while (zoom && !found && budget > 0) {
                const double step =
                    detail::cubic_step(lo.step, lo.value, lo.slope, hi.step, hi.value, hi.slope);
                const detail::trial<Dim> p = evaluate(step);
                if (too_high(p, lo.value)) {
                    hi = p;
                } else {
                    if (acceptable(p)) {
                        accepted = p;
                        found = true;
                        break;
                    }
                    if (p.slope * (hi.step - lo.step) >= 0) hi = lo;
                    lo = p;
                }
                if (math::abs(hi.step - lo.step) <= epsilon * math::abs(lo.step)) break;
            }
        }
        if (!found) {
            if (stored == 0) return out; // abnormal termination along the gradient
            stored = 0;                  // L-BFGS-B refreshes its memory and retries
            continue;
        }

        ++out.iterations;
        vector s{};
        vector y{};
        for (std::size_t i = 0; i < Dim; ++i) {
            s[i] = accepted.step * d[i];
            y[i] = accepted.gradient[i] - g[i];
            out.x[i] += s[i];
        }
        const double previous_value = out.value;
        out.value = accepted.value;
        g = accepted.gradient;
        // A pair is kept only with positive curvature s·y, as in L-BFGS-B (eps·y·y guards it).
        const double sy = detail::dot(s, y);
        if (sy > epsilon * detail::dot(y, y)) {
            newest = (newest + 1) % history;
            s_pairs[newest] = s;
            y_pairs[newest] = y;
            rho[newest] = 1.0 / sy;
            if (stored < history) ++stored;
        }
        const double scale = math::abs(previous_value) > math::abs(out.value)
                                 ? math::abs(previous_value)
                                 : math::abs(out.value);
        if (previous_value - out.value <= options.relative_reduction * (scale > 1 ? scale : 1) ||
            detail::max_abs(g) <= options.gradient_tolerance) {
            out.converged = true;
            return out;
        }
        if (out.evaluations >= options.max_evaluations) return out;
    }
    return out;
}

} // namespace flopscale::scaling
