#include "flopscale/format.hpp"
#include "flopscale/parse.hpp"

#include "catch_compat.hpp"
#include "exact_text.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

using namespace flopscale;

namespace {

template <class Q>
std::string text(const Q& q, format_options options = {}) {
    char buffer[512];
    const to_chars_result r = to_chars(buffer, buffer + sizeof buffer, q, options);
    REQUIRE(r.ec == std::errc{});
    return std::string(buffer, r.ptr);
}

template <class Q, class U>
std::string text_in(const Q& q, const U& unit, format_options options = {}) {
    char buffer[512];
    const to_chars_result r = to_chars(buffer, buffer + sizeof buffer, q, unit, options);
    REQUIRE(r.ec == std::errc{});
    return std::string(buffer, r.ptr);
}

format_options with(notation style, int precision = 4) {
    format_options o;
    o.style = style;
    o.precision = precision;
    return o;
}

} // namespace

TEST_CASE("human notation follows the conventions of the field", "[format]") {
    CHECK(text(flops{3.14e23}) == "3.14e23 FLOP");
    CHECK(text(flops{3.8e25}) == "3.8e25 FLOP");
    CHECK(text(flops{12345}) == "12350 FLOP");
    CHECK(text(flop_rate{989.4e12}) == "989.4 TFLOP/s");
    CHECK(text(flop_rate{2.4e21}) == "2.4 ZFLOP/s");
    CHECK(text(flop_rate{312e12}) == "312 TFLOP/s");
    CHECK(text(parameters{405e9}) == "405B parameters");
    CHECK(text(parameters{7.0e6}) == "7M parameters");
    CHECK(text(tokens{15.6e12}) == "15.6T tokens");
    CHECK(text(tokens{512}) == "512 tokens");
    CHECK(text(bytes{80e9}) == "80 GB");
    format_options binary;
    binary.binary = true;
    CHECK(text(bytes{141.0 * 1073741824.0}, binary) == "141 GiB");
    CHECK(text(bytes{80e9}, binary) == "74.51 GiB");
    CHECK(text(bandwidth{3.35e12}) == "3.35 TB/s");
    CHECK(text(power{700}) == "700 W");
    CHECK(text(power{1.2e9}) == "1.2 GW");
    CHECK(text(energy{21.6 * 3.6e12}) == "21.6 GWh");
    CHECK(text(energy{1800}) == "1800 J");
    CHECK(text(duration{67.8 * 86400}) == "67.8 days");
    CHECK(text(duration{90}) == "1.5 min");
    CHECK(text(duration{7200}) == "2 h");
    CHECK(text(duration{2 * 31557600.0}) == "2 years");
    CHECK(text(duration{0.25}) == "250 ms");
    CHECK(text(usd{5.58e6}) == "$5.58M");
    CHECK(text(usd{-5.58e6}) == "-$5.58M");
    CHECK(text(usd{950}) == "$950");
    CHECK(text(usd{1.2e12}) == "$1.2T");
}

TEST_CASE("derived quantities print their unit from the dimension", "[format]") {
    CHECK(text(flops_per_joule{2.1e11}) == "2.1e11 FLOP/J");
    CHECK(text(usd_per_hour{2.5 / 3600}) == "2.5 USD/h");
    CHECK(text(usd_per_energy{0.08 / 3.6e6}) == "0.08 USD/kWh");
    CHECK(text(tokens_per_parameter{20}) == "20 tokens/parameter");
    CHECK(text(flops_per_token{6 * 70e9}) == "4.2e11 FLOP/token");
    CHECK(text(bytes_per_parameter{2}) == "2 B/parameter");
    CHECK(text(token_rate{1500}) == "1500 tokens/s");
    CHECK(text(quantity<dim<1, 0, 0, -1, -1, 0, 0>>{5}) == "5 FLOP/(B*s)");
    CHECK(text(quantity<dim<0, 0, 0, 0, 2, 0, 0>>{4}) == "4 s^2");
    CHECK(text(1.0 / duration{2}) == "0.5 1/s");
}

