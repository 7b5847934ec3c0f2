#include "flopscale/parse.hpp"

#include "catch_compat.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

using namespace flopscale;

namespace {
template <class Q>
double read(std::string_view text) {
    const parse_result<Q> r = parse<Q>(text);
    INFO(std::string(text));
    REQUIRE(r);
    CHECK(r.pos == text.size());
    CHECK(r.ec == std::errc{});
    return r.value.value();
}

template <class Q>
void rejects(std::string_view text, parse_error error, std::size_t pos) {
    const parse_result<Q> r = parse<Q>(text);
    INFO(std::string(text));
    CHECK(!r);
    CHECK(r.error == error);
    CHECK(r.pos == pos);
    CHECK(r.value.value() == 0.0);
    CHECK(r.ec == (error == parse_error::out_of_range ? std::errc::result_out_of_range
                                                      : std::errc::invalid_argument));
}
} // namespace

TEST_CASE("what people write", "[parse]") {
    CHECK(read<flops>("3.8e25") == 3.8e25);
    CHECK(read<flops>("3.8e25 FLOP") == 3.8e25);
    CHECK(read<flops>("3.8e25 FLOPs") == 3.8e25);
    CHECK(read<flops>("38 YFLOP") == 38e24);
    CHECK(read<flops>("1 PF-day") == 8.64e19);
    CHECK(read<flop_rate>("989 TFLOPS") == 989e12);
    CHECK(read<flop_rate>("989 TFLOP/s") == 989e12);
    CHECK(read<flop_rate>("989.4 TFLOP/s") == 989.4e12);
    CHECK(read<flop_rate>("624 TOPS") == 624e12);
    CHECK(read<flop_rate>("2.4 ZFLOP/s") == 2.4e21);
    CHECK(read<parameters>("70B") == 70e9);
    CHECK(read<parameters>("70B params") == 70e9);
    CHECK(read<parameters>("405B parameters") == 405e9);
    CHECK(read<parameters>("7M") == 7e6);
    CHECK(read<tokens>("15.6T tokens") == 15.6e12);
    CHECK(read<tokens>("300k tokens") == 300e3);
    CHECK(read<tokens>("2e12 Tokens") == 2e12);
    CHECK(read<power>("700W") == 700);
    CHECK(read<power>("1.2 GW") == 1.2e9);
    CHECK(read<energy>("21.6 GWh") == 21.6e9 * 3600);
    CHECK(read<energy>("5 kWh") == 5 * 3.6e6);
    CHECK(read<duration>("30 days") == 30 * 86400.0);
    CHECK(read<duration>("1 day") == 86400.0);
    CHECK(read<duration>("2.5 h") == 9000.0);
    CHECK(read<duration>("90 min") == 5400.0);
    CHECK(read<duration>("250 ms") == 0.25);
    CHECK(read<duration>("1 year") == 31557600.0);
    CHECK(read<bytes>("80GB") == 80e9);
    CHECK(read<bytes>("141 GiB") == 141.0 * 1073741824.0);
    CHECK(read<bytes>("80B") == 80.0); // B is a unit of bytes, so it wins over "billion"
    CHECK(read<bytes>("5T") == 5e12);
    CHECK(read<bandwidth>("3.35 TB/s") == 3.35e12);
    CHECK(read<usd>("$2.5M") == 2.5e6);
    CHECK(read<usd>("-$2.5M") == -2.5e6);
    CHECK(read<usd>("$1.2T") == 1.2e12);
    CHECK(read<usd>("2.5M USD") == 2.5e6);
    CHECK(read<usd_per_hour>("$2.10/h") == 2.10 / 3600);
    CHECK(read<usd_per_hour>("2.1 USD/h") == 2.1 / 3600);
    CHECK(read<flops_per_joule>("2e11 FLOP/J") == 2e11);
    CHECK(read<token_rate>("1500 tokens/s") == 1500);
    CHECK(read<quantity<dim<1, 0, 0, -1, -1, 0, 0>>>("5 FLOP/(B*s)") == 5);
    CHECK(read<quantity<dim<0, 0, 0, 0, 2, 0, 0>>>("4 s^2") == 4);
    CHECK(read<quantity<dim<0, 0, 0, 0, -1, 0, 0>>>("0.5 1/s") == 0.5);
    CHECK(read<flops>("  +1.5e3\t") == 1500);
    CHECK(read<flops>("-0") == 0.0);
    CHECK(read<flops>(".5") == 0.5);
    CHECK(read<flops>("5.") == 5.0);
    CHECK(read<flops>("1e-400") == 0.0);
    CHECK(read<flops>("3EFLOP") == 3e18); // an 'E' without exponent digits starts the unit
    // FLT_MAX's shortest digits exceed FLT_MAX as a double, yet read back as FLT_MAX.
    CHECK(read<quantity<dims::operations, float>>("3.4028235e38") ==
          static_cast<double>(std::numeric_limits<float>::max()));
}

