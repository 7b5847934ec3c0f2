#include "flopscale/equivalents.hpp"
#include "flopscale/catalog.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <array>
#include <string_view>

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("the H100 is one H100-equivalent on either basis", "[equivalents]") {
    STATIC_REQUIRE(h100_equivalents(catalog::h100_sxm, 1, h100e_basis::fp16_dense) == 1.0);
    // The catalog's dense FP8 is the datasheet's 3,958 / 2 = 1,979, Epoch's constant: exactly 1.
    STATIC_REQUIRE(h100_equivalents(catalog::h100_sxm, 1) == 1.0);
    STATIC_REQUIRE(h100_equivalents(1979_TOPS, 100000) == 100000);
}

namespace {
struct published_h100e {
    const accelerator* chip;
    double fp16_basis; // 0: no figure on this basis
    double eight_bit_basis;
    double tolerance;
};
} // namespace

TEST_CASE("both bases reproduce the H100e table of the reference notes", "[equivalents]") {
    // accelerators.md §4: 16-bit dense / 989.4 and best 8-bit dense / 1,979, printed to 3 places.
    const published_h100e table[] = {
        {&catalog::v100_sxm2, 0.126, 0, 5e-4},      {&catalog::a100_sxm, 0.315, 0.315, 5e-4},
        {&catalog::a800_sxm, 0.315, 0.315, 5e-4},   {&catalog::h100_sxm, 1.000, 1.000, 5e-4},
        {&catalog::h800_sxm, 1.000, 1.000, 5e-4},   {&catalog::h200_sxm, 1.000, 1.000, 5e-4},
        {&catalog::h100_pcie, 0.764, 0.765, 5e-4},  {&catalog::h20, 0.150, 0.150, 5e-4},
        {&catalog::b200, 2.274, 2.274, 5e-4},       {&catalog::b300, 2.274, 2.274, 5e-4},
        {&catalog::gb200, 2.527, 2.527, 5e-4},      {&catalog::gb300, 2.527, 2.527, 5e-4},
        {&catalog::l40s, 0.366, 0.370, 5e-4},       {&catalog::mi250x, 0.387, 0.194, 5e-4},
        {&catalog::mi300x, 1.321, 1.321, 5e-4},     {&catalog::mi325x, 1.321, 1.321, 5e-4},
        {&catalog::mi355x, 2.544, 2.543, 5e-4},     {&catalog::tpu_v4, 0.278, 0.139, 5e-4},
        {&catalog::tpu_v5e, 0.199, 0.199, 5e-4},    {&catalog::tpu_v5p, 0.464, 0.464, 5e-4},
        {&catalog::tpu_v6e, 0.928, 0.928, 5e-4},    {&catalog::tpu_v7, 2.332, 2.331, 5e-4},
        {&catalog::gaudi2, 0.437, 0.437, 5e-4},     {&catalog::gaudi3, 1.855, 0.927, 5e-4},
        {&catalog::trainium1, 0.192, 0.192, 5e-4},  {&catalog::trainium2, 0.674, 0.656, 5e-4},
        {&catalog::trainium3, 0.678, 1.272, 5e-4},  {&catalog::ascend_910, 0.259, 0.259, 5e-4},
        {&catalog::ascend_910b, 0.380, 0, 5e-4},    {&catalog::ascend_910c, 0.81, 0, 5e-3},
        {&catalog::ascend_950pr, 0, 0.505, 5e-4},   {&catalog::ascend_950dt, 0, 0.505, 5e-4},
        {&catalog::mlu370_x8, 0.097, 0.129, 5e-4},  {&catalog::mtt_s4000, 0.101, 0.101, 5e-4},
        {&catalog::mtt_s5000, 0, 0.505, 5e-4},      {&catalog::br100, 1.035, 1.035, 5e-4},
        {&catalog::metax_c500, 0.283, 0.283, 5e-4},
    };
    for (const published_h100e& row : table) {
        INFO(row.chip->name);
        const std::pair<h100e_basis, double> bases[] = {
            {h100e_basis::fp16_dense, row.fp16_basis},
            {h100e_basis::eight_bit_dense, row.eight_bit_basis}};
        for (const auto& basis : bases) {
            if (basis.second == 0) {
                REQUIRE(!has_basis_peak(*row.chip, basis.first));
            } else {
                REQUIRE(h100_equivalents(*row.chip, 1, basis.first) ==
                        Approx(basis.second).margin(row.tolerance));
            }
        }
    }
}

