// flopscale/scaling/kaplan.hpp — Kaplan et al. 2020, "Scaling Laws for Neural Language Models"
// (arXiv:2001.08361).
//
// N here counts NON-EMBEDDING parameters only (Kaplan §2.1: the (n_vocab + n_ctx)·d_model
// embedding parameters are excluded), unlike the Chinchilla-form laws, whose N includes them.
// Losses are in nats per token on WebText2. Kaplan states compute in PF-days (1 PF-day =
// 8.64e19 FLOP, §1.3); this API takes and returns FLOP and converts internally.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

// One point of Kaplan's compute-efficient frontier (Table 6).
struct kaplan_frontier_point {
    flopscale::parameters params;     // N_opt, non-embedding
    flopscale::tokens tokens;         // D_opt, one epoch
    flopscale::tokens critical_batch; // B_crit
    double min_steps;                 // S_min, a lower bound on optimisation steps
};

struct kaplan2020_law {
    // Eq. 1.1 with Table 5: alpha_N = 0.076, N_c = 8.8e13 non-embedding parameters.
    double alpha_n = 0.076;
    double n_c = 8.8e13;
    // Eq. 1.2 with Table 5: alpha_D = 0.095, D_c = 5.4e13 tokens.
    double alpha_d = 0.095;
    double d_c = 5.4e13;
    // Eq. 1.5 has its own fit (§4.2, Table 2): alpha_N 0.076, alpha_D 0.103, N_c 6.4e13,
    // D_c 1.8e13, which differ from the marginal fits above.
    double joint_alpha_n = 0.076;
    double joint_alpha_d = 0.103;
    double joint_n_c = 6.4e13;
    double joint_d_c = 1.8e13;
    // Eq. 1.3 with Table 5: alpha_C^min = 0.050, C_c^min = 3.1e8 PF-days.
    double alpha_c_min = 0.050;
    double c_c_min_pf_days = 3.1e8;
    // Eq. 1.4 with Table 5: B_* = 2.1e8 tokens (§1.2 rounds it to 2e8), alpha_B = 0.21.
    double b_star = 2.1e8;
    double alpha_b = 0.21;

    // L(N) for models trained to convergence on ample data (Eq. 1.1).
    // Precondition: n > 0 (run time: NaN).
    constexpr double loss_params(flopscale::parameters n) const noexcept {
        if (!expects(n.value() > 0, "parameters must be positive"))
            return flopscale::detail::nan_value();
        return math::pow(n_c / n.value(), alpha_n);
    }

    // L(D) for large models trained with early stopping on D tokens (Eq. 1.2).
    // Precondition: d > 0 (run time: NaN).
    constexpr double loss_tokens(flopscale::tokens d) const noexcept {
        if (!expects(d.value() > 0, "tokens must be positive"))
            return flopscale::detail::nan_value();
        return math::pow(d_c / d.value(), alpha_d);
    }

    // L(N, D) = [(N_c/N)^(alpha_N/alpha_D) + D_c/D]^alpha_D (Eq. 1.5, joint fit).
    // Precondition: n > 0 and d > 0 (run time: NaN).
    constexpr double loss(flopscale::parameters n, flopscale::tokens d) const noexcept {
        if (!expects(n.value() > 0 && d.value() > 0, "parameters and tokens must be positive"))
            return flopscale::detail::nan_value();
        return math::pow(math::pow(joint_n_c / n.value(), joint_alpha_n / joint_alpha_d) +
                             joint_d_c / d.value(),
                         joint_alpha_d);
    }

    // L(C_min) = (C_c^min / C_min)^alpha_C^min (Eq. 1.3), with C_min the compute of training at
    // a batch far below the critical batch. Precondition: c_min > 0 (run time: NaN).
    constexpr double loss_compute(flopscale::flops c_min) const noexcept {
        if (!expects(c_min.value() > 0, "compute must be positive"))
            return flopscale::detail::nan_value();
        return math::pow(c_c_min_pf_days / c_min.in(units::PF_day), alpha_c_min);
    }

    // B_crit(L) = B_* / L^(1/alpha_B) (Eq. 1.4), the batch size in tokens beyond which more data
    // parallelism stops paying. Precondition: loss > 0 (run time: NaN).
    constexpr flopscale::tokens critical_batch(double loss_nats) const noexcept {
        if (!expects(loss_nats > 0, "loss must be positive"))
            return flopscale::tokens{flopscale::detail::nan_value()};
        return flopscale::tokens{b_star / math::pow(loss_nats, 1.0 / alpha_b)};
    }

    // Table 6 (App. A), compute-efficient training with C_min in PF-days:
    // N_opt = 1.3e9·C^0.73, B_crit = 2.0e6·C^0.24 tokens, S_min = 5.4e3·C^0.03 steps,
    // D_opt = 2e10·C^0.27 tokens. Training at B_crit spends about C = 2·C_min (Eq. 6.7), so pass
    // half the real budget; that is how Hoffmann et al. 2022 (App. D.4) read it to get 4.68B
    // parameters at 1e21 FLOP. Precondition: c_min > 0 (run time: NaN everywhere).
    constexpr kaplan_frontier_point compute_efficient(flopscale::flops c_min) const noexcept {
        if (!expects(c_min.value() > 0, "compute must be positive"))
            return {flopscale::parameters{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()},
                    flopscale::detail::nan_value()};
        const double c = c_min.in(units::PF_day);
        return {flopscale::parameters{1.3e9 * math::pow(c, 0.73)},
                flopscale::tokens{2e10 * math::pow(c, 0.27)},
                flopscale::tokens{2.0e6 * math::pow(c, 0.24)}, 5.4e3 * math::pow(c, 0.03)};
    }

    // The parameters and tokens of compute_efficient(c_min). Precondition: c_min > 0.
    constexpr allocation compute_optimal(flopscale::flops c_min) const noexcept {
        const kaplan_frontier_point p = compute_efficient(c_min);
        return {p.params, p.tokens};
    }
};

inline constexpr kaplan2020_law kaplan2020{};

} // namespace flopscale::scaling
