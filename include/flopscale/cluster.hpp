// flopscale/cluster.hpp — many chips at a utilisation: throughput, time, energy, cost.
//
// A cluster is `count` copies of one accelerator computing in one format at a model FLOP
// utilisation (MFU: useful model FLOP/s over the dense peak). Power is the chips' TDP, optionally
// scaled to whole servers and to the facility:
//     facility power = count x TDP x server_overhead x PUE.
// TDP is a maximum, so energies are upper estimates of what the hardware draws at that power.
//
// Every function is constexpr. A violated precondition (listed per function) is a compile error in
// a constant expression; at run time it calls the precondition handler and the function returns
// NaN.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/config.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/units.hpp"

#include <limits>

namespace flopscale {

// Model FLOP utilisation assumed when none is given. Llama 3 405B pre-training reached 38-43% BF16
// MFU on 8,192-16,384 H100s (Llama 3 paper, Table 4); PaLM 540B reached 46.2% on TPU v4 (Chowdhery
// et al. 2022, Table 3). 40% is a round figure within that range.
inline constexpr double default_mfu = 0.4;

// Whole-server power relative to accelerator TDP: the NVIDIA DGX H100 draws at most 10.2 kW for
// eight 700 W GPUs, 1.82x (DGX H100 user guide; Epoch AI applies this factor to other chips).
inline constexpr double epoch_server_overhead = 1.82;

struct cluster {
    accelerator chip;
    double count = 1;                   // chips; fractional counts are allowed
    precision format = precision::bf16; // the format the model trains in
    double mfu = default_mfu;           // in (0, 1]
    double pue = 1.0;                   // facility power / IT power, >= 1; 1 = chips only
    double server_overhead = 1.0;       // server power / chip TDP, > 0; see epoch_server_overhead
    usd_per_hour price_per_chip_hour{detail::nan_value()}; // per chip-hour, >= 0; unset = unknown
};

namespace detail {
// The checks shared by every cluster function; false after reporting the first violation.
constexpr bool valid_cluster(const cluster& c) noexcept {
    return expects(c.count > 0, "cluster count must be positive") &&
           expects(c.mfu > 0 && c.mfu <= 1, "mfu must be in (0, 1]") &&
           expects(c.chip.has_peak(c.format), "the chip has no known peak in the cluster format");
}
constexpr bool valid_power(const cluster& c) noexcept {
    return expects(c.pue >= 1, "pue must be at least 1") &&
           expects(c.server_overhead > 0, "server_overhead must be positive") &&
           expects(c.chip.has_tdp(), "the chip TDP is unknown; set chip.tdp or use with_tdp");
}
constexpr bool valid_budget(flops budget) noexcept {
    return expects(budget.value() >= 0, "the FLOP budget must be non-negative");
}
} // namespace detail

// Dense peak of all chips in the cluster's format.
// Preconditions: count > 0, mfu in (0, 1], the chip has a peak in the format. Run time: NaN.
constexpr flop_rate peak(const cluster& c) noexcept {
    if (!detail::valid_cluster(c)) return flop_rate{detail::nan_value()};
    return c.chip.peak(c.format) * c.count;
}

// Model FLOP/s actually delivered: peak x MFU. Preconditions as peak(); run time: NaN.
constexpr flop_rate effective_throughput(const cluster& c) noexcept {
    if (!detail::valid_cluster(c)) return flop_rate{detail::nan_value()};
    return c.chip.peak(c.format) * (c.count * c.mfu);
}

// Wall-clock time to compute `budget` FLOP. Preconditions: those of peak(), budget >= 0. Run
// time: NaN.
constexpr duration training_time(flops budget, const cluster& c) noexcept {
    if (!detail::valid_cluster(c) || !detail::valid_budget(budget))
        return duration{detail::nan_value()};
    return budget / effective_throughput(c);
}

// Chip time: training time x count, as a duration (read it with .in(units::h) for chip-hours).
// Preconditions as training_time(); run time: NaN.
constexpr duration chip_hours(flops budget, const cluster& c) noexcept {
    return training_time(budget, c) * c.count;
}

// Power drawn at TDP: count x TDP x server_overhead x PUE. A server_overhead below 1 models an
// average draw below TDP. Preconditions: count > 0, pue >= 1, server_overhead > 0, a known TDP.
// Run time: NaN.
constexpr power facility_power(const cluster& c) noexcept {
    if (!expects(c.count > 0, "cluster count must be positive") || !detail::valid_power(c))
        return power{detail::nan_value()};
    return c.chip.tdp * (c.count * c.server_overhead * c.pue);
}

// The inverse of facility_power: the chips of c's kind that `facility` feeds at TDP, server
// overhead and PUE, facility / (TDP x server_overhead x PUE); c.count is ignored. For clusters
// described by their power ("the first GW-scale cluster"). Not rounded: take the floor for whole
// chips. Preconditions: facility >= 0, pue >= 1, server_overhead > 0, a known TDP. Run time: NaN.
constexpr double chips_for_power(const cluster& c, power facility) noexcept {
    if (!detail::valid_power(c) ||
        !expects(facility.value() >= 0, "the power budget must be non-negative"))
        return detail::nan_value();
    return facility / (c.chip.tdp * (c.server_overhead * c.pue));
}

// The same for a bare chip: `chips_for_power(catalog::gb200, 1_GW, epoch_server_overhead, 1.2)`.
constexpr double chips_for_power(const accelerator& chip, power facility,
                                 double server_overhead = 1.0, double pue = 1.0) noexcept {
    cluster c{chip};
    c.server_overhead = server_overhead;
    c.pue = pue;
    return chips_for_power(c, facility);
}

// Energy to compute `budget`: facility_power x training_time. Preconditions: those of both.
// Run time: NaN.
constexpr energy training_energy(flops budget, const cluster& c) noexcept {
    if (!detail::valid_cluster(c) || !detail::valid_budget(budget) || !detail::valid_power(c))
        return energy{detail::nan_value()};
    return facility_power(c) * training_time(budget, c);
}

// Cost of the chip time: chip_hours x price_per_chip_hour. Preconditions: those of
// training_time(), a price set and >= 0. Run time: NaN.
constexpr usd training_cost(flops budget, const cluster& c) noexcept {
    if (!expects(c.price_per_chip_hour.value() >= 0,
                 "price_per_chip_hour must be set and non-negative"))
        return usd{detail::nan_value()};
    return chip_hours(budget, c) * c.price_per_chip_hour;
}

// Chips of c's kind, format and MFU needed to compute `budget` within `time`; c.count is ignored.
// Not rounded: take the ceiling for whole chips. Preconditions: mfu in (0, 1], the chip has a
// peak in the format, budget >= 0, time > 0. Run time: NaN.
constexpr double chips_needed(flops budget, duration time, const cluster& c) noexcept {
    cluster one = c;
    one.count = 1;
    if (!detail::valid_cluster(one) || !detail::valid_budget(budget) ||
        !expects(time.value() > 0, "the time must be positive"))
        return detail::nan_value();
    return budget / (effective_throughput(one) * time);
}

// The same question for a bare chip: `chips_needed(3.8e25_flop, 90_days, catalog::h100_sxm)`.
constexpr double chips_needed(flops budget, duration time, const accelerator& chip,
                              precision format = precision::bf16,
                              double mfu = default_mfu) noexcept {
    return chips_needed(budget, time, cluster{chip, 1, format, mfu});
}

// FLOP the cluster computes in `time` at its MFU. Preconditions: those of peak(), time >= 0.
// Run time: NaN.
constexpr flops budget_in(duration time, const cluster& c) noexcept {
    if (!expects(time.value() >= 0, "the time must be non-negative"))
        return flops{detail::nan_value()};
    return effective_throughput(c) * time;
}

} // namespace flopscale
