// flopscale/scaling/deepseek.hpp — DeepSeek LLM 2024, "Scaling Open-Source Language Models with
// Longtermism" (arXiv:2401.02954).
//
// DeepSeek measures model scale as M, non-embedding FLOP per token including attention (Eq. 2),
// and compute as C = M·D, instead of N and 6·N·D.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

// DeepSeek's allocation: model scale M (FLOP per token) and data D.
struct model_scale_allocation {
    flopscale::flops_per_token model_scale;
    flopscale::tokens tokens;
};

struct deepseek2024_law {
    // Eq. 3-4 (IsoFLOP fit, budgets 1e17-3e20): M_opt = 0.1715·C^0.5243,
    // D_opt = 5.8316·C^0.4757.
    double m_base = 0.1715;
    double m_exponent = 0.5243;
    double d_base = 5.8316;
    double d_exponent = 0.4757;
    // Eq. 1 (fit on budgets 1e17-2e19): eta_opt = 0.3118·C^-0.1250, B_opt = 0.2920·C^0.3271
    // tokens.
    double lr_base = 0.3118;
    double lr_exponent = -0.1250;
    double batch_base = 0.2920;
    double batch_exponent = 0.3271;

    // M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq (Eq. 2): non-embedding FLOP per token,
    // attention included, vocabulary excluded. Precondition: all positive (run time: NaN).
    constexpr flopscale::flops_per_token
    non_embedding_flops_per_token(double n_layer, double d_model, double l_seq) const noexcept {
        if (!expects(n_layer > 0 && d_model > 0 && l_seq > 0,
                     "layers, width and sequence length must be positive"))
            return flopscale::flops_per_token{flopscale::detail::nan_value()};
        return flopscale::flops_per_token{72.0 * n_layer * d_model * d_model +
                                          12.0 * n_layer * d_model * l_seq};
    }

    // Eq. 3-4. Precondition: c > 0 (run time: NaN).
    constexpr model_scale_allocation compute_optimal(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return {flopscale::flops_per_token{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()}};
        return {flopscale::flops_per_token{m_base * math::pow(c.value(), m_exponent)},
                flopscale::tokens{d_base * math::pow(c.value(), d_exponent)}};
    }
    constexpr flopscale::flops_per_token optimal_model_scale(flopscale::flops c) const noexcept {
        return compute_optimal(c).model_scale;
    }
    constexpr flopscale::tokens optimal_tokens(flopscale::flops c) const noexcept {
        return compute_optimal(c).tokens;
    }

    // Near-optimal peak learning rate at budget c (Eq. 1; the authors extrapolate it beyond the
    // 2e19 FLOP of the fit). Precondition: c > 0 (run time: NaN).
    constexpr double learning_rate(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return flopscale::detail::nan_value();
        return lr_base * math::pow(c.value(), lr_exponent);
    }

    // Near-optimal batch size in tokens at budget c (Eq. 1). Precondition: c > 0 (run time: NaN).
    constexpr flopscale::tokens batch_size(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return flopscale::tokens{flopscale::detail::nan_value()};
        return flopscale::tokens{batch_base * math::pow(c.value(), batch_exponent)};
    }
};

inline constexpr deepseek2024_law deepseek2024{};

} // namespace flopscale::scaling
