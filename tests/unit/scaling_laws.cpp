// Kaplan 2020, DeepSeek LLM 2024 and Llama 3 2024 against the numbers their papers print.
#include "flopscale/scaling.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <cmath>

using namespace flopscale;
using namespace flopscale::literals;
namespace sc = flopscale::scaling;

namespace {
constexpr flops pf_day{8.64e19};
} // namespace

TEST_CASE("Kaplan Table 6 at 1 PF-day", "[scaling][kaplan][paper]") {
    constexpr sc::kaplan_frontier_point p = sc::kaplan2020.compute_efficient(pf_day);
    STATIC_REQUIRE(near(p.params.value(), 1.3e9));
    STATIC_REQUIRE(near(p.tokens.value(), 2e10));
    STATIC_REQUIRE(near(p.critical_batch.value(), 2.0e6));
    STATIC_REQUIRE(near(p.min_steps, 5.4e3));
    // Ten times the compute: N ×10^0.73 = 5.37, D ×10^0.27 = 1.86 (Kaplan's "×5.5 and ×1.8" as
    // Hoffmann et al. 2022 §1 restate it).
    const sc::kaplan_frontier_point q = sc::kaplan2020.compute_efficient(pf_day * 10.0);
    REQUIRE(q.params.value() / p.params.value() == Approx(5.5).epsilon(0.03));
    REQUIRE(q.tokens.value() / p.tokens.value() == Approx(1.8).epsilon(0.04));
}

TEST_CASE("Kaplan's allocation as Hoffmann App. D.4 reads it", "[scaling][kaplan][paper]") {
    // "At 1e21 FLOPs Kaplan predicts 4.68B parameters": Table 6 with C_min = C / 2.
    REQUIRE(sc::kaplan2020.compute_optimal(0.5e21_flop).params.value() ==
            Approx(4.68e9).epsilon(0.001));
}

TEST_CASE("Kaplan's laws agree with each other where the paper says", "[scaling][kaplan]") {
    // Eq. 1.4 at the loss Eq. 1.3 predicts for 1 PF-day gives Table 6's B_crit there (2.0e6).
    const double l = sc::kaplan2020.loss_compute(pf_day);
    REQUIRE(sc::kaplan2020.critical_batch(l).value() == Approx(2.0e6).epsilon(0.01));
    // Eq. 6.8's "contradiction" point: C* ~ 1e4 PF-days, N* ~ 1e12, L* ~ 1.7 nats/token.
    REQUIRE(sc::kaplan2020.loss_compute(pf_day * 1e4) == Approx(1.7).epsilon(0.02));
    REQUIRE(sc::kaplan2020.compute_efficient(pf_day * 1e4).params.value() ==
            Approx(1e12).epsilon(0.1));
    // Eq. 1.5 reduces to its own L(N) with unlimited data and to L(D) = (D_c/D)^alpha_D with
    // unlimited parameters.
    REQUIRE(sc::kaplan2020.loss(1_Bparams, tokens{1e30}) ==
            Approx(std::pow(6.4e13 / 1e9, 0.076)).epsilon(1e-6));
    REQUIRE(sc::kaplan2020.loss(parameters{1e30}, 10_Btokens) ==
            Approx(std::pow(1.8e13 / 1e10, 0.103)).epsilon(1e-6));
    // The marginal fits: L(N = 8.8e13) = 1 and L(D = 5.4e13) = 1 by construction; a 1.5B model
    // is near 2.3 nats (Kaplan Fig. 1 range).
    REQUIRE(sc::kaplan2020.loss_params(parameters{8.8e13}) == Approx(1.0).epsilon(1e-15));
    REQUIRE(sc::kaplan2020.loss_tokens(tokens{5.4e13}) == Approx(1.0).epsilon(1e-15));
    REQUIRE(sc::kaplan2020.loss_params(1.5_Bparams) == Approx(2.3).epsilon(0.05));
}

