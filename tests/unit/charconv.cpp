// The integer helpers of the decimal conversions that replace library calls on 32-bit targets,
// checked against the compiler's own 64-bit division.
#include "flopscale/detail/charconv.hpp"

#include "catch_compat.hpp"

#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>

using flopscale::detail::decimal_float;
using flopscale::detail::digit_string;
using flopscale::detail::div10;
using flopscale::detail::round_digit_string;
using flopscale::detail::to_digit_string;

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

std::string digits_text(const digit_string& d) {
    return std::string(d.digit, static_cast<std::size_t>(d.count));
}

constexpr bool same_digits(const digit_string& a, const digit_string& b) {
    if (a.count != b.count || a.point != b.point) return false;
    for (int i = 0; i < a.count; ++i)
        if (a.digit[i] != b.digit[i]) return false;
    return true;
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

TEST_CASE("to_digit_string writes the digits printf writes", "[charconv]") {
    const auto check = [](std::uint64_t x) {
        char expected[32];
        const int n =
            std::snprintf(expected, sizeof expected, "%llu", static_cast<unsigned long long>(x));
        const digit_string d = to_digit_string(decimal_float{x, -3});
        CHECK(digits_text(d) == expected);
        CHECK(d.point == n - 3);
    };
    for (std::uint64_t p = 1;; p *= 10) {
        check(p);
        check(p - 1 == 0 ? 1 : p - 1);
        check(p + 1);
        if (p > u64_max / 10) break;
    }
    check(u64_max);
    std::uint64_t state = 0x2545f4914f6cdd1du;
    for (int i = 0; i < 100000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        check(state >> (i % 64));
    }
}

TEST_CASE("rounding all nines carries into a new leading digit", "[charconv]") {
    constexpr auto rounded = [](std::uint64_t digits, int significant) {
        digit_string d = to_digit_string(decimal_float{digits, 0});
        round_digit_string(d, significant);
        return d;
    };
    // 9996 to three digits is 10^4, which to_digit_string writes as one digit with point 5.
    STATIC_REQUIRE(same_digits(rounded(9996, 3), to_digit_string(decimal_float{1, 4})));
    STATIC_REQUIRE(
        same_digits(rounded(99999999999999995, 16), to_digit_string(decimal_float{1, 17})));
    STATIC_REQUIRE(same_digits(rounded(96, 1), to_digit_string(decimal_float{1, 2})));
    // Without a carry out of the first digit the point stays.
    STATIC_REQUIRE(same_digits(rounded(1996, 3), to_digit_string(decimal_float{2, 3})));
    STATIC_REQUIRE(same_digits(rounded(1994, 3), to_digit_string(decimal_float{199, 1})));
}
