// flopscale/precision.hpp — the numeric formats accelerators compute in.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace flopscale {

// The formats vendors quote peaks for. fp8 covers E4M3/E5M2 and MXFP8; fp6 and fp4 cover the
// OCP microscaling formats (MXFP6, MXFP4) and NVIDIA's NVFP4; tf32 is NVIDIA's 19-bit tensor input
// format, held in 32-bit storage.
enum class precision : unsigned char { fp64, fp32, tf32, bf16, fp16, fp8, fp6, fp4, int8, int4 };

inline constexpr std::size_t precision_count = 10;

// Every format, in declaration order: `for (precision p : all_precisions)`.
inline constexpr std::array<precision, precision_count> all_precisions{
    precision::fp64, precision::fp32, precision::tf32, precision::bf16, precision::fp16,
    precision::fp8,  precision::fp6,  precision::fp4,  precision::int8, precision::int4};

// Position of a format in all_precisions, for tables indexed by precision.
constexpr std::size_t index_of(precision p) noexcept {
    return static_cast<std::size_t>(p);
}

// Storage bits per value. TF32 is stored in a 32-bit word; microscaling formats share one 8-bit
// scale per block of 32 values, which is not counted here.
constexpr int bits_per_value(precision p) noexcept {
    switch (p) {
    case precision::fp64:
        return 64;
    case precision::fp32:
    case precision::tf32:
        return 32;
    case precision::bf16:
    case precision::fp16:
        return 16;
    case precision::fp8:
    case precision::int8:
        return 8;
    case precision::fp6:
        return 6;
    case precision::fp4:
    case precision::int4:
        return 4;
    }
    return 0;
}

// Storage bytes per value (fractional below 8 bits: fp4 is 0.5 B).
constexpr double bytes_per_value(precision p) noexcept {
    return bits_per_value(p) / 8.0;
}

constexpr bool is_integer(precision p) noexcept {
    return p == precision::int8 || p == precision::int4;
}

// The lower-case name used for printing and accepted by parse_precision: "bf16", "int8".
constexpr std::string_view to_string_view(precision p) noexcept {
    switch (p) {
    case precision::fp64:
        return "fp64";
    case precision::fp32:
        return "fp32";
    case precision::tf32:
        return "tf32";
    case precision::bf16:
        return "bf16";
    case precision::fp16:
        return "fp16";
    case precision::fp8:
        return "fp8";
    case precision::fp6:
        return "fp6";
    case precision::fp4:
        return "fp4";
    case precision::int8:
        return "int8";
    case precision::int4:
        return "int4";
    }
    return "?";
}

// The result of parse_precision: test it before reading `value`.
struct precision_result {
    precision value = precision::fp32;
    bool found = false;
    constexpr explicit operator bool() const noexcept { return found; }
};

namespace detail {
constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool is_alphanumeric(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Equality of two names up to case and punctuation: "TPU v5p" == "tpu-v5p" == "TPUv5p".
constexpr bool same_name(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    for (;;) {
        while (i < a.size() && !is_alphanumeric(a[i]))
            ++i;
        while (j < b.size() && !is_alphanumeric(b[j]))
            ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (ascii_lower(a[i]) != ascii_lower(b[j])) return false;
        ++i;
        ++j;
    }
}

struct precision_spelling {
    std::string_view text;
    precision value;
};

// Common spellings besides the canonical names.
inline constexpr std::array<precision_spelling, 16> precision_aliases{{
    {"double", precision::fp64},
    {"float64", precision::fp64},
    {"float", precision::fp32},
    {"float32", precision::fp32},
    {"single", precision::fp32},
    {"bfloat16", precision::bf16},
    {"half", precision::fp16},
    {"float16", precision::fp16},
    {"e4m3", precision::fp8},
    {"e5m2", precision::fp8},
    {"mxfp8", precision::fp8},
    {"mxfp6", precision::fp6},
    {"mxfp4", precision::fp4},
    {"nvfp4", precision::fp4},
    {"float8", precision::fp8},
    {"float4", precision::fp4},
}};
} // namespace detail

// Reads a format name, ignoring case and punctuation: "bf16", "FP8", "int8", "BFloat16", "MXFP4".
// Unknown text gives a result whose `found` is false.
constexpr precision_result parse_precision(std::string_view text) noexcept {
    for (precision p : all_precisions)
        if (detail::same_name(text, to_string_view(p))) return {p, true};
    for (const detail::precision_spelling& alias : detail::precision_aliases)
        if (detail::same_name(text, alias.text)) return {alias.value, true};
    return {};
}

} // namespace flopscale
