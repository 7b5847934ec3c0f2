// flopscale/equivalents.hpp — chips expressed in other chips, H100-equivalents and fleets.
//
// An H100-equivalent (H100e) is a chip's dense peak divided by the H100's, on a stated basis.
// Epoch AI has used two: tensor FP16/BF16 (2024; H100 SXM = 989.4 TFLOPS) and, since 2026, the
// best dense 8-bit rate of FP8 and INT8 (H100 = 1,979 TOPS). They agree where 8-bit runs at twice
// 16-bit and differ 2x where it does not (MI250X, TPU v4, Gaudi 3; Trainium3 the other way), so
// the basis is always explicit. Only dense peaks enter: the sparse headline of a datasheet is not
// a flop_rate and cannot be divided by one.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/config.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/units.hpp"

#include <array>
#include <cstddef>

namespace flopscale {

enum class h100e_basis : unsigned char { fp16_dense, eight_bit_dense };

// The H100's peak on each basis. 8-bit: 1,979 TOPS, the constant of Epoch AI's
// `compute_h100_equivalents(..., h100_tops=1979)` (epoch-research/ai-chip-counts), half the
// datasheet's sparse 3,958. FP16: 989.4 TFLOPS, the H100 SXM dense tensor rate. The catalog's
// H100 SXM carries both figures, so it is exactly one H100e on either basis.
constexpr flop_rate h100e_reference_peak(h100e_basis basis) noexcept {
    return basis == h100e_basis::fp16_dense ? flop_rate{989.4e12} : flop_rate{1979e12};
}

namespace detail {
constexpr flop_rate faster_known(const accelerator& chip, precision a, precision b) noexcept {
    return chip.peak(a) > chip.peak(b) ? chip.peak(a) : chip.peak(b);
}
} // namespace detail

// A chip's dense peak on a basis: the faster known of FP16/BF16, or of FP8/INT8. Zero FLOP/s when
// neither is known (V100 has no 8-bit tensor rate; Ascend 950 no published 16-bit one).
constexpr flop_rate basis_peak(const accelerator& chip, h100e_basis basis) noexcept {
    return basis == h100e_basis::fp16_dense
               ? detail::faster_known(chip, precision::fp16, precision::bf16)
               : detail::faster_known(chip, precision::fp8, precision::int8);
}

constexpr bool has_basis_peak(const accelerator& chip, h100e_basis basis) noexcept {
    return basis_peak(chip, basis).value() > 0;
}

// H100e of `count` chips that each reach `per_chip` on the basis: for reproducing a published
// figure with its author's own chip specification (Epoch counts Blackwell at 5,000 TOPS).
// Precondition: count >= 0, per_chip >= 0. Run time: NaN.
constexpr double h100_equivalents(flop_rate per_chip, double count,
                                  h100e_basis basis = h100e_basis::eight_bit_dense) noexcept {
    if (!expects(count >= 0 && per_chip.value() >= 0, "chip counts and peaks must be non-negative"))
        return detail::nan_value();
    return count * (per_chip / h100e_reference_peak(basis));
}

// H100e of `count` chips, 8-bit basis unless told otherwise. Preconditions: count >= 0, the chip
// has a peak on the basis. Run time: NaN.
constexpr double h100_equivalents(const accelerator& chip, double count,
                                  h100e_basis basis = h100e_basis::eight_bit_dense) noexcept {
    if (!expects(has_basis_peak(chip, basis), "the chip has no dense peak on this H100e basis"))
        return detail::nan_value();
    return h100_equivalents(basis_peak(chip, basis), count, basis);
}

// `count` chips of `from` expressed as chips of `reference` at one precision: dense peak ratio.
// Preconditions: count >= 0, both chips have a peak in the format. Run time: NaN.
constexpr double equivalents(const accelerator& from, double count, const accelerator& reference,
                             precision format) noexcept {
    if (!expects(count >= 0, "chip counts and peaks must be non-negative") ||
        !expects(from.has_peak(format) && reference.has_peak(format),
                 "both chips need a known peak in the compared format"))
        return detail::nan_value();
    return count * (from.peak(format) / reference.peak(format));
}

// The same on an H100e basis, where each chip uses its own best format of the basis.
// Preconditions: count >= 0, both chips have a peak on the basis. Run time: NaN.
constexpr double equivalents(const accelerator& from, double count, const accelerator& reference,
                             h100e_basis basis) noexcept {
    if (!expects(count >= 0, "chip counts and peaks must be non-negative") ||
        !expects(has_basis_peak(from, basis) && has_basis_peak(reference, basis),
                 "the chip has no dense peak on this H100e basis"))
        return detail::nan_value();
    return count * (basis_peak(from, basis) / basis_peak(reference, basis));
}

// A fleet: chips and how many of each.
struct fleet_entry {
    accelerator chip;
    double count = 0;
};

// A non-owning view of fleet entries, made from a std::array or a built-in array of them, so one
// function serves fleets of any size, in constant expressions too.
class fleet_view {
public:
    template <std::size_t N>
    constexpr fleet_view(const std::array<fleet_entry, N>& entries) noexcept // NOLINT: implicit
        : data_(entries.data()), size_(N) {}
    template <std::size_t N>
    constexpr fleet_view(const fleet_entry (&entries)[N]) noexcept // NOLINT: implicit
        : data_(entries), size_(N) {}
    constexpr fleet_view(const fleet_entry* entries, std::size_t size) noexcept
        : data_(entries), size_(size) {}

