// The constexpr math kernel: IEEE edge cases, agreement with <cmath> on a sample, and equality of
// compile-time and run-time results bit for bit.
#include "flopscale/math.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "catch_compat.hpp"

namespace fm = flopscale::math;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();
constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr double dbl_min = std::numeric_limits<double>::min();
constexpr double true_min = std::numeric_limits<double>::denorm_min();
constexpr float finf = std::numeric_limits<float>::infinity();

std::uint64_t bits(double x) {
    std::uint64_t b = 0;
    std::memcpy(&b, &x, sizeof b);
    return b;
}
bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || bits(a) == bits(b);
}

// Distance in units in the last place, counted along the ordered doubles (same sign only).
double ulps(double a, double b) {
    if (a == b) return 0;
    if ((a < 0) != (b < 0)) return 1e300;
    const auto ia = static_cast<std::int64_t>(bits(std::fabs(a)));
    const auto ib = static_cast<std::int64_t>(bits(std::fabs(b)));
    return static_cast<double>(ia > ib ? ia - ib : ib - ia);
}

// Deterministic inputs, generated the same way at compile time and at run time.
constexpr std::uint64_t next(std::uint64_t& state) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state ^ (state >> 29);
}
// A uniformly random bit pattern for a finite positive double (covers every binade and subnormals).
constexpr double any_positive(std::uint64_t& state) {
    for (;;) {
        const std::uint64_t b = next(state) >> 1;
        if ((b >> 52) != 0x7ff) return fm::detail::from_bits(b);
    }
}
constexpr double uniform(std::uint64_t& state, double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(next(state) >> 11) * 0x1p-53;
}

constexpr std::size_t samples = 48;
constexpr std::size_t functions = 13;
using table = std::array<double, samples * functions>;

// Every function on inputs across its domain; run in a constant expression and at run time.
// volatile_copy is the identity, but at run time it keeps the optimiser from folding the calls.
template <typename Identity>
constexpr table evaluate(Identity volatile_copy) {
    table out{};
    std::uint64_t s = 12345;
    for (std::size_t i = 0; i < samples; ++i) {
        const double any = volatile_copy(any_positive(s));
        const double e = volatile_copy(uniform(s, -745.5, 710.0));
        const double small = volatile_copy(uniform(s, -1, 1) * fm::exp2(uniform(s, -60, 3)));
        const double base = volatile_copy(fm::exp(uniform(s, -690, 690)));
        const double expo = volatile_copy(uniform(s, -3, 3));
        double* row = &out[i * functions];
        row[0] = fm::exp(e);
        row[1] = fm::exp2(e * 1.44);
        row[2] = fm::expm1(small * 40);
        row[3] = fm::log(any);
        row[4] = fm::log2(any);
        row[5] = fm::log10(any);
        row[6] = fm::log1p(small);
        row[7] = fm::pow(base, expo);
        row[8] = fm::pow(-base, fm::floor(expo * 4));
        row[9] = fm::sqrt(any);
        row[10] = fm::cbrt(-any);
        row[11] = static_cast<double>(
            fm::pow(static_cast<float>(base * 1e-280), static_cast<float>(expo * 0.1)));
        row[12] = static_cast<double>(fm::exp(static_cast<float>(e * 0.1)));
    }
    return out;
}

struct pass_through {
    constexpr double operator()(double x) const { return x; }
};
struct through_volatile {
    double operator()(double x) const {
        volatile double v = x;
        return v;
    }
};

} // namespace

TEST_CASE("math: compile-time results equal run-time results bit for bit", "[math]") {
    constexpr table at_compile_time = evaluate(pass_through{});
    const table at_run_time = evaluate(through_volatile{});
    std::size_t equal = 0;
    for (std::size_t i = 0; i < at_run_time.size(); ++i) {
        if (same(at_compile_time[i], at_run_time[i]))
            ++equal;
        else
            FAIL_CHECK("entry " << i << ": " << at_compile_time[i] << " vs " << at_run_time[i]);
    }
    CHECK(equal == at_run_time.size());
}

