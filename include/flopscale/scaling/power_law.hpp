// flopscale/scaling/power_law.hpp — allocations N_opt ∝ C^a, and the "20 tokens per parameter"
// rule.
//
// Hoffmann et al. 2022, Table 2, fits only the exponents of N_opt ∝ C^a and D_opt ∝ C^b (Approach
// 1: a = 0.50, b = 0.50; Approach 2: a = 0.49, b = 0.51). To turn an exponent into an allocation
// the curve needs one point; the presets below pass through Chinchilla itself (70B parameters at
// 5.76e23 FLOP, Hoffmann et al. 2022, §4 and Fig. 2), our choice, and take D = C / (6·N) so that
// every allocation spends exactly its budget (which makes b = 1 - a, as Table 2's pairs are).
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/units.hpp"

namespace flopscale::scaling {

struct power_law_allocator {
    double anchor_compute; // FLOP at the anchor point
    double anchor_params;  // compute-optimal parameters at anchor_compute
    double exponent;       // a in N_opt ∝ C^a

    // N = anchor_params·(C / anchor_compute)^a and D = C / (6·N).
    // Precondition: c > 0 (run time: NaN parameters and tokens).
    constexpr allocation compute_optimal(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive"))
            return {flopscale::parameters{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()}};
        const double n = anchor_params * math::pow(c.value() / anchor_compute, exponent);
        return {flopscale::parameters{n}, flopscale::tokens{c.value() / (6.0 * n)}};
    }

    // D/N at c. Precondition: c > 0 (run time: NaN).
    constexpr double tokens_per_parameter(flopscale::flops c) const noexcept {
        const allocation opt = compute_optimal(c);
        return opt.tokens.value() / opt.params.value();
    }

    // The compute at which n parameters are optimal, C = anchor_compute·(n/anchor_params)^(1/a).
    // Precondition: n > 0 (run time: NaN).
    constexpr flopscale::flops compute_for_params(flopscale::parameters n) const noexcept {
        if (!expects(n.value() > 0, "parameters must be positive"))
            return flopscale::flops{flopscale::detail::nan_value()};
        return flopscale::flops{anchor_compute *
                                math::pow(n.value() / anchor_params, 1.0 / exponent)};
    }

    // The data that goes with n parameters on this frontier. Precondition: n > 0 (run time: NaN).
    constexpr flopscale::tokens optimal_tokens(flopscale::parameters n) const noexcept {
        const flopscale::flops c = compute_for_params(n);
        return flopscale::tokens{c.value() / (6.0 * n.value())};
    }
};

// Chinchilla's budget and size, the anchor of the presets (Hoffmann et al. 2022, Fig. 2 caption:
// 5.76e23 FLOP; §4: 70B parameters).
inline constexpr double chinchilla_compute = 5.76e23;
inline constexpr double chinchilla_params = 70e9;

// Hoffmann et al. 2022, Table 2, Approach 1 (minimum over training curves): a = 0.50.
inline constexpr power_law_allocator hoffmann2022_approach1{chinchilla_compute, chinchilla_params,
                                                            0.50};
// Hoffmann et al. 2022, Table 2, Approach 2 (IsoFLOP profiles): a = 0.49.
inline constexpr power_law_allocator hoffmann2022_approach2{chinchilla_compute, chinchilla_params,
                                                            0.49};

// A fixed number of training tokens per parameter, D = r·N.
struct tokens_per_parameter_rule {
    double ratio;

    // C = 6·N·(r·N) gives N = sqrt(C / (6·r)), D = r·N. Preconditions: c > 0, ratio > 0 (run
    // time: NaN).
    constexpr allocation compute_optimal(flopscale::flops c) const noexcept {
        if (!expects(c.value() > 0, "compute must be positive") ||
            !expects(ratio > 0, "tokens per parameter must be positive"))
            return {flopscale::parameters{flopscale::detail::nan_value()},
                    flopscale::tokens{flopscale::detail::nan_value()}};
        const double n = math::sqrt(c.value() / (6.0 * ratio));
        return {flopscale::parameters{n}, flopscale::tokens{ratio * n}};
    }
    // Precondition: n > 0 (run time: NaN).
    constexpr flopscale::tokens optimal_tokens(flopscale::parameters n) const noexcept {
        if (!expects(n.value() > 0, "parameters must be positive"))
            return flopscale::tokens{flopscale::detail::nan_value()};
        return flopscale::tokens{ratio * n.value()};
    }
    constexpr double tokens_per_parameter(flopscale::flops) const noexcept { return ratio; }
};

// "20 tokens per parameter": Chinchilla's own 1.4T tokens for 70B parameters (Hoffmann et al.
// 2022, §4), and D/N = 20 to 22 in every row of its Table 3 (Approach 1).
inline constexpr tokens_per_parameter_rule twenty_tokens_per_parameter{20.0};

} // namespace flopscale::scaling
