// flopscale/scaling/inference_aware.hpp — Sardana, Portes, Doubov, Frankle 2024, "Beyond
// Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws" (arXiv:2401.00448).
//
// Eq. 3 of the paper: for a target loss l and a lifetime inference demand of D_inf tokens,
//   N*, D_tr* = argmin over {N, D_tr : L(N, D_tr) = l} of 6·N·D_tr + 2·N·D_inf
// (training at 6 FLOP per parameter and token, inference at 2). There is no closed form for
// D_inf > 0. Writing the constraint as D_tr(N) = (B / (l - E - A/N^alpha))^(1/beta), the optimum
// is the root in ln N of
//   d(cost)/d(ln N) / N = 6·D_tr·(1 - (alpha/beta)·(A/N^alpha) / (l - E - A/N^alpha)) + 2·D_inf,
// which is negative near the smallest model that can reach l and equals 2·D_inf >= 0 at the
// Chinchilla-optimal model for l, so the root is bracketed between them.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/scaling/solver.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

struct inference_aware_allocation {
    flopscale::parameters params;
    flopscale::tokens tokens;          // training tokens
    flopscale::flops training_compute; // 6·N·D_tr
    flopscale::flops lifetime_compute; // 6·N·D_tr + 2·N·D_inf
    bool converged;                    // false: every quantity is NaN
};

// Training plus inference FLOP over a model's life: 6·N·D_train + 2·N·D_inference (Sardana et
// al. 2024, Eq. 3). Precondition: all non-negative (run time: NaN).
constexpr flopscale::flops lifetime_flops(flopscale::parameters n, flopscale::tokens training,
                                          flopscale::tokens inference) noexcept {
    if (!expects(n.value() >= 0 && training.value() >= 0 && inference.value() >= 0,
                 "parameters and tokens must be non-negative"))
        return flopscale::flops{flopscale::detail::nan_value()};
    return flopscale::flops{6.0 * n.value() * training.value() +
                            2.0 * n.value() * inference.value()};
}

// The model size and training data that reach `target_loss` under `law` with the least lifetime
// compute given `inference` tokens of demand. Solved by find_root on ln N (tolerance 1e-12, i.e.
// N to a relative 1e-12; at most 100 iterations); D_tr then satisfies the loss constraint
// exactly. With no inference demand the answer is the law's compute-optimal model for the loss.
// Preconditions: target_loss > law.e (no finite model reaches E) and inference >= 0; at run time
// a violation, or a solve that fails, gives NaN quantities and converged = false.
constexpr inference_aware_allocation inference_optimal(const parametric_law& law,
                                                       double target_loss,
                                                       flopscale::tokens inference) noexcept {
    constexpr inference_aware_allocation failed{
        flopscale::parameters{flopscale::detail::nan_value()},
        flopscale::tokens{flopscale::detail::nan_value()},
        flopscale::flops{flopscale::detail::nan_value()},
        flopscale::flops{flopscale::detail::nan_value()}, false};
    if (!expects(target_loss > law.e, "target loss must exceed the irreducible loss E"))
        return failed;
    if (!expects(inference.value() >= 0, "inference tokens must be non-negative")) return failed;
    const double reducible = target_loss - law.e;
    const double d_inf = inference.value();
    auto tokens_for = [&law, reducible](double log_n) {
        const double param_term = law.a * math::exp(-law.alpha * log_n);
        return math::pow(law.b / (reducible - param_term), 1.0 / law.beta);
    };
    auto slope = [&law, reducible, d_inf, &tokens_for](double log_n) {
        const double param_term = law.a * math::exp(-law.alpha * log_n);
        const double share = param_term / (reducible - param_term);
        return 6.0 * tokens_for(log_n) * (1.0 - law.alpha / law.beta * share) + 2.0 * d_inf;
    };
    // The Chinchilla-optimal model for the target spends the fraction beta/(alpha+beta) of the
    // reducible loss on the parameter term; the smallest model that can reach it spends all of it.
    const double log_n_min = math::log(law.a / reducible) / law.alpha;
    const double log_n_chinchilla =
        math::log(law.a * (law.alpha + law.beta) / (law.beta * reducible)) / law.alpha;
    double log_n = log_n_chinchilla;
    if (d_inf > 0) {
        // Walk the lower end toward log_n_min until the slope turns negative; 2^-60 of the gap
        // leaves D_tr finite (about (B/r)^(1/beta) with r ~ 1e-18·l) for every published law.
        double lo = log_n_chinchilla;
        double gap = log_n_chinchilla - log_n_min;
        bool bracketed = false;
        for (int k = 0; k < 60 && !bracketed; ++k) {
            gap *= 0.5;
            lo = log_n_min + gap;
            bracketed = slope(lo) < 0;
        }
        if (!bracketed) return failed;
        const solver_result r = find_root(slope, lo, log_n_chinchilla);
        if (!r.converged) return failed;
        log_n = r.x;
    }
    const double n = math::exp(log_n);
    const double d = tokens_for(log_n);
    return {flopscale::parameters{n}, flopscale::tokens{d}, flopscale::flops{6.0 * n * d},
            flopscale::flops{6.0 * n * d + 2.0 * n * d_inf}, true};
}

} // namespace flopscale::scaling