TEST_CASE("DeepSeek Eq. 1 gives the 7B and 67B hyperparameters", "[scaling][deepseek][paper]") {
    // DeepSeek LLM Table 2: 7B: 30 layers, d_model 4096, sequence 4096, batch 2304 sequences,
    // peak learning rate 4.2e-4; 67B: 95 layers, d_model 8192, batch 4608, 3.2e-4; 2T tokens.
    const auto& ds = sc::deepseek2024;
    const flops c7 = ds.non_embedding_flops_per_token(30, 4096, 4096) * 2_Ttokens;
    const flops c67 = ds.non_embedding_flops_per_token(95, 8192, 4096) * 2_Ttokens;
    REQUIRE(ds.learning_rate(c7) == Approx(4.2e-4).epsilon(0.02));
    REQUIRE(ds.learning_rate(c67) == Approx(3.2e-4).epsilon(0.03));
    // Batch: 7B within 3%, 67B within 10% (the paper rounded to a multiple of its hardware).
    REQUIRE(ds.batch_size(c7).value() == Approx(2304.0 * 4096).epsilon(0.03));
    REQUIRE(ds.batch_size(c67).value() == Approx(4608.0 * 4096).epsilon(0.10));
}

TEST_CASE("DeepSeek Eq. 3-4 split the budget as C = M·D", "[scaling][deepseek]") {
    for (double c : {1e17, 3e20, 1e24}) {
        const sc::model_scale_allocation a = sc::deepseek2024.compute_optimal(flops{c});
        // 0.1715 · 5.8316 = 1.00012 and 0.5243 + 0.4757 = 1.
        REQUIRE((a.model_scale * a.tokens).value() == Approx(c).epsilon(2e-4));
    }
}

TEST_CASE("Llama 3 extrapolation to 3.8e25 FLOP", "[scaling][llama3][paper]") {
    // "Extrapolation ... to 3.8e25 FLOPs suggests training a 402B parameter model on 16.55T
    // tokens" (§3.2.1). Figure 3's constants give 16.3T (within 2%); the text's rounded constants
    // give 10.5T, a third less: rounding an exponent applied to C ~ 1e25 moves the answer a lot.
    REQUIRE(sc::llama3_2024_figure.optimal_tokens(3.8e25_flop).value() ==
            Approx(16.55e12).epsilon(0.02));
    REQUIRE(sc::llama3_2024.optimal_tokens(3.8e25_flop).value() == Approx(10.5e12).epsilon(0.01));
    // The 402B of the text is not C/(6·D): that gives 389B with the figure's tokens.
    REQUIRE(sc::llama3_2024_figure.implied_params(3.8e25_flop).value() ==
            Approx(389e9).epsilon(0.01));
    // The flagship's actual 15.6T tokens sit between the two.
    REQUIRE(sc::llama3_2024.optimal_tokens(3.8e25_flop) < 15.6_Ttokens);
    REQUIRE(sc::llama3_2024_figure.optimal_tokens(3.8e25_flop) > 15.6_Ttokens);
}

TEST_CASE("compile time and run time agree exactly", "[scaling][constexpr]") {
    constexpr double ct_loss = sc::kaplan2020.loss(1_Bparams, 10_Btokens);
    REQUIRE(ct_loss ==
            sc::kaplan2020.loss(parameters{at_run_time(1e9)}, tokens{at_run_time(1e10)}));
    constexpr double ct_n = sc::kaplan2020.compute_optimal(0.5e21_flop).params.value();
    REQUIRE(ct_n == sc::kaplan2020.compute_optimal(flops{at_run_time(0.5e21)}).params.value());
    constexpr double ct_lr = sc::deepseek2024.learning_rate(1e23_flop);
    REQUIRE(ct_lr == sc::deepseek2024.learning_rate(flops{at_run_time(1e23)}));
    constexpr double ct_d = sc::llama3_2024_figure.optimal_tokens(3.8e25_flop).value();
    REQUIRE(ct_d == sc::llama3_2024_figure.optimal_tokens(flops{at_run_time(3.8e25)}).value());
}

TEST_CASE("bad input gives NaN", "[scaling][precondition]") {
    precondition_recorder violations;
    REQUIRE(std::isnan(sc::kaplan2020.loss(parameters{0.0}, 1_Btokens)));
    REQUIRE(std::isnan(sc::kaplan2020.loss_params(parameters{-1.0})));
    REQUIRE(std::isnan(sc::kaplan2020.compute_efficient(flops{0.0}).min_steps));
    REQUIRE(std::isnan(sc::kaplan2020.critical_batch(-1.0).value()));
    REQUIRE(std::isnan(sc::deepseek2024.learning_rate(flops{-1.0})));
    REQUIRE(std::isnan(sc::deepseek2024.compute_optimal(flops{std::nan("")}).tokens.value()));
    REQUIRE(std::isnan(sc::llama3_2024.optimal_tokens(flops{0.0}).value()));
    REQUIRE(violations.count() == 7);
}
