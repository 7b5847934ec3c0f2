// flopscale/hardware.hpp — the accelerator type, the catalog and lookup by name.
//
// Lookup ignores case and every character that is not a letter or digit ("tpu-v5p" == "TPU v5p"),
// accepts a leading vendor name ("NVIDIA H100", "Google TPU v7") and knows the names people use
// ("H100" is the SXM part, "Trillium" the TPU v6e). It never guesses: a near miss such as "H100X"
// or "MI300" finds nothing (nullptr, from find_accelerator and accelerator_named alike), and
// closest_accelerators() offers candidates for the error message.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/catalog.hpp"
#include "flopscale/config.hpp"
#include "flopscale/precision.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace flopscale {

struct accelerator_alias {
    std::string_view name;
    const accelerator* chip;
};

namespace detail {
// The aliases, written as string_view literals: a plain literal's length is measured character by
// character in constant evaluation, which for a table of names costs more than the table.
constexpr std::array<accelerator_alias, 80> alias_table() noexcept {
    using namespace std::string_view_literals;
    return {{{"V100"sv, &catalog::v100_sxm2},
             {"V100 SXM2"sv, &catalog::v100_sxm2},
             {"Tesla V100"sv, &catalog::v100_sxm2},
             {"A100"sv, &catalog::a100_sxm},
             {"A100 SXM"sv, &catalog::a100_sxm},
             {"A100 SXM4"sv, &catalog::a100_sxm},
             {"A100 80GB"sv, &catalog::a100_sxm},
             {"A800"sv, &catalog::a800_sxm},
             {"A800 SXM"sv, &catalog::a800_sxm},
             {"H100"sv, &catalog::h100_sxm},
             {"H100 SXM"sv, &catalog::h100_sxm},
             {"H100 SXM5"sv, &catalog::h100_sxm},
             {"H100 PCIe"sv, &catalog::h100_pcie},
             {"H800"sv, &catalog::h800_sxm},
             {"H800 SXM"sv, &catalog::h800_sxm},
             {"H20"sv, &catalog::h20},
             {"H200"sv, &catalog::h200_sxm},
             {"H200 SXM"sv, &catalog::h200_sxm},
             {"B200"sv, &catalog::b200},
             {"HGX B200"sv, &catalog::b200},
             {"B300"sv, &catalog::b300},
             {"HGX B300"sv, &catalog::b300},
             {"GB200"sv, &catalog::gb200},
             {"GB200 NVL72"sv, &catalog::gb200},
             {"GB300"sv, &catalog::gb300},
             {"GB300 NVL72"sv, &catalog::gb300},
             {"MI250X"sv, &catalog::mi250x},
             {"MI300X"sv, &catalog::mi300x},
             {"MI325X"sv, &catalog::mi325x},
             {"MI355X"sv, &catalog::mi355x},
             {"v5e"sv, &catalog::tpu_v5e},
             {"TPU v5 lite"sv, &catalog::tpu_v5e},
             {"v5p"sv, &catalog::tpu_v5p},
             {"TPU v6e"sv, &catalog::tpu_v6e},
             {"TPU v6"sv, &catalog::tpu_v6e},
             {"v6e"sv, &catalog::tpu_v6e},
             {"Trillium"sv, &catalog::tpu_v6e},
             {"TPU Trillium"sv, &catalog::tpu_v6e},
             {"TPU v7"sv, &catalog::tpu_v7},
             {"TPU7x"sv, &catalog::tpu_v7},
             {"TPU v7x"sv, &catalog::tpu_v7},
             {"Ironwood"sv, &catalog::tpu_v7},
             {"TPU Ironwood"sv, &catalog::tpu_v7},
             {"TPU v7 Ironwood"sv, &catalog::tpu_v7},
             {"Gaudi3"sv, &catalog::gaudi3},
             {"HL-325L"sv, &catalog::gaudi3},
             {"Trainium"sv, &catalog::trainium1},
             {"Trainium1"sv, &catalog::trainium1},
             {"Trn1"sv, &catalog::trainium1},
             {"Trn2"sv, &catalog::trainium2},
             {"Trn3"sv, &catalog::trainium3},
             {"Ascend 910"sv, &catalog::ascend_910},
             {"910"sv, &catalog::ascend_910},
             {"Ascend 910B"sv, &catalog::ascend_910b},
             {"Ascend 910B2"sv, &catalog::ascend_910b},
             {"910B"sv, &catalog::ascend_910b},
             {"910B2"sv, &catalog::ascend_910b},
             {"910C"sv, &catalog::ascend_910c},
             {"950PR"sv, &catalog::ascend_950pr},
             {"950DT"sv, &catalog::ascend_950dt},
             {"MLU370"sv, &catalog::mlu370_x8},
             {"S4000"sv, &catalog::mtt_s4000},
             {"S5000"sv, &catalog::mtt_s5000},
             {"DCU Z100"sv, &catalog::dcu_z100},
             {"Z100"sv, &catalog::dcu_z100},
             {"Shensuan-1"sv, &catalog::dcu_z100},
             {"C500"sv, &catalog::metax_c500},
             {"MXC500"sv, &catalog::metax_c500},
             {"Tiangai 100"sv, &catalog::tiangai_100},
             {"BI-V100"sv, &catalog::tiangai_100},
             {"Iluvatar BI-V100"sv, &catalog::tiangai_100},
             {"Tianshu Zhixin Tiangai 100"sv, &catalog::tiangai_100},
             {"Volta V100"sv, &catalog::v100_sxm2},
             {"Hopper H100"sv, &catalog::h100_sxm},
             {"Blackwell B200"sv, &catalog::b200},
             {"Cloud TPU v4"sv, &catalog::tpu_v4},
             {"Cloud TPU v5e"sv, &catalog::tpu_v5e},
             {"Cloud TPU v5p"sv, &catalog::tpu_v5p},
             {"Cloud TPU v6e"sv, &catalog::tpu_v6e},
             {"Cloud TPU v7"sv, &catalog::tpu_v7}}};
}
} // namespace detail

