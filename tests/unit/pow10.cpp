// The 128-bit powers of ten that the decimal conversions use, checked against leading bits
// computed here from scratch: 10^q = 5^q * 2^q, so the leading bits of 10^q are those of 5^q
// (q >= 0) or of 1 / 5^-q (q < 0), found with a small big integer and long division.
#include "flopscale/detail/charconv.hpp"

#include "catch_compat.hpp"

#include <cstdint>

using flopscale::detail::floor_log2_pow10;
using flopscale::detail::pow10_128;
using flopscale::detail::pow10_max;
using flopscale::detail::pow10_min;
using flopscale::detail::u128;

namespace {

// Little-endian 32-bit limbs; 48 of them hold 5^343 (797 bits) and 2^(127 + 797).
struct natural {
    static constexpr int capacity = 48;
    std::uint32_t limb[capacity]{};
    int size = 0;

    constexpr void times(std::uint32_t factor) {
        std::uint64_t carry = 0;
        for (int i = 0; i < size; ++i) {
            const std::uint64_t t = std::uint64_t{limb[i]} * factor + carry;
            limb[i] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        if (carry != 0) limb[size++] = static_cast<std::uint32_t>(carry);
    }
    constexpr void divide(std::uint32_t divisor) { // truncating
        std::uint64_t rest = 0;
        for (int i = size - 1; i >= 0; --i) {
            const std::uint64_t t = (rest << 32) | limb[i];
            limb[i] = static_cast<std::uint32_t>(t / divisor);
            rest = t % divisor;
        }
        while (size > 0 && limb[size - 1] == 0)
            --size;
    }
    constexpr int bit_length() const {
        if (size == 0) return 0;
        int n = 32 * (size - 1);
        for (std::uint32_t top = limb[size - 1]; top != 0; top >>= 1)
            ++n;
        return n;
    }
    constexpr bool bit(int i) const {
        return i >= 0 && i / 32 < size && ((limb[i / 32] >> (i % 32)) & 1u) != 0;
    }
};

constexpr natural power_of_five(int n) {
    natural x;
    x.limb[0] = 1;
    x.size = 1;
    for (int k = 0; k < n; ++k)
        x.times(5);
    return x;
}

struct leading {
    u128 bits;          // the 128 leading bits of 10^q, truncated
    int floor_log2 = 0; // floor(log2(10^q))
};

// The 128 bits of x from bit `top` down (bits below 0 read as zero).
constexpr u128 bits_below(const natural& x, int top) {
    u128 r{0, 0};
    for (int i = 0; i < 128; ++i) {
        const bool b = x.bit(top - i);
        if (i < 64) {
            r.hi = (r.hi << 1) | (b ? 1u : 0u);
        } else {
            r.lo = (r.lo << 1) | (b ? 1u : 0u);
        }
    }
    return r;
}

constexpr leading exact_pow10(int q) {
    if (q >= 0) {
        // 2^(len - 1) <= 5^q < 2^len, so floor(log2 10^q) = q + len - 1.
        const natural five = power_of_five(q);
        const int len = five.bit_length();
        return {bits_below(five, len - 1), q + len - 1};
    }
    // 2^(len - 1) < 5^m < 2^len (5^m is no power of two), so 2^127 < 2^(127 + len) / 5^m < 2^128,
    // and floor(log2 10^-m) = -m - len.
    const int m = -q;
    const int len = power_of_five(m).bit_length();
    natural x;
    x.size = (127 + len) / 32 + 1;
    x.limb[(127 + len) / 32] = std::uint32_t{1} << ((127 + len) % 32);
    for (int k = 0; k < m; ++k)
        x.divide(5);
    return {bits_below(x, 127), -m - len};
}

constexpr bool matches(int q) {
    const leading want = exact_pow10(q);
    const u128 got = pow10_128(q);
    return got.hi == want.bits.hi && got.lo == want.bits.lo &&
           floor_log2_pow10(q) == want.floor_log2;
}

} // namespace

TEST_CASE("pow10_128 gives exact powers of ten where they fit 128 bits") {
    // 10^0 = 2^127 in this scaling; 10^1 = 0b1010 shifted to the top.
    STATIC_REQUIRE(pow10_128(0).hi == std::uint64_t{1} << 63);
    STATIC_REQUIRE(pow10_128(0).lo == 0);
    STATIC_REQUIRE(pow10_128(1).hi == std::uint64_t{10} << 60);
    STATIC_REQUIRE(pow10_128(1).lo == 0);
    // 10^22, the largest power of ten a double holds exactly, and 10^23, the first it does not:
    // both are exact here (5^23 has 54 bits).
    STATIC_REQUIRE(matches(22));
    STATIC_REQUIRE(matches(23));
    STATIC_REQUIRE(pow10_128(23).lo == 0);
    STATIC_REQUIRE(matches(55)); // 5^55 has 128 bits: the last exact entry
    STATIC_REQUIRE(matches(56));
}

TEST_CASE("pow10_128 truncates negative and large powers of ten") {
    // 10^-1 = 1.6 * 2^-4: the bits of 0x1.999... truncated.
    STATIC_REQUIRE(pow10_128(-1).hi == 0xccccccccccccccccu);
    STATIC_REQUIRE(pow10_128(-1).lo == 0xccccccccccccccccu);
    STATIC_REQUIRE(matches(-1));
    STATIC_REQUIRE(matches(-22));
    STATIC_REQUIRE(matches(pow10_min));
    STATIC_REQUIRE(matches(pow10_max));
    STATIC_REQUIRE(matches(-324)); // below the least subnormal, 4.9e-324
    STATIC_REQUIRE(matches(308));
}

TEST_CASE("pow10_128 is exact over its whole range, at run time too") {
    volatile int first = pow10_min; // keeps the loop out of constant folding
    for (int q = first; q <= pow10_max; ++q) {
        INFO("q = " << q);
        CHECK(matches(q));
    }
}
