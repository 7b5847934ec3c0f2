// Compile-time facts of the catalog and its lookup: building this file is the test.
#include "flopscale/hardware.hpp"

#include <cstddef>

namespace {
using namespace flopscale;
using namespace flopscale::literals;

// The named constants refer to the entries whose names they carry.
static_assert(catalog::h100_sxm.name == "H100 SXM5 80GB", "h100_sxm");
static_assert(catalog::a100_sxm.name == "A100 SXM4 80GB", "a100_sxm");
static_assert(&catalog::tiangai_100 == &catalog::all.back(), "the last entry");
static_assert(catalog::all.size() == 40, "42 table rows less the two without numbers");

// Key figures, re-checked against the primary documents (see catalog.hpp for each citation).
static_assert(catalog::h100_sxm.peak(precision::bf16) == 989.4_TFLOPS, "H100 BF16 dense");
static_assert(catalog::h100_sxm.peak(precision::fp8) == 1978.9_TFLOPS, "H100 FP8 dense");
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