namespace {
// Epoch's chip specification for Blackwell in its H100e code: 5,000 8-bit TOPS (the GB200 rate)
// where the HGX B200 datasheet gives 4,500 dense; and H100/H200 at 1,979.
constexpr accelerator b200_as_epoch_counts =
    catalog::b200.with_peak(precision::fp8, 5000_TOPS).with_peak(precision::int8, 5000_TOPS);
constexpr accelerator h100_as_epoch_counts = catalog::h100_sxm.with_peak(precision::fp8, 1979_TOPS);
constexpr accelerator h200_as_epoch_counts = catalog::h200_sxm.with_peak(precision::fp8, 1979_TOPS);

// xAI Colossus 1 in July 2025: 150k H100 + 50k H200 + 30k B200 in GB200 systems (Epoch AI,
// Frontier AI Data Centers, as vendored in ai-chip-counts).
constexpr std::array<fleet_entry, 3> colossus_as_epoch_counts{{
    {h100_as_epoch_counts, 150000},
    {h200_as_epoch_counts, 50000},
    {b200_as_epoch_counts, 30000},
}};
} // namespace

TEST_CASE("Colossus 1, mid-2025: 275,796 H100e on the 8-bit basis", "[equivalents][fleet]") {
    // Epoch's arithmetic: 150k + 50k + 30,000 x 5,000 / 1,979.
    constexpr partial_total<double> epoch = total_h100_equivalents(colossus_as_epoch_counts);
    STATIC_REQUIRE(epoch.complete());
    STATIC_REQUIRE(near(epoch.known, 200000 + 30000 * 5000.0 / 1979));
    REQUIRE(epoch.known == Approx(275796).margin(0.5));
    // The same with a bare rate, as Epoch's code takes it.
    REQUIRE(h100_equivalents(1979_TOPS, 200000) + h100_equivalents(5000_TOPS, 30000) ==
            Approx(275796).margin(0.5));

    // The catalog's own figures: the Colossus Blackwells are GB200 GPUs (5,000 TOPS dense, the rate
    // Epoch uses) and the Hoppers one H100e each, so the total is Epoch's.
    constexpr std::array<fleet_entry, 3> colossus{{
        {catalog::h100_sxm, 150000},
        {catalog::h200_sxm, 50000},
        {catalog::gb200, 30000},
    }};
    REQUIRE(total_h100_equivalents(colossus).known == Approx(275796).margin(0.5));
    // Counted as HGX B200s (4,500 dense) they would be 7,580 H100e fewer.
    constexpr std::array<fleet_entry, 3> colossus_hgx{{
        {catalog::h100_sxm, 150000},
        {catalog::h200_sxm, 50000},
        {catalog::b200, 30000},
    }};
    REQUIRE(total_h100_equivalents(colossus_hgx).known == Approx(200000 + 30000 * 4500.0 / 1979));

    // Power: 230k GPUs at TDP, every one known.
    constexpr partial_total<power> tdp = total_tdp(colossus);
    STATIC_REQUIRE(tdp.complete());
    REQUIRE(tdp.known.in(units::MW) == Approx((200000 * 700.0 + 30000 * 1200.0) / 1e6));
    STATIC_REQUIRE(total_chips(colossus) == 230000);
}

TEST_CASE("one TPU v7 pod is about 21,490 H100e", "[equivalents]") {
    // 9,216 x 4,614 / 1,979 (Google TPU7x docs: 9,216 chips, 4,614 TFLOPS FP8 each).
    constexpr double pod = h100_equivalents(catalog::tpu_v7, 9216);
    STATIC_REQUIRE(near(pod, 9216 * 4614.0 / 1979));
    REQUIRE(pod == Approx(21490).epsilon(1e-3));
    // The pod's 42.5 EFLOPS FP8.
    constexpr std::array<fleet_entry, 1> tpu_pod{{{catalog::tpu_v7, 9216}}};
    REQUIRE(total_peak(tpu_pod, precision::fp8).known.in(units::EFLOP_per_s) ==
            Approx(42.5).epsilon(2e-3));
    // Google's TPU stock expressed in Ironwoods: 3.81M H100e / 2.331.
    REQUIRE(3.81e6 / h100_equivalents(catalog::tpu_v7, 1) == Approx(1.634e6).epsilon(1e-3));
}

TEST_CASE("Ascend 910 at 640 TOPS INT8 is about 1.03 A100", "[equivalents]") {
    // Hot Chips 31's design-maximum bin, not the shipping 512 TOPS part.
    constexpr accelerator ascend_910_design_max =
        catalog::ascend_910.with_peak(precision::int8, 640_TOPS);
    constexpr double in_a100 =
        equivalents(ascend_910_design_max, 1, catalog::a100_sxm, precision::int8);
    STATIC_REQUIRE(near(in_a100, 640.0 / 624));
    REQUIRE(in_a100 == Approx(1.03).margin(0.005));
    REQUIRE(h100_equivalents(ascend_910_design_max, 1) == Approx(0.32).margin(0.005));
    // The shipping part: 512 TOPS, 0.26 H100e.
    REQUIRE(h100_equivalents(catalog::ascend_910, 1) == Approx(0.26).margin(0.005));
    REQUIRE(equivalents(catalog::ascend_910, 1, catalog::a100_sxm, h100e_basis::eight_bit_dense) ==
            Approx(512.0 / 624));
}

