#include "flopscale/quantity.hpp"
#include "flopscale/units.hpp"

#include "catch_compat.hpp"

#include <limits>

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("sums and differences stay in one dimension", "[quantity]") {
    constexpr flops a{1e24};
    constexpr flops b{2e24};
    STATIC_REQUIRE((a + b).value() == 3e24);
    STATIC_REQUIRE((b - a) == a);
    STATIC_REQUIRE((-a).value() == -1e24);
    flops c = a;
    c += b;
    c -= a;
    REQUIRE(c == b);
    c *= 2;
    c /= 4;
    REQUIRE(c == a);
}

TEST_CASE("comparisons order quantities of one dimension", "[quantity]") {
    STATIC_REQUIRE(1_days > 23_h);
    STATIC_REQUIRE(1_days >= 24_h);
    STATIC_REQUIRE(24_h <= 1_days);
    STATIC_REQUIRE(1_h < 1_days);
    STATIC_REQUIRE(1_h != 1_days);
    const flops nan{std::numeric_limits<double>::quiet_NaN()};
    REQUIRE_FALSE(nan == nan);
    REQUIRE_FALSE(nan < nan);
}

TEST_CASE("products and quotients form derived quantities", "[quantity]") {
    constexpr duration t = 3.14e23_flop / 100_PFLOPS;
    STATIC_REQUIRE(t.value() == 3.14e23 / 1e17);
    constexpr energy e = 700_W * 2_h;
    STATIC_REQUIRE(near(e.in(units::kWh), 1.4, 1e-15));
    constexpr double ratio = 15.6_Ttokens / 15.6_Ttokens;
    STATIC_REQUIRE(ratio == 1.0);
    constexpr auto per_second = 1.0 / 2_s;
    STATIC_REQUIRE((per_second * 4_s) == 2.0);
    REQUIRE((10 * 1_s).value() == 10.0);
    REQUIRE((1_s * 10).value() == 10.0);
    REQUIRE((1_s / 4).value() == 0.25);
}

TEST_CASE("values read in prefixed units", "[quantity]") {
    STATIC_REQUIRE(near((989.4_TFLOPS).in(units::TFLOP_per_s), 989.4, 1e-15));
    STATIC_REQUIRE((86400_s).in(units::days) == 1.0);
    STATIC_REQUIRE((365.25_days).in(units::years) == 1.0);
    STATIC_REQUIRE(near((21.6_GWh).in(units::MWh), 21600.0));
    STATIC_REQUIRE(near((80_GiB).in(units::GB), 85.899345920));
    STATIC_REQUIRE((8.64e19_flop).in(units::PF_day) == 1.0);
    STATIC_REQUIRE(near((2.0 * units::USD_per_h).in(units::USD_per_h), 2.0));
}

TEST_CASE("float representation for FPUs without double", "[quantity]") {
    using flops_f = quantity<dims::operations, float>;
    using rate_f = quantity<dims::operation_rate, float>;
    constexpr flops_f c{3.8e25f};
    constexpr rate_f r{1.6e19f};
    constexpr auto t = c / r;
    STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(t)>, quantity<dims::time, float>>);
    REQUIRE(t.value() == Approx(3.8e25 / 1.6e19).epsilon(1e-6));
    constexpr auto back = quantity_cast<double>(t);
    STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(back)>, duration>);
    STATIC_REQUIRE(flops_f{flops{2.0}}.value() == 2.0f);
}
