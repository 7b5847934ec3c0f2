// flopscale/format.hpp — quantities as text into a caller's buffer: no heap, no locale, constexpr.
//
//   char buf[32];
//   auto [end, ec] = flopscale::to_chars(buf, buf + sizeof buf, flop_rate{989.4e12});
//   // "989.4 TFLOP/s"
//
// Human notation (the default) follows the conventions of the field, with `precision`
// significant digits (4 by default) and trailing zeros dropped:
//   FLOP counts          3.14e23 FLOP         scientific from 1e6 up
//   FLOP/s               989.4 TFLOP/s        SI prefixes up to ZFLOP/s
//   tokens, parameters   15.6T tokens         K, M, B, T (thousand ... trillion)
//   bytes                80 GB, 141 GiB       SI, or binary with format_options::binary
//   bandwidth            3.35 TB/s
//   power, energy        700 W, 1.2 GW, 21.6 GWh (energy from 1 Wh up in Wh, kWh, ...)
//   durations            67.8 days            ms, s, min, h, days, years (Julian)
//   money                $5.58M               K, M, B, T after the amount
//   money rates          2.5 USD/h, 0.08 USD/kWh
//   anything else        its unit written from the dimension: 2.1e11 FLOP/J, 20 tokens/parameter
// Digits are rounded half away from zero from the shortest representation of the value.
//
// Other notations: scientific (base unit, d.ddde±N), plain (base unit, positional digits) and
// exact: the shortest text that parse<Q> reads back as the same value, bit for bit (base unit,
// positional for decimal exponents in [-5, 21), scientific otherwise). A unit of your choice:
// to_chars(first, last, q, units::TFLOP_per_s).
//
// The result is like std::to_chars_result: on success ptr is one past the last character
// written (no terminating NUL); when the buffer is too short ec is std::errc::value_too_large,
// ptr == last, and nothing was written past last.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/detail/charconv.hpp"
#include "flopscale/detail/errc.hpp"
#include "flopscale/detail/unit_text.hpp"
#include "flopscale/math.hpp"
#include "flopscale/units.hpp"

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace flopscale {

enum class notation : unsigned char {
    human,      // conventions of the field (the default)
    scientific, // base unit (or the unit given), d.ddde±N
    plain,      // base unit (or the unit given), positional digits, no prefix
    exact,      // base unit, shortest text that reads back to the same value
};

struct format_options {
    notation style = notation::human;
    int precision = 4;   // significant digits, 1 to 17; exact notation ignores it
    bool binary = false; // bytes in KiB, MiB, GiB, TiB, PiB
};

struct to_chars_result {
    char* ptr;
    std::errc ec;
    friend constexpr bool operator==(const to_chars_result& a, const to_chars_result& b) noexcept {
        return a.ptr == b.ptr && a.ec == b.ec;
    }
};

namespace detail {

// Writes into [cur, last) and remembers whether anything did not fit.
struct char_sink {
    char* cur;
    char* last;
    bool full = false;

    constexpr void put(char c) noexcept {
        if (cur == last) {
            full = true;
            return;
        }
        *cur++ = c;
    }
    constexpr void put(std::string_view s) noexcept {
        for (char c : s)
            put(c);
    }
    // A literal's length is known here; through const char* it would cost a strlen call where
    // the compiler does not inline (-Os).
    template <std::size_t N>
    constexpr void put(const char (&literal)[N]) noexcept {
        put(std::string_view(literal, N - 1));
    }
    constexpr to_chars_result result() const noexcept {
        return full ? to_chars_result{last, std::errc::value_too_large}
                    : to_chars_result{cur, std::errc{}};
    }
};

struct display_unit {
    double factor;
    std::string_view symbol;
};

template <class D>
constexpr display_unit shown(const unit<D>& u) noexcept {
    return {u.factor, u.symbol};
}

// Units a human-notation value may be shown in, smallest first.
// clang-format off
inline constexpr display_unit rate_units[] = {shown(units::FLOP_per_s), shown(units::kFLOP_per_s), shown(units::MFLOP_per_s), shown(units::GFLOP_per_s), shown(units::TFLOP_per_s), shown(units::PFLOP_per_s), shown(units::EFLOP_per_s), shown(units::ZFLOP_per_s)};
inline constexpr display_unit token_units[] = {shown(units::token), shown(units::K_tokens), shown(units::M_tokens), shown(units::B_tokens), shown(units::T_tokens)};
inline constexpr display_unit param_units[] = {shown(units::param), shown(units::K_params), shown(units::M_params), shown(units::B_params), shown(units::T_params)};
inline constexpr display_unit byte_units[] = {shown(units::B), shown(units::kB), shown(units::MB), shown(units::GB), shown(units::TB), shown(units::PB)};
inline constexpr display_unit binary_byte_units[] = {shown(units::B), shown(units::KiB), shown(units::MiB), shown(units::GiB), shown(units::TiB), shown(units::PiB)};
inline constexpr display_unit bandwidth_units[] = {shown(units::B_per_s), shown(units::kB_per_s), shown(units::MB_per_s), shown(units::GB_per_s), shown(units::TB_per_s), shown(units::PB_per_s)};
inline constexpr display_unit time_units[] = {shown(units::ms), shown(units::s), shown(units::min), shown(units::h), shown(units::days), shown(units::years)};
inline constexpr display_unit power_units[] = {shown(units::W), shown(units::kW), shown(units::MW), shown(units::GW)};
inline constexpr display_unit energy_units[] = {shown(units::J), shown(units::Wh), shown(units::kWh), shown(units::MWh), shown(units::GWh), shown(units::TWh)};
inline constexpr display_unit money_units[] = {{1.0, ""}, {units::thousand_USD.factor, "K"}, {units::million_USD.factor, "M"}, {units::billion_USD.factor, "B"}, {units::trillion_USD.factor, "T"}};
inline constexpr display_unit money_rate_units[] = {shown(units::USD_per_h)};
inline constexpr display_unit money_energy_units[] = {shown(units::USD_per_kWh)};
// clang-format on

struct unit_ladder {
    const display_unit* first;
    std::size_t size;
};

template <std::size_t N>
constexpr unit_ladder ladder(const display_unit (&units)[N]) noexcept {
    return {units, N};
}

// The units human notation uses for a dimension; empty when its unit is written algebraically.
template <class D>
constexpr unit_ladder human_units(bool binary) noexcept {
    if constexpr (std::is_same_v<D, dims::operation_rate>)
        return ladder(rate_units);
    else if constexpr (std::is_same_v<D, dims::tokens>)
        return ladder(token_units);
    else if constexpr (std::is_same_v<D, dims::parameters>)
        return ladder(param_units);
    else if constexpr (std::is_same_v<D, dims::bytes>)
        return binary ? ladder(binary_byte_units) : ladder(byte_units);
    else if constexpr (std::is_same_v<D, dims::bandwidth>)
        return ladder(bandwidth_units);
    else if constexpr (std::is_same_v<D, dims::time>)
        return ladder(time_units);
    else if constexpr (std::is_same_v<D, dims::power>)
        return ladder(power_units);
    else if constexpr (std::is_same_v<D, dims::energy>)
        return ladder(energy_units);
    else if constexpr (std::is_same_v<D, dims::money>)
        return ladder(money_units);
    else if constexpr (std::is_same_v<D, dims::money_per_time>)
        return ladder(money_rate_units);
    else if constexpr (std::is_same_v<D, dims::money_per_energy>)
        return ladder(money_energy_units);
    else
        return {nullptr, 0};
}

// The symbol of a dimension's base unit: FLOP, FLOP/s, tokens, B, s, W, ... or its algebra.
template <class D>
constexpr short_text base_symbol() noexcept {
    short_text out;
    if constexpr (std::is_same_v<D, dims::operation_rate>)
        out.append(units::FLOP_per_s.symbol);
    else if constexpr (std::is_same_v<D, dims::bandwidth>)
        out.append(units::B_per_s.symbol);
    else if constexpr (std::is_same_v<D, dims::power>)
        out.append(units::W.symbol);
    else if constexpr (std::is_same_v<D, dims::money>)
        out.append("USD");
    else
        out = algebraic_symbol<D>();
    return out;
}

// "15.6T tokens", "405B parameters": a count suffix joins the number without a space.
constexpr bool joins_number(std::string_view symbol) noexcept {
    if (symbol.size() == 1)
        return symbol[0] == 'K' || symbol[0] == 'M' || symbol[0] == 'B' || symbol[0] == 'T';
    return symbol.size() >= 2 && symbol[1] == ' ' &&
           (symbol[0] == 'K' || symbol[0] == 'M' || symbol[0] == 'B' || symbol[0] == 'T');
}

// The digits of a finite positive double, shortest, then rounded to `precision` significant digits
// (precision 0: keep the shortest).
constexpr digit_string digits_of(double x, int precision) noexcept {
    digit_string d = to_digit_string(shortest_decimal(x));
    if (precision > 0) round_digit_string(d, precision);
    return d;
}

// The digits as a number again, close enough to compare with a unit ratio.
constexpr double approximate_value(const digit_string& d) noexcept {
    double v = 0;
    for (int i = 0; i < d.count; ++i)
        v = v * 10 + (d.digit[i] - '0');
    for (int e = d.point - d.count; e > 0; --e)
        v *= 10;
    for (int e = d.point - d.count; e < 0; ++e)
        v /= 10;
    return v;
}

constexpr void write_exponent(char_sink& out, int e) noexcept {
    out.put('e');
    if (e < 0) {
        out.put('-');
        e = -e;
    }
    char reversed[6]{};
    int n = 0;
    do {
        reversed[n++] = static_cast<char>('0' + e % 10);
        e /= 10;
    } while (e != 0 && n < 6);
    while (n > 0)
        out.put(reversed[--n]);
}

// Positional when the decimal exponent is in [low, high), scientific otherwise.
constexpr void write_digits(char_sink& out, const digit_string& d, int low, int high) noexcept {
    const int exponent = d.point - 1;
    if (exponent < low || exponent >= high) {
        out.put(d.digit[0]);
        if (d.count > 1) {
            out.put('.');
            for (int i = 1; i < d.count; ++i)
                out.put(d.digit[i]);
        }
        write_exponent(out, exponent);
    } else if (d.point <= 0) {
        out.put("0.");
        for (int i = d.point; i < 0 && !out.full; ++i)
            out.put('0');
        for (int i = 0; i < d.count; ++i)
            out.put(d.digit[i]);
    } else {
        for (int i = 0; i < d.count || i < d.point; ++i) {
            if (i == d.point) out.put('.');
            out.put(i < d.count ? d.digit[i] : '0');
            if (out.full) break;
        }
    }
}

inline constexpr int human_low = -4; // 0.0001 is positional, 1e-5 is not
inline constexpr int human_high = 6; // 999999 is positional, 1e6 is not
inline constexpr int exact_low = -5;
inline constexpr int exact_high = 21;

// The shortest digits of a float that read back (through double) as the same float: nine
// digits always do, so try fewer first.
constexpr digit_string shortest_float_digits(float f) noexcept {
    const digit_string full = digits_of(static_cast<double>(f), 0);
    for (int p = 1; p < 9; ++p) {
        digit_string d = full;
        round_digit_string(d, p);
        char text[32]{};
        int n = 0;
        for (int i = 0; i < d.count; ++i)
            text[n++] = d.digit[i];
        const number_result r =
            parse_decimal(std::string_view(text, std::size_t(n)), 0, d.point - d.count);
        if (static_cast<float>(r.value) == f) return d;
    }
    digit_string d = full;
    round_digit_string(d, 9);
    return d;
}

struct number_layout {
    int precision; // 0: shortest
    int low;
    int high;
};

// Writes sign, money sign, digits and unit: "-$5.58M", "989.4 TFLOP/s", "15.6T tokens".
constexpr void write_quantity(char_sink& out, double v, const digit_string* digits,
                              number_layout layout, std::string_view symbol,
                              bool money_sign) noexcept {
    if (v < 0 || (v == 0 && math::signbit(v))) out.put('-');
    if (money_sign) out.put('$');
    if (math::isnan(v)) {
        out.put("nan");
    } else if (math::isinf(v)) {
        out.put("inf");
    } else if (v == 0) {
        out.put('0');
    } else {
        const digit_string d =
            digits != nullptr ? *digits : digits_of(v < 0 ? -v : v, layout.precision);
        write_digits(out, d, layout.low, layout.high);
    }
    if (symbol.empty()) return;
    if (!joins_number(symbol)) out.put(' ');
    out.put(symbol);
}

constexpr int clamp_precision(int p) noexcept {
    return p < 1 ? 1 : (p > 17 ? 17 : p);
}

// Human notation with a ladder of units: the largest unit not above the value, moving up one
// when rounding reaches the next unit (999.96 W -> 1 kW).
constexpr void write_on_ladder(char_sink& out, double v, unit_ladder units, int precision,
                               bool money, std::string_view base) noexcept {
    const double a = v < 0 ? -v : v;
    // NaN, infinities and zero are written by write_quantity in the first unit.
    std::string_view symbol = money ? std::string_view{} : units.first[0].symbol;
    digit_string d{};
    const digit_string* digits = nullptr;
    if (!(math::isnan(v) || math::isinf(v) || a == 0)) {
        std::size_t i = 0;
        for (std::size_t j = 0; j < units.size; ++j) {
            if (a >= units.first[j].factor) i = j;
        }
        if (math::isinf(a / units.first[i].factor)) {
            // Units below the base unit (ms, USD/kWh) cannot hold the largest values.
            symbol = base;
        } else {
            d = digits_of(a / units.first[i].factor, precision);
            if (i + 1 < units.size && approximate_value(d) >= units.first[i + 1].factor /
                                                                  units.first[i].factor *
                                                                  (1 - 1e-12)) {
                // The rounded value in the next unit: 59.995 s is "60 s" rounded, so "1 min".
                d = digits_of(approximate_value(d) * units.first[i].factor /
                                  units.first[i + 1].factor,
                              precision);
                ++i;
            }
            symbol = units.first[i].symbol;
            digits = &d;
        }
    }
    write_quantity(out, v, digits, {precision, human_low, human_high}, symbol, money);
}

// to_chars in the base unit for every quantity type: what depends on the type comes in as
// arguments, so that a program formatting many kinds of quantity carries this code once.
constexpr to_chars_result write_in_base_unit(char* first, char* last, double v,
                                             const format_options& options, unit_ladder human,
                                             std::string_view symbol, bool money,
                                             const digit_string* exact_digits) noexcept {
    char_sink out{first, last};
    const int precision = clamp_precision(options.precision);
    switch (options.style) {
    case notation::human:
        if (human.size != 0) {
            write_on_ladder(out, v, human, precision, money, symbol);
        } else {
            write_quantity(out, v, nullptr, {precision, human_low, human_high}, symbol, money);
        }
        break;
    case notation::scientific:
        write_quantity(out, v, nullptr, {precision, 1, 0}, symbol, money);
        break;
    case notation::plain:
        write_quantity(out, v, nullptr, {precision, -10000, 10000}, symbol, money);
        break;
    case notation::exact:
        write_quantity(out, v, exact_digits, {0, exact_low, exact_high}, symbol, money);
        break;
    }
    return out.result();
}

// A base symbol stored once in as many bytes as it has, not built on the stack at each call.
template <std::size_t N>
struct fixed_text {
    char data[N + 1];
    constexpr std::string_view view() const noexcept { return {data, N}; }
};

template <class D>
constexpr auto fixed_base_symbol() noexcept {
    constexpr short_text symbol = base_symbol<D>();
    fixed_text<symbol.size> out{};
    for (std::size_t i = 0; i < symbol.size; ++i)
        out.data[i] = symbol.data[i];
    return out;
}

template <class D>
inline constexpr auto base_symbol_text = fixed_base_symbol<D>();

} // namespace detail

// The quantity in the notation of `options`, its unit chosen by the notation.
template <class D, class R>
constexpr to_chars_result to_chars(char* first, char* last, const quantity<D, R>& q,
                                   const format_options& options = {}) noexcept {
    const double v = static_cast<double>(q.value());
    constexpr bool money = std::is_same_v<D, dims::money>;
    const std::string_view symbol = money ? std::string_view{} : detail::base_symbol_text<D>.view();
    if constexpr (std::is_same_v<R, float>) {
        // A float reads back from fewer digits than the double it widens to.
        const float f = q.value();
        if (options.style == notation::exact && f != 0 && math::isfinite(f)) {
            const detail::digit_string d = detail::shortest_float_digits(f < 0 ? -f : f);
            return detail::write_in_base_unit(first, last, v, options, {}, symbol, money, &d);
        }
    }
    return detail::write_in_base_unit(
        first, last, v, options, detail::human_units<D>(options.binary), symbol, money, nullptr);
}

// The quantity in a unit of the caller's choice: to_chars(f, l, rate, units::TFLOP_per_s) gives
// "989.4 TFLOP/s". Human notation writes the digits positionally where they are short, scientific
// and plain as above; exact notation ignores the unit (it reads back only in the base unit).
template <class D, class R>
constexpr to_chars_result to_chars(char* first, char* last, const quantity<D, R>& q,
                                   const unit<D>& u, const format_options& options = {}) noexcept {
    if (options.style == notation::exact) return to_chars(first, last, q, options);
    detail::char_sink out{first, last};
    const double v = static_cast<double>(q.value()) / u.factor;
    const int precision = detail::clamp_precision(options.precision);
    const int low = options.style == notation::scientific
                        ? 1
                        : (options.style == notation::plain ? -10000 : detail::human_low);
    const int high = options.style == notation::scientific
                         ? 0
                         : (options.style == notation::plain ? 10000 : detail::human_high);
    detail::write_quantity(out, v, nullptr, {precision, low, high}, u.symbol, false);
    return out.result();
}

// Enough for any quantity in any notation: plain notation of the largest and smallest doubles
// needs about 345 characters before the unit.
inline constexpr std::size_t max_quantity_chars = 512;

// What a formatter does with an invalid format spec when no policy is given: a compile error in
// a constant evaluation (std::format checks its format strings at compile time), otherwise the
// precondition handler is called and the quantity is formatted with the default options.
struct spec_error_is_precondition {
    static constexpr void raise(const char* message) noexcept {
        static_cast<void>(expects(false, message));
    }
};

// A formatter for std::format, {fmt} or any library with the same parse/format protocol, without
// depending on it. Format spec grammar (all parts optional, in this order):
//   [[fill]align][width][.precision][type][[unit]]
//   fill    any character but '{', '}' and ']'    align  '<' left, '>' right (default), '^' centre
//   width   minimum characters                     precision  significant digits, 1 to 17
//   type    'h' human (default), 'i' human with binary byte prefixes, 'e' scientific,
//           'p' plain, 'r' exact round trip
//   unit    a unit expression of the quantity's dimension in brackets: "{:.3[TFLOP/s]}"
// Examples: "{}" -> "989.4 TFLOP/s", "{:.2}" -> "990 TFLOP/s", "{:e}" -> "9.894e14 FLOP/s",
// "{:[PFLOP/s]}" -> "0.9894 PFLOP/s", "{:>16}" -> "   989.4 TFLOP/s".
// ErrorPolicy::raise(const char*) reports an invalid spec; adapters pass one that throws their
// library's format_error. For {fmt} (three lines):
//   struct fmt_spec_error { [[noreturn]] static void raise(const char* m) { throw
//   fmt::format_error(m); } }; template <class D, class R> struct
//   fmt::formatter<flopscale::quantity<D, R>>
//       : flopscale::quantity_formatter<flopscale::quantity<D, R>, fmt_spec_error> {};
template <class Q, class ErrorPolicy = spec_error_is_precondition>
class quantity_formatter {
    static_assert(is_quantity_v<Q>, "flopscale: quantity_formatter formats quantities");
    using dimension = typename Q::dimension;

public:
    format_options options{};
    char fill = ' ';
    char align = '>';
    std::size_t width = 0;

    // Reads a format spec from [begin, end) up to its closing '}' and returns where it stopped.
    template <class It>
    constexpr It parse_spec(It begin, It end) {
        It it = begin;
        const auto at = [&](It i) { return i != end ? *i : '}'; };
        if (it != end && *it != '}') {
            It next = it;
            ++next;
            const char c0 = *it;
            const char c1 = at(next);
            if (c1 == '<' || c1 == '>' || c1 == '^') {
                if (c0 == '{' || c0 == ']')
                    return fail(it, end, "flopscale: invalid fill character");
                fill = c0;
                align = c1;
                ++next;
                it = next;
            } else if (c0 == '<' || c0 == '>' || c0 == '^') {
                align = c0;
                it = next;
            }
        }
        while (at(it) >= '0' && at(it) <= '9') {
            if (width > 100000) return fail(it, end, "flopscale: width too large");
            width = width * 10 + static_cast<std::size_t>(*it - '0');
            ++it;
        }
        if (at(it) == '.') {
            ++it;
            if (!(at(it) >= '0' && at(it) <= '9'))
                return fail(it, end, "flopscale: missing precision");
            int precision = 0;
            while (at(it) >= '0' && at(it) <= '9') {
                if (precision < 100) precision = precision * 10 + (*it - '0');
                ++it;
            }
            if (precision < 1 || precision > 17)
                return fail(it, end, "flopscale: precision must be 1 to 17");
            options.precision = precision;
        }
        switch (at(it)) {
        case 'h':
            options.style = notation::human;
            ++it;
            break;
        case 'i':
            options.style = notation::human;
            options.binary = true;
            ++it;
            break;
        case 'e':
            options.style = notation::scientific;
            ++it;
            break;
        case 'p':
            options.style = notation::plain;
            ++it;
            break;
        case 'r':
            options.style = notation::exact;
            ++it;
            break;
        default:
            break;
        }
        if (at(it) == '[') {
            ++it;
            detail::short_text symbol;
            while (it != end && *it != ']' && *it != '}') {
                if (symbol.size == sizeof(symbol.data))
                    return fail(it, end, "flopscale: unit too long");
                const char ch = *it;
                symbol.append(std::string_view(&ch, 1));
                ++it;
            }
            if (at(it) != ']') return fail(it, end, "flopscale: missing ']' after the unit");
            ++it;
            const detail::unit_parse_result u = detail::parse_unit_expression(symbol.view(), 0);
            if (u.status != detail::unit_status::ok || u.end != symbol.size) {
                return fail(it, end, "flopscale: unknown unit in format spec");
            }
            if (!(u.value.dims == detail::dims_of<dimension>())) {
                return fail(it, end,
                            "flopscale: the unit in the format spec has the wrong dimension");
            }
            if (options.style == notation::exact) {
                return fail(it, end, "flopscale: exact notation is always in the base unit");
            }
            double factor = u.value.factor;
            for (long long e = u.value.exp10; e > 0; --e)
                factor *= 10;
            for (long long e = u.value.exp10; e < 0; ++e)
                factor /= 10;
            if (u.value.exp10 >= -24 && u.value.exp10 <= 24) {
                factor = u.value.factor * detail::exact_powers_of_ten[u.value.exp10 + 24];
            }
            has_unit = true;
            unit_factor = factor;
            unit_symbol = symbol;
        }
        if (at(it) != '}') return fail(it, end, "flopscale: invalid format spec");
        return it;
    }

    // The quantity as formatted text, padded to the width, into [first, last).
    constexpr to_chars_result write(char* first, char* last, const Q& q) const noexcept {
        detail::char_sink out{first, last};
        emit(q, [&out](char c) { out.put(c); });
        return out.result();
    }

    // The protocol of std::formatter and fmt::formatter.
    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        return parse_spec(ctx.begin(), ctx.end());
    }

    template <class FormatContext>
    auto format(const Q& q, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto out = ctx.out();
        emit(q, [&out](char c) { *out++ = c; });
        return out;
    }

private:
    // The spec's unit, when it names one: parse_spec fills these, emit reads them.
    bool has_unit = false;
    double unit_factor = 1.0;
    detail::short_text unit_symbol{};

    template <class Put>
    constexpr void emit(const Q& q, Put put) const noexcept {
        char text[max_quantity_chars]{};
        const to_chars_result r =
            has_unit ? to_chars(text, text + sizeof text, q,
                                unit<dimension>{unit_factor, unit_symbol.view()}, options)
                     : to_chars(text, text + sizeof text, q, options);
        const auto length = static_cast<std::size_t>(r.ptr - text);
        const std::size_t pad = width > length ? width - length : 0;
        const std::size_t before = align == '<' ? 0 : (align == '^' ? pad / 2 : pad);
        for (std::size_t i = 0; i < before; ++i)
            put(fill);
        for (std::size_t i = 0; i < length; ++i)
            put(text[i]);
        for (std::size_t i = before; i < pad; ++i)
            put(fill);
    }

    template <class It>
    constexpr It fail(It it, It end, const char* message) {
        ErrorPolicy::raise(message);
        *this = quantity_formatter{};
        while (it != end && *it != '}')
            ++it;
        return it;
    }
};

} // namespace flopscale
