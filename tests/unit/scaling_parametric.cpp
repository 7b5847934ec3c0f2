// Chinchilla-form laws, Hoffmann's Approach 1/2 allocators and the 20 tokens per parameter rule,
// checked against the papers' own tables.
#include "flopscale/compute.hpp"
#include "flopscale/scaling.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <cmath>

using namespace flopscale;
using namespace flopscale::literals;
namespace sc = flopscale::scaling;

namespace {
struct table_row {
    double params;
    double flops;
    double tokens;
};

// Hoffmann et al. 2022, Table 3 (Approach 1): parameters, FLOPs, tokens.
constexpr table_row table3[] = {
    {400e6, 1.92e19, 8.0e9},   {1e9, 1.21e20, 20.2e9},   {10e9, 1.23e22, 205.1e9},
    {67e9, 5.76e23, 1.5e12},   {175e9, 3.85e24, 3.7e12}, {280e9, 9.90e24, 5.9e12},
    {520e9, 3.43e25, 11.0e12}, {1e12, 1.27e26, 21.2e12}, {10e12, 1.30e28, 216.2e12},
};

// Hoffmann et al. 2022, Table A3, Approach 3 columns: parameters, FLOPs, tokens.
constexpr table_row table_a3_approach3[] = {
    {400e6, 2.21e19, 9.2e9},   {1e9, 1.62e20, 27.1e9},    {10e9, 2.46e22, 410.1e9},
    {67e9, 1.71e24, 4.1e12},   {175e9, 1.26e25, 12.0e12}, {280e9, 3.52e25, 20.1e12},
    {520e9, 1.36e26, 43.5e12}, {1e12, 5.65e26, 94.1e12},  {10e12, 8.55e28, 1425.5e12},
};
} // namespace

TEST_CASE("the three published constant sets are the ones the papers give", "[scaling]") {
    // Hoffmann et al. 2022, Eq. 10 as printed.
    STATIC_REQUIRE(sc::hoffmann2022.e == 1.69);
    STATIC_REQUIRE(sc::hoffmann2022.a == 406.4);
    STATIC_REQUIRE(sc::hoffmann2022.b == 410.7);
    STATIC_REQUIRE(sc::hoffmann2022.alpha == 0.34);
    STATIC_REQUIRE(sc::hoffmann2022.beta == 0.28);
    // The TeX source stores E, A, B as logarithms: 0.5267228, 6.0073404, 6.0179186.
    REQUIRE(std::log(sc::hoffmann2022_unrounded.e) == Approx(0.5267228).epsilon(1e-7));
    REQUIRE(std::log(sc::hoffmann2022_unrounded.a) == Approx(6.0073404).epsilon(1e-8));
    REQUIRE(std::log(sc::hoffmann2022_unrounded.b) == Approx(6.0179186).epsilon(1e-8));
    // Besiroglu et al. 2024: implied a = beta/(alpha+beta) = 0.5126 (their text).
    STATIC_REQUIRE(near(sc::besiroglu2024.params_exponent(), 0.5126, 1e-4));
    // Hoffmann Table 2, Approach 3: a = 0.46, b = 0.54 (rounded), within the rounding.
    REQUIRE(sc::hoffmann2022_unrounded.params_exponent() == Approx(0.46).margin(0.005));
    REQUIRE(sc::hoffmann2022_unrounded.tokens_exponent() == Approx(0.54).margin(0.005));
}

TEST_CASE("compute_optimal spends the budget and minimises the iso-FLOP loss", "[scaling]") {
    for (const sc::parametric_law& law :
         {sc::hoffmann2022, sc::hoffmann2022_unrounded, sc::besiroglu2024}) {
        for (double c : {1e19, 5.76e23, 3.8e25, 1e28}) {
            const sc::allocation opt = law.compute_optimal(flops{c});
            REQUIRE(training_flops(opt.params, opt.tokens).value() == Approx(c).epsilon(1e-12));
            const double best = law.isoflop_loss(flops{c}, opt.params);
            REQUIRE(best < law.isoflop_loss(flops{c}, opt.params * 1.01));
            REQUIRE(best < law.isoflop_loss(flops{c}, opt.params / 1.01));
            REQUIRE(best == Approx(law.loss(opt.params, opt.tokens)).epsilon(1e-15));
            REQUIRE(best == Approx(law.frontier_loss(flops{c})).epsilon(1e-13));
            // optimal_tokens / optimal_params walk the same frontier.
            REQUIRE(law.optimal_tokens(opt.params).value() ==
                    Approx(opt.tokens.value()).epsilon(1e-12));
            REQUIRE(law.optimal_params(opt.tokens).value() ==
                    Approx(opt.params.value()).epsilon(1e-12));
            REQUIRE(law.tokens_per_parameter(flops{c}) ==
                    Approx(opt.tokens.value() / opt.params.value()).epsilon(1e-15));
        }
    }
}

