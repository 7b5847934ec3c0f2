// The math kernel in constant expressions: extreme inputs stay within the compilers' default
// constexpr limits, exact cases are exact, and IEEE edge cases hold at compile time too. Also
// compiles with -DFLOPSCALE_MATH_PORTABLE_BITS (bit access by arithmetic instead of bit casts).
#include "flopscale/math.hpp"

#include <limits>

namespace fm = flopscale::math;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double dbl_max = std::numeric_limits<double>::max();
constexpr double true_min = std::numeric_limits<double>::denorm_min();

constexpr bool is_nan(double x) {
    return x != x;
}
constexpr bool near(double a, double b, double relative) {
    return (a > b ? a - b : b - a) <= relative * (b < 0 ? -b : b);
}
} // namespace

// Extreme inputs.
static_assert(fm::sqrt(dbl_max) == 0x1.fffffffffffffp+511, "sqrt(DBL_MAX), correctly rounded");
static_assert(fm::sqrt(true_min) == 0x1p-537 && fm::sqrt(2 * true_min) == 0x1.6a09e667f3bcdp-537,
              "sqrt of subnormals");
static_assert(fm::exp(-745.0) == true_min, "exp(-745) is the smallest subnormal");
static_assert(fm::exp(-746.0) == 0.0, "exp underflows to zero");
static_assert(fm::exp(710.0) == inf, "exp overflows to +inf");
static_assert(near(fm::log(true_min), -744.44007192138126, 1e-15), "log(DBL_TRUE_MIN)");
static_assert(near(fm::log(dbl_max), 709.78271289338397, 1e-15), "log(DBL_MAX)");
static_assert(fm::log2(true_min) == -1074.0, "log2 is exact at powers of two");
static_assert(fm::pow(dbl_max, 0.5) == fm::sqrt(dbl_max), "pow(DBL_MAX, 0.5)");
static_assert(fm::pow(true_min, -0.5) == 1 / fm::sqrt(true_min), "pow(DBL_TRUE_MIN, -0.5)");
static_assert(fm::pow(2.0, -1074.0) == true_min, "pow into the subnormals");
static_assert(fm::pow(10.0, 400.0) == inf && fm::pow(10.0, -400.0) == 0.0, "pow over/underflow");
static_assert(fm::cbrt(-true_min) == -0x1p-358, "cbrt(-DBL_TRUE_MIN) is exact");
static_assert(fm::expm1(-745.0) == -1.0 && fm::log1p(dbl_max) > 709.78, "expm1 and log1p ends");
static_assert(fm::exp2(-1074.0) == true_min && fm::exp2(1023.0) == 0x1p1023, "exp2 range ends");
static_assert(fm::ldexp(1.0, -1074) == true_min && fm::ldexp(0.5, 1025) == inf, "ldexp ends");

// Exact cases.
static_assert(fm::pow(2.0, 10.0) == 1024.0 && fm::pow(-3.0, 3.0) == -27.0, "exact powers");
static_assert(fm::pow(10.0, 22.0) == 1e22 && fm::pow(10.0, -5.0) == 1e-5, "powers of ten");
static_assert(fm::log10(1e22) == 22.0 && fm::log10(1e-300) == -300.0, "log10 of powers of ten");
static_assert(fm::sqrt(2.0) * fm::sqrt(2.0) == 2.0000000000000004, "sqrt(2) correctly rounded");
static_assert(fm::exp(1.0) == 2.718281828459045, "e");
static_assert(fm::log(2.0) == 0.6931471805599453, "ln 2");
static_assert(fm::log(10.0) == 2.302585092994046, "ln 10");
static_assert(fm::pow(0.5f, 2.0f) == 0.25f && fm::sqrt(2.0f) == 1.41421354f, "float overloads");
static_assert(fm::exp(88.8f) == std::numeric_limits<float>::infinity(), "float exp overflows");

// IEEE edge cases.
static_assert(fm::log(0.0) == -inf && is_nan(fm::log(-1.0)), "log(0) = -inf, log(<0) = NaN");
static_assert(fm::pow(-8.0, 1.0 / 3) != fm::pow(-8.0, 1.0 / 3), "negative base, fractional y");
static_assert(fm::pow(0.0, -1.0) == inf && fm::pow(-0.0, -2.0) == inf, "pow of zero");
#ifndef FLOPSCALE_MATH_PORTABLE_BITS // the portable bit access cannot see the sign of zero
static_assert(fm::pow(-0.0, -3.0) == -inf, "pow(-0, odd negative) = -inf");
#endif
static_assert(fm::pow(fm::detail::nan, 0.0) == 1.0 && fm::pow(1.0, fm::detail::nan) == 1.0,
              "pow(NaN, 0) = pow(1, NaN) = 1");
static_assert(is_nan(fm::exp(fm::detail::nan)) && is_nan(fm::sqrt(-1.0)), "NaN results");
static_assert(fm::floor(-2.5) == -3.0 && fm::abs(-4.0) == 4.0, "helpers");

// The README's figure for the kernel's tables, which are flash on a microcontroller: 1 KB in all.
static_assert(sizeof fm::detail::exp2_hi + sizeof fm::detail::exp2_lo +
                      sizeof fm::detail::log_inverse_scaled + sizeof fm::detail::log_neg_log_hi +
                      sizeof fm::detail::log_neg_log_lo ==
                  1024,
              "math tables");