// Names besides each entry's full name. Bare names mean the part most people mean: the SXM module
// for H100/A100/H200, the per-GPU figures for GB200/GB300, the 2019 shipping part for "910".
// Names that fit two entries equally ("Ascend 950", "Blackwell Ultra") are deliberately absent.
inline constexpr std::array<accelerator_alias, 80> accelerator_aliases = detail::alias_table();

namespace detail {
// The rest of `name` after a leading `prefix`, compared as same_name compares; `found` is false
// when `name` does not start with it.
struct name_rest {
    std::string_view rest;
    bool found;
};
constexpr name_rest strip_name_prefix(std::string_view name, std::string_view prefix) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    for (;;) {
        while (j < prefix.size() && !is_alphanumeric(prefix[j]))
            ++j;
        // Not substr: its bounds check would pull the exception runtime into bare-metal builds.
        if (j == prefix.size()) return {std::string_view(name.data() + i, name.size() - i), true};
        while (i < name.size() && !is_alphanumeric(name[i]))
            ++i;
        if (i == name.size() || ascii_lower(name[i]) != ascii_lower(prefix[j])) return {{}, false};
        ++i;
        ++j;
    }
}

constexpr const accelerator* find_exact(std::string_view name) noexcept {
    for (const accelerator& chip : catalog::all)
        if (same_name(name, chip.name)) return &chip;
    for (const accelerator_alias& alias : accelerator_aliases)
        if (same_name(name, alias.name)) return alias.chip;
    return nullptr;
}
} // namespace detail

// The catalog entry called `name` (full name or alias, optionally after its vendor's name), or
// nullptr when there is none. Case, spaces, hyphens and other punctuation do not matter.
constexpr const accelerator* find_accelerator(std::string_view name) noexcept {
    if (const accelerator* chip = detail::find_exact(name)) return chip;
    for (const accelerator& chip : catalog::all) {
        const detail::name_rest rest = detail::strip_name_prefix(name, chip.vendor);
        if (!rest.found) continue;
        const accelerator* named = detail::find_exact(rest.rest);
        if (named != nullptr && named->vendor == chip.vendor) return named;
    }
    return nullptr;
}

