// What both fuzz targets need: a broken invariant is a crash libFuzzer reports.
#pragma once

#include <cstdint>
#include <cstring>

namespace fuzz {

inline void require(bool holds) {
    if (!holds) __builtin_trap();
}

// Doubles compare by bits, so that -0 and 0 differ.
inline std::uint64_t bits(double v) {
    std::uint64_t b = 0;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

} // namespace fuzz
