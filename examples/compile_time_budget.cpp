// Budgets checked by the compiler: if a change to the model, the data or the cluster breaks one
// of these limits, the program stops compiling and the message says which.
#include "flopscale/format.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/plan.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
// EU AI Act, Art. 51(2): a general-purpose model trained with more than 1e25 FLOP is presumed
// to have systemic risk.
constexpr flops eu_ai_act_threshold = 1e25_flop;

constexpr cluster our_cluster = [] {
    cluster c;
    c.chip = catalog::h100_sxm;
    c.count = 4096;
    c.mfu = 0.4;
    c.price_per_chip_hour = 2.5 * units::USD_per_h;
    return c;
}();

// The run we plan: 34B parameters on 40T tokens.
constexpr training_plan run = plan_training(34_Bparams, 40_Ttokens, our_cluster);

static_assert(run.compute < eu_ai_act_threshold, "the run must stay under the EU AI Act threshold");
static_assert(run.time < 90_days, "the run must finish within a quarter");
static_assert(run.cost < 25e6_usd, "the run must cost less than $25M");
static_assert(run.fit == memory_fit::fits, "the training state must fit in the cluster's memory");
static_assert(run.tokens_per_param > 20, "over-trained on purpose: cheaper to serve");

// The largest compute-optimal model just under the threshold, under Epoch AI's refit of the
// Chinchilla law.
constexpr training_plan largest = plan_compute_optimal(eu_ai_act_threshold * 0.999, our_cluster);
static_assert(largest.params > 250_Bparams && largest.params < 350_Bparams,
              "under Besiroglu et al. 2024 the largest compute-optimal model is about 300B");

// Llama 3.1 405B is above the threshold (3.8e25 FLOP, Llama 3 paper §3.2.1).
static_assert(training_flops(405_Bparams, 15.6_Ttokens) > eu_ai_act_threshold);
} // namespace

int main() {
    char a[32], b[32], c[32];
    auto text = [](char(&buffer)[32], const auto& q) {
        *to_chars(buffer, buffer + sizeof buffer - 1, q).ptr = '\0';
        return buffer;
    };
    std::printf("34B on 40T tokens: %s (threshold 1e25), %s, %s: checked at compile time\n",
                text(a, run.compute), text(b, run.time), text(c, run.cost));
    std::printf("largest compute-optimal model under the threshold: %s on %s\n",
                text(a, largest.params), text(b, largest.data));
    return 0;
}
