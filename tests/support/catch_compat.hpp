// One spelling of the Catch2 API for v2 (Debian's catch2/catch.hpp) and v3.
#pragma once

#if defined(FLOPSCALE_CATCH3)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif

// Relative closeness usable in STATIC_REQUIRE, where Catch's Approx (not constexpr) cannot go.
constexpr bool near(double actual, double expected, double relative = 1e-12) {
    const double difference = actual > expected ? actual - expected : expected - actual;
    const double scale = expected < 0 ? -expected : expected;
    return difference <= relative * scale;
}
