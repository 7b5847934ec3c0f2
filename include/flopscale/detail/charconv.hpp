// flopscale/detail/charconv.hpp — constexpr conversions between double and decimal text.
//
// Neither <charconv> nor strtod is usable in a constant expression in C++17, so flopscale carries
// its own conversions, identical at compile time and at run time:
//
// - shortest_decimal: the shortest decimal that reads back as the same double, and among those
//   the closest (the round-trip guarantee of std::to_chars without precision). It follows the
//   Schubfach method (R. Giulietti, "The Schubfach way to render doubles", 2020): the rounding
//   interval's ends and centre are scaled by a 128-bit power of ten with rounding to odd, which
//   decides both the shortest length and the closest digits with 64-bit integer work.
// - parse_decimal: a decimal string read correctly rounded (round half to even, as strtod does).
//   The first 19 significant digits times a 128-bit power of ten bound the value from below and
//   from above; when both bounds round to the same double that is the answer (almost always).
//   Otherwise the exact decimal is compared with the halfway point between the two candidate
//   doubles in big-integer arithmetic, using up to 800 significant digits (a halfway point between
//   doubles has at most 767) plus a sticky digit for the rest.
//
// Both use the 128-bit powers of ten of pow10_128, rebuilt from the table in pow10_table.hpp, and
// the bit access of math.hpp (math::detail::to_bits and from_bits): bit casts where the compiler
// has them, exact arithmetic with FLOPSCALE_MATH_PORTABLE_BITS or without them. The results are
// the same, except that the portable path does not see the sign of a zero: to_chars then writes
// -0.0 as 0.
#pragma once

#include "flopscale/detail/pow10_table.hpp"
#include "flopscale/math.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace flopscale::detail {

// ---------------------------------------------------------------------------------------------
// 128-bit unsigned arithmetic without __int128 (absent on 32-bit targets).

struct u128 {
    std::uint64_t hi;
    std::uint64_t lo;
};

constexpr u128 mul_64x64(std::uint64_t a, std::uint64_t b) noexcept {
#if defined(__SIZEOF_INT128__)
    __extension__ using wide = unsigned __int128;
    const wide p = static_cast<wide>(a) * b;
    return {static_cast<std::uint64_t>(p >> 64), static_cast<std::uint64_t>(p)};
#else
    const std::uint64_t a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
    const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const std::uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & 0xffffffffu)};
#endif
}

// floor(x / 10) for every 64-bit x by a multiplication: a 64-bit division by a constant is a
// library call on 32-bit targets (__aeabi_uldivmod, about 750 bytes of flash and slow).
// 0xCCCCCCCCCCCCCCCD = (2^67 + 2) / 10, so x * it / 2^67 = x / 10 + x / (5 * 2^67). The excess
// x / (5 * 2^67) is below 1/40 for x < 2^64, while x / 10 lies at most 9/10 above its floor:
// their sum stays below the next integer, and taking the floor gives floor(x / 10) exactly.
constexpr std::uint64_t div10(std::uint64_t x) noexcept {
    return mul_64x64(x, 0xCCCCCCCCCCCCCCCDu).hi >> 3;
}

constexpr int leading_zeros(std::uint64_t x) noexcept {
    int n = 0;
    if (x == 0) return 64;
    while ((x >> 63) == 0) {
        x <<= 1;
        ++n;
    }
    return n;
}

// floor(x / 2^n) for negative x too, without relying on the sign behaviour of >>.
constexpr int floor_shift(int x, int n) noexcept {
    return x >= 0 ? x >> n : -((-x + (1 << n) - 1) >> n);
}
// floor(log10(2^e)), floor(log10(3/4 * 2^e)) and floor(log2(10^e)) for the exponents of doubles;
// the multipliers are log10(2), log10(3/4) and log2(10) in fixed point (the generator of
// pow10_table.hpp checks the last one over the table's range).
constexpr int floor_log10_pow2(int e) noexcept {
    return floor_shift(e * 1262611, 22);
}
constexpr int floor_log10_three_quarters_pow2(int e) noexcept {
    return floor_shift(e * 1262611 - 524031, 22);
}
constexpr int floor_log2_pow10(int e) noexcept {
    return floor_shift(e * 1741647, 19);
}