namespace detail {
inline constexpr std::size_t max_compared_name = 48;

struct folded_name {
    std::array<char, max_compared_name> text{};
    std::size_t size = 0;
};
// Lower-case letters and digits only, truncated to max_compared_name.
constexpr folded_name fold_name(std::string_view name) noexcept {
    folded_name folded;
    for (char c : name)
        if (is_alphanumeric(c) && folded.size < max_compared_name)
            folded.text[folded.size++] = ascii_lower(c);
    return folded;
}

// Levenshtein distance between two folded names (insertions, deletions, substitutions).
constexpr std::size_t edit_distance(const folded_name& a, const folded_name& b) noexcept {
    std::array<std::size_t, max_compared_name + 1> row{};
    for (std::size_t j = 0; j <= b.size; ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size; ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size; ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a.text[i - 1] == b.text[j - 1] ? 0 : 1);
            const std::size_t shortest = above + 1 < row[j - 1] + 1 ? above + 1 : row[j - 1] + 1;
            row[j] = substitute < shortest ? substitute : shortest;
            diagonal = above;
        }
    }
    return row[b.size];
}

constexpr std::size_t min_size(std::size_t a, std::size_t b) noexcept {
    return a < b ? a : b;
}

// Distance from `query` to a chip: the least over its full name and aliases, with and without the
// query's leading vendor name.
constexpr std::size_t distance_to(const folded_name& query, const folded_name& without_vendor,
                                  const accelerator& chip) noexcept {
    const folded_name full = fold_name(chip.name);
    std::size_t best = min_size(edit_distance(query, full), edit_distance(without_vendor, full));
    for (const accelerator_alias& alias : accelerator_aliases) {
        if (alias.chip != &chip) continue;
        const folded_name folded = fold_name(alias.name);
        best = min_size(
            best, min_size(edit_distance(query, folded), edit_distance(without_vendor, folded)));
    }
    return best;
}
} // namespace detail

inline constexpr std::size_t max_suggestions = 3;

// Up to three catalog entries whose names are closest to `name`, nearest first, for messages such
// as "unknown accelerator 'MI300'; did you mean MI300X?". Only names within about a third of the
// query's length in edits are offered; unused slots are nullptr.
constexpr std::array<const accelerator*, max_suggestions>
closest_accelerators(std::string_view name) noexcept {
    const detail::folded_name query = detail::fold_name(name);
    detail::folded_name without_vendor = query;
    for (const accelerator& chip : catalog::all) {
        const detail::name_rest rest = detail::strip_name_prefix(name, chip.vendor);
        if (rest.found) without_vendor = detail::fold_name(rest.rest);
    }
    const std::size_t limit = query.size / 3 + 1;
    std::array<const accelerator*, max_suggestions> best{};
    std::array<std::size_t, max_suggestions> best_distance{};
    for (const accelerator& chip : catalog::all) {
        std::size_t distance = detail::distance_to(query, without_vendor, chip);
        if (distance > limit) continue;
        const accelerator* candidate = &chip;
        // Insertion into the short sorted list; ties keep catalog order.
        for (std::size_t k = 0; k < max_suggestions && candidate != nullptr; ++k) {
            if (best[k] == nullptr || distance < best_distance[k]) {
                const accelerator* displaced = best[k];
                const std::size_t displaced_distance = best_distance[k];
                best[k] = candidate;
                best_distance[k] = distance;
                candidate = displaced;
                distance = displaced_distance;
            }
        }
    }
    return best;
}

// find_accelerator for code where the name must exist. One rule for both lookups: an unknown name
// finds nothing, nullptr. Here it is also a violated precondition: a compile error in a constant
// expression, and at run time the precondition handler is called before nullptr is returned.
constexpr const accelerator* accelerator_named(std::string_view name) noexcept {
    const accelerator* chip = find_accelerator(name);
    static_cast<void>(
        expects(chip != nullptr, "unknown accelerator name (see closest_accelerators)"));
    return chip;
}

} // namespace flopscale
