// Compile-time facts of the catalog and its lookup: building this file is the test.
#include "flopscale/hardware.hpp"

#include <cstddef>

namespace {
using namespace flopscale;
using namespace flopscale::literals;

// The named constants refer to the entries whose names they carry.
static_assert(catalog::v100_sxm2.name == "V100 SXM2 32GB", "catalog::v100_sxm2");
static_assert(catalog::a100_sxm.name == "A100 SXM4 80GB", "catalog::a100_sxm");
static_assert(catalog::a800_sxm.name == "A800 SXM4 80GB", "catalog::a800_sxm");
static_assert(catalog::h100_sxm.name == "H100 SXM5 80GB", "catalog::h100_sxm");
static_assert(catalog::h100_pcie.name == "H100 PCIe 80GB", "catalog::h100_pcie");
static_assert(catalog::h800_sxm.name == "H800 SXM5 80GB", "catalog::h800_sxm");
static_assert(catalog::h20.name == "H20 (HGX)", "catalog::h20");
static_assert(catalog::h200_sxm.name == "H200 SXM 141GB", "catalog::h200_sxm");
static_assert(catalog::b200.name == "B200 (HGX, per GPU)", "catalog::b200");
static_assert(catalog::b300.name == "B300 (HGX, Blackwell Ultra, per GPU)", "catalog::b300");
static_assert(catalog::gb300.name == "GB300 (NVL72, per GPU)", "catalog::gb300");
static_assert(catalog::gb200.name == "GB200 (NVL72, per GPU)", "catalog::gb200");
static_assert(catalog::l40s.name == "L40S", "catalog::l40s");
static_assert(catalog::mi250x.name == "Instinct MI250X", "catalog::mi250x");
static_assert(catalog::mi300x.name == "Instinct MI300X", "catalog::mi300x");
static_assert(catalog::mi325x.name == "Instinct MI325X", "catalog::mi325x");
static_assert(catalog::mi355x.name == "Instinct MI355X", "catalog::mi355x");
static_assert(catalog::tpu_v4.name == "TPU v4", "catalog::tpu_v4");
static_assert(catalog::tpu_v5e.name == "TPU v5e", "catalog::tpu_v5e");
static_assert(catalog::tpu_v5p.name == "TPU v5p", "catalog::tpu_v5p");
static_assert(catalog::tpu_v6e.name == "TPU v6e (Trillium)", "catalog::tpu_v6e");
static_assert(catalog::tpu_v7.name == "TPU v7 Ironwood (TPU7x)", "catalog::tpu_v7");
static_assert(catalog::gaudi2.name == "Gaudi 2", "catalog::gaudi2");
static_assert(catalog::gaudi3.name == "Gaudi 3 (HL-325L OAM)", "catalog::gaudi3");
static_assert(catalog::trainium1.name == "Trainium (Trn1)", "catalog::trainium1");
static_assert(catalog::trainium2.name == "Trainium2", "catalog::trainium2");
static_assert(catalog::trainium3.name == "Trainium3", "catalog::trainium3");
static_assert(catalog::ascend_910.name == "Ascend 910 (2019)", "catalog::ascend_910");
static_assert(catalog::ascend_910b.name == "Ascend 910B (910B2 SKU)", "catalog::ascend_910b");
static_assert(catalog::ascend_910c.name == "Ascend 910C", "catalog::ascend_910c");
static_assert(catalog::ascend_950pr.name == "Ascend 950PR", "catalog::ascend_950pr");
static_assert(catalog::ascend_950dt.name == "Ascend 950DT", "catalog::ascend_950dt");
static_assert(catalog::mlu370_x8.name == "MLU370-X8", "catalog::mlu370_x8");
static_assert(catalog::mtt_s4000.name == "MTT S4000", "catalog::mtt_s4000");
static_assert(catalog::mtt_s5000.name == "MTT S5000", "catalog::mtt_s5000");
static_assert(catalog::br100.name == "BR100", "catalog::br100");
static_assert(catalog::br104.name == "BR104", "catalog::br104");
static_assert(catalog::dcu_z100.name == "DCU Z100 ('Shensuan-1')", "catalog::dcu_z100");
static_assert(catalog::metax_c500.name == "C500 (OAM)", "catalog::metax_c500");
static_assert(catalog::tiangai_100.name == "Tiangai 100 (BI-V100)", "catalog::tiangai_100");
static_assert(&catalog::tiangai_100 == &catalog::all.back(), "the last entry");
static_assert(catalog::all.size() == 40, "42 table rows less the two without numbers");

// Key figures, re-checked against the primary documents (see catalog.hpp for each citation).
static_assert(catalog::h100_sxm.peak(precision::bf16) == 989.4_TFLOPS, "H100 BF16 dense");
static_assert(catalog::h100_sxm.peak(precision::fp8) == 1979.0_TFLOPS, "H100 FP8 dense");
static_assert(catalog::b200.peak(precision::fp8) == 4500_TFLOPS, "HGX B200 FP8 dense");
static_assert(catalog::b200.peak(precision::fp4) == 9000_TFLOPS, "HGX B200 FP4 dense");
static_assert(catalog::mi300x.peak(precision::fp8) == 2614.9_TFLOPS, "MI300X FP8 dense");
static_assert(catalog::tpu_v7.peak(precision::fp8) == 4614_TFLOPS, "TPU7x FP8");
static_assert(catalog::tpu_v7.memory == 192_GB, "TPU7x HBM");
static_assert(!catalog::tpu_v7.has_tdp(), "Google publishes no TDP");

// No alias spells the same name as another alias or as any entry's full name, so lookups are
// unambiguous whatever the order of the tables.
constexpr bool aliases_unambiguous() {
    constexpr std::size_t n = sizeof(accelerator_aliases) / sizeof(accelerator_aliases[0]);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j)
            if (detail::same_name(accelerator_aliases[i].name, accelerator_aliases[j].name))
                return false;
        for (const accelerator& chip : catalog::all)
            if (detail::same_name(accelerator_aliases[i].name, chip.name)) return false;
    }
    for (std::size_t i = 0; i < catalog::all.size(); ++i)
        for (std::size_t j = i + 1; j < catalog::all.size(); ++j)
            if (detail::same_name(catalog::all[i].name, catalog::all[j].name)) return false;
    return true;
}
static_assert(aliases_unambiguous(), "an alias is ambiguous");

constexpr bool every_entry_found() {
    for (const accelerator& chip : catalog::all)
        if (find_accelerator(chip.name) != &chip) return false;
    for (const accelerator_alias& alias : accelerator_aliases)
        if (find_accelerator(alias.name) != alias.chip) return false;
    return true;
}
static_assert(every_entry_found(), "a name does not find its entry");

static_assert(find_accelerator("H100") == &catalog::h100_sxm, "bare H100 is the SXM part");
static_assert(find_accelerator("MI300") == nullptr, "near misses find nothing");
static_assert(detail::edit_distance(detail::fold_name("kitten"), detail::fold_name("sitting")) == 3,
              "Levenshtein");
static_assert(closest_accelerators("Trilium")[0] == &catalog::tpu_v6e, "one letter off");

// Sparse peaks compare among themselves.
static_assert(catalog::b200.sparse_peak(precision::fp4) >
                  catalog::h100_sxm.sparse_peak(precision::fp8),
              "sparse with sparse");
static_assert(catalog::b200.sparse_peak(precision::fp4) /
                      catalog::b200.sparse_peak(precision::fp8) ==
                  2.0,
              "sparse ratio");
} // namespace