TEST_CASE("significant digits, rounding and moving up a unit", "[format]") {
    CHECK(text(flop_rate{989.4e12}, with(notation::human, 2)) == "990 TFLOP/s");
    CHECK(text(flop_rate{989.4e12}, with(notation::human, 1)) == "1 PFLOP/s");
    CHECK(text(power{999.96}) == "1 kW");
    CHECK(text(power{999.94}) == "999.9 W");
    CHECK(text(duration{59.99}, with(notation::human, 3)) == "1 min");
    CHECK(text(duration{59.995}) == "1 min");
    CHECK(text(bytes{1023.97 * 1073741824.0}, [] {
              format_options o;
              o.binary = true;
              return o;
          }()) == "1 TiB");
    CHECK(text(flops{3.14159e23}, with(notation::human, 3)) == "3.14e23 FLOP");
    CHECK(text(flops{3.14159e23}, with(notation::human, 0)) == "3e23 FLOP");
    CHECK(text(flops{3.14159e23}, with(notation::human, 40)) == "3.14159e23 FLOP");
    CHECK(text(flops{0.000123}) == "0.000123 FLOP");
    CHECK(text(flops{0.0000123}) == "1.23e-5 FLOP");
}

TEST_CASE("scientific, plain and a unit of the caller's choice", "[format]") {
    CHECK(text(flop_rate{989.4e12}, with(notation::scientific)) == "9.894e14 FLOP/s");
    CHECK(text(flop_rate{989.4e12}, with(notation::plain)) == "989400000000000 FLOP/s");
    CHECK(text(usd{5.58e6}, with(notation::plain)) == "$5580000");
    CHECK(text(usd{5.58e6}, with(notation::scientific)) == "$5.58e6");
    CHECK(text(tokens{15.6e12}, with(notation::plain)) == "15600000000000 tokens");
    CHECK(text(duration{0.00125}, with(notation::plain)) == "0.00125 s");
    CHECK(text_in(flop_rate{989.4e12}, units::PFLOP_per_s) == "0.9894 PFLOP/s");
    CHECK(text_in(flop_rate{989.4e12}, units::TFLOP_per_s, with(notation::human, 3)) ==
          "989 TFLOP/s");
    CHECK(text_in(duration{67.8 * 86400}, units::h) == "1627 h");
    CHECK(text_in(tokens{15.6e12}, units::B_tokens) == "15600B tokens");
    CHECK(text_in(bytes{80e9}, units::GiB, with(notation::scientific, 3)) == "7.45e1 GiB");
    CHECK(text_in(flops{3.8e25}, units::FLOP, with(notation::exact)) == "3.8e25 FLOP");
}

TEST_CASE("non-finite values and zeros", "[format]") {
    CHECK(text(flops{std::numeric_limits<double>::infinity()}) == "inf FLOP");
    CHECK(text(flops{-std::numeric_limits<double>::infinity()}) == "-inf FLOP");
    CHECK(text(flop_rate{std::numeric_limits<double>::quiet_NaN()}) == "nan FLOP/s");
    CHECK(text(power{0}) == "0 W");
    CHECK(text(usd{0}) == "$0");
    CHECK(text(flops{-0.0}, with(notation::exact)) == "-0 FLOP");
}

TEST_CASE("a short buffer is reported and never overrun", "[format]") {
    const flop_rate q{989.4e12};
    const std::string full = text(q);
    for (std::size_t size = 0; size <= full.size() + 1; ++size) {
        std::array<char, 64> buffer{};
        buffer.fill('#');
        const to_chars_result r = to_chars(buffer.data(), buffer.data() + size, q);
        if (size < full.size()) {
            CHECK(r.ec == std::errc::value_too_large);
            CHECK(r.ptr == buffer.data() + size);
        } else {
            CHECK(r.ec == std::errc{});
            CHECK(std::string(buffer.data(), r.ptr) == full);
        }
        for (std::size_t i = size; i < buffer.size(); ++i)
            REQUIRE(buffer[i] == '#');
    }
    // Plain notation of the largest double: 309 digits.
    char small[100];
    CHECK(
        to_chars(small, small + sizeof small, flops{1.7976931348623157e308}, with(notation::plain))
            .ec == std::errc::value_too_large);
    CHECK(text(flops{1.7976931348623157e308}, with(notation::plain)).size() == 309 + 5);
}

