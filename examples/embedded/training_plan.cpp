// A training plan computed on a microcontroller: the compute-optimal model for a FLOP budget
// (Chinchilla-form law, Besiroglu et al. 2024 refit), then its time, energy and cost on a fleet of
// H100s, each figure formatted by the library into a stack buffer and sent over semihosting.
// Built and run under QEMU by tests/embedded (cmake --workflow --preset embedded); its footprint
// is the figure the embedded budget is checked against.
#include "console.hpp"

#include <flopscale/catalog.hpp>
#include <flopscale/cluster.hpp>
#include <flopscale/compute.hpp>
#include <flopscale/format.hpp>
#include <flopscale/scaling.hpp>

namespace {

namespace fs = flopscale;

template <class Q>
void show(const char* label, Q quantity) {
    char text[fs::max_quantity_chars];
    const fs::to_chars_result r = fs::to_chars(text, text + sizeof text, quantity);
    console::line{} << label << std::string_view(text, static_cast<std::size_t>(r.ptr - text));
}

} // namespace

int main() {
    // Read at run time, as if from a configuration: the compiler cannot fold the plan away.
    volatile double budget_flop = 1e24;
    volatile double chips = 1024;

    const fs::flops budget{budget_flop};
    const fs::scaling::allocation model = fs::scaling::besiroglu2024.compute_optimal(budget);

    fs::cluster fleet{fs::catalog::h100_sxm};
    fleet.count = chips;
    fleet.pue = 1.2;
    fleet.server_overhead = fs::epoch_server_overhead;
    fleet.price_per_chip_hour = 2.0 * fs::units::USD_per_h;

    const fs::flops compute = fs::training_flops(model.params, model.tokens);
    show("budget:      ", budget);
    show("parameters:  ", model.params);
    show("tokens:      ", model.tokens);
    show("throughput:  ", fs::effective_throughput(fleet));
    show("time:        ", fs::training_time(compute, fleet));
    show("energy:      ", fs::training_energy(compute, fleet));
    show("cost:        ", fs::training_cost(compute, fleet));
    return 0;
}
