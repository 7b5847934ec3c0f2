#include "flopscale/collectives.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/interconnect.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("every typical network names a catalog chip", "[interconnect]") {
    // A renamed catalog entry would silently lose its network; this catches it.
    for (const auto& entry : detail::typical_networks) {
        bool found = false;
        for (const accelerator& chip : catalog::all)
            found = found || chip.name == entry.chip_name;
        INFO(entry.chip_name);
        CHECK(found);
        CHECK(entry.network.has_scale_up_domain());
        CHECK(entry.network.has_scale_up_bandwidth());
        CHECK(!entry.network.source.empty());
    }
}

TEST_CASE("per-direction figures of the main chips", "[interconnect]") {
    // NVIDIA headlines both directions: 600 GB/s (A100), 900 GB/s (H100), 1.8 TB/s (B200, GB200).
    constexpr interconnect a100 = typical_interconnect(catalog::a100_sxm);
    STATIC_REQUIRE(a100.scale_up_domain == 8);
    STATIC_REQUIRE(a100.scale_up_bandwidth_per_direction.in(units::GB_per_s) == 300);
    STATIC_REQUIRE(a100.scale_out_bandwidth_per_direction.in(units::GB_per_s) == 25);
    constexpr interconnect h100 = typical_interconnect(catalog::h100_sxm);
    STATIC_REQUIRE(h100.scale_up_bandwidth_per_direction.in(units::GB_per_s) == 450);
    STATIC_REQUIRE(h100.scale_out_bandwidth_per_direction.in(units::GB_per_s) == 50);
    constexpr interconnect gb200 = typical_interconnect(catalog::gb200);
    STATIC_REQUIRE(gb200.scale_up_domain == 72);
    STATIC_REQUIRE(gb200.scale_up_bandwidth_per_direction.in(units::GB_per_s) == 900);
    // H800: the H100's FLOPs with less than half its NVLink.
    constexpr interconnect h800 = typical_interconnect(catalog::h800_sxm);
    STATIC_REQUIRE(h800.scale_up_bandwidth_per_direction.in(units::GB_per_s) == 200);
    // A chip without a sourced network is unknown, not zero.
    constexpr interconnect unknown = typical_interconnect(catalog::l40s);
    STATIC_REQUIRE(!unknown.complete());
    STATIC_REQUIRE(!unknown.has_scale_up_bandwidth());
    STATIC_REQUIRE(a100.complete() && a100.has_latencies());
    // Achieved fractions: Calculon's 0.6 for NVLink 3, 0.8 measured on NVLink 4, 0.9 on IB.
    STATIC_REQUIRE(a100.scale_up_efficiency == 0.6);
    STATIC_REQUIRE(h100.scale_up_efficiency == 0.8);
    STATIC_REQUIRE(h100.scale_out_efficiency == 0.9);
}

TEST_CASE("ring collectives inside one domain", "[collectives]") {
    const interconnect h100 = typical_interconnect(catalog::h100_sxm);
    const link_efficiency e{0.8, 0.9};
    const bytes m = 1_GB;
    // 2 (n - 1) / n x M / (B e) + latency for each of the two halves.
    const double half = 7.0 / 8.0 * 1e9 / (450e9 * e.scale_up) + 1e-5;
    CHECK(reduce_scatter_time(m, {8, 8}, h100).value() == Approx(half));
    CHECK(all_gather_time(m, {8, 8}, h100).value() == Approx(half));
    CHECK(all_reduce_time(m, {8, 8}, h100).value() == Approx(2 * half));
    // A group of one moves nothing and needs no network.
    CHECK(all_reduce_time(m, {1, 1}, interconnect{}).value() == 0);
    CHECK(all_to_all_time(m, {1, 1}, interconnect{}).value() == 0);
}

