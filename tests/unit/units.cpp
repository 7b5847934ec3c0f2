#include "flopscale/units.hpp"

#include "catch_compat.hpp"

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("literals of the API contract", "[units]") {
    STATIC_REQUIRE((1_flop).value() == 1.0);
    STATIC_REQUIRE((1_PFLOP).value() == 1e15);
    STATIC_REQUIRE((1_EFLOP).value() == 1e18);
    STATIC_REQUIRE((1_ZFLOP).value() == 1e21);
    STATIC_REQUIRE((1_FLOPS).value() == 1.0);
    STATIC_REQUIRE((1_TFLOPS).value() == 1e12);
    STATIC_REQUIRE((1_PFLOPS).value() == 1e15);
    STATIC_REQUIRE((1_EFLOPS).value() == 1e18);
    STATIC_REQUIRE((624_TOPS).value() == 624e12);
    STATIC_REQUIRE((1_tokens).value() == 1.0);
    STATIC_REQUIRE((1_Mtokens).value() == 1e6);
    STATIC_REQUIRE((1_Btokens).value() == 1e9);
    STATIC_REQUIRE((1_Ttokens).value() == 1e12);
    STATIC_REQUIRE((1_params).value() == 1.0);
    STATIC_REQUIRE((1_Mparams).value() == 1e6);
    STATIC_REQUIRE((1_Bparams).value() == 1e9);
    STATIC_REQUIRE((1_Tparams).value() == 1e12);
    STATIC_REQUIRE((1_bytes).value() == 1.0);
    STATIC_REQUIRE((1_GB).value() == 1e9);
    STATIC_REQUIRE((1_TB).value() == 1e12);
    STATIC_REQUIRE((1_GiB).value() == 1073741824.0);
    STATIC_REQUIRE((1_GBps).value() == 1e9);
    STATIC_REQUIRE((1_TBps).value() == 1e12);
    STATIC_REQUIRE((1_s).value() == 1.0);
    STATIC_REQUIRE((1_h).value() == 3600.0);
    STATIC_REQUIRE((1_days).value() == 86400.0);
    STATIC_REQUIRE((1_W).value() == 1.0);
    STATIC_REQUIRE((1_kW).value() == 1e3);
    STATIC_REQUIRE((1_MW).value() == 1e6);
    STATIC_REQUIRE((1_GW).value() == 1e9);
    STATIC_REQUIRE((1_J).value() == 1.0);
    STATIC_REQUIRE((1_kWh).value() == 3.6e6);
    STATIC_REQUIRE((1_MWh).value() == 3.6e9);
    STATIC_REQUIRE((1_GWh).value() == 3.6e12);
    STATIC_REQUIRE((1_usd).value() == 1.0);
}

TEST_CASE("floating literals round like the spelled-out constant", "[units]") {
    STATIC_REQUIRE((3.8e25_flop).value() == 3.8e25);
    STATIC_REQUIRE((989.4_TFLOPS).value() == 989.4e12);
    STATIC_REQUIRE((15.6_Ttokens).value() == 15.6e12);
    STATIC_REQUIRE((174.6_Bparams).value() == 174.6e9);
    STATIC_REQUIRE((3.35_TBps).value() == 3.35e12);
    STATIC_REQUIRE((1.2_GW).value() == 1.2e9);
    STATIC_REQUIRE((0.5_h).value() == 1800.0);
}

TEST_CASE("integer literals take every integer form", "[units]") {
    STATIC_REQUIRE((18446744073709551615_flop).value() == 18446744073709551615.0);
    STATIC_REQUIRE((0x1F_tokens).value() == 31.0);
    STATIC_REQUIRE((017_params).value() == 15.0);
    STATIC_REQUIRE((0b1000_bytes).value() == 8.0);
    STATIC_REQUIRE((16'384_W).value() == 16384.0);
}

TEST_CASE("units make quantities from numbers", "[units]") {
    constexpr flop_rate peak = 989.4 * units::TFLOP_per_s;
    STATIC_REQUIRE(peak == 989.4_TFLOPS);
    constexpr usd_per_hour price = 2 * units::USD_per_h;
    STATIC_REQUIRE(near((price * 1_h).value(), 2.0));
    STATIC_REQUIRE(units::TFLOP_per_s.symbol == "TFLOP/s");
    STATIC_REQUIRE(units::GiB.factor == 1073741824.0);
}