TEST_CASE("math: the portable bit access agrees with the bit cast", "[math]") {
    std::uint64_t s = 777;
    for (int i = 0; i < 200000; ++i) {
        std::uint64_t b = next(s);
        if ((b >> 52 & 0x7ff) == 0x7ff) continue; // NaN patterns map to the default NaN
        if ((b << 1) == 0) continue;              // the portable path cannot see -0.0
        double x = 0;
        std::memcpy(&x, &b, sizeof x);
        REQUIRE(fm::detail::to_bits_portable(x) == b);
        REQUIRE(bits(fm::detail::from_bits_portable(b)) == b);
    }
    STATIC_REQUIRE(fm::detail::to_bits_portable(1.0) == 0x3ff0000000000000ULL);
    STATIC_REQUIRE(fm::detail::to_bits_portable(true_min) == 1);
    STATIC_REQUIRE(fm::detail::to_bits_portable(-dbl_max) == 0xffefffffffffffffULL);
    STATIC_REQUIRE(fm::detail::from_bits_portable(0x0010000000000000ULL) == dbl_min);
    STATIC_REQUIRE(fm::detail::from_bits_portable(0x7fefffffffffffffULL) == dbl_max);
    STATIC_REQUIRE(fm::detail::to_bits_portable(-inf) == 0xfff0000000000000ULL);
}

TEST_CASE("math: agrees with <cmath> on a sample", "[math]") {
    std::uint64_t s = 99;
    double worst_exp = 0, worst_log = 0, worst_pow = 0, worst_other = 0;
    for (int i = 0; i < 100000; ++i) {
        const double e = uniform(s, -745, 709.7);
        const double any = any_positive(s);
        const double small = uniform(s, -1, 1) * std::exp2(uniform(s, -60, 3));
        const double base = std::exp(uniform(s, -690, 690));
        const double y = uniform(s, -1, 1) * 700 / std::fabs(std::log(base));
        worst_exp =
            std::max({worst_exp, ulps(fm::exp(e), std::exp(e)), ulps(fm::exp2(e), std::exp2(e)),
                      ulps(fm::expm1(small), std::expm1(small))});
        worst_log = std::max(
            {worst_log, ulps(fm::log(any), std::log(any)), ulps(fm::log2(any), std::log2(any)),
             ulps(fm::log10(any), std::log10(any)), ulps(fm::log1p(small), std::log1p(small))});
        worst_pow = std::max(worst_pow, ulps(fm::pow(base, y), std::pow(base, y)));
        REQUIRE(fm::sqrt(any) == std::sqrt(any)); // both correctly rounded
        // glibc's cbrt is itself up to about 1 ulp off: compare with the long double root.
        worst_other = std::max(
            worst_other,
            ulps(fm::cbrt(any), static_cast<double>(std::cbrt(static_cast<long double>(any)))));
        const auto f = static_cast<float>(uniform(s, -80, 80));
        REQUIRE(std::fabs(fm::exp(f) - std::exp(f)) <= std::exp(f) * 2.4e-7f);
        REQUIRE(fm::sqrt(std::fabs(f)) == std::sqrt(std::fabs(f)));
    }
    // Both sides are within about half an ulp of the exact value, so they differ by at most 1.
    CHECK(worst_exp <= 1);
    CHECK(worst_log <= 1);
    CHECK(worst_pow <= 2);
    CHECK(worst_other <= 1);
}

