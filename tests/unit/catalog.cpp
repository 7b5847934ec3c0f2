// The catalog against the reference table, tests/data/accelerators.csv, read at run time: every
// figure the table gives is in the catalog, every blank is unknown, every entry is cited.
#include "flopscale/catalog.hpp"

#include "catch_compat.hpp"
#include "csv_table.hpp"

#include <string>

using namespace flopscale;

namespace {
const accelerator* entry_named(const std::string& name) {
    for (const accelerator& chip : catalog::all)
        if (chip.name == name) return &chip;
    return nullptr;
}

} // namespace

TEST_CASE("every catalog figure equals the reference table", "[catalog]") {
    const csv::table t = csv::read("accelerators.csv");
    REQUIRE(t.rows.size() == 42);
    const std::pair<const char*, precision> peak_columns[] = {
        {"fp64_tflops", precision::fp64}, {"fp32_tflops", precision::fp32},
        {"tf32_tflops", precision::tf32}, {"bf16_tflops", precision::bf16},
        {"fp16_tflops", precision::fp16}, {"fp8_tflops", precision::fp8},
        {"fp4_tflops", precision::fp4},   {"int8_tops", precision::int8}};
    std::size_t sourced = 0;
    for (const csv::row& r : t.rows) {
        const std::string& name = r[t.column("name")];
        INFO("chip " << name);
        const accelerator* chip = entry_named(name);
        if (r[t.column("confidence")] == "unsourced") {
            REQUIRE(chip == nullptr);
            continue;
        }
        ++sourced;
        REQUIRE(chip != nullptr);
        REQUIRE(chip->vendor == r[t.column("vendor")]);
        REQUIRE(chip->year == std::stoi(r[t.column("year")]));
        for (const auto& column : peak_columns) {
            INFO("column " << column.first);
            csv::check_figure(r[t.column(column.first)], chip->has_peak(column.second),
                              chip->peak(column.second).in(units::TFLOP_per_s));
        }
        csv::check_figure(r[t.column("memory_gb")], chip->has_memory(), chip->memory.in(units::GB));
        csv::check_figure(r[t.column("mem_bw_tbps")], chip->has_memory_bandwidth(),
                          chip->memory_bandwidth.in(units::TB_per_s));
        csv::check_figure(r[t.column("tdp_w")], chip->has_tdp(), chip->tdp.in(units::W));
        REQUIRE(chip->interconnect == r[t.column("interconnect")]);
        REQUIRE(chip->source == r[t.column("source")]);
        REQUIRE(to_string_view(chip->confidence) == r[t.column("confidence")]);
    }
    REQUIRE(sourced == catalog::all.size());
}

TEST_CASE("every entry is cited and its extra figures are consistent", "[catalog]") {
    for (const accelerator& chip : catalog::all) {
        INFO(chip.name);
        REQUIRE(!chip.source.empty());
        REQUIRE(!chip.vendor.empty());
        // Figures not in the table: FP6 (the FP8 rate on Blackwell, the FP4 rate on MI355X, per
        // the vendors' "FP8/FP6" and "MXFP6/MXFP4" rows) and no INT4 anywhere.
        if (chip.has_peak(precision::fp6)) {
            REQUIRE((chip.peak(precision::fp6) == chip.peak(precision::fp8) ||
                     chip.peak(precision::fp6) == chip.peak(precision::fp4)));
        }
        REQUIRE(!chip.has_peak(precision::int4));
        // A vendor's sparse figure is at least the dense one, where both exist.
        for (precision p : all_precisions) {
            if (!chip.has_sparse_peak(p)) continue;
            REQUIRE(chip.has_peak(p));
            REQUIRE(chip.sparse_peak(p).value() >= chip.peak(p).value());
        }
        // An interconnect figure always comes with the vendor's description of the links.
        if (chip.has_interconnect_bandwidth()) REQUIRE(!chip.interconnect.empty());
    }
}

TEST_CASE("datasheet sparse headlines are reproduced", "[catalog][sparse]") {
    // NVIDIA H100 datasheet, SXM column: FP8 3,958 and BF16 1,979 TFLOPS "with sparsity".
    REQUIRE(catalog::h100_sxm.sparse_peak(precision::fp8).in(units::TFLOP_per_s) ==
            Approx(3958).epsilon(1e-3));
    REQUIRE(catalog::h100_sxm.sparse_peak(precision::bf16).in(units::TFLOP_per_s) ==
            Approx(1979).epsilon(1e-3));
    // HGX B200 datasheet per GPU: FP4 18 PF sparse. GB200: FP4 20 PF.
    REQUIRE(catalog::b200.sparse_peak(precision::fp4).in(units::PFLOP_per_s) == Approx(18));
    REQUIRE(catalog::gb200.sparse_peak(precision::fp4).in(units::PFLOP_per_s) == Approx(20));
    // AMD MI300X data sheet: FP8 5,229.8 TFLOPS with sparsity.
    REQUIRE(catalog::mi300x.sparse_peak(precision::fp8).in(units::TFLOP_per_s) == Approx(5229.8));
    // AWS Trainium2: 2,563 TFLOPS with structured sparsity.
    REQUIRE(catalog::trainium2.sparse_peak(precision::bf16).in(units::TFLOP_per_s) == 2563);
    // No sparsity claims: TPUs, MI250X, Chinese vendors.
    REQUIRE(!catalog::tpu_v7.has_sparse_peak(precision::fp8));
    REQUIRE(!catalog::mi250x.has_sparse_peak(precision::bf16));
    REQUIRE(!catalog::ascend_910c.has_sparse_peak(precision::bf16));
    REQUIRE(catalog::tpu_v7.sparse_peak(precision::fp8).value() == 0);
}
