// flopscale/scaling/llama3.hpp — Llama 3 2024, "The Llama 3 Herd of Models" (arXiv:2407.21783),
// §3.2.1: the compute-optimal number of training TOKENS, N*(C) = A·C^alpha.
//
// Despite the paper's symbol N*, the law predicts tokens, not parameters. Its two constant sets
// disagree: the text's (alpha, A) = (0.53, 0.29) gives 10.5T tokens at 3.8e25 FLOP, Figure 3's
// legend (0.537, 0.299) gives 16.3T, close to the "16.55T tokens" the text states for that
// budget. The text's "402B parameters" is not C/(6·D) either (3.8e25 / (6 · 16.55e12) = 383B).
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

struct token_power_law {
    double coefficient; // A
    double exponent;    // alpha

    // D*(C) = A·C^alpha. Precondition: c > 0 (run time: NaN).
    constexpr flopscale::tokens optimal_tokens(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return flopscale::tokens{flopscale::detail::nan_value()};
        return flopscale::tokens{coefficient * math::pow(c.value(), exponent)};
    }

    // The model size implied by spending c on D*(c) tokens at 6·N·D, N = c / (6·D*). Derived by
    // us, not stated by the paper. Precondition: c > 0 (run time: NaN).
    constexpr flopscale::parameters implied_params(flopscale::flops c) const noexcept {
        const flopscale::tokens d = optimal_tokens(c);
        return flopscale::parameters{c.value() / (6.0 * d.value())};
    }
};

// Llama 3, §3.2.1 text: (alpha, A) = (0.53, 0.29).
inline constexpr token_power_law llama3_2024{0.29, 0.53};
// Llama 3, Figure 3 legend: alpha = 0.537, A = 0.299.
inline constexpr token_power_law llama3_2024_figure{0.299, 0.537};

} // namespace flopscale::scaling
