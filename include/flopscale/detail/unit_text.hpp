// flopscale/detail/unit_text.hpp — unit symbols as text, both ways.
//
// One table of unit atoms, built from the constants of units.hpp plus the spellings people
// write (TFLOPS, params, days, ...), serves parsing and the format specs of the adapters. A unit
// expression combines atoms with '*', '/', '^' and parentheses: "TFLOP/s", "USD/kWh",
// "FLOP/(J*s)". Quantities without a named unit print their unit from the dimension exponents
// (algebraic_symbol), in a form the same parser reads back.
#pragma once

#include "flopscale/detail/charconv.hpp"
#include "flopscale/units.hpp"

#include <cstddef>
#include <string_view>

namespace flopscale::detail {

inline constexpr int base_dimension_count = 7;

struct dim_vector {
    int exponent[base_dimension_count];
};

constexpr bool operator==(const dim_vector& a, const dim_vector& b) noexcept {
    for (int i = 0; i < base_dimension_count; ++i) {
        if (a.exponent[i] != b.exponent[i]) return false;
    }
    return true;
}

template <class D>
constexpr dim_vector dims_of() noexcept {
    return {{D::operations, D::tokens, D::parameters, D::bytes, D::time, D::energy, D::money}};
}

// A unit's scale split into a power of ten, kept exact so that "989.4 TFLOP/s" parses with a
// single rounding, and the remaining factor (3600 for h, 1024^3 for GiB, 1 for SI prefixes).
inline constexpr double exact_powers_of_ten[] = {
    1e-24, 1e-23, 1e-22, 1e-21, 1e-20, 1e-19, 1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12,
    1e-11, 1e-10, 1e-9,  1e-8,  1e-7,  1e-6,  1e-5,  1e-4,  1e-3,  1e-2,  1e-1,  1e0,   1e1,
    1e2,   1e3,   1e4,   1e5,   1e6,   1e7,   1e8,   1e9,   1e10,  1e11,  1e12,  1e13,  1e14,
    1e15,  1e16,  1e17,  1e18,  1e19,  1e20,  1e21,  1e22,  1e23,  1e24};

struct unit_atom {
    std::string_view text;
    double factor; // times 10^exp10: base units per unit
    int exp10;
    dim_vector dims;
    bool ignore_case;
};

template <class D>
constexpr unit_atom atom(const unit<D>& u, std::string_view text = {}, bool ignore_case = false) {
    unit_atom a{text.empty() ? u.symbol : text, u.factor, 0, dims_of<D>(), ignore_case};
    // Outwards from 10^0 and no further than the match: every atom is evaluated by every
    // translation unit that includes this header.
    for (int k = 0; k <= 24; ++k) {
        const bool up = u.factor == exact_powers_of_ten[24 + k];
        if (up || u.factor == exact_powers_of_ten[24 - k]) {
            a.factor = 1.0;
            a.exp10 = up ? k : -k;
            break;
        }
    }
    return a;
}

// Symbols are case-sensitive, as SI prefixes must be (m is milli, M is mega); words are not. The
// spellings are string_view literals: a plain literal's length is counted character by character
// in constant evaluation.
namespace unit_spellings {
using namespace std::string_view_literals;
// clang-format off
inline constexpr unit_atom table[] = {
    atom(units::FLOP), atom(units::FLOP, "FLOPs"sv), atom(units::FLOP, "OP"sv), atom(units::FLOP, "OPs"sv),
    atom(units::kFLOP), atom(units::MFLOP), atom(units::GFLOP), atom(units::TFLOP), atom(units::PFLOP),
    atom(units::EFLOP), atom(units::ZFLOP), atom(units::YFLOP),
    atom(units::PF_day), atom(units::PF_day, "PF-days"sv),
    atom(units::FLOP_per_s, "FLOPS"sv), atom(units::kFLOP_per_s, "kFLOPS"sv),
    atom(units::MFLOP_per_s, "MFLOPS"sv), atom(units::GFLOP_per_s, "GFLOPS"sv),
    atom(units::TFLOP_per_s, "TFLOPS"sv), atom(units::PFLOP_per_s, "PFLOPS"sv),
    atom(units::EFLOP_per_s, "EFLOPS"sv), atom(units::ZFLOP_per_s, "ZFLOPS"sv), atom(units::TOPS),
    atom(units::token, "tokens"sv, true), atom(units::token, "token"sv, true),
    atom(units::param, "parameters"sv, true), atom(units::param, "parameter"sv, true),
    atom(units::param, "params"sv, true), atom(units::param, "param"sv, true),
    atom(units::B), atom(units::kB), atom(units::MB), atom(units::GB), atom(units::TB), atom(units::PB),
    atom(units::KiB), atom(units::MiB), atom(units::GiB), atom(units::TiB), atom(units::PiB),
    atom(units::ms), atom(units::s), atom(units::s, "sec"sv, true), atom(units::s, "seconds"sv, true),
    atom(units::s, "second"sv, true), atom(units::min), atom(units::min, "minutes"sv, true),
    atom(units::min, "minute"sv, true), atom(units::h), atom(units::h, "hours"sv, true),
    atom(units::h, "hour"sv, true), atom(units::h, "hr"sv, true), atom(units::days, "days"sv, true),
    atom(units::days, "day"sv, true), atom(units::years, "years"sv, true),
    atom(units::years, "year"sv, true), atom(units::years, "yr"sv, true),
    atom(units::W), atom(units::kW), atom(units::MW), atom(units::GW),
    atom(units::J), atom(units::kJ), atom(units::MJ), atom(units::GJ),
    atom(units::Wh), atom(units::kWh), atom(units::MWh), atom(units::GWh), atom(units::TWh),
    atom(units::USD, "USD"sv, true),
};
// clang-format on
} // namespace unit_spellings
inline constexpr const auto& unit_atoms = unit_spellings::table;

constexpr char lower_ascii(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool is_letter(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The combined scale and dimension of a unit expression.
struct unit_value {
    double factor;
    long long exp10;
    dim_vector dims;
};

enum class unit_status { ok, unknown, syntax };

struct unit_parse_result {
    unit_value value;
    std::size_t end; // ok: one past the expression; otherwise: the offending character
    unit_status status;
};

constexpr bool atom_matches(std::string_view text, std::size_t pos, const unit_atom& a) noexcept {
    if (text.size() - pos < a.text.size()) return false;
    for (std::size_t i = 0; i < a.text.size(); ++i) {
        const char c = text[pos + i];
        if (a.ignore_case ? lower_ascii(c) != lower_ascii(a.text[i]) : c != a.text[i]) {
            return false;
        }
    }
    // An atom ends where the letters end: "GBs" is not "GB" followed by something.
    const std::size_t after = pos + a.text.size();
    return after == text.size() || (!is_letter(text[after]) && text[after] != '-');
}

constexpr void combine(unit_value& into, const unit_value& part, int power) noexcept {
    for (int i = 0; i < base_dimension_count; ++i) {
        into.dims.exponent[i] += power * part.dims.exponent[i];
    }
    for (int i = 0; i < (power < 0 ? -power : power); ++i) {
        if (power > 0) {
            into.factor *= part.factor;
            into.exp10 += part.exp10;
        } else {
            into.factor /= part.factor;
            into.exp10 -= part.exp10;
        }
    }
}

constexpr unit_parse_result parse_unit_product(std::string_view text, std::size_t pos,
                                               int depth) noexcept;

// factor := atom ['^' ['-'] digit [digit]] | '(' product ')' | '1' (before '/', as in "1/s")
constexpr unit_parse_result parse_unit_factor(std::string_view text, std::size_t pos,
                                              int depth) noexcept {
    const unit_value one{1.0, 0, {}};
    if (pos >= text.size()) return {one, pos, unit_status::syntax};
    unit_parse_result r{one, pos, unit_status::ok};
    if (text[pos] == '(') {
        // Nesting is bounded so hostile input cannot exhaust the stack.
        if (depth >= 4) return {one, pos, unit_status::syntax};
        r = parse_unit_product(text, pos + 1, depth + 1);
        if (r.status != unit_status::ok) return r;
        if (r.end >= text.size() || text[r.end] != ')') return {one, r.end, unit_status::syntax};
        ++r.end;
    } else if (text[pos] == '1' && pos + 1 < text.size() && text[pos + 1] == '/') {
        r.end = pos + 1;
    } else {
        std::size_t best = sizeof(unit_atoms) / sizeof(unit_atoms[0]);
        for (std::size_t i = 0; i < sizeof(unit_atoms) / sizeof(unit_atoms[0]); ++i) {
            if (atom_matches(text, pos, unit_atoms[i]) &&
                (best == sizeof(unit_atoms) / sizeof(unit_atoms[0]) ||
                 unit_atoms[i].text.size() > unit_atoms[best].text.size())) {
                best = i;
            }
        }
        if (best == sizeof(unit_atoms) / sizeof(unit_atoms[0])) {
            return {one, pos, unit_status::unknown};
        }
        const unit_atom& a = unit_atoms[best];
        r.value = {a.factor, a.exp10, a.dims};
        r.end = pos + a.text.size();
    }
    if (r.end < text.size() && text[r.end] == '^') {
        std::size_t i = r.end + 1;
        const bool negative = i < text.size() && text[i] == '-';
        if (negative) ++i;
        int power = 0;
        int digits = 0;
        while (i < text.size() && is_digit(text[i]) && digits < 2) {
            power = power * 10 + (text[i++] - '0');
            ++digits;
        }
        if (digits == 0) return {one, i, unit_status::syntax};
        unit_value powered = one;
        combine(powered, r.value, negative ? -power : power);
        r.value = powered;
        r.end = i;
    }
    return r;
}

// product := factor (('*' | '/') factor)*
constexpr unit_parse_result parse_unit_product(std::string_view text, std::size_t pos,
                                               int depth) noexcept {
    unit_parse_result r = parse_unit_factor(text, pos, depth);
    if (r.status != unit_status::ok) return r;
    while (r.end < text.size() && (text[r.end] == '*' || text[r.end] == '/')) {
        const bool divide = text[r.end] == '/';
        const unit_parse_result next = parse_unit_factor(text, r.end + 1, depth);
        if (next.status != unit_status::ok) return next;
        combine(r.value, next.value, divide ? -1 : 1);
        r.end = next.end;
    }
    return r;
}

// Reads the unit expression at text[pos...], e.g. "TFLOP/s" or "USD/kWh".
constexpr unit_parse_result parse_unit_expression(std::string_view text, std::size_t pos) noexcept {
    return parse_unit_product(text, pos, 0);
}

// Fixed-capacity text, for symbols computed at compile time.
struct short_text {
    char data[96]{};
    std::size_t size = 0;

    constexpr void append(std::string_view s) noexcept {
        for (char c : s) {
            if (size < sizeof(data)) data[size++] = c;
        }
    }
    constexpr std::string_view view() const noexcept { return {data, size}; }
};

// The unit of a dimension written from its exponents over the base units: "FLOP/J",
// "tokens/parameter", "FLOP/(B*s)", "1/s". Counted things read plural above the line.
template <class D>
constexpr short_text algebraic_symbol() noexcept {
    constexpr std::string_view above[] = {"FLOP", "tokens", "parameters", "B", "s", "J", "USD"};
    constexpr std::string_view below[] = {"FLOP", "token", "parameter", "B", "s", "J", "USD"};
    constexpr dim_vector d = dims_of<D>();
    short_text out;
    int numerators = 0;
    int denominators = 0;
    for (int i = 0; i < base_dimension_count; ++i) {
        if (d.exponent[i] > 0) ++numerators;
        if (d.exponent[i] < 0) ++denominators;
    }
    const auto power = [&out](int e) {
        if (e > 1) {
            out.append("^");
            if (e >= 10)
                out.append(std::string_view("0123456789").substr(std::size_t(e / 10 % 10), 1));
            out.append(std::string_view("0123456789").substr(std::size_t(e % 10), 1));
        }
    };
    bool first = true;
    for (int i = 0; i < base_dimension_count; ++i) {
        if (d.exponent[i] <= 0) continue;
        if (!first) out.append("*");
        out.append(above[i]);
        power(d.exponent[i]);
        first = false;
    }
    if (numerators == 0) out.append("1");
    if (denominators > 0) {
        out.append(denominators > 1 ? "/(" : "/");
        first = true;
        for (int i = 0; i < base_dimension_count; ++i) {
            if (d.exponent[i] >= 0) continue;
            if (!first) out.append("*");
            out.append(below[i]);
            power(-d.exponent[i]);
            first = false;
        }
        if (denominators > 1) out.append(")");
    }
    return out;
}

} // namespace flopscale::detail
