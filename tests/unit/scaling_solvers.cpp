// The constexpr solvers, the data-constrained law (Muennighoff et al. 2023) and inference-aware
// sizing (Sardana et al. 2024), against the examples their authors publish.
#include "flopscale/compute.hpp"
#include "flopscale/scaling.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <cmath>

using namespace flopscale;
using namespace flopscale::literals;
namespace sc = flopscale::scaling;

TEST_CASE("find_root converges or says it did not", "[scaling][solver]") {
    constexpr auto f = [](double x) { return x * x - 2.0; };
    constexpr sc::solver_result r = sc::find_root(f, 0.0, 2.0);
    STATIC_REQUIRE(r.converged);
    STATIC_REQUIRE(near(r.x, 1.4142135623730951, 1e-12));
    // Bisection alone needs 41 halvings of [0, 2] to reach 1e-12.
    REQUIRE(r.iterations < 41);
    // No sign change: no root claimed.
    constexpr sc::solver_result none = sc::find_root(f, 2.0, 3.0);
    STATIC_REQUIRE(!none.converged);
    REQUIRE(std::isnan(none.x));
    // An iteration cap too small to reach the tolerance is reported, not hidden.
    const sc::solver_result capped = sc::find_root(f, 0.0, 2.0, 1e-15, 2);
    REQUIRE(!capped.converged);
    REQUIRE(std::isnan(capped.x));
    // A steep, badly scaled function still converges at least as fast as bisection.
    const sc::solver_result steep =
        sc::find_root([](double x) { return std::exp(40.0 * x) - 1e10; }, -10.0, 10.0);
    REQUIRE(steep.converged);
    REQUIRE(steep.x == Approx(std::log(1e10) / 40.0).epsilon(1e-12));
    REQUIRE(steep.iterations <= 100);
}

TEST_CASE("minimize finds the minimum of a unimodal function", "[scaling][solver]") {
    constexpr sc::solver_result r =
        sc::minimize([](double x) { return (x - 1.25) * (x - 1.25) + 3.0; }, -10.0, 10.0);
    STATIC_REQUIRE(r.converged);
    // Near a minimum f changes only to second order, so its location is as sharp as
    // sqrt(machine epsilon) relative to the scale of f, about 1e-8.
    STATIC_REQUIRE(near(r.x, 1.25, 1e-7));
    const sc::solver_result capped =
        sc::minimize([](double x) { return x * x; }, -1.0, 1.0, 1e-10, 5);
    REQUIRE(!capped.converged);
    REQUIRE(std::isnan(capped.x));
}

TEST_CASE("data-constrained loss reproduces the datablations README", "[scaling][paper]") {
    // huggingface/datablations README, "Parametric Fit", the models of the paper's Figure 1:
    // scaling_law(6.34e9, 242e9, 25e9) = 2.2256440889984477 ("this one is better") and
    // scaling_law(8.67e9, 178e9, 25e9) = 2.2269634075087867.
    constexpr double better = sc::muennighoff2023.loss(6.34_Bparams, 242_Btokens, 25_Btokens);
    constexpr double worse = sc::muennighoff2023.loss(8.67_Bparams, 178_Btokens, 25_Btokens);
    STATIC_REQUIRE(near(better, 2.2256440889984477, 1e-14));
    STATIC_REQUIRE(near(worse, 2.2269634075087867, 1e-14));
    STATIC_REQUIRE(better < worse);
}

TEST_CASE("data-constrained optimal allocation matches the README's search", "[scaling][paper]") {
    // README: optimal_allocation(8.67e9, 178e9, 25e9) -> "227B tokens, 9.1 epochs, 6.8B
    // parameters" (a 500-point grid; our golden-section search agrees within 1%).
    const flops c = training_flops(8.67_Bparams, 178_Btokens);
    const sc::data_constrained_allocation best =
        sc::muennighoff2023.optimal_allocation(c, 25_Btokens);
    REQUIRE(best.converged);
    REQUIRE(best.tokens.value() == Approx(227e9).epsilon(0.01));
    REQUIRE(best.epochs == Approx(9.1).epsilon(0.01));
    REQUIRE(best.params.value() == Approx(6.8e9).epsilon(0.01));
    REQUIRE(best.loss < sc::muennighoff2023.loss(6.34_Bparams, 242_Btokens, 25_Btokens));
    REQUIRE(training_flops(best.params, best.tokens).value() == Approx(c.value()).epsilon(1e-12));
}

