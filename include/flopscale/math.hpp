// flopscale/math.hpp — constexpr elementary functions without <cmath>.
//
// Before C++26 no standard function computes exp/log/pow in a constant expression, so flopscale
// carries its own kernel. Every function here runs the same code at compile time and at run time,
// so a value checked in a static_assert is the value a running program computes, bit for bit (on
// IEEE-754 binary64 hardware evaluating double as double, i.e. without x87 excess precision and
// without floating-point contraction into FMA: -ffp-contract=off where the target has FMA).
//
// Method: exact binary range reduction (x = 2^e * m through the bit pattern), a small table, a
// short polynomial and double-double ("dd": an unevaluated sum hi + lo) arithmetic where the last
// bits matter. The products of dd arithmetic use Dekker's exact two-product with Veltkamp
// splitting, because std::fma is not constexpr. Measured against long double references over 10^6
// inputs per function (tests/bench/math_accuracy.cpp): at most 0.53 ulp for exp, exp2, expm1, log,
// log2, log10, log1p and cbrt, 0.62 for pow, sqrt correctly rounded, float versions at most 0.5
// ulp. The tables are kept small (1 KB in all) because on a microcontroller they are flash.
//
// Edge cases follow C99 Annex F as std:: does: NaN in gives NaN out, log(0) = -inf, log(x < 0) =
// NaN, pow(x, 0) = 1, pow(negative, non-integer) = NaN, overflow gives +-inf and underflow 0 or a
// subnormal. No computation here ever overflows or produces a NaN by arithmetic (GCC rejects the
// former and Clang the latter in constant expressions); special results are returned as constants.
//
// Bit access uses __builtin_bit_cast where the compiler has it (GCC 11+, Clang 9+, MSVC 19.27+) and
// exact arithmetic scaling otherwise (define FLOPSCALE_MATH_PORTABLE_BITS to force it). Both give
// identical results, except that the portable path cannot see the sign of a zero: there -0.0
// behaves like +0.0 in signbit and in pow(-0.0, y).
#pragma once

#include <cstdint>
#include <limits>

#include "flopscale/detail/math_tables.hpp"

#if !defined(FLOPSCALE_MATH_PORTABLE_BITS) && defined(__has_builtin)
#if __has_builtin(__builtin_bit_cast)
#define FLOPSCALE_MATH_BIT_CAST 1
#endif
#endif
#if !defined(FLOPSCALE_MATH_BIT_CAST) && !defined(FLOPSCALE_MATH_PORTABLE_BITS) &&                 \
    defined(_MSC_VER) && _MSC_VER >= 1927
#define FLOPSCALE_MATH_BIT_CAST 1
#endif

// A function for a rare case that should stay a branch: compilers may otherwise compute the case
// always and pick its result with a conditional move, on the critical path of the common case
// (Clang does, for the subnormal step of log). Unlike a branch hint, it costs constant evaluation
// nothing where the case does not arise.
#if defined(__GNUC__) || defined(__clang__)
#define FLOPSCALE_MATH_COLD __attribute__((cold, noinline))
#else
#define FLOPSCALE_MATH_COLD
#endif

