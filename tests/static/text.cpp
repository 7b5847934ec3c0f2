// Compile-time facts of text conversion: building this file is the test.
#include "flopscale/format.hpp"
#include "flopscale/parse.hpp"

#include <array>
#include <string_view>

namespace {
using namespace flopscale;

template <class Q>
struct formatted {
    std::array<char, 64> text{};
    std::size_t size = 0;
    constexpr std::string_view view() const { return {text.data(), size}; }
};

template <class Q>
constexpr formatted<Q> format(const Q& q, notation style = notation::human) {
    formatted<Q> out;
    format_options options;
    options.style = style;
    const to_chars_result r =
        to_chars(out.text.data(), out.text.data() + out.text.size(), q, options);
    out.size = r.ec == std::errc{} ? static_cast<std::size_t>(r.ptr - out.text.data()) : 0;
    return out;
}

static_assert(format(flops{3.14e23}).view() == "3.14e23 FLOP");
static_assert(format(flop_rate{989.4e12}).view() == "989.4 TFLOP/s");
static_assert(format(parameters{405e9}).view() == "405B parameters");
static_assert(format(usd{5.58e6}).view() == "$5.58M");
static_assert(format(flops_per_joule{2.1e11}).view() == "2.1e11 FLOP/J");
static_assert(format(flops{0.1 + 0.2}, notation::exact).view() == "0.30000000000000004 FLOP");

constexpr auto budget = parse<flops>("3.8e25 FLOP");
static_assert(budget && budget.value == flops{3.8e25}, "parse in a constant expression");
static_assert(parse<flop_rate>("989.4 TFLOP/s").value == flop_rate{989.4e12},
              "prefixes join the number before its single rounding");
static_assert(parse<duration>("30 days").value == duration{2592000.0});
static_assert(parse<usd>("$2.5M").value == usd{2.5e6});
static_assert(parse<flops>("700 W").error == parse_error::wrong_dimension);
static_assert(parse<flops>("1e400").error == parse_error::out_of_range);
// The big-integer path: a decimal just above the halfway point between 1 and its successor.
static_assert(parse<flops>("1.00000000000000011102230246251565404236316680908203125000000001")
                  .value.value() == 1.0000000000000002);
static_assert(
    parse<flops>("1.00000000000000011102230246251565404236316680908203125").value.value() == 1.0);

// Exact notation reads back bit for bit at compile time too.
constexpr double round_trip(double v) {
    const formatted<flops> f = format(flops{v}, notation::exact);
    return parse<flops>(f.view()).value.value();
}
static_assert(round_trip(5e-324) == 5e-324);
static_assert(round_trip(1.7976931348623157e308) == 1.7976931348623157e308);
static_assert(round_trip(0.1) == 0.1);
static_assert(round_trip(-2.2250738585072014e-308) == -2.2250738585072014e-308);
} // namespace
