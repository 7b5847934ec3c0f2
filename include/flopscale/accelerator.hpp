// flopscale/accelerator.hpp — one accelerator's datasheet: peaks, memory, power, provenance.
//
// Peaks are dense: without 2:4 structured sparsity. NVIDIA, AMD and AWS headline the sparse
// figure, twice the dense one; it is kept apart as sparse_flop_rate, which does not mix with
// flop_rate, so a sparse peak cannot be compared with or divided by a dense one by accident.
// A figure nobody published is unknown, never zero: peak() answers zero FLOP/s for it, has_peak()
// says which it is, and unknown memory, bandwidth and power are NaN with has_...() to ask.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/units.hpp"

#include <array>
#include <cstddef>
#include <limits>
#include <string_view>

namespace flopscale {

// How far to trust a catalog entry. high: vendor datasheet or documentation, read directly or via a
// faithful copy. medium: vendor figures via a secondary source, or vendor documents that disagree
// slightly. low: analyst or press estimates. announced: a roadmap figure for a chip not shipping.
enum class confidence : unsigned char { high, medium, low, announced };

constexpr std::string_view to_string_view(confidence c) noexcept {
    switch (c) {
    case confidence::high:
        return "high";
    case confidence::medium:
        return "medium";
    case confidence::low:
        return "low";
    case confidence::announced:
        return "announced";
    }
    return "?";
}

namespace detail {
constexpr bool is_known(double x) noexcept {
    return x == x;
}
} // namespace detail

// A peak that assumes 2:4 structured sparsity (half the weights zero). It converts to nothing and
// mixes with nothing but itself; `.value()` gives the raw FLOP/s for display.
class sparse_flop_rate {
public:
    constexpr sparse_flop_rate() noexcept = default;
    constexpr explicit sparse_flop_rate(flop_rate rate) noexcept : rate_(rate.value()) {}

    [[nodiscard]] constexpr double value() const noexcept { return rate_; }
    [[nodiscard]] constexpr double in(const unit<dims::operation_rate>& u) const noexcept {
        return rate_ / u.factor;
    }

