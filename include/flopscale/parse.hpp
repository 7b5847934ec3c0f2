// flopscale/parse.hpp — quantities from text: constexpr, no heap, no locale, no exceptions.
//
//   constexpr auto budget = flopscale::parse<flops>("3.8e25 FLOP");
//   static_assert(budget && budget.value == flops{3.8e25});
//
// What is read, in order, with spaces or tabs allowed at both ends:
//   [+|-] [$] number [K|k|M|B|T] [spaces] [unit]
// - number: digits with an optional '.', an optional exponent (e or E, optional sign, digits).
//   No hex, inf or nan, no digit separators. Correctly rounded (half to even), as strtod.
// - K/k, M, B, T right after the number (no space) mean thousand, million, billion, trillion:
//   "70B params", "15.6T tokens", "$2.5M". When the letter is also a unit ("80B" for bytes),
//   the unit wins if its dimension fits the target quantity.
// - $ before the number makes it money: "$2.5M", "$2.10/h".
// - unit: atoms joined by '*' and '/', with '^' powers and parentheses, no spaces inside:
//   "FLOP", "TFLOP/s", "TFLOPS", "TOPS", "PF-day", "tokens", "params", "GB", "GiB", "TB/s", "W",
//   "GW", "GWh", "kWh", "J", "s", "min", "h", "days", "years", "USD/h", "FLOP/J". SI symbols are
//   case-sensitive (m is milli, M is mega); words (tokens, parameters, params, days, hours, sec,
//   minutes, years, USD, ...) are not. A number without a unit is in the target's base unit.
// - The unit must have the dimension of the target quantity: "700 W" is no flops value.
// - Powers of ten in a unit (T, G, ...) join the number before its single rounding, so
//   parse<flop_rate>("989.4 TFLOP/s") is flop_rate{989.4e12} exactly; other factors (h, GiB)
//   multiply the correctly rounded number.
//
// The whole text must be consumed. On success `pos` is text.size(); on failure `value` is zero,
// `pos` the offset of the offending character (the number's start for an invalid or
// out-of-range number, the unit's start for an unknown unit or a wrong dimension), and `ec` is
// std::errc::invalid_argument, or std::errc::result_out_of_range when the value exceeds the
// largest finite value of the representation. A value below the smallest subnormal reads as 0.
#pragma once

#include "flopscale/detail/charconv.hpp"
#include "flopscale/detail/errc.hpp"
#include "flopscale/detail/unit_text.hpp"
#include "flopscale/units.hpp"

#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>

namespace flopscale {

enum class parse_error : unsigned char {
    none,
    empty,               // nothing but spaces
    invalid_number,      // no number where one must start
    out_of_range,        // beyond the largest finite value
    unknown_unit,        // not a unit this library knows
    wrong_dimension,     // a unit, but of another dimension than the target's
    trailing_characters, // something after a complete quantity
};

template <class Q>
struct parse_result {
    Q value{};
    std::size_t pos = 0;
    parse_error error = parse_error::none;
    std::errc ec{};

    constexpr explicit operator bool() const noexcept { return error == parse_error::none; }
};

namespace detail {

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t';
}

constexpr std::size_t skip_spaces(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && is_space(text[i]))
        ++i;
    return i;
}

struct reading {
    unit_value unit;
    std::size_t error_pos;
    parse_error error;
};

// The unit part from text[i...] to the end, on top of what the number already says (money,
// a count suffix).
constexpr reading read_unit(std::string_view text, std::size_t i, unit_value start, bool money,
                            const dim_vector& target) noexcept {
    std::size_t k = skip_spaces(text, i);
    if (k == text.size()) {
        if (!money) start.dims = target; // a bare number is in the base unit
        const bool fits = start.dims == target;
        return {start, fits ? k : i, fits ? parse_error::none : parse_error::wrong_dimension};
    }
    const std::size_t unit_start = k;
    int power = 1;
    if (money && k == i && text[k] == '/') {
        power = -1; // "$2.10/h"
        ++k;
    }
    const unit_parse_result u = parse_unit_expression(text, k);
    if (u.status != unit_status::ok) return {start, u.end, parse_error::unknown_unit};
    combine(start, u.value, power);
    const std::size_t end = skip_spaces(text, u.end);
    if (end != text.size()) return {start, end, parse_error::trailing_characters};
    if (!(start.dims == target)) return {start, unit_start, parse_error::wrong_dimension};
    return {start, end, parse_error::none};
}

