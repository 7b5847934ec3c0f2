// Text conversion with the math kernel's portable bit access (exact arithmetic instead of bit
// casts), which compilers without __builtin_bit_cast use: exact notation still reads back bit for
// bit, agrees with strtod and is as short as printf's shortest round-trip precision.
#define FLOPSCALE_MATH_PORTABLE_BITS 1

#include "flopscale/format.hpp"
#include "flopscale/parse.hpp"

#include "catch_compat.hpp"
#include "exact_text.hpp"

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <string_view>

#ifdef FLOPSCALE_MATH_BIT_CAST
#error "FLOPSCALE_MATH_PORTABLE_BITS must turn the bit casts off"
#endif

using namespace flopscale;

namespace {

constexpr format_options exact_options() {
    format_options o;
    o.style = notation::exact;
    return o;
}

// The number of the exact text of v (without its unit) and whether parse reads it back as v.
struct exact_result {
    char number[64];
    std::size_t size;
    bool reads_back;
};

constexpr exact_result exact_round_trip(double v) {
    exact_result out{{}, 0, false};
    char buffer[64]{};
    const to_chars_result r = to_chars(buffer, buffer + sizeof buffer, flops{v}, exact_options());
    if (r.ec != std::errc{}) return out;
    const std::string_view text(buffer, static_cast<std::size_t>(r.ptr - buffer));
    const parse_result<flops> back = parse<flops>(text);
    out.reads_back = static_cast<bool>(back) && back.value.value() == v;
    out.size = text.find(' ');
    for (std::size_t i = 0; i < out.size && i < sizeof out.number; ++i)
        out.number[i] = text[i];
    return out;
}

} // namespace

TEST_CASE("portable bit access: round trips in constant expressions", "[charconv]") {
    STATIC_REQUIRE(exact_round_trip(5e-324).reads_back);
    STATIC_REQUIRE(exact_round_trip(0x1.fffffffffffffp-1023).reads_back);
    STATIC_REQUIRE(exact_round_trip(0x1p-1022).reads_back);
    STATIC_REQUIRE(exact_round_trip(0.1).reads_back);
    STATIC_REQUIRE(exact_round_trip(-0.3).reads_back);
    STATIC_REQUIRE(exact_round_trip(9007199254740993.0).reads_back);
    STATIC_REQUIRE(exact_round_trip(std::numeric_limits<double>::max()).reads_back);
}

TEST_CASE("portable bit access: exact text at run time", "[charconv]") {
    int mismatches = 0;
    const auto check = [&mismatches](double v) {
        const exact_result r = exact_round_trip(v);
        const std::string number(r.number, r.size);
        if (!r.reads_back) ++mismatches;
        if (std::strtod(number.c_str(), nullptr) != v) ++mismatches;
        if (significant_digits(number) > static_cast<std::size_t>(shortest_printf_digits(v)))
            ++mismatches;
    };
    for (double v : round_trip_edges) {
        check(v);
        check(-v);
    }
    // Random bit patterns, a third of them subnormal.
    std::mt19937_64 rng(0x7e47);
    for (int i = 0; i < 20000; ++i) {
        std::uint64_t b = rng() & ~(std::uint64_t{1} << 63);
        if (i % 3 == 0) b &= (std::uint64_t{1} << 52) - 1;
        const double v = from_bits(b);
        if (!(v <= std::numeric_limits<double>::max())) continue;
        check(v);
    }
    CHECK(mismatches == 0);
}
