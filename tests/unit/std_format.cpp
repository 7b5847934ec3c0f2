// std::format support; without <format> (e.g. GCC 12's libstdc++) this test only says so.
#include "flopscale/io/std_format.hpp"

#include "catch_compat.hpp"

#if defined(__cpp_lib_format)
#include <format>
#include <string>
#include <string_view>

using namespace flopscale;

TEST_CASE("std::format with the default spec is human notation", "[std_format]") {
    CHECK(std::format("{}", flop_rate{989.4e12}) == "989.4 TFLOP/s");
    CHECK(std::format("{} and {}", parameters{405e9}, tokens{15.6e12}) ==
          "405B parameters and 15.6T tokens");
    CHECK(std::format("{}", usd{5.58e6}) == "$5.58M");
    CHECK(std::format("{}", flops_per_joule{2.1e11}) == "2.1e11 FLOP/J");
}

TEST_CASE("std::format spec: precision, notation, unit, width", "[std_format]") {
    const flop_rate h100{989.4e12};
    CHECK(std::format("{:.2}", h100) == "990 TFLOP/s");
    CHECK(std::format("{:e}", h100) == "9.894e14 FLOP/s");
    CHECK(std::format("{:.2e}", h100) == "9.9e14 FLOP/s");
    CHECK(std::format("{:p}", h100) == "989400000000000 FLOP/s");
    CHECK(std::format("{:r}", flops{0.1 + 0.2}) == "0.30000000000000004 FLOP");
    CHECK(std::format("{:[PFLOP/s]}", h100) == "0.9894 PFLOP/s");
    CHECK(std::format("{:.3[TFLOPS]}", h100) == "989 TFLOPS");
    CHECK(std::format("{:i}", bytes{141 * 1073741824.0}) == "141 GiB");
    CHECK(std::format("{:>16}", h100) == "   989.4 TFLOP/s");
    CHECK(std::format("{:*<16}", h100) == "989.4 TFLOP/s***");
    CHECK(std::format("{:^17}", h100) == "  989.4 TFLOP/s  ");
    CHECK(std::format("{:[h]}", duration{5400}) == "1.5 h");
}

TEST_CASE("an invalid spec throws std::format_error at run time", "[std_format]") {
    const flop_rate h100{989.4e12};
    const auto bad = [&](std::string_view spec) {
        try {
            static_cast<void>(std::vformat(spec, std::make_format_args(h100)));
        } catch (const std::format_error&) {
            return true;
        }
        return false;
    };
    CHECK(bad("{:[W]}"));
    CHECK(bad("{:[furlongs]}"));
    CHECK(bad("{:.0}"));
    CHECK(bad("{:.18}"));
    CHECK(bad("{:x}"));
    CHECK(bad("{:r[TFLOP/s]}"));
    CHECK(!bad("{:.17}"));
}
#else
TEST_CASE("std::format support", "[std_format]") {
    SUCCEED("skipped: this standard library has no <format> (__cpp_lib_format undefined)");
}
#endif
