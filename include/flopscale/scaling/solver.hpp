// flopscale/scaling/solver.hpp — constexpr one-dimensional root finding and minimisation.
//
// The scaling laws without a closed form (inference-aware sizing, data-constrained allocation)
// reduce to one unknown, solved here on a logarithmic variable (ln N) so that a bracket spanning
// decades is searched evenly. Both solvers are plain loops with a fixed iteration cap, so a
// constant evaluation stays far inside the compilers' limits (Clang's -fconstexpr-steps default of
// 1,048,576 and GCC's -fconstexpr-ops-limit of 2^25), and both say whether they converged: an
// answer that did not converge is never returned as if it had (its value is NaN).
#pragma once

#include "flopscale/math.hpp"

#include <limits>

namespace flopscale::scaling {

// The outcome of a solver: `x` is NaN unless `converged`.
struct solver_result {
    double x;
    bool converged;
    int iterations;
};

// Absolute tolerance on the (logarithmic) variable: 1e-12 in ln N is a relative error of 1e-12 in
// N, far below the uncertainty of any fitted constant, and reachable in double for |x| < 1e3.
inline constexpr double default_tolerance = 1e-12;
// Bisection alone halves the bracket each step, so 100 steps shrink any bracket the laws use
// (under 100 in ln N) below 1e-12; the safeguarded secant steps normally need far fewer.
inline constexpr int default_max_iterations = 100;

// Root of f in [lo, hi], where f(lo) and f(hi) have opposite signs (or one is zero).
// Method: regula falsi with the Illinois modification, falling back to bisection whenever a step
// fails to halve the bracket, so it converges at least as fast as bisection. Converged when the
// bracket is narrower than `tolerance` or f is exactly zero. Without a sign change, a NaN end
// value, or an exhausted iteration cap, the result is {NaN, false}.
template <class F>
constexpr solver_result find_root(F f, double lo, double hi, double tolerance = default_tolerance,
                                  int max_iterations = default_max_iterations) noexcept {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    double f_lo = f(lo);
    double f_hi = f(hi);
    if (math::isnan(f_lo) || math::isnan(f_hi)) return {nan, false, 0};
    if (f_lo == 0) return {lo, true, 0};
    if (f_hi == 0) return {hi, true, 0};
    if ((f_lo < 0) == (f_hi < 0)) return {nan, false, 0};
    int side = 0; // which end stayed put on the previous step: -1 lo, +1 hi
    for (int i = 1; i <= max_iterations; ++i) {
        const double width = hi - lo;
        double x = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
        // A false-position point too close to an end (or outside, by rounding) is replaced by the
        // midpoint, which guarantees the bracket shrinks.
        if (!(x > lo + 0.01 * width && x < hi - 0.01 * width)) x = lo + 0.5 * width;
        const double fx = f(x);
        if (math::isnan(fx)) return {nan, false, i};
        if (fx == 0) return {x, true, i};
        if ((fx < 0) == (f_lo < 0)) {
            lo = x;
            f_lo = fx;
            if (side == 1) f_hi *= 0.5; // Illinois: the stale end's weight is halved
            side = 1;
        } else {
            hi = x;
            f_hi = fx;
            if (side == -1) f_lo *= 0.5;
            side = -1;
        }
        if (hi - lo > 0.5 * width) {
            // The step kept more than half the bracket: bisect once as well.
            const double mid = lo + 0.5 * (hi - lo);
            const double fm = f(mid);
            if (math::isnan(fm)) return {nan, false, i};
            if (fm == 0) return {mid, true, i};
            if ((fm < 0) == (f_lo < 0)) {
                lo = mid;
                f_lo = fm;
            } else {
                hi = mid;
                f_hi = fm;
            }
            side = 0;
        }
        if (hi - lo <= tolerance) return {lo + 0.5 * (hi - lo), true, i};
    }
    return {nan, false, max_iterations};
}

// Minimum of a unimodal f on [lo, hi] by golden-section search. Converged when the bracket is
// narrower than `tolerance`; each step keeps 0.618 of it, so the cap of 100 steps reaches 1e-10
// from any bracket narrower than 1e10. Near a minimum f changes only to second order, so values
// that tie in double precision limit the location to about sqrt(2^-52) = 1.5e-8 relative to the
// curvature scale, whatever the tolerance. A NaN value or an exhausted cap gives {NaN, false}. On
// a function that is not unimodal the result is a local minimum.
template <class F>
constexpr solver_result minimize(F f, double lo, double hi, double tolerance = 1e-10,
                                 int max_iterations = default_max_iterations) noexcept {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inv_phi = 0.6180339887498949; // (sqrt(5) - 1) / 2
    double x1 = hi - inv_phi * (hi - lo);
    double x2 = lo + inv_phi * (hi - lo);
    double f1 = f(x1);
    double f2 = f(x2);
    for (int i = 1; i <= max_iterations; ++i) {
        if (math::isnan(f1) || math::isnan(f2)) return {nan, false, i};
        if (f1 <= f2) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - inv_phi * (hi - lo);
            f1 = f(x1);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + inv_phi * (hi - lo);
            f2 = f(x2);
        }
        if (hi - lo <= tolerance) return {lo + 0.5 * (hi - lo), true, i};
    }
    return {nan, false, max_iterations};
}

} // namespace flopscale::scaling