TEST_CASE("repeated data is worth less, up to a ceiling", "[scaling]") {
    const tokens u = 100_Btokens;
    // One epoch: no repeats, D' = D.
    REQUIRE(sc::muennighoff2023.effective_tokens(u, u).value() == Approx(100e9).epsilon(1e-15));
    // "Up to 4 epochs ... negligible changes to loss": 4 epochs are worth 3.7 (93%).
    REQUIRE(sc::muennighoff2023.effective_tokens(u * 4.0, u).value() / 400e9 ==
            Approx(0.93).epsilon(0.01));
    // The ceiling (1 + R_D*)·U = 16.4·U, approached after about 40+ epochs ("repeating is
    // worthless").
    REQUIRE(sc::muennighoff2023.effective_tokens(u * 1e6, u).value() ==
            Approx(16.387756 * 100e9).epsilon(1e-9));
    // Parameters beyond the compute-optimal size for the data decay the same way.
    const parameters n_opt = sc::muennighoff2023.base.optimal_params(u);
    REQUIRE(sc::muennighoff2023.effective_params(n_opt * 0.5, u).value() ==
            Approx(n_opt.value() * 0.5).epsilon(1e-15));
    REQUIRE(sc::muennighoff2023.effective_params(n_opt * 1e6, u).value() ==
            Approx(n_opt.value() * 6.309743).epsilon(1e-9));
    // With ample unique data the law is the plain Chinchilla form.
    REQUIRE(sc::muennighoff2023.loss(1_Bparams, 20_Btokens, 20_Btokens) ==
            Approx(sc::muennighoff2023.base.loss(1_Bparams, 20_Btokens)).epsilon(1e-15));
}

TEST_CASE("Sardana Figure 1: 30B-Chinchilla quality with 1e13 inference tokens",
          "[scaling][paper]") {
    // Sardana et al. 2024 (v2), §2 / Fig. 1: for a 30B-Chinchilla-quality model and 1e13
    // inference tokens, the FLOP-optimal model is 13.6B trained on 2.84x the data, and total FLOPs
    // fall 28%. With Hoffmann's unrounded constants we get 13.9B, 2.74x, 26.6%: within 3% on the
    // size, 4% on the data and 1.5 points on the saving. (The rounded constants printed in their
    // Table 1 give 15.9B, 2.21x, 18%, so the paper's figure used the unrounded ones or similar.)
    const sc::parametric_law& law = sc::hoffmann2022_unrounded;
    const parameters n_c = 30_Bparams;
    const tokens d_c = law.optimal_tokens(n_c);
    const double quality = law.loss(n_c, d_c);
    const tokens demand = 1e13_tokens;
    const sc::inference_aware_allocation best = sc::inference_optimal(law, quality, demand);
    REQUIRE(best.converged);
    REQUIRE(law.loss(best.params, best.tokens) == Approx(quality).epsilon(1e-12));
    REQUIRE(best.params.value() == Approx(13.6e9).epsilon(0.03));
    REQUIRE(best.tokens.value() / d_c.value() == Approx(2.84).epsilon(0.04));
    const double chinchilla_total = sc::lifetime_flops(n_c, d_c, demand).value();
    REQUIRE(1.0 - best.lifetime_compute.value() / chinchilla_total == Approx(0.28).margin(0.015));
    // It is a minimum: 1% either way in N costs more.
    for (double factor : {0.99, 1.01}) {
        const parameters n = best.params * factor;
        const tokens d = law.optimal_tokens(n); // any D, then fix it to the loss:
        const double reducible = quality - law.e - law.a / std::pow(n.value(), law.alpha);
        const tokens d_needed{std::pow(law.b / reducible, 1.0 / law.beta)};
        REQUIRE(d.value() > 0);
        REQUIRE(sc::lifetime_flops(n, d_needed, demand) > best.lifetime_compute);
    }
}

TEST_CASE("Sardana: 13B-Chinchilla quality with 2T inference tokens", "[scaling][paper]") {
    // Sardana & Frankle (v1), Fig. 1 example as summarised: a 7B model trained longer saves
    // 1.7e22 FLOPs (17%). We get 7.1B and 1.63e22 (16.3%).
    const sc::parametric_law& law = sc::hoffmann2022_unrounded;
    const tokens d_c = law.optimal_tokens(13_Bparams);
    const sc::inference_aware_allocation best =
        sc::inference_optimal(law, law.loss(13_Bparams, d_c), 2_Ttokens);
    REQUIRE(best.converged);
    REQUIRE(best.params.value() == Approx(7e9).epsilon(0.03));
    const double saved =
        sc::lifetime_flops(13_Bparams, d_c, 2_Ttokens).value() - best.lifetime_compute.value();
    REQUIRE(saved == Approx(1.7e22).epsilon(0.05));
}

