#include "flopscale/io/chrono.hpp"

#include "catch_compat.hpp"

#include <chrono>

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("durations convert to and from std::chrono", "[chrono]") {
    STATIC_REQUIRE(to_duration(std::chrono::hours{24}) == 1_days);
    STATIC_REQUIRE(to_duration(std::chrono::milliseconds{1500}).value() == 1.5);
    STATIC_REQUIRE(to_chrono<std::chrono::hours>(3_days).count() == 72);
    STATIC_REQUIRE(to_chrono(1.5_h).count() == 5400.0);
    STATIC_REQUIRE(to_chrono<std::chrono::minutes>(119_s).count() == 1); // truncates like chrono
}