TEST_CASE("compute_for_loss inverts the frontier", "[scaling]") {
    for (const sc::parametric_law& law :
         {sc::hoffmann2022, sc::hoffmann2022_unrounded, sc::besiroglu2024}) {
        for (double target : {law.e + 1.0, law.e + 0.2, law.e + 0.01}) {
            const sc::compute_allocation plan = law.compute_for_loss(target);
            REQUIRE(law.loss(plan.params, plan.tokens) == Approx(target).epsilon(1e-12));
            REQUIRE(training_flops(plan.params, plan.tokens).value() ==
                    Approx(plan.compute.value()).epsilon(1e-12));
            // Less compute cannot reach the target, whatever the split.
            const flops less = plan.compute * 0.99;
            REQUIRE(law.frontier_loss(less) > target);
        }
    }
    // Chinchilla's own loss under the fit needs about Chinchilla's budget.
    const double chinchilla_loss = sc::hoffmann2022_unrounded.loss(70_Bparams, 1.4_Ttokens);
    REQUIRE(sc::hoffmann2022_unrounded.compute_for_loss(chinchilla_loss).compute.value() <
            training_flops(70_Bparams, 1.4_Ttokens).value());
}

TEST_CASE("Chinchilla Table 3: about 20 tokens per parameter", "[scaling][paper]") {
    for (const table_row& row : table3) {
        // The table's own ratio is 20 to 22.4.
        REQUIRE(row.tokens / row.params >= 20.0);
        REQUIRE(row.tokens / row.params <= 22.4);
        // The 20-tokens rule and the Approach 1 power law (a = 0.50, anchored at Chinchilla)
        // give the table's model size for its budget within 6% (the largest misses are the 10T row,
        // 4-5%, and the 67B row: the table puts 67B at 5.76e23 FLOP, where Chinchilla itself has
        // 70B).
        const double rule =
            sc::twenty_tokens_per_parameter.compute_optimal(flops{row.flops}).params.value();
        const double approach1 =
            sc::hoffmann2022_approach1.compute_optimal(flops{row.flops}).params.value();
        REQUIRE(rule == Approx(row.params).epsilon(0.06));
        REQUIRE(approach1 == Approx(row.params).epsilon(0.06));
    }
    // Approach 2 (a = 0.49) drifts slowly from Approach 1: within 15% over nine decades.
    REQUIRE(sc::hoffmann2022_approach2.compute_optimal(1.3e28_flop).params.value() ==
            Approx(10e12).epsilon(0.15));
}

TEST_CASE("why the parametric fits differ from Approach 1", "[scaling][paper]") {
    // At Chinchilla's budget Approach 1 says 20 tokens per parameter. The rounded Approach 3
    // constants say 92.6 and the unrounded 58.9 (a = 0.46 against 0.50 compounds over the decades
    // from the fitted range); Besiroglu et al. 2024 show Hoffmann's optimiser stopped early and
    // that rounding biases the law, and their refit says about 18, in line with Approaches 1/2.
    const flops c = 5.76e23_flop;
    REQUIRE(sc::hoffmann2022_approach1.tokens_per_parameter(c) ==
            Approx(5.76e23 / (6 * 70e9 * 70e9)));
    REQUIRE(sc::hoffmann2022.tokens_per_parameter(c) == Approx(92.6).epsilon(0.001));
    REQUIRE(sc::hoffmann2022_unrounded.tokens_per_parameter(c) == Approx(58.9).epsilon(0.001));
    REQUIRE(sc::besiroglu2024.tokens_per_parameter(c) == Approx(18.4).epsilon(0.005));
}

TEST_CASE("Besiroglu 2024: about 20 tokens per parameter near Chinchilla's budget",
          "[scaling][paper]") {
    // Within 10% of 20 from 1e23 to 1e24 FLOP; the ratio falls slowly with compute because
    // a = 0.5126 > 0.5 (about 16.5 at 4e25).
    for (double c : {1e23, 5.76e23, 1e24}) {
        REQUIRE(sc::besiroglu2024.tokens_per_parameter(flops{c}) == Approx(20).epsilon(0.10));
    }
    REQUIRE(sc::besiroglu2024.tokens_per_parameter(4e25_flop) == Approx(16.5).epsilon(0.01));
    // Chinchilla's 70B is the refit's optimum at about 5.76e23 FLOP within 4%.
    REQUIRE(sc::besiroglu2024.compute_optimal(5.76e23_flop).params.value() ==
            Approx(70e9).epsilon(0.04));
}

TEST_CASE("unrounded Hoffmann law against Table A3, Approach 3", "[scaling][paper]") {
    // Reached: every row's tokens and FLOPs within 19%, always above the table; the rounded
    // constants miss by 57% to 122%. Not exact because the TeX constants are not exactly what
    // produced the table (the table's growth D ∝ N^1.18 over its range matches alpha/beta = 1.190,
    // but its level is 6-18% lower), and the table rounds tokens to 2-4 digits.
    for (const table_row& row : table_a3_approach3) {
        const parameters n{row.params};
        const double d = sc::hoffmann2022_unrounded.optimal_tokens(n).value();
        REQUIRE(d > row.tokens);
        REQUIRE(d < 1.19 * row.tokens);
        const double c = training_flops(n, tokens{d}).value();
        REQUIRE(c > 1.0 * row.flops);
        REQUIRE(c < 1.19 * row.flops);
        REQUIRE(sc::hoffmann2022.optimal_tokens(n).value() > 1.57 * row.tokens);
    }
}