TEST_CASE("inference-aware sizing shrinks the model as demand grows", "[scaling]") {
    const sc::parametric_law& law = sc::besiroglu2024;
    const double target = 2.1;
    const sc::inference_aware_allocation none = sc::inference_optimal(law, target, tokens{0.0});
    const sc::compute_allocation chinchilla = law.compute_for_loss(target);
    REQUIRE(none.converged);
    REQUIRE(none.params.value() == Approx(chinchilla.params.value()).epsilon(1e-12));
    REQUIRE(none.tokens.value() == Approx(chinchilla.tokens.value()).epsilon(1e-12));
    double previous = none.params.value();
    for (double demand : {1e9, 1e11, 1e13, 1e15, 1e17, 1e19}) {
        const sc::inference_aware_allocation r = sc::inference_optimal(law, target, tokens{demand});
        REQUIRE(r.converged);
        REQUIRE(r.params.value() < previous);
        REQUIRE(law.loss(r.params, r.tokens) == Approx(target).epsilon(1e-10));
        previous = r.params.value();
    }
}

TEST_CASE("compile time and run time agree exactly", "[scaling][constexpr]") {
    constexpr sc::inference_aware_allocation ct =
        sc::inference_optimal(sc::hoffmann2022_unrounded, 1.95, 1e13_tokens);
    STATIC_REQUIRE(ct.converged);
    const sc::inference_aware_allocation rt = sc::inference_optimal(
        sc::hoffmann2022_unrounded, at_run_time(1.95), tokens{at_run_time(1e13)});
    REQUIRE(ct.params.value() == rt.params.value());
    REQUIRE(ct.tokens.value() == rt.tokens.value());
    REQUIRE(ct.lifetime_compute.value() == rt.lifetime_compute.value());
    constexpr sc::data_constrained_allocation ct_dc =
        sc::muennighoff2023.optimal_allocation(9.25e21_flop, 25_Btokens);
    const sc::data_constrained_allocation rt_dc = sc::muennighoff2023.optimal_allocation(
        flops{at_run_time(9.25e21)}, tokens{at_run_time(25e9)});
    REQUIRE(ct_dc.params.value() == rt_dc.params.value());
    REQUIRE(ct_dc.loss == rt_dc.loss);
    constexpr double ct_loss = sc::muennighoff2023.loss(6.34_Bparams, 242_Btokens, 25_Btokens);
    REQUIRE(ct_loss == sc::muennighoff2023.loss(parameters{at_run_time(6.34e9)},
                                                tokens{at_run_time(242e9)},
                                                tokens{at_run_time(25e9)}));
}

TEST_CASE("bad input: NaN and converged = false", "[scaling][precondition]") {
    precondition_recorder violations;
    const sc::inference_aware_allocation below =
        sc::inference_optimal(sc::hoffmann2022, 1.69, 1_Ttokens);
    REQUIRE(!below.converged);
    REQUIRE(std::isnan(below.params.value()));
    REQUIRE(!sc::inference_optimal(sc::hoffmann2022, 2.0, tokens{-1.0}).converged);
    REQUIRE(!sc::inference_optimal(sc::hoffmann2022, std::nan(""), 1_Ttokens).converged);
    // More unique tokens than tokens seen is not a question the law answers.
    REQUIRE(std::isnan(sc::muennighoff2023.effective_tokens(1_Btokens, 2_Btokens).value()));
    REQUIRE(std::isnan(sc::muennighoff2023.loss(1_Bparams, 1_Btokens, 2_Btokens)));
    REQUIRE(std::isnan(sc::muennighoff2023.effective_params(parameters{-1.0}, 1_Btokens).value()));
    const sc::data_constrained_allocation no_data =
        sc::muennighoff2023.optimal_allocation(1e21_flop, tokens{0.0});
    REQUIRE(!no_data.converged);
    REQUIRE(std::isnan(no_data.epochs));
    REQUIRE(std::isnan(sc::lifetime_flops(parameters{-1.0}, 1_Ttokens, 1_Ttokens).value()));
    REQUIRE(violations.count() == 8);
}