namespace flopscale::math {

namespace detail {

inline constexpr double inf = std::numeric_limits<double>::infinity();
inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();
inline constexpr std::uint64_t mantissa_mask = (std::uint64_t{1} << 52) - 1;
inline constexpr std::uint64_t sign_bit = std::uint64_t{1} << 63;
inline constexpr std::uint64_t min_normal_bits = std::uint64_t{1} << 52;
inline constexpr std::uint64_t one_bits = std::uint64_t{0x3ff} << 52;
inline constexpr std::uint64_t inf_bits = std::uint64_t{0x7ff} << 52;
inline constexpr std::uint64_t magnitude_mask = ~sign_bit;

// Powers 2^(2^k) and 2^-(2^k), k = 0..9, for the portable bit access.
inline constexpr double pow2_up[10] = {0x1p1,  0x1p2,  0x1p4,   0x1p8,   0x1p16,
                                       0x1p32, 0x1p64, 0x1p128, 0x1p256, 0x1p512};
inline constexpr double pow2_down[10] = {0x1p-1,  0x1p-2,  0x1p-4,   0x1p-8,   0x1p-16,
                                         0x1p-32, 0x1p-64, 0x1p-128, 0x1p-256, 0x1p-512};

// 2^n for -1074 <= n <= 1023 by binary powering; every partial product is an exact power of two.
constexpr double pow2_portable(int n) noexcept {
    const double* table = n < 0 ? pow2_down : pow2_up;
    unsigned u = static_cast<unsigned>(n < 0 ? -n : n);
    double r = 1.0;
    if (u >= 1024) { // only 2^-1024 ... 2^-1074: take 2^-1024 as 2^-512 * 2^-512
        r = 0x1p-512 * 0x1p-512;
        u -= 1024;
    }
    for (int k = 0; u != 0; ++k, u >>= 1)
        if ((u & 1U) != 0) r *= table[k];
    return r;
}

// The bit pattern of x by exact arithmetic (comparisons and scaling by powers of two); -0.0 gives
// the pattern of +0.0 and every NaN the default quiet NaN.
constexpr std::uint64_t to_bits_portable(double x) noexcept {
    if (x != x) return 0x7ff8000000000000ULL;
    std::uint64_t sign = 0;
    if (x < 0) {
        sign = std::uint64_t{1} << 63;
        x = -x;
    }
    if (x == inf) return sign | 0x7ff0000000000000ULL;
    if (x < 0x1p-1022) return sign | static_cast<std::uint64_t>(x * 0x1p1000 * 0x1p74);
    int e = 0;
    if (x >= 1.0) {
        for (int k = 9; k >= 0; --k)
            if (x >= pow2_up[k]) {
                x *= pow2_down[k];
                e += 1 << k;
            }
    } else {
        // x * 2^(2^k) < 2 means the exponent of x is at most -2^k: scale up greedily into [1, 2).
        for (int k = 9; k >= 0; --k)
            if (x * pow2_up[k] < 2.0) {
                x *= pow2_up[k];
                e -= 1 << k;
            }
    }
    const auto m = static_cast<std::uint64_t>((x - 1.0) * 0x1p52);
    return sign | (static_cast<std::uint64_t>(e + 1023) << 52) | m;
}

// The double with bit pattern b, by exact arithmetic; every NaN pattern gives the default NaN.
constexpr double from_bits_portable(std::uint64_t b) noexcept {
    const bool negative = (b >> 63) != 0;
    const int e = static_cast<int>((b >> 52) & 0x7ff);
    const std::uint64_t m = b & mantissa_mask;
    double v = 0;
    if (e == 0x7ff) {
        if (m != 0) return nan;
        v = inf;
    } else if (e == 0) {
        v = static_cast<double>(m) * 0x1p-1074;
    } else {
        v = static_cast<double>(m | (std::uint64_t{1} << 52)) * pow2_portable(e - 1075);
    }
    return negative ? -v : v;
}

constexpr std::uint64_t to_bits(double x) noexcept {
#ifdef FLOPSCALE_MATH_BIT_CAST
    return __builtin_bit_cast(std::uint64_t, x);
#else
    return to_bits_portable(x);
#endif
}

constexpr double from_bits(std::uint64_t b) noexcept {
#ifdef FLOPSCALE_MATH_BIT_CAST
    return __builtin_bit_cast(double, b);
#else
    return from_bits_portable(b);
#endif
}

// 2^n as a double, -1074 <= n <= 1023.
constexpr double pow2(int n) noexcept {
    if (n >= -1022) return from_bits(static_cast<std::uint64_t>(n + 1023) << 52);
    return from_bits(std::uint64_t{1} << (n + 1074));
}

// v * 2^n rounded once, or +-inf when it overflows (v finite, |v| < 2^53).
constexpr double scale(double v, int n) noexcept {
    if (n > 1023) {
        const double w = v * pow2(n - 1023);
        if (w >= 2.0 || w <= -2.0) return w > 0 ? inf : -inf;
        return w * 0x1p1023;
    }
    if (n < -1074) return v * pow2(n + 64) * 0x1p-64; // the first product is exact
    return v * pow2(n);
}

struct dd {
    double hi;
    double lo;
};

// a + b = s + e exactly (Knuth).
constexpr dd two_sum(double a, double b) noexcept {
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

// a + b = s + e exactly when |a| >= |b| (Dekker).
constexpr dd fast_two_sum(double a, double b) noexcept {
    const double s = a + b;
    return {s, b - (s - a)};
}

// (hi + lo) * 2^n rounded once, also where the result is subnormal; hi = round(hi + lo) in
// [0.5, 4) as exp_kernel makes it. Subnormal results are rounded in the scaled domain by adding a
// constant c whose ulp is the subnormal spacing, so hi and lo are rounded together.
constexpr double scale_dd(double hi, double lo, int n) noexcept {
    if (n >= -1000) return scale(hi, n);
    if (hi >= 2.0) {
        hi *= 0.5;
        lo *= 0.5;
        ++n;
    } else if (hi < 1.0) {
        hi *= 2.0;
        lo *= 2.0;
        --n;
    }
    if (n >= -1022) return scale(hi, n);
    if (n < -1075) return 0.0; // below 2^-1075 even before rounding
    const double c = pow2(-1022 - n);
    const dd s = fast_two_sum(c, hi);
    return scale((s.hi + (s.lo + lo)) - c, n);
}

// a * b = p + e exactly (Dekker with Veltkamp splitting), for |a|, |b| < 2^995 and no underflow.
constexpr dd two_prod(double a, double b) noexcept {
    const double ta = 134217729.0 * a; // 2^27 + 1
    const double ah = ta - (ta - a);
    const double al = a - ah;
    const double tb = 134217729.0 * b;
    const double bh = tb - (tb - b);
    const double bl = b - bh;
    const double p = a * b;
    return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

constexpr dd dd_mul(dd a, dd b) noexcept {
    const dd p = two_prod(a.hi, b.hi);
    return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

// ln 2 = ln2_hi + ln2_lo with ln2_hi a multiple of 2^-42 of 38 bits, so e * ln2_hi is exact for
// |e| < 2^15 and e * ln2_hi + log_neg_log_hi[i] is exact too.
inline constexpr double ln2_hi = 0x1.62e42fefa3800p-1;
inline constexpr double ln2_lo = 0x1.ef35793c76730p-45;
// ln 2 as a double-double, 1/ln 2 and 1/ln 10 likewise.
inline constexpr dd ln2_dd = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
inline constexpr dd inv_ln2_dd = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};
inline constexpr dd inv_ln10_dd = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};
inline constexpr int exp_table_size = 1 << exp_table_bits;
inline constexpr int exp_table_mask = exp_table_size - 1;

// e^x for x = k ln2/16 + rh + rl (|rh| <= ln2/32 plus a little, |rl| < 2^-40), rounded to
// double: x = exponent ln2 + j ln2/16 + r, e^x = 2^exponent 2^(j/16) (1 + rh + sl) with
// sl = q(rh) + rl e^rh, q(r) = e^r - 1 - r to 2^-65 (a minimax polynomial of degree 7).
// Overflow gives +inf, subnormal results are rounded once; relative error before the final
// rounding below 2^-58 (mostly the rounding of t_hi rh). With minus_one, e^x - 1 instead,
// for expm1 (|x| >= 2^-7): subtracting 1 magnifies the error of e^x by up to 2^7 there, so e^x is
// kept to 2^-66 (t_hi rh exact) and the result is not scaled past the normal range.
// One function rather than a chain of small ones returning structs: constant evaluation pays
// for every call and every struct, and this is the heart of exp and pow.
template <bool minus_one = false>
constexpr double exp_kernel(int k, double rh, double rl) noexcept {
    const double r2 = rh * rh;
    // [exp_q] coefficients from math_tables.py, which checks them here
    const double q = r2 * ((0x1.0000000000004p-1 + rh * 0x1.555555555555ap-3) +
                           r2 * ((0x1.555555547f86cp-5 + rh * 0x1.111111107cfb2p-7) +
                                 r2 * (0x1.6c18415feb5dap-10 + rh * 0x1.a01b9f40de252p-13)));
    const double rough_e_rh = 1.0 + rh; // e^rh to 2^-10: enough for the terms it scales
    const double sl = q + rl * rough_e_rh;
    const int j = k & exp_table_mask;
    const int exponent = (k - j) / exp_table_size; // an exact quotient
    const double t_hi = exp2_hi[j];
    if constexpr (minus_one) {
        const dd p = two_prod(t_hi, rh);
        const dd h = fast_two_sum(t_hi, p.hi);
        const double lo = h.lo + (p.lo + t_hi * sl + exp2_lo[j] * (rough_e_rh + sl));
        const dd s = two_sum(scale(h.hi, exponent), -1.0);
        return s.hi + (s.lo + scale(lo, exponent));
    } else {
        const double tail = t_hi * rh + (t_hi * sl + exp2_lo[j] * rough_e_rh);
        const double hi = t_hi + tail;
        if (exponent <= -1000 || exponent >= 1000) // near over/underflow
            return scale_dd(hi, tail - (hi - t_hi), exponent);
        return hi * from_bits(static_cast<std::uint64_t>(exponent + 1023) << 52); // exact scaling
    }
}

// e^(xh + xl) (or e^(xh + xl) - 1, see exp_kernel) rounded, for xh not NaN and |xl| <= 2^-40
// |xh|. The reduction by k ln2/16 = k (a + b), k the integer nearest to xh 16/ln2: k a and
// xh - k a are exact (a has 35 significant bits; Sterbenz), k b rounds by below 2^-76, and the
// error of the subtraction of k b is recovered exactly.
template <bool minus_one = false>
constexpr double exp_dd(double xh, double xl) noexcept {
    if (xh > 709.8) return inf;
    if (xh < -745.2) return 0.0;
    // Adding and subtracting 1.5 * 2^52 rounds to an integer without a branch.
    const double kd = (xh * inv_ln2_step + 0x1.8p52) - 0x1.8p52;
    const double t1 = xh - kd * ln2_step_a;
    const double t2 = kd * ln2_step_b;
    const double rh = t1 - t2;
    return exp_kernel<minus_one>(static_cast<int>(kd), rh, ((t1 - rh) - t2) + xl);
}

// The constants of log_dd's bit manipulations, named once: constant evaluation would otherwise
// recompute them at every call.
inline constexpr std::uint64_t log_bias = (std::uint64_t{1} << 62) - log_offset;
inline constexpr int log_index_shift = 52 - log_table_bits;
inline constexpr unsigned log_index_mask = (1U << log_table_bits) - 1;
inline constexpr std::uint64_t log_scaled_m_bias =
    (std::uint64_t{1} << 62) - (static_cast<std::uint64_t>(log_inverse_bits) << 52);
inline constexpr std::uint64_t log_m_high_mask = ~((std::uint64_t{1} << log_inverse_bits) - 1);
inline constexpr std::uint64_t exponent_field_mask = ~mantissa_mask;

// The bit pattern of x 2^54 for a subnormal x given by its bit pattern.
FLOPSCALE_MATH_COLD constexpr std::uint64_t subnormal_times_2p54(std::uint64_t ix) noexcept {
    return to_bits(from_bits(ix) * 0x1p54);
}

// log(x) as hi + lo (|lo| < 2^-17 |hi|, not normalised) for finite x > 0, relative error below
// 2^-65 (the table's choice of c = 1 just below 1 keeps -log(c) and log1p(r) from cancelling
// there; just above 1 they can halve). Without exact_square the rounding error of r^2/2 (below
// 2^-66) stays in, and the relative error bound is 2^-60: enough for a log rounded to double
// (2^-7 ulp), not for pow, where y log x magnifies it. x is given by its bit pattern, which the
// callers have already looked at.
constexpr dd log_dd(std::uint64_t ix, bool exact_square) noexcept {
    int e = -1024;
    if (ix < min_normal_bits) { // subnormal: make it normal first
        ix = subnormal_times_2p54(ix);
        e -= 54;
    }
    // x = 2^e * m with m in [log_offset, 2 log_offset) as bit patterns, in one of 64
    // sub-intervals.
    const std::uint64_t tmp = ix + log_bias;
    e += static_cast<int>(tmp >> 52);
    const auto i = static_cast<unsigned>(tmp >> log_index_shift) & log_index_mask;
    // The table holds c 2^log_inverse_bits as an integer, so take m 2^-log_inverse_bits (off the
    // exponent field) for m.
    const double c_scaled = log_inverse_scaled[i];
    const std::uint64_t mb = ix + log_scaled_m_bias - (tmp & exponent_field_mask);
    // r = m c - 1 exactly, |r| < 2^-6: c has 7 significant bits and mh (m without its 7 low bits)
    // 46, so mh c and (m - mh) c are exact, mh c - 1 is exact (Sterbenz), and r itself is a
    // multiple of 2^-59 below 2^-6, so the last sum is exact too.
    const double m = from_bits(mb);
    const double mh = from_bits(mb & log_m_high_mask);
    const double r = (mh * c_scaled - 1.0) + (m - mh) * c_scaled;
    // log1p(r) = r - r^2/2 + tail to 2^-67.5 r, tail = r^3 p(r) with p a minimax polynomial of
    // degree 6, evaluated by Estrin's scheme (shorter dependency chains than Horner's at run time).
    // With exact_square, r^2 is taken exactly (two_prod), because r^2/2 is up to 2^-7 r.
    const double sq = r * r;
    const double half_sq = 0.5 * sq;
    // [log_p] coefficients from math_tables.py, which checks them here
    const double tail = r * sq *
                        ((0x1.5555555555555p-2 + r * -0x1.0000000000491p-2) +
                         sq * ((0x1.999999999b46ep-3 + r * -0x1.55555500aa705p-3) +
                               sq * ((0x1.2492489bd2b7cp-3 + r * -0x1.000ec3388aeb1p-3) +
                                     sq * 0x1.c73e6b50685f7p-4)));
    const double s = r - half_sq; // |r| > |half_sq|: r - s is exact
    double s_err = (r - s) - half_sq;
    if (exact_square) s_err -= 0.5 * two_prod(r, r).lo;
    const double ed = e;
    const double base = ed * ln2_hi + log_neg_log_hi[i]; // exact: multiples of 2^-42 below 2^11
    // |base| >= |s| unless base = 0 (math_tables.py checks it), so base + s is hi + (s - (hi -
    // base)) exactly. The small terms are summed in an order whose shape differs from base's:
    // where the two look alike, Clang packs them into vector operations whose shuffles cost a
    // quarter of log's time.
    const double hi = base + s;
    return {hi, ((s - (hi - base)) + s_err) + (ed * ln2_lo + (tail + log_neg_log_lo[i]))};
}

// Float result of a double: the nearest float, or +-inf past the float overflow threshold (where a
// plain conversion would be undefined).
constexpr float to_float(double d) noexcept {
    constexpr double overflow = 0x1.ffffffp127; // FLT_MAX + half an ulp rounds to inf
    if (d >= overflow) return std::numeric_limits<float>::infinity();
    if (d <= -overflow) return -std::numeric_limits<float>::infinity();
    if (d != d) return std::numeric_limits<float>::quiet_NaN();
    return static_cast<float>(d);
}

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Classification and simple functions.

constexpr bool isnan(double x) noexcept {
    return x != x;
}
constexpr bool isnan(float x) noexcept {
    return x != x;
}
constexpr bool isinf(double x) noexcept {
    return x == detail::inf || x == -detail::inf;
}
constexpr bool isinf(float x) noexcept {
    return isinf(static_cast<double>(x));
}
constexpr bool isfinite(double x) noexcept {
    return x == x && !isinf(x);
}
constexpr bool isfinite(float x) noexcept {
    return isfinite(static_cast<double>(x));
}

// True for negative numbers, -inf and (where the sign of zero is visible, see above) -0.0.
constexpr bool signbit(double x) noexcept {
    return (detail::to_bits(x) >> 63) != 0;
}
constexpr bool signbit(float x) noexcept {
    return signbit(static_cast<double>(x));
}

constexpr double abs(double x) noexcept {
    return x < 0 ? -x : (x == 0 ? 0.0 : x);
}
constexpr float abs(float x) noexcept {
    return x < 0 ? -x : (x == 0 ? 0.0f : x);
}

// x without its fraction (rounded toward zero, a zero keeping the sign of x); NaN, infinities and
// integers are returned unchanged. The fraction bits are cleared in the bit pattern: no conversion
// to a 64-bit integer, which is a library call on 32-bit targets.
constexpr double trunc(double x) noexcept {
    const std::uint64_t b = detail::to_bits(x);
    const int e = static_cast<int>((b >> 52) & 0x7ff) - 1023; // |x| = 1.f * 2^e
    if (e >= 52) return x;
    if (e < 0) return detail::from_bits(b & detail::sign_bit);
    return detail::from_bits(b & ~(detail::mantissa_mask >> e));
}
constexpr float trunc(float x) noexcept {
    return static_cast<float>(trunc(static_cast<double>(x)));
}

// Largest integer not above x; NaN, infinities, zeros and integers are returned unchanged.
constexpr double floor(double x) noexcept {
    const double t = trunc(x);
    return t > x ? t - 1.0 : t;
}
constexpr float floor(float x) noexcept {
    return static_cast<float>(floor(static_cast<double>(x)));
}

// Smallest integer not below x; NaN, infinities, zeros and integers are returned unchanged.
constexpr double ceil(double x) noexcept {
    const double t = trunc(x);
    return t < x ? t + 1.0 : t;
}
constexpr float ceil(float x) noexcept {
    return static_cast<float>(ceil(static_cast<double>(x)));
}

// Splits x into m * 2^*e with 0.5 <= |m| < 1 (like std::frexp); zeros, inf and NaN give *e = 0
// and are returned unchanged.
constexpr double frexp(double x, int* e) noexcept {
    *e = 0;
    if (x == 0 || !isfinite(x)) return x;
    std::uint64_t b = detail::to_bits(x);
    if (((b >> 52) & 0x7ff) == 0) { // subnormal
        b = detail::to_bits(x * 0x1p54);
        *e = -54;
    }
    *e += static_cast<int>((b >> 52) & 0x7ff) - 1022;
    return detail::from_bits((b & ~(std::uint64_t{0x7ff} << 52)) | (std::uint64_t{1022} << 52));
}
constexpr float frexp(float x, int* e) noexcept {
    return static_cast<float>(frexp(static_cast<double>(x), e));
}

// x * 2^n, rounded once (like std::ldexp): overflow gives +-inf, underflow a subnormal or zero.
constexpr double ldexp(double x, int n) noexcept {
    if (x == 0 || !isfinite(x)) return x;
    int e = 0;
    const double f = frexp(x, &e); // x = f * 2^e, 0.5 <= |f| < 1
    const int t = e + (n > 4000 ? 4000 : n < -4000 ? -4000 : n);
    if (t > 1024) return x > 0 ? detail::inf : -detail::inf;
    if (t < -1075) return x > 0 ? 0.0 : -0.0; // below half the smallest subnormal
    return detail::scale(f * 0x1p53, t - 53);
}
constexpr float ldexp(float x, int n) noexcept {
    return detail::to_float(ldexp(static_cast<double>(x), n));
}

// ---------------------------------------------------------------------------------------------
// Roots.

// Correctly rounded square root. sqrt(x < 0) = NaN; sqrt(-0.0) = -0.0.
constexpr double sqrt(double x) noexcept {
    if (x == 0 || isnan(x) || x == detail::inf) return x;
    if (x < 0) return detail::nan;
    // x = 4^k * m with m in [1, 4); sqrt(x) = 2^k sqrt(m) and the scaling is exact.
    int e = 0;
    const double f = frexp(x, &e); // x = f * 2^e, f in [0.5, 1)
    const int odd = (e - 1) & 1;
    const int k = (e - 1 - odd) / 2;
    const double m = f * (odd != 0 ? 4.0 : 2.0);
    // Seed on [1, 2) (Chebyshev fit, relative error 2^-10), then three Newton steps.
    const double m1 = odd != 0 ? m * 0.5 : m;
    double y = 0x1.cb3f921f945fap-2 + m1 * (0x1.3ea49ac91b576p-1 + m1 * -0x1.1e4a6d483583cp-4);
    if (odd != 0) y *= 0x1.6a09e667f3bcdp+0;
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    y = 0.5 * (y + m / y);
    if (y >= 2.0) y = 2.0 - 0x1p-52;
    if (y < 1.0) y = 1.0;
    // y (ulp u = 2^-52) is the rounded root iff -y u < m - y^2 <= y u (all terms are multiples of
    // u^2, and no root lies exactly halfway). m - y^2 is computed exactly from the two-product.
    for (int step = 0; step < 2; ++step) {
        const detail::dd sq = detail::two_prod(y, y);
        const double d = (m - sq.hi) - sq.lo;
        const double yu = y * 0x1p-52;
        if (d > yu)
            y += 0x1p-52;
        else if (d <= -yu)
            y -= 0x1p-52;
        else
            break;
    }
    return y * detail::pow2(k);
}
// Correctly rounded: the double root rounded to float is (53 >= 2 * 24 + 2).
constexpr float sqrt(float x) noexcept {
    return static_cast<float>(sqrt(static_cast<double>(x)));
}

// Cube root, within 1 ulp; cbrt(-x) = -cbrt(x).
constexpr double cbrt(double x) noexcept {
    if (x == 0 || !isfinite(x)) return x;
    const bool negative = x < 0;
    const double ax = negative ? -x : x;
    int e = 0;
    const double f = frexp(ax, &e); // ax = f * 2^e, f in [0.5, 1)
    // ax = 8^k * 2^j * m1 with m1 in [1, 2), j in {0, 1, 2}.
    const int e1 = e - 1 + 3 * 400; // keep the dividend positive
    const int j = e1 % 3;
    const int k = e1 / 3 - 400;
    const double m1 = 2.0 * f;
    const double m = m1 * (j == 0 ? 1.0 : j == 1 ? 2.0 : 4.0);
    double y = 0x1.405a137f3c647p-1 + m1 * (0x1.bbf74ecade39cp-2 + m1 * -0x1.de1966424c07fp-5);
    y *= j == 0 ? 1.0 : j == 1 ? 0x1.428a2f98d728bp+0 : 0x1.965fea53d6e3dp+0;
    for (int step = 0; step < 3; ++step)
        y = (2.0 * y + m / (y * y)) * 0x1.5555555555555p-2;
    // One Newton step with the residual y^3 - m computed exactly enough in double-double.
    const detail::dd y2 = detail::two_prod(y, y);
    const detail::dd y3 = detail::two_prod(y2.hi, y);
    const double residual = (y3.hi - m) + (y3.lo + y2.lo * y);
    y -= residual / (3.0 * y2.hi);
    const double r = y * detail::pow2(k);
    return negative ? -r : r;
}
constexpr float cbrt(float x) noexcept {
    return static_cast<float>(cbrt(static_cast<double>(x)));
}

// ---------------------------------------------------------------------------------------------
// Exponentials.

// e^x within 1 ulp; exp(-inf) = 0, exp(+inf) = +inf.
constexpr double exp(double x) noexcept {
    if (isnan(x)) return x;
    return detail::exp_dd(x, 0.0);
}

// 2^x within 1 ulp, exact for integer x.
constexpr double exp2(double x) noexcept {
    if (isnan(x)) return x;
    if (x >= 1024) return detail::inf;
    if (x <= -1075) return 0.0;
    const double kd = (x * 16 + 0x1.8p52) - 0x1.8p52; // round to an integer, as in exp_dd
    const int k = static_cast<int>(kd);
    const double r = x - kd * 0x1p-4; // exact
    const detail::dd p = detail::two_prod(r, detail::ln2_dd.hi);
    return detail::exp_kernel(k, p.hi, p.lo + r * detail::ln2_dd.lo);
}

// e^x - 1 within 1 ulp, accurate for tiny x; expm1(-0.0) = -0.0.
constexpr double expm1(double x) noexcept {
    if (isnan(x) || x == 0) return x;
    if (x > 709.0) return exp(x); // the -1 is far below an ulp
    if (x < -40.0) return -1.0;   // e^-40 is below half an ulp of 1
    const double ax = abs(x);
    if (ax < 0x1p-54) return x;
    if (ax < 0x1p-7) // Taylor to x^7: the first omitted term is below 2^-64 x.
        return x +
               x * x *
                   (0.5 + x * (0x1.5555555555555p-3 +
                               x * (0x1.5555555555555p-5 +
                                    x * (0x1.1111111111111p-7 + x * (0x1.6c16c16c16c17p-10 +
                                                                     x * 0x1.a01a01a01a01ap-13)))));
    return detail::exp_dd<true>(x, 0.0);
}

// ---------------------------------------------------------------------------------------------
// Logarithms.

namespace detail {
// Whether the bit pattern is that of a positive finite number, where log is finite.
constexpr bool in_log_domain(std::uint64_t bits) noexcept {
    return bits - 1 < inf_bits - 1;
}
// log, log2 and log10 outside that domain: -inf at zeros, NaN below, NaN and +inf unchanged.
constexpr double log_edge(double x) noexcept {
    return x == 0 ? -inf : (x < 0 ? nan : x);
}
} // namespace detail

// Natural logarithm within 1 ulp: log(0) = -inf, log(x < 0) = NaN, log(+inf) = +inf.
constexpr double log(double x) noexcept {
    const std::uint64_t b = detail::to_bits(x);
    if (!detail::in_log_domain(b)) return detail::log_edge(x);
    const detail::dd l = detail::log_dd(b, false);
    return l.hi + l.lo;
}

// Base-2 logarithm within 1 ulp, exact at powers of two.
constexpr double log2(double x) noexcept {
    const std::uint64_t b = detail::to_bits(x);
    if (!detail::in_log_domain(b)) return detail::log_edge(x);
    return detail::dd_mul(detail::log_dd(b, false), detail::inv_ln2_dd).hi;
}

// Base-10 logarithm within 1 ulp, exact at the powers of ten a double holds exactly.
constexpr double log10(double x) noexcept {
    const std::uint64_t b = detail::to_bits(x);
    if (!detail::in_log_domain(b)) return detail::log_edge(x);
    return detail::dd_mul(detail::log_dd(b, false), detail::inv_ln10_dd).hi;
}

// log(1 + x) within 1 ulp, accurate for tiny x: log1p(-1) = -inf, log1p(x < -1) = NaN.
constexpr double log1p(double x) noexcept {
    if (isnan(x) || x == detail::inf || x == 0) return x;
    if (x == -1.0) return -detail::inf;
    if (x < -1.0) return detail::nan;
    if (abs(x) < 0x1p-54) return x;
    if (x > 0x1p60) { // log1p(x) = log(x) + 1/x - ..., and 1/x is far below an ulp of log(x)
        const detail::dd l = detail::log_dd(detail::to_bits(x), false);
        return l.hi + (l.lo + 1.0 / x);
    }
    // 1 + x = u.hi + u.lo exactly; log(u.hi + u.lo) = log(u.hi) + log1p(t), t = u.lo / u.hi, where
    // t is kept as t + t_lo because the sum can cancel to half the ulp of log(u.hi).
    const detail::dd u = detail::two_sum(1.0, x);
    const detail::dd l = detail::log_dd(detail::to_bits(u.hi), false);
    const double t = u.lo / u.hi;
    const detail::dd tu = detail::two_prod(t, u.hi);
    const double t_lo = ((u.lo - tu.hi) - tu.lo) / u.hi;
    const detail::dd s = detail::two_sum(l.hi, t);
    return s.hi + (s.lo + (l.lo + (t_lo - 0.5 * t * t)));
}

// ---------------------------------------------------------------------------------------------
// Power.

namespace detail {
// x^y = e^(y log x) for finite x > 0 (given by its bit pattern) and 0 < |y| < 2^900, with y log x
// in double-double: log x is within 2^-65 relative, so the exponent's error stays below 2^-55.5
// absolute up to |y log x| = 746. Without exact_square, for |y| < 64 only: log x then lacks the
// rounding error of r^2/2 (below 2^-66.8 absolute), which y magnifies to below 2^-60.8.
constexpr double pow_positive(std::uint64_t x_bits, double y, bool exact_square) noexcept {
    const dd l = log_dd(x_bits, exact_square);
    const dd p = two_prod(y, l.hi);
    const double t = p.lo + y * l.lo;
    const double zh = p.hi + t;
    return exp_dd(zh, t - (zh - p.hi));
}

// Bit patterns of positive normal doubles b are those with b - min_normal_bits < normal_range; of
// 2^-1022 <= |y| < 64, pow's common case, those with b - min_normal_bits < pow_y_range.
inline constexpr std::uint64_t normal_range = inf_bits - min_normal_bits;
inline constexpr std::uint64_t pow_y_range = (std::uint64_t{1023 + 6} << 52) - min_normal_bits;
inline constexpr std::uint64_t pow_huge_y_bits = std::uint64_t{1023 + 900} << 52; // 2^900

enum class parity { not_integer, even, odd };

// Whether |y|, finite, given by its bit pattern, is an integer, and if so which.
constexpr parity parity_of(std::uint64_t ay) noexcept {
    const int e = static_cast<int>(ay >> 52) - 1023; // |y| = 1.f * 2^e
    if (e < 0) return ay == 0 ? parity::even : parity::not_integer;
    if (e > 52) return parity::even;
    const int units = 52 - e; // the bit of 2^0
    if ((ay & ((std::uint64_t{1} << units) - 1)) != 0) return parity::not_integer;
    return ((ay >> units) & 1) != 0 ? parity::odd : parity::even;
}
} // namespace detail

// x^y within 1 ulp (target: 2), with the edge cases of C99 Annex F F.9.4.4: pow(x, +-0) = 1 and
// pow(1, y) = 1 even for NaN; pow(-1, +-inf) = 1; pow(x < 0, non-integer y) = NaN; pow(+-0, y < 0)
// = +-inf (the sign kept for odd integer y); pow(x, +-inf) and pow(+-inf, y) by |x| versus 1 and
// the sign of y; overflow = +-inf; underflow = +-0 or a subnormal. The cases are told apart on the
// bit patterns: integer comparisons are cheap where double arithmetic is software.
constexpr double pow(double x, double y) noexcept {
    using detail::inf_bits;
    using detail::min_normal_bits;
    using detail::one_bits;
    const std::uint64_t ix = detail::to_bits(x);
    const std::uint64_t iy = detail::to_bits(y);
    const std::uint64_t ay = iy & detail::magnitude_mask;
    // The common case: x positive and normal, 2^-1022 <= |y| < 64.
    if (ix - min_normal_bits < detail::normal_range && ay - min_normal_bits < detail::pow_y_range)
        return detail::pow_positive(ix, y, false);
    const std::uint64_t ax = ix & detail::magnitude_mask;
    if (ay == 0 || ix == one_bits) return 1.0;
    if (ax > inf_bits) return x; // NaN
    if (ay > inf_bits) return y;
    const bool y_negative = iy != ay;
    // |y| >= 2^900 (an even integer if finite) acts as +-inf: |log |x|| >= 2^-53 for |x| != 1.
    if (ay >= detail::pow_huge_y_bits) {
        if (ax == one_bits) return 1.0;
        return (ax < one_bits) != y_negative ? 0.0 : detail::inf;
    }
    const bool x_negative = ix != ax;
    const detail::parity p = detail::parity_of(ay);
    const bool negative = x_negative && p == detail::parity::odd;
    if (ax == 0 || ax == inf_bits) { // +-0 and +-inf: 0 or inf by the sign of y
        const double magnitude = (ax == 0) == y_negative ? detail::inf : 0.0;
        return negative ? -magnitude : magnitude;
    }
    if (x_negative && p == detail::parity::not_integer) return detail::nan;
    const double r = detail::pow_positive(ax, y, true); // subnormal x or y, x < 0 or |y| >= 64
    return negative ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// float overloads: the double kernel rounded once more to float, which is within 1 ulp of float
// (the double result is within about 0.5 ulp of double, far below an ulp of float).

constexpr float exp(float x) noexcept {
    return detail::to_float(exp(static_cast<double>(x)));
}
constexpr float exp2(float x) noexcept {
    return detail::to_float(exp2(static_cast<double>(x)));
}
constexpr float expm1(float x) noexcept {
    return detail::to_float(expm1(static_cast<double>(x)));
}
constexpr float log(float x) noexcept {
    return detail::to_float(log(static_cast<double>(x)));
}
constexpr float log2(float x) noexcept {
    return detail::to_float(log2(static_cast<double>(x)));
}
constexpr float log10(float x) noexcept {
    return detail::to_float(log10(static_cast<double>(x)));
}
constexpr float log1p(float x) noexcept {
    return detail::to_float(log1p(static_cast<double>(x)));
}
constexpr float pow(float x, float y) noexcept {
    return detail::to_float(pow(static_cast<double>(x), static_cast<double>(y)));
}

} // namespace flopscale::math