    friend constexpr bool operator==(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return a.rate_ == b.rate_;
    }
    friend constexpr bool operator!=(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return !(a == b);
    }
    friend constexpr bool operator<(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return a.rate_ < b.rate_;
    }
    friend constexpr bool operator>(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return b < a;
    }
    friend constexpr bool operator<=(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return !(b < a);
    }
    friend constexpr bool operator>=(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return !(a < b);
    }
    friend constexpr sparse_flop_rate operator+(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return sparse_flop_rate{flop_rate{a.rate_ + b.rate_}};
    }
    friend constexpr sparse_flop_rate operator*(sparse_flop_rate a, double factor) noexcept {
        return sparse_flop_rate{flop_rate{a.rate_ * factor}};
    }
    friend constexpr sparse_flop_rate operator*(double factor, sparse_flop_rate a) noexcept {
        return a * factor;
    }
    friend constexpr double operator/(sparse_flop_rate a, sparse_flop_rate b) noexcept {
        return a.rate_ / b.rate_;
    }

private:
    double rate_ = 0;
};

namespace detail {
template <class T>
constexpr void no_sparse_dense_mix() noexcept {
    static_assert(always_false<T>,
                  "flopscale: a sparse (2:4) peak cannot be mixed with a dense peak; compare "
                  "dense with dense (accelerator::peak) or sparse with sparse");
}
} // namespace detail

// Every mix of a sparse peak with a quantity (the dense flop_rate above all) stops here, in words.
// clang-format off
template <class D, class R> constexpr bool operator==(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator==(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator!=(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator!=(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator<(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator<(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator>(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator>(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator<=(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator<=(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator>=(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr bool operator>=(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return false; }
template <class D, class R> constexpr double operator/(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return 0; }
template <class D, class R> constexpr double operator/(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return 0; }
template <class D, class R> constexpr double operator+(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return 0; }
template <class D, class R> constexpr double operator+(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return 0; }
template <class D, class R> constexpr double operator-(sparse_flop_rate, const quantity<D, R>&) noexcept { detail::no_sparse_dense_mix<D>(); return 0; }
template <class D, class R> constexpr double operator-(const quantity<D, R>&, sparse_flop_rate) noexcept { detail::no_sparse_dense_mix<D>(); return 0; }
// clang-format on

namespace detail {
struct catalog_access;
}

// One accelerator (per GPU or chip, never per multi-GPU board). Built in constant expressions with
// the with_...() setters, as the catalog does and users can for their own chips:
//
//   constexpr accelerator my_chip = accelerator{"My NPU", "Me", 2026}
//       .with_peak(precision::bf16, 500_TFLOPS).with_memory(96_GB).with_tdp(600_W)
//       .with_source("vendor datasheet rev 3", confidence::medium);
class accelerator {
public:
    std::string_view name;
    std::string_view vendor;
    int year = 0; // launch or first availability; announcement year for roadmap chips
    bytes memory{detail::nan_value()};
    bandwidth memory_bandwidth{detail::nan_value()};
    power tdp{detail::nan_value()};                        // vendor maximum board/module power
    bandwidth interconnect_bandwidth{detail::nan_value()}; // chip-to-chip scale-up link, aggregate
    std::string_view interconnect; // the links, as the vendor describes them
    std::string_view source;       // where the figures come from
    flopscale::confidence confidence = flopscale::confidence::high;

    constexpr accelerator() noexcept = default;
    constexpr accelerator(std::string_view chip_name, std::string_view chip_vendor,
                          int launch_year) noexcept
        : name(chip_name), vendor(chip_vendor), year(launch_year) {}

    // Dense peak; zero FLOP/s where the format is unsupported or its figure unknown.
    [[nodiscard]] constexpr flop_rate peak(precision p) const noexcept {
        return flop_rate{has_peak(p) ? dense_[index_of(p)] : 0.0};
    }
    [[nodiscard]] constexpr bool has_peak(precision p) const noexcept {
        return detail::is_known(dense_[index_of(p)]);
    }
    // Peak with 2:4 structured sparsity where the vendor quotes one; zero elsewhere.
    [[nodiscard]] constexpr sparse_flop_rate sparse_peak(precision p) const noexcept {
        return sparse_flop_rate{flop_rate{has_sparse_peak(p) ? sparse_[index_of(p)] : 0.0}};
    }
    [[nodiscard]] constexpr bool has_sparse_peak(precision p) const noexcept {
        return detail::is_known(sparse_[index_of(p)]);
    }
    [[nodiscard]] constexpr bool has_memory() const noexcept {
        return detail::is_known(memory.value());
    }
    [[nodiscard]] constexpr bool has_memory_bandwidth() const noexcept {
        return detail::is_known(memory_bandwidth.value());
    }
    [[nodiscard]] constexpr bool has_tdp() const noexcept { return detail::is_known(tdp.value()); }
    [[nodiscard]] constexpr bool has_interconnect_bandwidth() const noexcept {
        return detail::is_known(interconnect_bandwidth.value());
    }

    // Setters for constant expressions: each returns a modified copy.
    [[nodiscard]] constexpr accelerator with_peak(precision p, flop_rate dense) const noexcept {
        accelerator copy = *this;
        copy.dense_[index_of(p)] = dense.value();
        return copy;
    }
    [[nodiscard]] constexpr accelerator with_sparse_peak(precision p,
                                                         flop_rate sparse) const noexcept {
        accelerator copy = *this;
        copy.sparse_[index_of(p)] = sparse.value();
        return copy;
    }
    // 2:4 structured sparsity doubling every known tensor-format peak (TF32 and narrower), as the
    // vendors' "with sparsity" footnotes state; FP64 and FP32 gain nothing.
    [[nodiscard]] constexpr accelerator with_2to4_sparsity() const noexcept {
        accelerator copy = *this;
        const peak_table doubled = two_to_four_sparse(dense_);
        for (std::size_t i = 0; i < precision_count; ++i)
            if (detail::is_known(doubled[i])) copy.sparse_[i] = doubled[i];
        return copy;
    }
    [[nodiscard]] constexpr accelerator with_memory(bytes capacity) const noexcept {
        accelerator copy = *this;
        copy.memory = capacity;
        return copy;
    }
    [[nodiscard]] constexpr accelerator with_memory_bandwidth(bandwidth rate) const noexcept {
        accelerator copy = *this;
        copy.memory_bandwidth = rate;
        return copy;
    }
    [[nodiscard]] constexpr accelerator with_tdp(power watts) const noexcept {
        accelerator copy = *this;
        copy.tdp = watts;
        return copy;
    }
    [[nodiscard]] constexpr accelerator with_interconnect(std::string_view links,
                                                          bandwidth rate = bandwidth{
                                                              detail::nan_value()}) const noexcept {
        accelerator copy = *this;
        copy.interconnect = links;
        copy.interconnect_bandwidth = rate;
        return copy;
    }
    [[nodiscard]] constexpr accelerator with_source(std::string_view citation,
                                                    flopscale::confidence trust) const noexcept {
        accelerator copy = *this;
        copy.source = citation;
        copy.confidence = trust;
        return copy;
    }

private:
    friend struct detail::catalog_access;
    using peak_table = std::array<double, precision_count>; // FLOP/s; NaN = unknown

    // The catalog's way in: every figure at once, without a copy per setter (constant evaluation
    // of the copies dominated the cost of compiling the catalog).
    constexpr accelerator(std::string_view chip_name, std::string_view chip_vendor, int launch_year,
                          const peak_table& dense, const peak_table& sparse, bytes capacity,
                          bandwidth memory_rate, power watts, std::string_view links,
                          bandwidth links_rate, std::string_view citation,
                          flopscale::confidence trust) noexcept
        : name(chip_name), vendor(chip_vendor), year(launch_year), memory(capacity),
          memory_bandwidth(memory_rate), tdp(watts), interconnect_bandwidth(links_rate),
          interconnect(links), source(citation), confidence(trust), dense_(dense), sparse_(sparse) {
    }

    static constexpr peak_table two_to_four_sparse(const peak_table& dense) noexcept {
        peak_table sparse = no_peaks;
        for (precision p : all_precisions)
            if (p != precision::fp64 && p != precision::fp32 &&
                detail::is_known(dense[index_of(p)]))
                sparse[index_of(p)] = 2 * dense[index_of(p)];
        return sparse;
    }

    static constexpr peak_table no_peaks{
        detail::nan_value(), detail::nan_value(), detail::nan_value(), detail::nan_value(),
        detail::nan_value(), detail::nan_value(), detail::nan_value(), detail::nan_value(),
        detail::nan_value(), detail::nan_value()};
    peak_table dense_ = no_peaks;
    peak_table sparse_ = no_peaks;
};

} // namespace flopscale