// The 128 leading bits of 10^q, truncated: floor(10^q / 2^(floor_log2_pow10(q) - 127)), between
// 2^127 and 2^128. Rebuilt from the compressed table of pow10_table.hpp (a base power of ten, a
// power of five and a small correction; the generator checks that every entry comes out exact):
// 784 bytes of flash instead of the 10,688 a full table of 668 entries takes. Callers keep
// pow10_min <= q <= pow10_max.
constexpr u128 pow10_128(int q) noexcept {
    const int i = q - pow10_min;
    const int n = i / pow10_stride;
    const int j = i - n * pow10_stride;
    u128 r{pow10_base[n].hi, pow10_base[n].lo};
    if (j != 0) {
        // base * 5^j is 192 bits wide; the shift s (1 to 63) leaves the top 128 ones.
        const int s = floor_log2_pow10(q) - floor_log2_pow10(q - j) - j;
        const u128 low = mul_64x64(r.lo, pow5_64[j]);
        const u128 high = mul_64x64(r.hi, pow5_64[j]);
        const std::uint64_t mid = high.lo + low.hi;
        const std::uint64_t top = high.hi + (mid < low.hi ? 1 : 0);
        r = {(top << (64 - s)) | (mid >> s), (mid << (64 - s)) | (low.lo >> s)};
    }
    const std::uint64_t correction = (pow10_correction[i / 16] >> (2 * (i % 16))) & 3u;
    r.lo += correction;
    if (r.lo < correction) ++r.hi;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Double -> shortest decimal.

// value = digits * 10^exponent
struct decimal_float {
    std::uint64_t digits;
    int exponent;
};

// The upper 64 bits of the 192-bit product g * cp, made odd when the discarded part is not
// (nearly) zero: rounding to odd keeps the comparisons below exact.
constexpr std::uint64_t scaled_round_to_odd(u128 g, std::uint64_t cp) noexcept {
    const u128 x = mul_64x64(g.lo, cp);
    const u128 y = mul_64x64(g.hi, cp);
    const std::uint64_t middle = y.lo + x.hi;
    const std::uint64_t upper = y.hi + (middle < x.hi ? 1 : 0);
    return upper | (middle > 1 ? 1 : 0);
}

// Precondition: v is finite and positive.
constexpr decimal_float shortest_decimal(double v) noexcept {
    const std::uint64_t bits = math::detail::to_bits(v);
    const std::uint64_t fraction = bits & math::detail::mantissa_mask;
    const int field = static_cast<int>(bits >> 52); // v > 0: no sign bit
    const std::uint64_t c = field == 0 ? fraction : fraction | (std::uint64_t{1} << 52);
    const int q = field == 0 ? -1074 : field - 1075;

    decimal_float result{0, 0};
    // Integers below 2^53 are their own shortest form.
    if (q <= 0 && q >= -52 && (c & ((std::uint64_t{1} << -q) - 1)) == 0) {
        result = {c >> -q, 0};
    } else {
        const bool even = (c & 1) == 0;
        const bool lower_closer = fraction == 0 && field > 1;
        const std::uint64_t cbl = 4 * c - 2 + (lower_closer ? 1 : 0);
        const std::uint64_t cb = 4 * c;
        const std::uint64_t cbr = 4 * c + 2;
        const int k = lower_closer ? floor_log10_three_quarters_pow2(q) : floor_log10_pow2(q);
        const int h = q + floor_log2_pow10(-k) + 1;
        // The power of ten rounded up: the truncated table entry plus one unit.
        const u128 entry = pow10_128(-k);
        const u128 g{entry.hi + (entry.lo == ~std::uint64_t{0} ? 1 : 0), entry.lo + 1};
        const std::uint64_t vbl = scaled_round_to_odd(g, cbl << h);
        const std::uint64_t vb = scaled_round_to_odd(g, cb << h);
        const std::uint64_t vbr = scaled_round_to_odd(g, cbr << h);
        const std::uint64_t lower = vbl + (even ? 0 : 1);
        const std::uint64_t upper = vbr - (even ? 0 : 1);
        const std::uint64_t s = vb / 4;
        bool done = false;
        if (s >= 10) {
            const std::uint64_t sp = div10(s);
            const bool up_inside = lower <= 40 * sp;
            const bool wp_inside = 40 * sp + 40 <= upper;
            if (up_inside != wp_inside) {
                result = {sp + (wp_inside ? 1 : 0), k + 1};
                done = true;
            }
        }
        if (!done) {
            const bool u_inside = lower <= 4 * s;
            const bool w_inside = 4 * s + 4 <= upper;
            if (u_inside != w_inside) {
                result = {s + (w_inside ? 1 : 0), k};
            } else {
                const std::uint64_t mid = 4 * s + 2;
                const bool round_up = vb > mid || (vb == mid && (s & 1) != 0);
                result = {s + (round_up ? 1 : 0), k};
            }
        }
    }
    for (;;) {
        const std::uint64_t tenth = div10(result.digits);
        if (tenth * 10 != result.digits) break;
        result.digits = tenth;
        ++result.exponent;
    }
    return result;
}

// Decimal digits of a positive value as characters: value = 0.d1 d2 ... dn * 10^point.
struct digit_string {
    char digit[24];
    int count;
    int point;
};

constexpr digit_string to_digit_string(decimal_float d) noexcept {
    digit_string out{{}, 0, 0};
    // Count the digits first, then write them in place from the last one.
    int n = 1;
    for (std::uint64_t p = 10; n < 20 && p <= d.digits; p *= 10)
        ++n;
    std::uint64_t x = d.digits;
    for (int i = n - 1; i >= 0; --i) {
        const std::uint64_t q = div10(x);
        out.digit[i] = static_cast<char>('0' + static_cast<int>(x - 10 * q));
        x = q;
    }
    out.count = n;
    out.point = d.exponent + n;
    return out;
}

// Keeps at most `significant` digits (>= 1), rounding half away from zero on the digits given.
constexpr void round_digit_string(digit_string& d, int significant) noexcept {
    if (significant < 1) significant = 1;
    if (d.count <= significant) return;
    const bool up = d.digit[significant] >= '5';
    d.count = significant;
    if (up) {
        int i = significant - 1;
        while (i >= 0 && d.digit[i] == '9') {
            d.digit[i] = '0';
            --i;
        }
        if (i >= 0) {
            ++d.digit[i];
        } else {
            // 99.96 -> 100.0: every kept digit is now 0, so a 1 in front (with the last 0 falling
            // off) is the same as a 1 in place of the first 0 and the point one place later.
            d.digit[0] = '1';
            ++d.point;
        }
    }
    while (d.count > 1 && d.digit[d.count - 1] == '0')
        --d.count;
}

// ---------------------------------------------------------------------------------------------
// Decimal text -> double, correctly rounded.

// Fixed-capacity unsigned big integer, little-endian 32-bit limbs. 100 limbs (3200 bits) hold
// every comparison parse_decimal makes (at most about 2700 bits).
struct big_integer {
    static constexpr int capacity = 100;
    std::uint32_t limb[capacity]{};
    int size = 0;

    constexpr void multiply_add(std::uint32_t factor, std::uint32_t addend) noexcept {
        std::uint64_t carry = addend;
        for (int i = 0; i < size; ++i) {
            const std::uint64_t t = std::uint64_t{limb[i]} * factor + carry;
            limb[i] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        if (carry != 0 && size < capacity) limb[size++] = static_cast<std::uint32_t>(carry);
    }
    constexpr void multiply_pow5(long long n) noexcept {
        for (; n >= 13; n -= 13)
            multiply_add(1220703125u, 0); // 5^13
        std::uint32_t rest = 1;
        for (; n > 0; --n)
            rest *= 5;
        multiply_add(rest, 0);
    }
    constexpr void shift_left(long long n) noexcept {
        if (size == 0 || n <= 0) return;
        const int words = static_cast<int>(n / 32);
        const int bits = static_cast<int>(n % 32);
        if (size + words + 1 > capacity) return; // cannot happen for parse_decimal's operands
        for (int i = size - 1; i >= 0; --i)
            limb[i + words] = limb[i];
        for (int i = 0; i < words; ++i)
            limb[i] = 0;
        size += words;
        if (bits != 0) {
            std::uint32_t carry = 0;
            for (int i = words; i < size; ++i) {
                const std::uint32_t next = limb[i] >> (32 - bits);
                limb[i] = (limb[i] << bits) | carry;
                carry = next;
            }
            if (carry != 0) limb[size++] = carry;
        }
    }
};

constexpr int compare(const big_integer& a, const big_integer& b) noexcept {
    int na = a.size, nb = b.size;
    while (na > 0 && a.limb[na - 1] == 0)
        --na;
    while (nb > 0 && b.limb[nb - 1] == 0)
        --nb;
    if (na != nb) return na < nb ? -1 : 1;
    for (int i = na - 1; i >= 0; --i) {
        if (a.limb[i] != b.limb[i]) return a.limb[i] < b.limb[i] ? -1 : 1;
    }
    return 0;
}

enum class number_status { ok, invalid, out_of_range };

struct number_result {
    double value;         // positive or zero; the caller applies a sign
    std::size_t end;      // first character not part of the number
    number_status status; // invalid: no digits at the start; out_of_range: beyond DBL_MAX
};

constexpr bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

struct rounding {
    std::uint64_t bits; // of the double nearest (or, with truncate, just below)
    bool overflow;
};

// x * 2^e2 as a double: rounded to nearest even, or truncated. x has its bit 126 or 127 set.
constexpr rounding round_scaled(u128 x, int e2, bool truncate) noexcept {
    const int msb = x.hi >> 63 != 0 ? 127 : 126;
    const int e = msb + e2;
    if (e > 1023) return {0, true};
    const int shift = e >= -1022 ? msb - 52 : -1074 - e2; // bits dropped, >= 74
    if (shift > 128) return {0, false};                   // below half the least subnormal
    // m = x >> shift; the dropped part compared with half of its unit.
    std::uint64_t m = 0;
    bool above_half = false, at_half = false;
    if (shift >= 64) {
        const int s = shift - 64;
        m = s == 64 ? 0 : x.hi >> s;
        const std::uint64_t hmask =
            s == 0 ? 0 : (s == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << s) - 1);
        const std::uint64_t rest_hi = x.hi & hmask;
        if (s == 0) {
            above_half = (x.lo >> 63) != 0 && (x.lo << 1) != 0;
            at_half = x.lo == std::uint64_t{1} << 63;
        } else {
            const std::uint64_t half = std::uint64_t{1} << (s - 1);
            above_half = rest_hi > half || (rest_hi == half && x.lo != 0);
            at_half = rest_hi == half && x.lo == 0;
        }
    }
    if (!truncate && (above_half || (at_half && (m & 1) != 0))) ++m;
    // m carries the hidden bit, which adds one to the exponent field; a carry out of 53 bits
    // adds one more. Subnormals (field 0) work the same way.
    const std::uint64_t field = e >= -1022 ? static_cast<std::uint64_t>(e + 1022) : 0;
    const std::uint64_t result = (field << 52) + m;
    if (result >= math::detail::inf_bits) return {0, true};
    return {result, false};
}

// Reads an unsigned decimal number at text[pos...]: digits, an optional '.', digits (at least one
// digit in all) and an optional exponent (e or E, an optional sign, at least one digit; without a
// digit the 'e' is not part of the number). The value is multiplied by 10^extra_exponent before
// the one rounding. Underflow gives zero; a value beyond the largest double is out_of_range.
constexpr number_result parse_decimal(std::string_view text, std::size_t pos,
                                      int extra_exponent = 0) noexcept {
    const std::size_t n = text.size();
    std::size_t i = pos;
    std::uint64_t w = 0;       // the first up to 19 significant digits
    long long significant = 0; // number of significant digits (leading zeros excluded)
    long long fraction_length = 0;
    bool any_digit = false;
    bool truncated = false; // a non-zero digit beyond the first 19
    const std::size_t mantissa_begin = i;
    const auto take = [&](char c) {
        const int d = c - '0';
        any_digit = true;
        if (significant == 0 && d == 0) return;
        if (significant < 19) {
            w = w * 10 + static_cast<std::uint64_t>(d);
        } else if (d != 0) {
            truncated = true;
        }
        ++significant;
    };
    while (i < n && is_digit(text[i]))
        take(text[i++]);
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && is_digit(text[i])) {
            take(text[i++]);
            ++fraction_length;
        }
    }
    if (!any_digit) return {0.0, pos, number_status::invalid};
    const std::size_t mantissa_end = i;

    long long exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t j = i + 1;
        bool negative = false;
        if (j < n && (text[j] == '+' || text[j] == '-')) negative = text[j++] == '-';
        if (j < n && is_digit(text[j])) {
            while (j < n && is_digit(text[j])) {
                // Saturate: any exponent this large already decides overflow or underflow.
                if (exponent < 100000000) exponent = exponent * 10 + (text[j] - '0');
                ++j;
            }
            if (negative) exponent = -exponent;
            i = j;
        }
    }
    if (w == 0) return {0.0, i, number_status::ok};

    // value = (all significant digits) * 10^q_all
    const long long q_all = exponent + extra_exponent - fraction_length;
    const long long magnitude = q_all + significant; // value in [10^(magnitude-1), 10^magnitude)
    if (magnitude > 310) return {0.0, i, number_status::out_of_range};
    if (magnitude <= -324) return {0.0, i, number_status::ok}; // below 1e-324: rounds to zero
    const int kept = significant < 19 ? static_cast<int>(significant) : 19;
    const int q = static_cast<int>(q_all + (significant - kept));

    // Bounds on the value in units of 2^e2: lower <= value < upper.
    const int lz = leading_zeros(w);
    const std::uint64_t wn = w << lz;
    const u128 p = pow10_128(q);
    const u128 a = mul_64x64(wn, p.hi);
    const u128 b = mul_64x64(wn, p.lo);
    u128 lower{a.hi, a.lo + b.hi};
    if (lower.lo < b.hi) ++lower.hi;
    const int e2 = 64 + (floor_log2_pow10(q) - 127) - lz;
    // Omitted: the product's low 64 bits (< 1 unit), the table's truncation (< 1 unit when not
    // exact) and the digits beyond the 19th (< 2^lz * (p + 1) / 2^64 units).
    std::uint64_t slack = 3;
    std::uint64_t slack_hi = 0;
    if (truncated) {
        const u128 extra{0, p.hi + 1};
        slack_hi = lz == 0 ? 0 : extra.lo >> (64 - lz);
        const std::uint64_t extra_lo = extra.lo << lz;
        slack += extra_lo;
        if (slack < extra_lo) ++slack_hi;
        if (p.hi == ~std::uint64_t{0}) slack_hi += std::uint64_t{1} << lz;
    }
    u128 upper{lower.hi + slack_hi, lower.lo + slack};
    if (upper.lo < slack) ++upper.hi;
    const bool upper_wrapped = upper.hi < lower.hi;

    const rounding from_lower = round_scaled(lower, e2, false);
    if (!upper_wrapped) {
        const rounding from_upper = round_scaled(upper, e2, false);
        if (from_lower.overflow && from_upper.overflow)
            return {0.0, i, number_status::out_of_range};
        if (!from_lower.overflow && !from_upper.overflow && from_lower.bits == from_upper.bits) {
            return {math::detail::from_bits(from_lower.bits), i, number_status::ok};
        }
    }

    // Undecided: the value lies within one unit in the last place above the truncated lower
    // bound. Compare the exact decimal with the halfway point above that double.
    const rounding base = round_scaled(lower, e2, true);
    if (base.overflow) return {0.0, i, number_status::out_of_range};
    const std::uint64_t field = base.bits >> 52;
    const std::uint64_t m =
        field == 0 ? base.bits
                   : (base.bits & math::detail::mantissa_mask) | (std::uint64_t{1} << 52);
    const int e = field == 0 ? -1074 : static_cast<int>(field) - 1075;

    // Left: the decimal's digits (at most 800, plus a sticky 1 for any non-zero rest).
    big_integer left;
    long long used = 0;
    bool sticky = false;
    for (std::size_t j = mantissa_begin; j < mantissa_end; ++j) {
        const char c = text[j];
        if (c == '.') continue;
        if (used == 0 && c == '0') continue;
        if (used < 800) {
            left.multiply_add(10, static_cast<std::uint32_t>(c - '0'));
            ++used;
        } else if (c != '0') {
            sticky = true;
        }
    }
    long long q_left = q_all + (significant - used);
    if (sticky) {
        left.multiply_add(10, 1);
        --q_left;
    }
    // Right: the halfway point (2m + 1) * 2^(e - 1). Equalise the powers of ten and two.
    big_integer right;
    right.limb[0] = static_cast<std::uint32_t>(2 * m + 1);
    right.limb[1] = static_cast<std::uint32_t>((2 * m + 1) >> 32);
    right.size = 2;
    long long two_left = 0, two_right = e - 1;
    if (q_left >= 0) {
        left.multiply_pow5(q_left);
        two_left += q_left;
    } else {
        right.multiply_pow5(-q_left);
        two_right -= q_left;
    }
    if (two_left > two_right) {
        left.shift_left(two_left - two_right);
    } else {
        right.shift_left(two_right - two_left);
    }
    const int order = compare(left, right);
    const bool up = order > 0 || (order == 0 && (m & 1) != 0);
    const std::uint64_t result = base.bits + (up ? 1 : 0);
    if (result >= math::detail::inf_bits) return {0.0, i, number_status::out_of_range};
    return {math::detail::from_bits(result), i, number_status::ok};
}

} // namespace flopscale::detail