TEST_CASE("the basis matters: MI250X and one GB200 NVL72 rack", "[equivalents]") {
    REQUIRE(h100_equivalents(catalog::mi250x, 1, h100e_basis::fp16_dense) ==
            Approx(0.387).margin(5e-4));
    REQUIRE(h100_equivalents(catalog::mi250x, 1, h100e_basis::eight_bit_dense) ==
            Approx(0.194).margin(5e-4));
    // 72 GPUs per rack: about 182 H100e. Its "1,440 PF FP4" is a sparse figure.
    REQUIRE(h100_equivalents(catalog::gb200, 72) == Approx(182).margin(0.5));
    REQUIRE((catalog::gb200.sparse_peak(precision::fp4) * 72).in(units::PFLOP_per_s) ==
            Approx(1440));
    REQUIRE((catalog::gb200.peak(precision::fp4) * 72).in(units::PFLOP_per_s) == Approx(720));
}

TEST_CASE("the sparse trap: dense against dense only", "[equivalents][sparse]") {
    // The datasheet's FP8 headline is sparse. Its type does not divide by a dense rate (see
    // tests/compile_fail/sparse_trap.cpp); forcing the raw numbers shows the 2x error it prevents.
    const double wrong = catalog::h100_sxm.sparse_peak(precision::fp8).value() /
                         h100e_reference_peak(h100e_basis::eight_bit_dense).value();
    REQUIRE(wrong == Approx(2.0).epsilon(1e-4));
    REQUIRE(h100_equivalents(catalog::h100_sxm, 1) == 1.0);
    // Sparse against sparse is a fair ratio again.
    REQUIRE(catalog::b200.sparse_peak(precision::fp8) /
                catalog::h100_sxm.sparse_peak(precision::fp8) ==
            Approx(4500 / 1979.0));
}

TEST_CASE("a mixed fleet reports what it cannot total", "[equivalents][fleet]") {
    constexpr fleet_entry fleet[] = {
        {catalog::h100_sxm, 1000},
        {catalog::tpu_v7, 500},    // no published TDP
        {catalog::v100_sxm2, 200}, // no 8-bit tensor rate
    };
    constexpr partial_total<power> tdp = total_tdp(fleet);
    STATIC_REQUIRE(!tdp.complete());
    STATIC_REQUIRE(tdp.chips_unknown == 500);
    STATIC_REQUIRE(near(tdp.known.value(), 1000 * 700.0 + 200 * 300.0));

    constexpr partial_total<double> eight_bit = total_h100_equivalents(fleet);
    STATIC_REQUIRE(eight_bit.chips_unknown == 200);
    STATIC_REQUIRE(near(eight_bit.known, (1000 * 1979.0 + 500 * 4614.0) / 1979));
    constexpr partial_total<double> sixteen_bit =
        total_h100_equivalents(fleet, h100e_basis::fp16_dense);
    STATIC_REQUIRE(sixteen_bit.complete());
    STATIC_REQUIRE(near(sixteen_bit.known, (1000 * 989.4 + 500 * 2307.0 + 200 * 125.0) / 989.4));

    constexpr partial_total<flop_rate> fp64 = total_peak(fleet, precision::fp64);
    STATIC_REQUIRE(fp64.chips_unknown == 500);
    STATIC_REQUIRE(near(fp64.known.value(), 1000 * 34e12 + 200 * 7.8e12));
    STATIC_REQUIRE(total_chips(fleet) == 1700);
    STATIC_REQUIRE(total_chips(fleet_view{fleet, 0}) == 0);
}

TEST_CASE("equivalents follow the precondition policy", "[equivalents]") {
    precondition_recorder violations;
    REQUIRE(is_nan(h100_equivalents(catalog::v100_sxm2, 8)));
    REQUIRE(violations.count() == 1);
    REQUIRE(violations.last() == "the chip has no dense peak on this H100e basis");
    REQUIRE(is_nan(h100_equivalents(catalog::h100_sxm, -1)));
    REQUIRE(violations.last() == "chip counts and peaks must be non-negative");
    REQUIRE(is_nan(equivalents(catalog::tpu_v7, 1, catalog::h100_sxm, precision::int8)));
    REQUIRE(violations.last() == "both chips need a known peak in the compared format");
    REQUIRE(is_nan(
        equivalents(catalog::v100_sxm2, 1, catalog::h100_sxm, h100e_basis::eight_bit_dense)));
    REQUIRE(violations.last() == "the chip has no dense peak on this H100e basis");
    const fleet_entry bad[] = {{catalog::h100_sxm, -3}};
    REQUIRE(is_nan(total_tdp(bad).known.value()));
    REQUIRE(is_nan(total_h100_equivalents(bad).chips_unknown));
    REQUIRE(violations.last() == "chip counts and peaks must be non-negative");
}