constexpr long long count_suffix_exponent(char c) noexcept {
    switch (c) {
    case 'K':
    case 'k':
        return 3;
    case 'M':
        return 6;
    case 'B':
        return 9;
    case 'T':
        return 12;
    default:
        return 0;
    }
}

} // namespace detail

template <class Q>
constexpr parse_result<Q> parse(std::string_view text) noexcept {
    static_assert(is_quantity_v<Q>, "flopscale: parse<Q> needs a quantity type such as flops");
    using rep = typename Q::rep;
    const auto fail = [](std::size_t pos, parse_error e) {
        parse_result<Q> r;
        r.pos = pos;
        r.error = e;
        r.ec = e == parse_error::out_of_range ? std::errc::result_out_of_range
                                              : std::errc::invalid_argument;
        return r;
    };
    const std::size_t n = text.size();
    std::size_t i = detail::skip_spaces(text, 0);
    if (i == n) return fail(i, parse_error::empty);
    bool negative = false;
    if (text[i] == '+' || text[i] == '-') negative = text[i++] == '-';
    bool money = false;
    if (i < n && text[i] == '$') {
        money = true;
        ++i;
    }
    const std::size_t number_start = i;
    const detail::number_result shape = detail::parse_decimal(text, i);
    if (shape.status == detail::number_status::invalid) {
        return fail(number_start, parse_error::invalid_number);
    }
    const std::size_t j = shape.end;

    constexpr detail::dim_vector target = detail::dims_of<typename Q::dimension>();
    detail::unit_value start{1.0, 0, {}};
    if (money) start.dims.exponent[6] = 1;
    detail::reading best = detail::read_unit(text, j, start, money, target);
    if (best.error != parse_error::none && j < n) {
        const long long suffix = detail::count_suffix_exponent(text[j]);
        if (suffix != 0 && (j + 1 == n || detail::is_space(text[j + 1]))) {
            detail::unit_value scaled = start;
            scaled.exp10 += suffix;
            const detail::reading other = detail::read_unit(text, j + 1, scaled, money, target);
            if (other.error == parse_error::none || other.error_pos >= best.error_pos) best = other;
        }
    }
    if (best.error != parse_error::none) return fail(best.error_pos, best.error);

    const detail::unit_value& u = best.unit;
    if (!(u.factor > 0 && u.factor <= std::numeric_limits<double>::max())) {
        return fail(j, parse_error::out_of_range);
    }
    const long long e10 = u.exp10 < -100000 ? -100000 : (u.exp10 > 100000 ? 100000 : u.exp10);
    const detail::number_result number =
        e10 == 0 ? shape : detail::parse_decimal(text, number_start, static_cast<int>(e10));
    const double v = number.value * u.factor;
    // The largest value that still rounds to a finite rep: for float, FLT_MAX plus half its ulp
    // (exclusive), since "3.4028235e38" is FLT_MAX although it exceeds it as a double.
    const bool finite =
        std::is_same_v<rep, float> ? v < 0x1.ffffffp127 : v <= std::numeric_limits<double>::max();
    if (number.status != detail::number_status::ok || !finite) {
        return fail(number_start, parse_error::out_of_range);
    }
    parse_result<Q> r;
    r.value = Q{static_cast<rep>(negative ? -v : v)};
    r.pos = n;
    return r;
}

} // namespace flopscale
