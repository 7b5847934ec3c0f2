#include "flopscale/compute.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("training_flops is 6 N D", "[compute]") {
    // GPT-3: 174.6B parameters, 300B tokens, 3.14e23 FLOP (Brown et al. 2020, Table D.1).
    constexpr flops gpt3 = training_flops(174.6_Bparams, 300_Btokens);
    STATIC_REQUIRE(near(gpt3.value(), 3.14e23, 1e-3));
    // Chinchilla: 70B parameters, 1.4T tokens, 5.76e23 FLOP quoted (Hoffmann et al. 2022, Fig. 2).
    constexpr flops chinchilla = training_flops(70_Bparams, 1.4_Ttokens);
    STATIC_REQUIRE(near(chinchilla.value(), 5.88e23, 1e-15));
    // Llama 3.1 405B: 15.6T tokens, 3.8e25 FLOP (Llama 3 paper, §3.2.1).
    REQUIRE(training_flops(405_Bparams, 15.6_Ttokens).value() == Approx(3.8e25).epsilon(0.01));
    REQUIRE(training_flops(parameters{0.0}, 1_Ttokens).value() == 0.0);
}

TEST_CASE("training_flops works in float", "[compute]") {
    constexpr auto c = training_flops(quantity<dims::parameters, float>{7e9f},
                                      quantity<dims::tokens, float>{2e12f});
    STATIC_REQUIRE(near(c.value(), 8.4e22, 1e-6));
}

TEST_CASE("negative sizes follow the precondition policy", "[compute][precondition]") {
    precondition_recorder violations;
    const flops c = training_flops(parameters{-1.0}, 1_Ttokens);
    REQUIRE(c.value() != c.value()); // NaN
    REQUIRE(violations.count() == 1);
    REQUIRE(violations.last() == "parameters and tokens must be non-negative");
    const flops nan_tokens =
        training_flops(1_Bparams, tokens{std::numeric_limits<double>::quiet_NaN()});
    REQUIRE(nan_tokens.value() != nan_tokens.value());
    REQUIRE(violations.count() == 2);
    REQUIRE(violations.installed());
}
