// One call, a whole budget: plan_training joins compute, the cluster, energy, cost, memory and a
// scaling law. Here: Llama 3.1 405B's published run (405B parameters, 15.6T tokens, 16,384 H100s;
// Llama 3 paper, arXiv:2407.21783) at 40% MFU, $2 per GPU-hour and a PUE of 1.1.
#include "flopscale/format.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/plan.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

int main() {
    constexpr cluster h100s = [] {
        cluster c;
        c.chip = catalog::h100_sxm;
        c.count = 16384;
        c.mfu = 0.4;
        c.pue = 1.1;
        c.price_per_chip_hour = 2.0 * units::USD_per_h;
        return c;
    }();
    constexpr training_plan p = plan_training(405_Bparams, 15.6_Ttokens, h100s);

    char line[64];
    auto print = [&line](const char* label, const auto& q) {
        *to_chars(line, line + sizeof line - 1, q).ptr = '\0';
        std::printf("%-22s %s\n", label, line);
    };
    print("training compute", p.compute);
    print("time", p.time);
    print("energy", p.energy_used);
    print("cost", p.cost);
    std::printf("%-22s %.1f (compute-optimal: %.1f)\n", "tokens per parameter", p.tokens_per_param,
                p.optimal_tokens_per_param);
    print("compute-optimal size", p.optimal.params);
    std::printf("%-22s %s\n", "fits in memory", p.fit == memory_fit::fits ? "yes" : "no");
    return 0;
}