TEST_CASE("parsing works in constant expressions", "[parse]") {
    constexpr auto c = parse<flops>("3.8e25 FLOP");
    STATIC_REQUIRE(c.value == flops{3.8e25});
    STATIC_REQUIRE(static_cast<bool>(c));
    constexpr auto rate = parse<flop_rate>("989.4 TFLOP/s");
    STATIC_REQUIRE(rate.value.value() == 989.4e12);
    constexpr auto wrong = parse<flops>("700 W");
    STATIC_REQUIRE(wrong.error == parse_error::wrong_dimension);
    STATIC_REQUIRE(wrong.pos == 4);
}

TEST_CASE("bad input is an error with its position", "[parse]") {
    rejects<flops>("", parse_error::empty, 0);
    rejects<flops>("   ", parse_error::empty, 3);
    rejects<flops>("junk", parse_error::invalid_number, 0);
    rejects<flops>("-", parse_error::invalid_number, 1);
    rejects<flops>(".", parse_error::invalid_number, 0);
    rejects<flops>("e5", parse_error::invalid_number, 0);
    rejects<flops>("inf", parse_error::invalid_number, 0);
    rejects<flops>("nan", parse_error::invalid_number, 0);
    rejects<flops>("0x10", parse_error::unknown_unit, 1);
    rejects<flops>("700 W", parse_error::wrong_dimension, 4);
    rejects<flops>("700W", parse_error::wrong_dimension, 3);
    rejects<power>("3.8e25 FLOP", parse_error::wrong_dimension, 7);
    rejects<tokens>("70B params", parse_error::wrong_dimension, 4);
    rejects<parameters>("70B tokens", parse_error::wrong_dimension, 4);
    rejects<flops>("$5", parse_error::wrong_dimension, 2);
    rejects<flops>("5 FLOP x", parse_error::trailing_characters, 7);
    rejects<flops>("5 FLOP FLOP", parse_error::trailing_characters, 7);
    rejects<flops>("5 FLOPZ", parse_error::unknown_unit, 2);
    rejects<bytes>("80 gb", parse_error::unknown_unit, 3);
    rejects<flop_rate>("5 TFLOP/", parse_error::unknown_unit, 8);
    rejects<flop_rate>("5 TFLOP/(s", parse_error::unknown_unit, 10);
    rejects<flop_rate>("5 TFLOP/((((((s))))))", parse_error::unknown_unit, 12);
    rejects<parameters>("70Bparams", parse_error::unknown_unit, 2);
    rejects<parameters>("70 B params", parse_error::trailing_characters, 5);
    rejects<flops>("1e400", parse_error::out_of_range, 0);
    rejects<flops>("-1e400", parse_error::out_of_range, 1);
    rejects<flops>("1e99999999999999999999999", parse_error::out_of_range, 0);
    rejects<flops>("1e308 TFLOP", parse_error::out_of_range, 0);
    rejects<duration>("1e305 years", parse_error::out_of_range, 0);
    rejects<quantity<dims::operations, float>>("1e39", parse_error::out_of_range, 0);
    rejects<quantity<dims::operations, float>>("3.4028236e38", parse_error::out_of_range, 0);
    rejects<flops>("5 s^", parse_error::unknown_unit, 4);
    rejects<flops>(std::string_view("5\0 FLOP", 7), parse_error::unknown_unit, 1);
    rejects<flops>(std::string_view("5 FLOP\0", 7), parse_error::trailing_characters, 6);
    rejects<flops>(std::string_view("\0", 1), parse_error::invalid_number, 0);
}

