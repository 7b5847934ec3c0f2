// flopscale/scaling/parametric.hpp — Chinchilla-form laws L(N, D) = E + A/N^alpha + B/D^beta.
//
// N counts all parameters including embeddings (Hoffmann et al. 2022, App. F: "we also count
// embeddings matrices in the total parameter count"), D training tokens, L nats per token, and
// compute C = 6·N·D FLOP. Three published sets of constants are provided; any other set is a
// `parametric_law{E, A, B, alpha, beta}` (all five positive).
//
// Which set to use: the rounded constants printed in the paper body and the unrounded ones of its
// TeX source disagree materially with each other and with Hoffmann's Approaches 1 and 2 (92.6 and
// 58.9 tokens per parameter at Chinchilla's 5.76e23 FLOP, against about 20); Besiroglu et al. 2024
// trace this to an optimiser stopped before convergence and to the rounding, and their refit gives
// about 18 tokens per parameter there, consistent with Approaches 1 and 2.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

// A split of training compute into model size and data.
struct allocation {
    flopscale::parameters params;
    flopscale::tokens tokens;
};

// The least compute that reaches a loss, and how to spend it.
struct compute_allocation {
    flopscale::flops compute;
    flopscale::parameters params;
    flopscale::tokens tokens;
};

struct parametric_law {
    double e;     // irreducible loss E (nats/token)
    double a;     // A, coefficient of the parameter term
    double b;     // B, coefficient of the data term
    double alpha; // exponent of N
    double beta;  // exponent of D

    // Predicted loss in nats per token. Precondition: n > 0 and d > 0 (run time: NaN).
    constexpr double loss(flopscale::parameters n, flopscale::tokens d) const noexcept {
        if (!expects(n.value() > 0 && d.value() > 0, "parameters and tokens must be positive"))
            return flopscale::detail::nan_value();
        return e + a / math::pow(n.value(), alpha) + b / math::pow(d.value(), beta);
    }

    // G = (alpha·A / (beta·B))^(1/(alpha+beta)) of Hoffmann et al. 2022, Eq. 4.
    constexpr double g() const noexcept {
        return math::pow(alpha * a / (beta * b), 1.0 / (alpha + beta));
    }
    // Exponents of N_opt ∝ C^params_exponent and D_opt ∝ C^tokens_exponent (Eq. 4: a and b).
    constexpr double params_exponent() const noexcept { return beta / (alpha + beta); }
    constexpr double tokens_exponent() const noexcept { return alpha / (alpha + beta); }

    // The N and D that minimise the loss at C = 6·N·D FLOP, in closed form (Hoffmann et al.
    // 2022, Eq. 4): N = G·(C/6)^a, D = G^-1·(C/6)^b; E does not move the optimum.
    // Precondition: c > 0 (run time: NaN parameters and tokens).
    constexpr allocation compute_optimal(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return {flopscale::parameters{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()}};
        const double x = c.value() / 6.0;
        const double gg = g();
        return {flopscale::parameters{gg * math::pow(x, params_exponent())},
                flopscale::tokens{math::pow(x, tokens_exponent()) / gg}};
    }

    // The data that makes N compute-optimal (the frontier read from N): D = G^-1·(N/G)^(alpha/
    // beta). Precondition: n > 0 (run time: NaN).
    constexpr flopscale::tokens optimal_tokens(flopscale::parameters n) const noexcept {
        if (!expects(n.value() > 0, "parameters must be positive"))
            return flopscale::tokens{flopscale::detail::nan_value()};
        const double gg = g();
        return flopscale::tokens{math::pow(n.value() / gg, alpha / beta) / gg};
    }

    // The model size that makes D compute-optimal: N = G·(D·G)^(beta/alpha).
    // Precondition: d > 0 (run time: NaN).
    constexpr flopscale::parameters optimal_params(flopscale::tokens d) const noexcept {
        if (!expects(d.value() > 0, "tokens must be positive"))
            return flopscale::parameters{flopscale::detail::nan_value()};
        const double gg = g();
        return flopscale::parameters{gg * math::pow(d.value() * gg, beta / alpha)};
    }