TEST_CASE("math: exp family edge cases", "[math]") {
    CHECK(fm::exp(0.0) == 1.0);
    CHECK(fm::exp(-0.0) == 1.0);
    CHECK(fm::exp(inf) == inf);
    CHECK(fm::exp(-inf) == 0.0);
    CHECK(std::isnan(fm::exp(qnan)));
    CHECK(fm::exp(709.78) < inf);
    CHECK(fm::exp(709.79) == inf);
    CHECK(fm::exp(-745.0) == true_min); // the smallest subnormal, rounded correctly
    CHECK(fm::exp(-745.2) == 0.0);
    CHECK(fm::exp(-720.0) == std::exp(-720.0)); // deep in the subnormals
    CHECK(fm::exp2(-1074.0) == true_min);
    CHECK(fm::exp2(1023.0) == 0x1p1023);
    CHECK(fm::exp2(1024.0) == inf);
    CHECK(fm::exp2(-1075.0) == 0.0);
    for (int k = -1074; k <= 1023; ++k)
        REQUIRE(fm::exp2(static_cast<double>(k)) == std::ldexp(1.0, k));
    CHECK(fm::exp2(0.5) == std::sqrt(2.0));
    CHECK(same(fm::expm1(-0.0), -0.0));
    CHECK(fm::expm1(1e-300) == 1e-300);
    CHECK(fm::expm1(true_min) == true_min);
    CHECK(fm::expm1(-inf) == -1.0);
    CHECK(fm::expm1(-50.0) == -1.0);
    CHECK(fm::expm1(710.0) == inf);
    CHECK(std::isnan(fm::expm1(qnan)));
}

TEST_CASE("math: log family edge cases", "[math]") {
    for (double (*f)(double) :
         {+[](double x) { return fm::log(x); }, +[](double x) { return fm::log2(x); },
          +[](double x) { return fm::log10(x); }}) {
        CHECK(f(0.0) == -inf);
        CHECK(f(-0.0) == -inf);
        CHECK(std::isnan(f(-1.0)));
        CHECK(std::isnan(f(-inf)));
        CHECK(std::isnan(f(qnan)));
        CHECK(f(inf) == inf);
        CHECK(same(f(1.0), 0.0));
    }
    CHECK(ulps(fm::log(true_min), std::log(true_min)) <= 1);
    CHECK(ulps(fm::log(dbl_max), std::log(dbl_max)) <= 1);
    CHECK(ulps(fm::log(dbl_min), std::log(dbl_min)) <= 1);
    for (int k = -1074; k <= 1023; ++k)
        REQUIRE(fm::log2(std::ldexp(1.0, k)) == k);
    for (int k = 0; k <= 22; ++k)
        REQUIRE(fm::log10(std::pow(10.0, k)) == k); // exact doubles
    // log of every negative power of ten: no ln 10 defect anywhere.
    for (int k = 1; k <= 323; ++k) {
        const auto x = static_cast<double>(std::pow(10.0L, -k));
        REQUIRE(ulps(fm::log(x), static_cast<double>(std::log(static_cast<long double>(x)))) <= 1);
    }
    CHECK(fm::log1p(-1.0) == -inf);
    CHECK(std::isnan(fm::log1p(-1.5)));
    CHECK(same(fm::log1p(-0.0), -0.0));
    CHECK(fm::log1p(1e-300) == 1e-300);
    CHECK(fm::log1p(inf) == inf);
    CHECK(ulps(fm::log1p(dbl_max), std::log1p(dbl_max)) <= 1);
    CHECK(ulps(fm::log1p(-0.999999), std::log1p(-0.999999)) <= 1);
}

