// The papers' numbers as compile-time facts: each check here also runs in tests/unit/scaling_*,
// so a compile-time and a run-time evaluation of the same constexpr code are both held to them.
#include "flopscale/scaling.hpp"
#include "flopscale/compute.hpp"

namespace {
using namespace flopscale;
using namespace flopscale::literals;
namespace sc = flopscale::scaling;

constexpr bool within(double actual, double expected, double relative) {
    const double difference = actual > expected ? actual - expected : expected - actual;
    return difference <= relative * (expected < 0 ? -expected : expected);
}

// Kaplan et al. 2020, Table 6 at 1 PF-day.
constexpr sc::kaplan_frontier_point kaplan_1pfd = sc::kaplan2020.compute_efficient(8.64e19_flop);
static_assert(within(kaplan_1pfd.params.value(), 1.3e9, 1e-15));
static_assert(within(kaplan_1pfd.tokens.value(), 2e10, 1e-15));
static_assert(within(kaplan_1pfd.critical_batch.value(), 2.0e6, 1e-15));
static_assert(within(kaplan_1pfd.min_steps, 5.4e3, 1e-15));
// Hoffmann et al. 2022, App. D.4: Kaplan's 4.68B at 1e21 FLOP (C_min = C/2).
static_assert(within(sc::kaplan2020.compute_optimal(0.5e21_flop).params.value(), 4.68e9, 1e-3));

// Chinchilla Table 3 (Approach 1): 1B at 1.21e20 and 10T at 1.30e28, about 20 tokens/parameter.
static_assert(within(sc::twenty_tokens_per_parameter.compute_optimal(1.21e20_flop).params.value(),
                     1e9, 0.01));
static_assert(within(sc::hoffmann2022_approach1.compute_optimal(1.23e22_flop).params.value(), 10e9,
                     0.03));
// Tokens per parameter at Chinchilla's 5.76e23 FLOP: 92.6 (rounded), 58.9 (unrounded), 18.4
// (Besiroglu), against Approach 1's 20.
static_assert(within(sc::hoffmann2022.tokens_per_parameter(5.76e23_flop), 92.6, 1e-3));
static_assert(within(sc::hoffmann2022_unrounded.tokens_per_parameter(5.76e23_flop), 58.9, 1e-3));
static_assert(within(sc::besiroglu2024.tokens_per_parameter(5.76e23_flop), 20.0, 0.10));
// Table A3, Approach 3: 10B -> 410.1B tokens and 1T -> 94.1T tokens, within 19% (unrounded).
static_assert(within(sc::hoffmann2022_unrounded.optimal_tokens(10_Bparams).value(), 410.1e9, 0.19));
static_assert(within(sc::hoffmann2022_unrounded.optimal_tokens(1_Tparams).value(), 94.1e12, 0.19));

// DeepSeek LLM, Eq. 1 and Table 2: 7B peak learning rate 4.2e-4, 67B 3.2e-4.
constexpr flops deepseek_7b =
    sc::deepseek2024.non_embedding_flops_per_token(30, 4096, 4096) * 2_Ttokens;
constexpr flops deepseek_67b =
    sc::deepseek2024.non_embedding_flops_per_token(95, 8192, 4096) * 2_Ttokens;
static_assert(within(sc::deepseek2024.learning_rate(deepseek_7b), 4.2e-4, 0.02));
static_assert(within(sc::deepseek2024.learning_rate(deepseek_67b), 3.2e-4, 0.03));
static_assert(within(sc::deepseek2024.batch_size(deepseek_7b).value(), 2304.0 * 4096, 0.03));
static_assert(within(sc::deepseek2024.batch_size(deepseek_67b).value(), 4608.0 * 4096, 0.10));

// Llama 3 §3.2.1: 16.55T tokens at 3.8e25 FLOP (Figure 3 constants, 2%); 10.5T (text constants).
static_assert(within(sc::llama3_2024_figure.optimal_tokens(3.8e25_flop).value(), 16.55e12, 0.02));
static_assert(within(sc::llama3_2024.optimal_tokens(3.8e25_flop).value(), 10.5e12, 0.01));

// huggingface/datablations README: the two Figure 1 models and the optimal allocation.
static_assert(within(sc::muennighoff2023.loss(6.34_Bparams, 242_Btokens, 25_Btokens),
                     2.2256440889984477, 1e-14));
static_assert(within(sc::muennighoff2023.loss(8.67_Bparams, 178_Btokens, 25_Btokens),
                     2.2269634075087867, 1e-14));
constexpr sc::data_constrained_allocation datablations_best =
    sc::muennighoff2023.optimal_allocation(training_flops(8.67_Bparams, 178_Btokens), 25_Btokens);
static_assert(datablations_best.converged);
static_assert(within(datablations_best.tokens.value(), 227e9, 0.01));
static_assert(within(datablations_best.params.value(), 6.8e9, 0.01));
static_assert(within(datablations_best.epochs, 9.1, 0.01));

// Sardana et al. 2024, Fig. 1: 30B-Chinchilla quality, 1e13 inference tokens -> 13.6B, 2.84x.
constexpr tokens chinchilla_30b_tokens = sc::hoffmann2022_unrounded.optimal_tokens(30_Bparams);
constexpr sc::inference_aware_allocation sardana = sc::inference_optimal(
    sc::hoffmann2022_unrounded, sc::hoffmann2022_unrounded.loss(30_Bparams, chinchilla_30b_tokens),
    1e13_tokens);
static_assert(sardana.converged);
static_assert(within(sardana.params.value(), 13.6e9, 0.03));
static_assert(within(sardana.tokens.value() / chinchilla_30b_tokens.value(), 2.84, 0.04));

// compute_for_loss inverts the frontier.
constexpr sc::compute_allocation plan = sc::besiroglu2024.compute_for_loss(2.0);
static_assert(within(sc::besiroglu2024.loss(plan.params, plan.tokens), 2.0, 1e-12));
} // namespace