TEST_CASE("parse reads only the characters of its view", "[parse]") {
    const char text[] = "3.8e25 FLOPs and more";
    CHECK(read<flops>(std::string_view(text, 11)) == 3.8e25);
    rejects<flops>(std::string_view(text, 4), parse_error::unknown_unit, 3);
    CHECK(read<flops>(std::string_view(text, 3)) == 3.8);
    CHECK(!parse<flops>(std::string_view(text, 0)));
}

TEST_CASE("numbers are correctly rounded, as strtod", "[parse]") {
    const char* cases[] = {
        "0.1",
        "2.2250738585072011e-308",
        "2.2250738585072012e-308",
        "4.9406564584124654e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "9007199254740993",
        "9007199254740993.00000000000000000000000000000001",
        "9007199254740992.99999999999999999999999999999999",
        "7.2057594037927933e16",
        "1e23",
        "8.5e-324",
        "123456789012345678901234567890e-20",
        "0.000000000000000000000000000000000000000000000000000000000000000001",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649"
        "017977587207096330286416692887910946555547851940402630657488671505820681908902000708383"
        "676273854845817711531764475730270069855571366959622842914819860834936475292719074168444"
        "36529161530322405e-0",
    };
    for (const char* c : cases) {
        INFO(c);
        CHECK(read<flops>(c) == std::strtod(c, nullptr));
    }

    std::mt19937_64 rng(77);
    std::uniform_int_distribution<int> digit_count(1, 40);
    std::uniform_int_distribution<int> exponent(-345, 310);
    int mismatches = 0;
    for (int i = 0; i < 100000; ++i) {
        // Built in a char buffer: GCC 12 at -O3 in C++20 warns falsely (-Wrestrict) about
        // std::string::insert here.
        char text[64];
        std::size_t length = 0;
        const int n = digit_count(rng);
        const bool has_point = rng() % 2 == 0;
        const auto point = static_cast<int>(rng() % static_cast<unsigned>(n));
        for (int k = 0; k < n; ++k) {
            if (has_point && k == point) text[length++] = '.';
            text[length++] = static_cast<char>('0' + rng() % 10);
        }
        length += static_cast<std::size_t>(
            std::snprintf(text + length, sizeof text - length, "e%d", exponent(rng)));
        const std::string s(text, length);
        const parse_result<flops> mine = parse<flops>(s);
        const double reference = std::strtod(s.c_str(), nullptr);
        const bool agree = mine ? mine.value.value() == reference
                                : (mine.error == parse_error::out_of_range &&
                                   reference > std::numeric_limits<double>::max());
        if (!agree) {
            if (mismatches < 5) UNSCOPED_INFO("mismatch: " << s);
            ++mismatches;
        }
    }
    // Halfway points between neighbouring doubles, printed exactly, and just off them.
    for (int i = 0; i < 20000; ++i) {
        const double v = std::ldexp(1.0 + static_cast<double>(rng() % (1u << 30)) / (1u << 30),
                                    static_cast<int>(rng() % 2000) - 1000);
        const long double mid =
            (static_cast<long double>(v) + static_cast<long double>(std::nextafter(v, 2 * v))) / 2;
        char buffer[900];
        std::snprintf(buffer, sizeof buffer, "%.*Le", static_cast<int>(rng() % 800), mid);
        const parse_result<flops> mine = parse<flops>(buffer);
        if (!mine || mine.value.value() != std::strtod(buffer, nullptr)) ++mismatches;
    }
    CHECK(mismatches == 0);
}