TEST_CASE("user-defined constants", "[scaling]") {
    // Sardana et al. 2024, Table 1, fit on all their data: alpha 0.18, beta 0.24, A 33.66,
    // B 138.9, E 1.45.
    constexpr sc::parametric_law mosaic{1.45, 33.66, 138.9, 0.18, 0.24};
    constexpr double l = mosaic.loss(1_Bparams, 100_Btokens);
    STATIC_REQUIRE(l > 1.45);
    REQUIRE(
        l ==
        Approx(1.45 + 33.66 / std::pow(1e9, 0.18) + 138.9 / std::pow(1e11, 0.24)).epsilon(1e-14));
}

TEST_CASE("compile time and run time agree exactly", "[scaling][constexpr]") {
    constexpr sc::allocation ct = sc::besiroglu2024.compute_optimal(5.76e23_flop);
    const sc::allocation rt = sc::besiroglu2024.compute_optimal(flops{at_run_time(5.76e23)});
    REQUIRE(ct.params.value() == rt.params.value());
    REQUIRE(ct.tokens.value() == rt.tokens.value());
    constexpr double ct_loss = sc::hoffmann2022.loss(70_Bparams, 1.4_Ttokens);
    REQUIRE(ct_loss ==
            sc::hoffmann2022.loss(parameters{at_run_time(70e9)}, tokens{at_run_time(1.4e12)}));
    constexpr sc::compute_allocation ct_plan = sc::hoffmann2022_unrounded.compute_for_loss(2.0);
    const sc::compute_allocation rt_plan =
        sc::hoffmann2022_unrounded.compute_for_loss(at_run_time(2.0));
    REQUIRE(ct_plan.compute.value() == rt_plan.compute.value());
    REQUIRE(ct_plan.params.value() == rt_plan.params.value());
    constexpr double ct_ratio = sc::hoffmann2022.tokens_per_parameter(5.76e23_flop);
    REQUIRE(ct_ratio == sc::hoffmann2022.tokens_per_parameter(flops{at_run_time(5.76e23)}));
    constexpr double ct_iso = sc::hoffmann2022.isoflop_loss(1e21_flop, 1_Bparams);
    REQUIRE(ct_iso ==
            sc::hoffmann2022.isoflop_loss(flops{at_run_time(1e21)}, parameters{at_run_time(1e9)}));
    constexpr double ct_a1 = sc::hoffmann2022_approach1.compute_optimal(1e22_flop).params.value();
    REQUIRE(ct_a1 ==
            sc::hoffmann2022_approach1.compute_optimal(flops{at_run_time(1e22)}).params.value());
}

TEST_CASE("bad input gives NaN and reaches the handler", "[scaling][precondition]") {
    precondition_recorder violations;
    REQUIRE(std::isnan(sc::hoffmann2022.loss(parameters{-1.0}, 1_Ttokens)));
    REQUIRE(std::isnan(sc::hoffmann2022.loss(1_Bparams, tokens{0.0})));
    REQUIRE(std::isnan(sc::hoffmann2022.loss(parameters{std::nan("")}, 1_Ttokens)));
    REQUIRE(std::isnan(sc::hoffmann2022.compute_optimal(flops{0.0}).params.value()));
    REQUIRE(std::isnan(sc::besiroglu2024.compute_for_loss(1.8172).compute.value()));
    REQUIRE(std::isnan(sc::besiroglu2024.compute_for_loss(1.0).params.value()));
    REQUIRE(std::isnan(sc::besiroglu2024.compute_for_loss(std::nan("")).tokens.value()));
    REQUIRE(std::isnan(sc::hoffmann2022.isoflop_loss(1e21_flop, parameters{0.0})));
    REQUIRE(std::isnan(sc::hoffmann2022.optimal_tokens(parameters{-5.0}).value()));
    REQUIRE(std::isnan(sc::hoffmann2022.optimal_params(tokens{-5.0}).value()));
    REQUIRE(std::isnan(sc::hoffmann2022_approach1.compute_optimal(flops{-1.0}).tokens.value()));
    REQUIRE(
        std::isnan(sc::twenty_tokens_per_parameter.compute_optimal(flops{-1.0}).tokens.value()));
    REQUIRE(violations.count() == 12);
    REQUIRE(
        std::isnan(sc::tokens_per_parameter_rule{0.0}.compute_optimal(1e24_flop).params.value()));
    REQUIRE(violations.last() == "tokens per parameter must be positive");
    REQUIRE(violations.count() == 13);
}