    constexpr const fleet_entry* begin() const noexcept { return data_; }
    constexpr const fleet_entry* end() const noexcept { return data_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }

private:
    const fleet_entry* data_;
    std::size_t size_;
};

// A total over the chips whose figure is known, and how many chips had none: a fleet's TDP with
// TPUs in it is a lower bound, and says by how many chips.
template <class T>
struct partial_total {
    T known{};
    double chips_unknown = 0;
    constexpr bool complete() const noexcept { return chips_unknown == 0; }
};

namespace detail {
constexpr bool valid_fleet(fleet_view fleet) noexcept {
    bool counts_valid = true;
    for (const fleet_entry& entry : fleet)
        counts_valid = counts_valid && entry.count >= 0;
    return expects(counts_valid, "chip counts and peaks must be non-negative");
}
template <class T>
constexpr partial_total<T> nan_total() noexcept {
    return {T{detail::nan_value()}, detail::nan_value()};
}
} // namespace detail

// Number of chips. Precondition: counts >= 0. Run time: NaN.
constexpr double total_chips(fleet_view fleet) noexcept {
    if (!detail::valid_fleet(fleet)) return detail::nan_value();
    double chips = 0;
    for (const fleet_entry& entry : fleet)
        chips += entry.count;
    return chips;
}

namespace detail {
// Sums `amount(entry)` over the entries for which `known(chip)` holds and counts the other chips.
template <class T, class Known, class Amount>
constexpr partial_total<T> fleet_sum(fleet_view fleet, Known known, Amount amount) noexcept {
    if (!valid_fleet(fleet)) return nan_total<T>();
    partial_total<T> total;
    for (const fleet_entry& entry : fleet) {
        if (known(entry.chip))
            total.known += amount(entry);
        else
            total.chips_unknown += entry.count;
    }
    return total;
}
} // namespace detail

// Summed dense peak in one format. Precondition: counts >= 0. Run time: NaN in both members.
constexpr partial_total<flop_rate> total_peak(fleet_view fleet, precision format) noexcept {
    return detail::fleet_sum<flop_rate>(
        fleet, [format](const accelerator& chip) { return chip.has_peak(format); },
        [format](const fleet_entry& entry) { return entry.chip.peak(format) * entry.count; });
}

// Summed H100e on a basis. Precondition: counts >= 0. Run time: NaN in both members.
constexpr partial_total<double>
total_h100_equivalents(fleet_view fleet,
                       h100e_basis basis = h100e_basis::eight_bit_dense) noexcept {
    return detail::fleet_sum<double>(
        fleet, [basis](const accelerator& chip) { return has_basis_peak(chip, basis); },
        [basis](const fleet_entry& entry) {
            return h100_equivalents(basis_peak(entry.chip, basis), entry.count, basis);
        });
}

// Summed TDP of the chips that have one. Precondition: counts >= 0. Run time: NaN in both members.
constexpr partial_total<power> total_tdp(fleet_view fleet) noexcept {
    return detail::fleet_sum<power>(
        fleet, [](const accelerator& chip) { return chip.has_tdp(); },
        [](const fleet_entry& entry) { return entry.chip.tdp * entry.count; });
}

} // namespace flopscale
