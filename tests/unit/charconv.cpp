// The integer helpers of the decimal conversions that replace library calls on 32-bit targets,
// checked against the compiler's own 64-bit division.
#include "flopscale/detail/charconv.hpp"

#include "catch_compat.hpp"

#include <cstdint>
#include <limits>

using flopscale::detail::div10;

namespace {

constexpr std::uint64_t u64_max = std::numeric_limits<std::uint64_t>::max();

// div10 agrees with x / 10 for x - spread ... x + spread (clamped to the 64-bit range).
constexpr bool agrees_around(std::uint64_t x, std::uint64_t spread) {
    const std::uint64_t first = x > spread ? x - spread : 0;
    const std::uint64_t last = x < u64_max - spread ? x + spread : u64_max;
    for (std::uint64_t y = first;; ++y) {
        if (div10(y) != y / 10) return false;
        if (y == last) return true;
    }
}

} // namespace

TEST_CASE("div10 is floor(x / 10) at the edges of the 64-bit range", "[charconv]") {
    STATIC_REQUIRE(agrees_around(0, 30));
    STATIC_REQUIRE(agrees_around(u64_max, 30));
    STATIC_REQUIRE(agrees_around(u64_max / 10 * 10, 30));
    STATIC_REQUIRE(agrees_around(std::uint64_t{1} << 63, 30));
}

TEST_CASE("div10 is floor(x / 10) near powers of two and ten and at random", "[charconv]") {
    for (std::uint64_t x = 0; x < 1000000; ++x)
        REQUIRE(div10(x) == x / 10);
    for (int k = 1; k < 64; ++k)
        REQUIRE(agrees_around(std::uint64_t{1} << k, 1000));
    for (std::uint64_t p = 10; p <= u64_max / 10; p *= 10)
        REQUIRE(agrees_around(p, 1000));
    // The multiplier's error grows with x: the top of the range, densely, and random values.
    REQUIRE(agrees_around(u64_max - 1000000, 1000000));
    std::uint64_t state = 0x9e3779b97f4a7c15u;
    for (int i = 0; i < 1000000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        REQUIRE(div10(state) == state / 10);
    }
}