TEST_CASE("hierarchical collectives across domains", "[collectives]") {
    const interconnect a100 = typical_interconnect(catalog::a100_sxm);
    const link_efficiency e{0.6, 0.9}; // Calculon's NVLink 3 and InfiniBand efficiencies
    const double m = 2e9;
    // 64 chips, 8 per board: the NIC carries 2 (8 - 1) / 8 of M / 8.
    const double inner = 7.0 / 8.0 * m / (300e9 * e.scale_up) + 1e-5;
    const double outer = 7.0 / 8.0 * (m / 8) / (25e9 * e.scale_out) + 2e-5;
    CHECK(all_reduce_time(bytes{m}, {64, 8}, a100).value() == Approx(2 * (inner + outer)));
    // One member per board: everything crosses the NIC.
    const double flat = 2 * (63.0 / 64.0 * m / (25e9 * e.scale_out) + 2e-5);
    CHECK(all_reduce_time(bytes{m}, {64, 1}, a100).value() == Approx(flat));
    // The scale-out link is the bottleneck: the hierarchical ring beats the flat one.
    CHECK(all_reduce_time(bytes{m}, {64, 8}, a100) < all_reduce_time(bytes{m}, {64, 1}, a100));
}

TEST_CASE("all-to-all and point-to-point", "[collectives]") {
    const interconnect h100 = typical_interconnect(catalog::h100_sxm);
    const link_efficiency e{0.8, 0.9};
    const double m = 1e9;
    // Inside a board: 7/8 of the data over NVLink.
    CHECK(all_to_all_time(bytes{m}, {8, 8}, h100).value() ==
          Approx(7.0 / 8.0 * m / (450e9 * e.scale_up) + 1e-5));
    // 64 chips over 8 boards: 56/64 of the data leaves the board at the NIC's rate, which
    // dominates (scaling book gpus.md: a cross-node all-to-all runs at ~50 GB/s per GPU).
    CHECK(all_to_all_time(bytes{m}, {64, 8}, h100).value() ==
          Approx(56.0 / 64.0 * m / (50e9 * e.scale_out) + 2e-5));
    CHECK(send_time(bytes{m}, true, h100).value() == Approx(m / (50e9 * e.scale_out) + 2e-5));
    CHECK(send_time(bytes{m}, false, h100).value() == Approx(m / (450e9 * e.scale_up) + 1e-5));
}

TEST_CASE("group placement in Megatron rank order", "[collectives]") {
    // Tensor 8 innermost on 8-GPU boards: the whole group on one board.
    CHECK(placed_group(8, 1, 8).per_domain == 8);
    // Data parallel 16 outside tensor 8: one member per board.
    CHECK(placed_group(16, 8, 8).per_domain == 1);
    // Data parallel 16 outside tensor 2: four members per board.
    CHECK(placed_group(16, 2, 8).per_domain == 4);
    // On a 72-GPU NVL72 domain the whole tensor x data 8 x 8 group fits.
    CHECK(placed_group(8, 8, 72).per_domain == 8);
}

TEST_CASE("collective preconditions", "[collectives]") {
    precondition_recorder violations;
    CHECK(is_nan(all_reduce_time(1_GB, {8, 8}, interconnect{}).value()));
    CHECK(violations.last() == "the interconnect needs a scale-up domain and both bandwidths");
    const interconnect h100 = typical_interconnect(catalog::h100_sxm);
    CHECK(is_nan(all_gather_time(1_GB, {4, 8}, h100).value()));
    CHECK(violations.last() == "a group needs size >= per_domain >= 1");
    CHECK(is_nan(all_to_all_time(bytes{-1.0}, {8, 8}, h100).value()));
    CHECK(violations.last() == "the message size must be non-negative");
    CHECK(is_nan(send_time(1_GB, true, h100, {0.8, 0.0}).value()));
    CHECK(violations.last() == "link efficiencies must be in (0, 1]");
    // An override replaces the interconnect's own efficiency.
    CHECK(send_time(1_GB, false, h100, {0.5, detail::nan_value()}).value() ==
          Approx(1e9 / (450e9 * 0.5) + 1e-5));
    CHECK(violations.last() == "link efficiencies must be in (0, 1]");
}