TEST_CASE("formatting works in constant expressions", "[format]") {
    constexpr auto formatted = [] {
        std::array<char, 32> buffer{};
        const to_chars_result r =
            to_chars(buffer.data(), buffer.data() + buffer.size(), flop_rate{989.4e12});
        return std::pair<std::array<char, 32>, std::size_t>{
            buffer, static_cast<std::size_t>(r.ptr - buffer.data())};
    }();
    STATIC_REQUIRE(std::string_view(formatted.first.data(), formatted.second) == "989.4 TFLOP/s");
}

TEST_CASE("exact notation is the shortest text that reads back bit for bit", "[format]") {
    CHECK(text(flops{3.8e25}, with(notation::exact)) == "3.8e25 FLOP");
    CHECK(text(flop_rate{989.4e12}, with(notation::exact)) == "989400000000000 FLOP/s");
    CHECK(text(usd{0.1}, with(notation::exact)) == "$0.1");
    CHECK(text(duration{1e21}, with(notation::exact)) == "1e21 s");
    CHECK(text(duration{1e20}, with(notation::exact)) == "100000000000000000000 s");
    CHECK(text(duration{1e-5}, with(notation::exact)) == "0.00001 s");
    CHECK(text(duration{1e-6}, with(notation::exact)) == "1e-6 s");
    CHECK(text(flops{5e-324}, with(notation::exact)) == "5e-324 FLOP");
    CHECK(text(flops{1.7976931348623157e308}, with(notation::exact)) ==
          "1.7976931348623157e308 FLOP");
    CHECK(text(flops{0.3}, with(notation::exact)) == "0.3 FLOP");
    CHECK(text(flops{0.1 + 0.2}, with(notation::exact)) == "0.30000000000000004 FLOP");
    CHECK(text(quantity<dims::operations, float>{0.1f}, with(notation::exact)) == "0.1 FLOP");
    CHECK(text(quantity<dims::operations, float>{16777216.0f}, with(notation::exact)) ==
          "16777216 FLOP");

    const auto round_trip = [](double v) {
        char buffer[64];
        const to_chars_result r =
            to_chars(buffer, buffer + sizeof buffer, flops{v}, with(notation::exact));
        REQUIRE(r.ec == std::errc{});
        const auto back = parse<flops>(std::string_view(buffer, std::size_t(r.ptr - buffer)));
        REQUIRE(back);
        return back.value.value();
    };
    for (double v : round_trip_edges) {
        CHECK(round_trip(v) == v);
        CHECK(round_trip(-v) == -v);
    }

    // Random bit patterns, a third of them subnormal; the same digits strtod reads back and no
    // longer than printf's shortest round-trip precision. The million-sample version is
    // tests/bench/text_roundtrip.cpp.
    std::mt19937_64 rng(20240601);
    int mismatches = 0;
    for (int i = 0; i < 100000; ++i) {
        std::uint64_t b = rng() & ~(std::uint64_t{1} << 63);
        if (i % 3 == 0) b &= (std::uint64_t{1} << 52) - 1;
        const double v = from_bits(b);
        if (!(v <= std::numeric_limits<double>::max())) continue;
        if (round_trip(v) != v) ++mismatches;
        if (i % 50 == 0) {
            char buffer[64];
            const auto r =
                to_chars(buffer, buffer + sizeof buffer, flops{v}, with(notation::exact));
            const std::string mine(buffer, r.ptr - 5); // without " FLOP"
            if (std::strtod(mine.c_str(), nullptr) != v) ++mismatches;
            if (significant_digits(mine) > static_cast<std::size_t>(shortest_printf_digits(v)))
                ++mismatches;
        }
    }
    CHECK(mismatches == 0);
}