TEST_CASE("math: pow edge cases follow C99 Annex F", "[math]") {
    CHECK(fm::pow(qnan, 0.0) == 1.0);
    CHECK(fm::pow(qnan, -0.0) == 1.0);
    CHECK(fm::pow(1.0, qnan) == 1.0);
    CHECK(std::isnan(fm::pow(qnan, 1.0)));
    CHECK(std::isnan(fm::pow(2.0, qnan)));
    CHECK(fm::pow(-1.0, inf) == 1.0);
    CHECK(fm::pow(-1.0, -inf) == 1.0);
    CHECK(std::isnan(fm::pow(-2.0, 0.5)));
    CHECK(std::isnan(fm::pow(-dbl_max, 1.5)));
    CHECK(fm::pow(-2.0, 3.0) == -8.0);
    CHECK(fm::pow(-2.0, 2.0) == 4.0);
    CHECK(fm::pow(-2.0, -1.0) == -0.5);
    CHECK(fm::pow(-1.0, 0x1p60) == 1.0); // huge integers are even
    CHECK(same(fm::pow(0.0, 3.0), 0.0));
#ifndef FLOPSCALE_MATH_PORTABLE_BITS // the portable bit access cannot see the sign of zero
    CHECK(same(fm::pow(-0.0, 3.0), -0.0));
    CHECK(fm::pow(-0.0, -1.0) == -inf);
    CHECK(fm::signbit(-0.0));
#endif
    CHECK(same(fm::pow(-0.0, 2.0), 0.0));
    CHECK(same(fm::pow(-0.0, 0.5), 0.0));
    CHECK(fm::pow(0.0, -1.0) == inf);
    CHECK(fm::pow(-0.0, -2.0) == inf);
    CHECK(fm::pow(0.0, -inf) == inf);
    CHECK(fm::pow(0.0, inf) == 0.0);
    CHECK(fm::pow(0.5, inf) == 0.0);
    CHECK(fm::pow(0.5, -inf) == inf);
    CHECK(fm::pow(2.0, inf) == inf);
    CHECK(fm::pow(2.0, -inf) == 0.0);
    CHECK(fm::pow(inf, 0.5) == inf);
    CHECK(fm::pow(inf, -0.5) == 0.0);
    CHECK(fm::pow(-inf, 3.0) == -inf);
    CHECK(fm::pow(-inf, 2.0) == inf);
    CHECK(same(fm::pow(-inf, -3.0), -0.0));
    CHECK(same(fm::pow(-inf, -2.0), 0.0));
    CHECK(fm::pow(10.0, 308.0) == 1e308);
    CHECK(fm::pow(10.0, 309.0) == inf);
    CHECK(fm::pow(-10.0, 309.0) == -inf);
    CHECK(fm::pow(10.0, -400.0) == 0.0);
    CHECK(same(fm::pow(-10.0, -401.0), -0.0));
    CHECK(fm::pow(2.0, -1074.0) == true_min);
    CHECK(fm::pow(2.0, -1075.0) == 0.0);
    CHECK(fm::pow(dbl_max, 1e300) == inf);
    CHECK(fm::pow(dbl_max, -1e300) == 0.0);
    CHECK(fm::pow(1.0000000000000002, 0x1p70) == inf);
    CHECK(fm::pow(true_min, 0.5) == std::sqrt(true_min));
    for (int k = -30; k <= 30; ++k)
        REQUIRE(fm::pow(3.0, k) == std::pow(3.0, k)); // exact or nearly
    CHECK(fm::pow(2.0f, 0.5f) == std::sqrt(2.0f));
    CHECK(fm::pow(10.0f, 39.0f) == finf);
}

TEST_CASE("math: pow agrees with std::pow on every pair of special operands", "[math]") {
    // Zeros, +-1, integers odd and even, non-integers, the edges of the fast path (subnormals,
    // 2^-1022, 2^900) and beyond it, infinities and NaN, each with both signs.
    const double magnitudes[] = {0.0,     true_min, 0x1p-1022, 0x1.8p-1000, 0.5,        1.0,
                                 1.5,     2.0,      3.0,       0x1p52,      0x1p52 + 1, 0x1p53,
                                 0x1p899, 0x1p900,  dbl_max,   inf,         qnan};
    for (const double mx : magnitudes)
        for (const double x : {mx, -mx})
            for (const double my : magnitudes)
                for (const double y : {my, -my}) {
                    const double expected = std::pow(x, y);
                    const double got = fm::pow(x, y);
                    INFO("pow(" << x << ", " << y << ") = " << got << ", std: " << expected);
                    CHECK((std::isnan(expected)
                               ? std::isnan(got)
                               : (same(got, expected) || ulps(got, expected) <= 1)));
                }
}

