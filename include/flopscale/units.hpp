// flopscale/units.hpp — the named quantities of AI compute, their units and literals.
#pragma once

#include "flopscale/quantity.hpp"

#include <cstddef>
#include <string_view>

namespace flopscale {

// Base and derived dimensions, by name.
namespace dims {
using operations = dim<1, 0, 0, 0, 0, 0, 0>;
using tokens = dim<0, 1, 0, 0, 0, 0, 0>;
using parameters = dim<0, 0, 1, 0, 0, 0, 0>;
using bytes = dim<0, 0, 0, 1, 0, 0, 0>;
using time = dim<0, 0, 0, 0, 1, 0, 0>;
using energy = dim<0, 0, 0, 0, 0, 1, 0>;
using money = dim<0, 0, 0, 0, 0, 0, 1>;

using operation_rate = dim_quotient<operations, time>;
using bandwidth = dim_quotient<bytes, time>;
using power = dim_quotient<energy, time>;
using token_rate = dim_quotient<tokens, time>;
using operations_per_token = dim_quotient<operations, tokens>;
using operations_per_energy = dim_quotient<operations, energy>;
using bytes_per_parameter = dim_quotient<bytes, parameters>;
using tokens_per_parameter = dim_quotient<tokens, parameters>;
using money_per_time = dim_quotient<money, time>;
using money_per_energy = dim_quotient<money, energy>;
} // namespace dims

// The quantities of the public API, in their base units.
using flops = quantity<dims::operations>;                        // FLOP (or integer OP)
using flop_rate = quantity<dims::operation_rate>;                // FLOP/s
using tokens = quantity<dims::tokens>;                           // tokens
using parameters = quantity<dims::parameters>;                   // parameters
using bytes = quantity<dims::bytes>;                             // B
using bandwidth = quantity<dims::bandwidth>;                     // B/s
using duration = quantity<dims::time>;                           // s
using power = quantity<dims::power>;                             // W = J/s
using energy = quantity<dims::energy>;                           // J
using usd = quantity<dims::money>;                               // US dollars
using token_rate = quantity<dims::token_rate>;                   // tokens/s
using flops_per_token = quantity<dims::operations_per_token>;    // FLOP/token
using flops_per_joule = quantity<dims::operations_per_energy>;   // FLOP/J = FLOP/s per W
using bytes_per_parameter = quantity<dims::bytes_per_parameter>; // B/parameter
using tokens_per_parameter = quantity<dims::tokens_per_parameter>;
using usd_per_hour =
    quantity<dims::money_per_time>; // stored in USD/s, read with .in(units::USD_per_h)
using usd_per_energy = quantity<dims::money_per_energy>; // stored in USD/J

// A named unit: how many base units one of it holds, and its symbol. `989.4 * units::TFLOP_per_s`
// makes a quantity; `q.in(units::days)` reads one.
template <class D>
struct unit {
    using dimension = D;
    double factor;
    std::string_view symbol;
};

template <class T, class D, std::enable_if_t<detail::is_number<T>, int> = 0>
constexpr quantity<D> operator*(T value, const unit<D>& u) noexcept {
    return quantity<D>{static_cast<double>(value) * u.factor};
}

namespace units {
// Operations. A PF-day is 1e15 FLOP/s for a day (Kaplan et al. 2020, §1.3).
inline constexpr unit<dims::operations> FLOP{1.0, "FLOP"};
inline constexpr unit<dims::operations> kFLOP{1e3, "kFLOP"};
inline constexpr unit<dims::operations> MFLOP{1e6, "MFLOP"};
inline constexpr unit<dims::operations> GFLOP{1e9, "GFLOP"};
inline constexpr unit<dims::operations> TFLOP{1e12, "TFLOP"};
inline constexpr unit<dims::operations> PFLOP{1e15, "PFLOP"};
inline constexpr unit<dims::operations> EFLOP{1e18, "EFLOP"};
inline constexpr unit<dims::operations> ZFLOP{1e21, "ZFLOP"};
inline constexpr unit<dims::operations> YFLOP{1e24, "YFLOP"};
inline constexpr unit<dims::operations> PF_day{8.64e19, "PF-day"};

// Operation rates. TOPS is the same dimension, named as vendors name integer throughput.
inline constexpr unit<dims::operation_rate> FLOP_per_s{1.0, "FLOP/s"};
inline constexpr unit<dims::operation_rate> kFLOP_per_s{1e3, "kFLOP/s"};
inline constexpr unit<dims::operation_rate> MFLOP_per_s{1e6, "MFLOP/s"};
inline constexpr unit<dims::operation_rate> GFLOP_per_s{1e9, "GFLOP/s"};
inline constexpr unit<dims::operation_rate> TFLOP_per_s{1e12, "TFLOP/s"};
inline constexpr unit<dims::operation_rate> PFLOP_per_s{1e15, "PFLOP/s"};
inline constexpr unit<dims::operation_rate> EFLOP_per_s{1e18, "EFLOP/s"};
inline constexpr unit<dims::operation_rate> ZFLOP_per_s{1e21, "ZFLOP/s"};
inline constexpr unit<dims::operation_rate> TOPS{1e12, "TOPS"};

// Tokens and parameters use the K/M/B/T (thousand ... trillion) suffixes of the field.
inline constexpr unit<dims::tokens> token{1.0, "tokens"};
inline constexpr unit<dims::tokens> K_tokens{1e3, "K tokens"};
inline constexpr unit<dims::tokens> M_tokens{1e6, "M tokens"};
inline constexpr unit<dims::tokens> B_tokens{1e9, "B tokens"};
inline constexpr unit<dims::tokens> T_tokens{1e12, "T tokens"};
inline constexpr unit<dims::parameters> param{1.0, "parameters"};
inline constexpr unit<dims::parameters> K_params{1e3, "K parameters"};
inline constexpr unit<dims::parameters> M_params{1e6, "M parameters"};
inline constexpr unit<dims::parameters> B_params{1e9, "B parameters"};
inline constexpr unit<dims::parameters> T_params{1e12, "T parameters"};

// Bytes, decimal (as memory vendors quote HBM) and binary.
inline constexpr unit<dims::bytes> B{1.0, "B"};
inline constexpr unit<dims::bytes> kB{1e3, "kB"};
inline constexpr unit<dims::bytes> MB{1e6, "MB"};
inline constexpr unit<dims::bytes> GB{1e9, "GB"};
inline constexpr unit<dims::bytes> TB{1e12, "TB"};
inline constexpr unit<dims::bytes> PB{1e15, "PB"};
inline constexpr unit<dims::bytes> KiB{1024.0, "KiB"};
inline constexpr unit<dims::bytes> MiB{1048576.0, "MiB"};
inline constexpr unit<dims::bytes> GiB{1073741824.0, "GiB"};
inline constexpr unit<dims::bytes> TiB{1099511627776.0, "TiB"};
inline constexpr unit<dims::bytes> PiB{1125899906842624.0, "PiB"};

inline constexpr unit<dims::bandwidth> B_per_s{1.0, "B/s"};
inline constexpr unit<dims::bandwidth> kB_per_s{1e3, "kB/s"};
inline constexpr unit<dims::bandwidth> MB_per_s{1e6, "MB/s"};
inline constexpr unit<dims::bandwidth> GB_per_s{1e9, "GB/s"};
inline constexpr unit<dims::bandwidth> TB_per_s{1e12, "TB/s"};
inline constexpr unit<dims::bandwidth> PB_per_s{1e15, "PB/s"};

// Time. A year is the Julian year of 365.25 days, the convention of astronomy and of SI usage.
inline constexpr unit<dims::time> ms{1e-3, "ms"};
inline constexpr unit<dims::time> s{1.0, "s"};
inline constexpr unit<dims::time> min{60.0, "min"};
inline constexpr unit<dims::time> h{3600.0, "h"};
inline constexpr unit<dims::time> days{86400.0, "days"};
inline constexpr unit<dims::time> years{31557600.0, "years"};

inline constexpr unit<dims::power> W{1.0, "W"};
inline constexpr unit<dims::power> kW{1e3, "kW"};
inline constexpr unit<dims::power> MW{1e6, "MW"};
inline constexpr unit<dims::power> GW{1e9, "GW"};

inline constexpr unit<dims::energy> J{1.0, "J"};
inline constexpr unit<dims::energy> kJ{1e3, "kJ"};
inline constexpr unit<dims::energy> MJ{1e6, "MJ"};
inline constexpr unit<dims::energy> GJ{1e9, "GJ"};
inline constexpr unit<dims::energy> Wh{3600.0, "Wh"};
inline constexpr unit<dims::energy> kWh{3.6e6, "kWh"};
inline constexpr unit<dims::energy> MWh{3.6e9, "MWh"};
inline constexpr unit<dims::energy> GWh{3.6e12, "GWh"};
inline constexpr unit<dims::energy> TWh{3.6e15, "TWh"};

inline constexpr unit<dims::money> USD{1.0, "USD"};
inline constexpr unit<dims::money> thousand_USD{1e3, "thousand USD"};
inline constexpr unit<dims::money> million_USD{1e6, "million USD"};
inline constexpr unit<dims::money> billion_USD{1e9, "billion USD"};
inline constexpr unit<dims::money> trillion_USD{1e12, "trillion USD"};
inline constexpr unit<dims::money_per_time> USD_per_h{1.0 / 3600.0, "USD/h"};
inline constexpr unit<dims::money_per_energy> USD_per_kWh{1.0 / 3.6e6, "USD/kWh"};

inline constexpr unit<dims::operations_per_energy> FLOP_per_J{1.0, "FLOP/J"};
inline constexpr unit<dims::operations_per_energy> GFLOP_per_J{1e9, "GFLOP/J"};
inline constexpr unit<dims::operations_per_token> FLOP_per_token{1.0, "FLOP/token"};
inline constexpr unit<dims::token_rate> tokens_per_s{1.0, "tokens/s"};
inline constexpr unit<dims::bytes_per_parameter> B_per_param{1.0, "B/parameter"};
} // namespace units

namespace detail {
struct integer_literal_value {
    unsigned long long value;
    bool fits;
};

// Reads an integer literal's characters (decimal, 0x, 0b or octal, with ' separators) and says
// whether its value fits the 64 bits a literal operator can carry exactly to the representation.
// Not a template, so that each distinct literal costs the compiler one small instantiation only.
constexpr integer_literal_value read_integer_literal(const char* text,
                                                     std::size_t length) noexcept {
    unsigned base = 10;
    std::size_t i = 0;
    if (length > 1 && text[0] == '0') {
        if (text[1] == 'x' || text[1] == 'X') {
            base = 16;
            i = 2;
        } else if (text[1] == 'b' || text[1] == 'B') {
            base = 2;
            i = 2;
        } else {
            base = 8;
            i = 1;
        }
    }
    constexpr unsigned long long max = ~0ULL;
    unsigned long long value = 0;
    for (; i < length; ++i) {
        const char c = text[i];
        if (c == '\'') continue;
        const unsigned digit = c >= '0' && c <= '9'   ? unsigned(c - '0')
                               : c >= 'a' && c <= 'f' ? unsigned(c - 'a' + 10)
                                                      : unsigned(c - 'A' + 10);
        if (value > (max - digit) / base) return {0, false};
        value = value * base + digit;
    }
    return {value, true};
}

template <char... Cs>
struct integer_literal {
    static constexpr char text[] = {Cs...};
    static constexpr integer_literal_value read = read_integer_literal(text, sizeof...(Cs));
    static_assert(read.fits, "flopscale: integer literal too large for the quantity's "
                             "representation; write it in floating form, e.g. 1.8e28_flop");
    static constexpr double value = static_cast<double>(read.value);
};

template <class D>
constexpr quantity<D> floating_literal(long double value, const unit<D>& u) noexcept {
    return quantity<D>{static_cast<double>(value * static_cast<long double>(u.factor))};
}
} // namespace detail

// Literals take integer and floating forms: `405_Bparams`, `15.6_Ttokens`, `3.8e25_flop`.
namespace literals {
// clang-format off
template <char... Cs> constexpr flops operator""_flop() noexcept { return detail::integer_literal<Cs...>::value * units::FLOP; }
template <char... Cs> constexpr flops operator""_PFLOP() noexcept { return detail::integer_literal<Cs...>::value * units::PFLOP; }
template <char... Cs> constexpr flops operator""_EFLOP() noexcept { return detail::integer_literal<Cs...>::value * units::EFLOP; }
template <char... Cs> constexpr flops operator""_ZFLOP() noexcept { return detail::integer_literal<Cs...>::value * units::ZFLOP; }
template <char... Cs> constexpr flop_rate operator""_FLOPS() noexcept { return detail::integer_literal<Cs...>::value * units::FLOP_per_s; }
template <char... Cs> constexpr flop_rate operator""_TFLOPS() noexcept { return detail::integer_literal<Cs...>::value * units::TFLOP_per_s; }
template <char... Cs> constexpr flop_rate operator""_PFLOPS() noexcept { return detail::integer_literal<Cs...>::value * units::PFLOP_per_s; }
template <char... Cs> constexpr flop_rate operator""_EFLOPS() noexcept { return detail::integer_literal<Cs...>::value * units::EFLOP_per_s; }
template <char... Cs> constexpr flop_rate operator""_TOPS() noexcept { return detail::integer_literal<Cs...>::value * units::TOPS; }
template <char... Cs> constexpr tokens operator""_tokens() noexcept { return detail::integer_literal<Cs...>::value * units::token; }
template <char... Cs> constexpr tokens operator""_Mtokens() noexcept { return detail::integer_literal<Cs...>::value * units::M_tokens; }
template <char... Cs> constexpr tokens operator""_Btokens() noexcept { return detail::integer_literal<Cs...>::value * units::B_tokens; }
template <char... Cs> constexpr tokens operator""_Ttokens() noexcept { return detail::integer_literal<Cs...>::value * units::T_tokens; }
template <char... Cs> constexpr parameters operator""_params() noexcept { return detail::integer_literal<Cs...>::value * units::param; }
template <char... Cs> constexpr parameters operator""_Mparams() noexcept { return detail::integer_literal<Cs...>::value * units::M_params; }
template <char... Cs> constexpr parameters operator""_Bparams() noexcept { return detail::integer_literal<Cs...>::value * units::B_params; }
template <char... Cs> constexpr parameters operator""_Tparams() noexcept { return detail::integer_literal<Cs...>::value * units::T_params; }
template <char... Cs> constexpr bytes operator""_bytes() noexcept { return detail::integer_literal<Cs...>::value * units::B; }
template <char... Cs> constexpr bytes operator""_GB() noexcept { return detail::integer_literal<Cs...>::value * units::GB; }
template <char... Cs> constexpr bytes operator""_TB() noexcept { return detail::integer_literal<Cs...>::value * units::TB; }
template <char... Cs> constexpr bytes operator""_GiB() noexcept { return detail::integer_literal<Cs...>::value * units::GiB; }
template <char... Cs> constexpr bandwidth operator""_GBps() noexcept { return detail::integer_literal<Cs...>::value * units::GB_per_s; }
template <char... Cs> constexpr bandwidth operator""_TBps() noexcept { return detail::integer_literal<Cs...>::value * units::TB_per_s; }
template <char... Cs> constexpr duration operator""_s() noexcept { return detail::integer_literal<Cs...>::value * units::s; }
template <char... Cs> constexpr duration operator""_h() noexcept { return detail::integer_literal<Cs...>::value * units::h; }
template <char... Cs> constexpr duration operator""_days() noexcept { return detail::integer_literal<Cs...>::value * units::days; }
template <char... Cs> constexpr power operator""_W() noexcept { return detail::integer_literal<Cs...>::value * units::W; }
template <char... Cs> constexpr power operator""_kW() noexcept { return detail::integer_literal<Cs...>::value * units::kW; }
template <char... Cs> constexpr power operator""_MW() noexcept { return detail::integer_literal<Cs...>::value * units::MW; }
template <char... Cs> constexpr power operator""_GW() noexcept { return detail::integer_literal<Cs...>::value * units::GW; }
template <char... Cs> constexpr energy operator""_J() noexcept { return detail::integer_literal<Cs...>::value * units::J; }
template <char... Cs> constexpr energy operator""_kWh() noexcept { return detail::integer_literal<Cs...>::value * units::kWh; }
template <char... Cs> constexpr energy operator""_MWh() noexcept { return detail::integer_literal<Cs...>::value * units::MWh; }
template <char... Cs> constexpr energy operator""_GWh() noexcept { return detail::integer_literal<Cs...>::value * units::GWh; }
template <char... Cs> constexpr usd operator""_usd() noexcept { return detail::integer_literal<Cs...>::value * units::USD; }

constexpr flops operator""_flop(long double v) noexcept { return detail::floating_literal(v, units::FLOP); }
constexpr flops operator""_PFLOP(long double v) noexcept { return detail::floating_literal(v, units::PFLOP); }
constexpr flops operator""_EFLOP(long double v) noexcept { return detail::floating_literal(v, units::EFLOP); }
constexpr flops operator""_ZFLOP(long double v) noexcept { return detail::floating_literal(v, units::ZFLOP); }
constexpr flop_rate operator""_FLOPS(long double v) noexcept { return detail::floating_literal(v, units::FLOP_per_s); }
constexpr flop_rate operator""_TFLOPS(long double v) noexcept { return detail::floating_literal(v, units::TFLOP_per_s); }
constexpr flop_rate operator""_PFLOPS(long double v) noexcept { return detail::floating_literal(v, units::PFLOP_per_s); }
constexpr flop_rate operator""_EFLOPS(long double v) noexcept { return detail::floating_literal(v, units::EFLOP_per_s); }
constexpr flop_rate operator""_TOPS(long double v) noexcept { return detail::floating_literal(v, units::TOPS); }
constexpr tokens operator""_tokens(long double v) noexcept { return detail::floating_literal(v, units::token); }
constexpr tokens operator""_Mtokens(long double v) noexcept { return detail::floating_literal(v, units::M_tokens); }
constexpr tokens operator""_Btokens(long double v) noexcept { return detail::floating_literal(v, units::B_tokens); }
constexpr tokens operator""_Ttokens(long double v) noexcept { return detail::floating_literal(v, units::T_tokens); }
constexpr parameters operator""_params(long double v) noexcept { return detail::floating_literal(v, units::param); }
constexpr parameters operator""_Mparams(long double v) noexcept { return detail::floating_literal(v, units::M_params); }
constexpr parameters operator""_Bparams(long double v) noexcept { return detail::floating_literal(v, units::B_params); }
constexpr parameters operator""_Tparams(long double v) noexcept { return detail::floating_literal(v, units::T_params); }
constexpr bytes operator""_bytes(long double v) noexcept { return detail::floating_literal(v, units::B); }
constexpr bytes operator""_GB(long double v) noexcept { return detail::floating_literal(v, units::GB); }
constexpr bytes operator""_TB(long double v) noexcept { return detail::floating_literal(v, units::TB); }
constexpr bytes operator""_GiB(long double v) noexcept { return detail::floating_literal(v, units::GiB); }
constexpr bandwidth operator""_GBps(long double v) noexcept { return detail::floating_literal(v, units::GB_per_s); }
constexpr bandwidth operator""_TBps(long double v) noexcept { return detail::floating_literal(v, units::TB_per_s); }
constexpr duration operator""_s(long double v) noexcept { return detail::floating_literal(v, units::s); }
constexpr duration operator""_h(long double v) noexcept { return detail::floating_literal(v, units::h); }
constexpr duration operator""_days(long double v) noexcept { return detail::floating_literal(v, units::days); }
constexpr power operator""_W(long double v) noexcept { return detail::floating_literal(v, units::W); }
constexpr power operator""_kW(long double v) noexcept { return detail::floating_literal(v, units::kW); }
constexpr power operator""_MW(long double v) noexcept { return detail::floating_literal(v, units::MW); }
constexpr power operator""_GW(long double v) noexcept { return detail::floating_literal(v, units::GW); }
constexpr energy operator""_J(long double v) noexcept { return detail::floating_literal(v, units::J); }
constexpr energy operator""_kWh(long double v) noexcept { return detail::floating_literal(v, units::kWh); }
constexpr energy operator""_MWh(long double v) noexcept { return detail::floating_literal(v, units::MWh); }
constexpr energy operator""_GWh(long double v) noexcept { return detail::floating_literal(v, units::GWh); }
constexpr usd operator""_usd(long double v) noexcept { return detail::floating_literal(v, units::USD); }
// clang-format on
} // namespace literals

} // namespace flopscale
