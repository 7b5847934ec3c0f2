// Shared by the exact-notation round-trip test and its benchmark: bit access, the edge values
// every round trip starts with, and the two measures of "shortest" the texts are held to.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

inline double from_bits(std::uint64_t b) noexcept {
    double d = 0;
    std::memcpy(&d, &b, sizeof d);
    return d;
}

inline std::uint64_t bits(double d) noexcept {
    std::uint64_t b = 0;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

// Subnormal and normal limits, halfway and tie cases of the shortest-digit search, 2^53 and its
// neighbours, powers of ten around the switch between plain and scientific text.
inline constexpr double round_trip_edges[] = {5e-324,
                                              1e-323,
                                              2.2250738585072009e-308,
                                              2.2250738585072014e-308,
                                              1.7976931348623157e308,
                                              1.0,
                                              0.1,
                                              0.3,
                                              9007199254740991.0,
                                              9007199254740992.0,
                                              9007199254740993.0,
                                              1e21,
                                              1e22,
                                              1e23,
                                              8.98846567431158e307,
                                              4.9406564584124654e-324,
                                              5e-310,
                                              0x1p-1022,
                                              0x1.fffffffffffffp-1023,
                                              0x1p53,
                                              0x1p63,
                                              0x1p64,
                                              1e-7,
                                              123456789.123456789,
                                              2.0e-7,
                                              9.9999999999999999e22};

// Significant digits of a decimal number's text (sign, point and exponent ignored; leading and
// trailing zeros of the mantissa do not count).
inline std::size_t significant_digits(std::string_view number) noexcept {
    std::size_t first = number.size();
    std::size_t last = 0;
    std::size_t position = 0;
    for (const char c : number) {
        if (c == 'e') break;
        if (c >= '0' && c <= '9') {
            if (c != '0') {
                if (first == number.size()) first = position;
                last = position + 1;
            }
            ++position;
        }
    }
    return first < last ? last - first : 0;
}

// The fewest significant digits printf's %e needs for strtod to read v back exactly (at most 17).
inline int shortest_printf_digits(double v) noexcept {
    for (int p = 1; p < 17; ++p) {
        char reference[64];
        std::snprintf(reference, sizeof reference, "%.*e", p - 1, v);
        if (std::strtod(reference, nullptr) == v) return p;
    }
    return 17;
}