    // D/N of the compute-optimal allocation at c. Precondition: c > 0 (run time: NaN).
    constexpr double tokens_per_parameter(flopscale::flops c) const noexcept {
        const allocation opt = compute_optimal(c);
        return opt.tokens.value() / opt.params.value();
    }

    // Loss of an N-parameter model trained with c FLOP, i.e. on D = c / (6·N) tokens: one point of
    // an IsoFLOP profile (Hoffmann et al. 2022, Approach 2). Precondition: c > 0 and n > 0 (run
    // time: NaN).
    constexpr double isoflop_loss(flopscale::flops c, flopscale::parameters n) const noexcept {
        if (!expects(c.value() > 0 && n.value() > 0, "compute and parameters must be positive"))
            return flopscale::detail::nan_value();
        return loss(n, flopscale::tokens{c.value() / (6.0 * n.value())});
    }

    // Loss along the compute-optimal frontier. Substituting Eq. 4 into the law, both reducible
    // terms scale as (C/6)^-gamma with gamma = alpha·beta/(alpha+beta), so
    // L*(C) = E + K·(C/6)^-gamma with K = A·G^-alpha + B·G^beta. Precondition: c > 0 (run time:
    // NaN).
    constexpr double frontier_loss(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return flopscale::detail::nan_value();
        return e + frontier_coefficient() * math::pow(c.value() / 6.0, -frontier_exponent());
    }

    // The least compute whose compute-optimal allocation reaches `target` nats/token, by inverting
    // frontier_loss in closed form: C = 6·(K / (target - E))^(1/gamma). Precondition: target > E
    // (no finite compute reaches E); at run time a violation or NaN gives NaN for all three.
    constexpr compute_allocation compute_for_loss(double target) const noexcept {
        if (!expects(target > e, "target loss must exceed the irreducible loss E"))
            return {flopscale::flops{flopscale::detail::nan_value()},
                    flopscale::parameters{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()}};
        const double c =
            6.0 * math::pow(frontier_coefficient() / (target - e), 1.0 / frontier_exponent());
        const allocation opt = compute_optimal(flopscale::flops{c});
        return {flopscale::flops{c}, opt.params, opt.tokens};
    }

    constexpr double frontier_exponent() const noexcept { return alpha * beta / (alpha + beta); }
    constexpr double frontier_coefficient() const noexcept {
        const double gg = g();
        return a / math::pow(gg, alpha) + b * math::pow(gg, beta);
    }
};

// Hoffmann et al. 2022, Eq. 10 (App. D.2), as printed: E 1.69, A 406.4, B 410.7, alpha 0.34,
// beta 0.28.
inline constexpr parametric_law hoffmann2022{1.69, 406.4, 410.7, 0.34, 0.28};

// The same fit with the unrounded values of the paper's TeX source (E = exp(0.5267228),
// A = exp(6.0073404), B = exp(6.0179186), alpha 0.33917084, beta 0.2849083), as quoted by
// Besiroglu et al. 2024 (arXiv:2404.10102) and used by the epoch-research analysis code and the
// kyo-takano/chinchilla package.
inline constexpr parametric_law hoffmann2022_unrounded{1.69337368, 406.401018, 410.722827,
                                                       0.33917084, 0.2849083};

// Besiroglu, Erdil, Barnett, You 2024, "Chinchilla Scaling: A replication attempt"
// (arXiv:2404.10102), refit of Approach 3 on data reconstructed from Hoffmann Fig. 4:
// E 1.8172, A 482.01, B 2085.43, alpha 0.3478, beta 0.3658 (standard errors 0.03, 124.58,
// 1293.23, 0.02, 0.02).
inline constexpr parametric_law besiroglu2024{1.8172, 482.01, 2085.43, 0.3478, 0.3658};

} // namespace flopscale::scaling
