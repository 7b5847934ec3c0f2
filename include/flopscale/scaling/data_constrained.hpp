// flopscale/scaling/data_constrained.hpp — Muennighoff et al. 2023, "Scaling Data-Constrained
// Language Models" (arXiv:2305.16264): the value of repeated data and of excess parameters.
//
// With only U unique tokens, training on D total tokens repeats them R_D = D/U - 1 times; the
// repeats are worth less and less, so the law replaces D by the effective data
//   D' = U + U·R_D*·(1 - exp(-R_D / R_D*))
// (which never exceeds (1 + R_D*)·U, about 16.4·U), and likewise N by
//   N' = U_N + U_N·R_N*·(1 - exp(-R_N / R_N*)),  U_N = min(N, N_opt(U)),  R_N = N/U_N - 1,
// where N_opt(U) is the compute-optimal size for U tokens. The loss is E + A/N'^alpha + B/D'^beta.
// Formula and constants: the authors' repository, huggingface/datablations README, "Parametric
// Fit" (fitted in log space: a = 6.255414, b = 7.3049974, e = 0.6254804, alpha = beta = 0.3526596,
// R_D* = 15.387756, R_N* = 5.309743; A = exp(a), B = exp(b), E = exp(e)). The README warns that
// the absolute loss is unlikely to be useful; compare allocations with it instead.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/scaling/solver.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

// The best split of a budget when unique data is limited.
struct data_constrained_allocation {
    flopscale::parameters params;
    flopscale::tokens tokens; // total training tokens, repeats included
    double epochs;            // tokens / unique tokens
    double loss;              // predicted loss at this allocation
    bool converged;           // false: every other member is NaN
};

struct data_constrained_law {
    parametric_law base;
    double r_d_star; // R_D*: the repetition count at which a repeat is worth 1/e of a new token
    double r_n_star; // R_N*: the same for excess parameters

    // D' for `total` tokens drawn from `unique` unique tokens. Precondition: 0 < unique <= total
    // (run time: NaN).
    constexpr flopscale::tokens effective_tokens(flopscale::tokens total,
                                                 flopscale::tokens unique) const noexcept {
        if (!expects(unique.value() > 0 && total.value() >= unique.value(),
                     "unique tokens must be positive and at most the total tokens"))
            return flopscale::tokens{flopscale::detail::nan_value()};
        const double u = unique.value();
        const double repeats = total.value() / u - 1.0;
        return flopscale::tokens{u + u * r_d_star * (1.0 - math::exp(-repeats / r_d_star))};
    }

    // N' for n parameters given `unique` unique tokens. Precondition: n > 0, unique > 0 (run time:
    // NaN).
    constexpr flopscale::parameters effective_params(flopscale::parameters n,
                                                     flopscale::tokens unique) const noexcept {
        if (!expects(n.value() > 0 && unique.value() > 0,
                     "parameters and unique tokens must be positive"))
            return flopscale::parameters{flopscale::detail::nan_value()};
        const double n_opt = base.optimal_params(unique).value();
        const double u_n = n.value() < n_opt ? n.value() : n_opt;
        const double excess = n.value() / u_n - 1.0;
        return flopscale::parameters{u_n + u_n * r_n_star * (1.0 - math::exp(-excess / r_n_star))};
    }

    // Loss of n parameters trained on `total` tokens of which `unique` are unique.
    // Precondition: n > 0, 0 < unique <= total (run time: NaN).
    constexpr double loss(flopscale::parameters n, flopscale::tokens total,
                          flopscale::tokens unique) const noexcept {
        if (!expects(n.value() > 0 && unique.value() > 0 && total.value() >= unique.value(),
                     "parameters and unique tokens must be positive, unique at most total"))
            return flopscale::detail::nan_value();
        return base.loss(effective_params(n, unique), effective_tokens(total, unique));
    }

    // The N (and D = c / (6·N)) that minimise the loss for budget c when at most `unique` unique
    // tokens exist (a run shorter than `unique` uses D unique tokens). No closed form: golden-
    // section search over ln N within a factor 1e4 either side of the unconstrained optimum; the
    // loss is flat at its minimum, so N is located to about 1e-8 relative (see minimize).
    // Precondition: c > 0, unique > 0; at run time a violation, or a search that does not converge,
    // gives NaN members and converged = false.
    constexpr data_constrained_allocation
    optimal_allocation(flopscale::flops c, flopscale::tokens unique) const noexcept {
        constexpr data_constrained_allocation failed{
            flopscale::parameters{flopscale::detail::nan_value()},
            flopscale::tokens{flopscale::detail::nan_value()}, flopscale::detail::nan_value(),
            flopscale::detail::nan_value(), false};
        if (!expects(c.value() > 0 && unique.value() > 0,
                     "compute and unique tokens must be positive"))
            return failed;
        const double budget = c.value() / 6.0;
        const double u = unique.value();
        auto loss_at = [this, budget, u](double log_n) {
            const double n = math::exp(log_n);
            const double d = budget / n;
            const double seen = d < u ? d : u;
            return loss(flopscale::parameters{n}, flopscale::tokens{d}, flopscale::tokens{seen});
        };
        const double centre = math::log(base.compute_optimal(c).params.value());
        constexpr double half_width = 9.210340371976184; // ln 1e4
        const solver_result r = minimize(loss_at, centre - half_width, centre + half_width);
        if (!r.converged) return failed;
        const double n = math::exp(r.x);
        const double d = budget / n;
        return {flopscale::parameters{n}, flopscale::tokens{d}, d / u, loss_at(r.x), true};
    }
};

// huggingface/datablations README, "Parametric Fit".
inline constexpr data_constrained_law muennighoff2023{
    parametric_law{math::exp(0.6254804), math::exp(6.255414), math::exp(7.3049974), 0.3526596,
                   0.3526596},
    15.387756, 5.309743};

} // namespace flopscale::scaling
