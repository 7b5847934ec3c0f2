// flopscale/compute.hpp — the 6·N·D rule for training compute.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/units.hpp"

#include <limits>

namespace flopscale {

// Training FLOP of a dense model: 2·N·D for the forward pass and 4·N·D for the backward pass
// (Kaplan et al. 2020, §2.1; Hoffmann et al. 2022, App. F). For a mixture of experts pass the
// active parameters per token. Precondition: n >= 0 and d >= 0; at run time a violation (or NaN)
// returns NaN FLOP.
template <class Rep>
constexpr quantity<dims::operations, Rep> training_flops(quantity<dims::parameters, Rep> n,
                                                         quantity<dims::tokens, Rep> d) noexcept {
    if (!expects(n.value() >= 0 && d.value() >= 0, "parameters and tokens must be non-negative"))
        return quantity<dims::operations, Rep>{std::numeric_limits<Rep>::quiet_NaN()};
    return quantity<dims::operations, Rep>{Rep(6) * n.value() * d.value()};
}

} // namespace flopscale