TEST_CASE("math: trunc, floor and ceil agree with std:: across every binade", "[math]") {
    std::uint64_t state = 7;
    for (int i = 0; i < 300000; ++i) {
        // Every sign, binade, subnormal, inf and NaN; two thirds from the binades around 1 to
        // 2^60, where the fraction is partly cleared.
        std::uint64_t b = next(state);
        if (i % 3 != 0) b = (b & ~(std::uint64_t{0x7ff} << 52)) | ((1013 + b % 70) << 52);
        const double x = fm::detail::from_bits(b);
        INFO("x = " << x);
        REQUIRE(same(fm::trunc(x), std::trunc(x)));
        REQUIRE(same(fm::floor(x), std::floor(x)));
        REQUIRE(same(fm::ceil(x), std::ceil(x)));
    }
    for (const double x : {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 0x1p52 - 0.5, -0x1p52 + 0.5,
                           0x1p52, 0x1p52 + 1, 0x1p-1074, -0x1p-1074, inf, -inf}) {
        INFO("x = " << x);
        CHECK(same(fm::trunc(x), std::trunc(x)));
        CHECK(same(fm::floor(x), std::floor(x)));
        CHECK(same(fm::ceil(x), std::ceil(x)));
    }
    STATIC_REQUIRE(fm::trunc(-2.5) == -2.0 && fm::floor(-2.5) == -3.0 && fm::ceil(-2.5) == -2.0);
    STATIC_REQUIRE(fm::trunc(2.5f) == 2.0f && fm::floor(2.5f) == 2.0f && fm::ceil(2.5f) == 3.0f);
}

TEST_CASE("math: roots and helpers", "[math]") {
    CHECK(fm::sqrt(dbl_max) == std::sqrt(dbl_max));
    CHECK(fm::sqrt(true_min) == std::sqrt(true_min));
    CHECK(same(fm::sqrt(-0.0), -0.0));
    CHECK(std::isnan(fm::sqrt(-1.0)));
    CHECK(fm::sqrt(inf) == inf);
    CHECK(fm::cbrt(-27.0) == -3.0);
    CHECK(fm::cbrt(true_min) == 0x1p-358); // exact: 1074 = 3 * 358
    CHECK(fm::cbrt(-inf) == -inf);
    CHECK(same(fm::cbrt(-0.0), -0.0));
    CHECK(fm::abs(-2.5) == 2.5);
    CHECK(same(fm::abs(-0.0), 0.0));
    CHECK(fm::floor(-0.5) == -1.0);
    CHECK(fm::floor(2.5) == 2.0);
    CHECK(same(fm::floor(-0.0), -0.0));
    CHECK(fm::floor(-0x1p60) == -0x1p60);
    CHECK(fm::floor(4503599627370495.5) == 4503599627370495.0);
    CHECK(same(fm::ceil(-0.5), -0.0));
    CHECK(same(fm::trunc(-0.5), -0.0));
    CHECK(fm::ceil(0.5) == 1.0);
    CHECK(fm::isnan(qnan));
    CHECK(!fm::isnan(inf));
    CHECK(fm::isinf(-inf));
    CHECK(!fm::isfinite(inf));
    CHECK(fm::isfinite(dbl_max));
    CHECK(fm::signbit(-1.0));
    CHECK(!fm::signbit(0.0));
    int e = 0;
    CHECK(fm::frexp(true_min, &e) == 0.5);
    CHECK(e == -1073);
    CHECK(fm::frexp(-dbl_max, &e) == std::frexp(-dbl_max, &e));
    CHECK(fm::ldexp(1.0, -1075) == 0.0);
    CHECK(fm::ldexp(1.5, -1074) == 2 * true_min); // a tie, rounded to even
    CHECK(fm::ldexp(0.75, 1025) == inf);
    CHECK(fm::ldexp(true_min, 2000) == 0x1p926);
    CHECK(fm::ldexp(dbl_max, -2000) == std::ldexp(dbl_max, -2000));
}
