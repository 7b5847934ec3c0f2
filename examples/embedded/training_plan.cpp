// A training plan computed on a microcontroller: the compute-optimal model for a FLOP budget
// (Chinchilla scaling, Besiroglu et al. 2024 refit), the time on a cluster and its energy.
// Built and run under QEMU by tests/embedded (cmake --workflow --preset embedded).
#include "console.hpp"

#include <flopscale/compute.hpp>
#include <flopscale/scaling.hpp>
#include <flopscale/units.hpp>

namespace {

// Whole units of a quantity, rounded: enough for the plan's figures.
template <class Q, class Unit>
unsigned long rounded(Q q, const Unit& unit) {
    return static_cast<unsigned long>(q.in(unit) + 0.5);
}

} // namespace

int main() {
    namespace fs = flopscale;
    using namespace fs::literals;

    volatile double budget_in_flop = 1e24; // as if read from a configuration
    const fs::flops budget{budget_in_flop};
    const auto plan = fs::scaling::besiroglu2024.compute_optimal(budget);

    // 1024 accelerators at 989 TFLOP/s dense BF16 and 700 W each (NVIDIA H100 SXM datasheet),
    // 40 % model FLOP utilisation.
    const fs::flop_rate cluster = 1024 * 989_TFLOPS * 0.4;
    const fs::duration time = fs::training_flops(plan.params, plan.tokens) / cluster;
    const fs::energy energy = 1024 * 700_W * time;

    console::line{} << "budget:     " << rounded(budget, fs::units::EFLOP) << " EFLOP";
    console::line{} << "model:      " << rounded(plan.params, fs::units::M_params)
                    << " M parameters";
    console::line{} << "data:       " << rounded(plan.tokens, fs::units::M_tokens) << " M tokens";
    console::line{} << "time:       " << rounded(time, fs::units::h) << " h";
    console::line{} << "energy:     " << rounded(energy, fs::units::MWh) << " MWh";
    return 0;
}
