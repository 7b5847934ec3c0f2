// flopscale/utilization.hpp — model and hardware FLOPs utilisation of a training run.
//
// MFU (Chowdhery et al. 2022, arXiv:2204.02311, §4.1 and App. B): observed tokens per second over
// the throughput the chips' aggregate peak would give if every cycle went to the FLOPs the model
// needs, 6N + 12LHQT per token; recomputed activations do not count. HFU counts them too, so
// HFU >= MFU and only MFU compares runs that recompute differently.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/units.hpp"

namespace flopscale {

namespace detail {
constexpr double utilization(flops_per_token per_token, tokens processed, duration elapsed,
                             flop_rate peak) noexcept {
    if (!expects(processed.value() >= 0, "tokens processed must be non-negative") ||
        !expects(elapsed.value() > 0 && peak.value() > 0, "elapsed time and peak must be positive"))
        return nan_value();
    return per_token * processed / (elapsed * peak);
}
} // namespace detail

// Model FLOPs utilisation of training `processed` tokens in `elapsed` on chips of aggregate dense
// `peak` (all chips together), counting training_flops_per_token under `accounting` (PaLM's by
// default). Preconditions: valid(t), processed >= 0, elapsed > 0, peak > 0; at run time NaN.
constexpr double
model_flops_utilization(const transformer& t, tokens processed, duration elapsed, flop_rate peak,
                        flop_accounting accounting = flop_accounting::palm) noexcept {
    return detail::utilization(training_flops_per_token(t, accounting), processed, elapsed, peak);
}

// Hardware FLOPs utilisation: as model_flops_utilization, with the FLOPs that recomputation adds.
// Preconditions as model_flops_utilization; at run time NaN.
constexpr double
hardware_flops_utilization(const transformer& t, tokens processed, duration elapsed, flop_rate peak,
                           recomputation recompute,
                           flop_accounting accounting = flop_accounting::palm) noexcept {
    return detail::utilization(hardware_flops_per_token(t, recompute, accounting), processed,
                               elapsed, peak);
}

// The same with PaLM's recomputed fraction of the non-attention forward pass (see
// hardware_flops_per_token). Preconditions as above and the fraction in [0, 1]; NaN.
constexpr double
hardware_flops_utilization(const transformer& t, tokens processed, duration elapsed, flop_rate peak,
                           recomputed_fraction recomputed,
                           flop_accounting accounting = flop_accounting::palm) noexcept {
    return detail::utilization(hardware_flops_per_token(t, recomputed, accounting), processed,
                               elapsed, peak);
}

} // namespace flopscale
