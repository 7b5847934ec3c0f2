// A training plan computed on a microcontroller: for a FLOP budget, the compute-optimal model
// (Chinchilla-form law, Besiroglu et al. 2024 refit) and what training it costs on a fleet of
// H100s: time, energy, money and memory, each figure formatted by the library into a stack buffer
// and sent over semihosting. Built and run under QEMU by tests/embedded
// (cmake --workflow --preset embedded); its footprint is the one the embedded budget is checked on.
#include "console.hpp"

#include <flopscale/catalog.hpp>
#include <flopscale/format.hpp>
#include <flopscale/plan.hpp>

#include <string_view>

// Labels of known length: through const char* each would cost a strlen call at -Os.
using namespace std::string_view_literals;

namespace {

namespace fs = flopscale;

// One line of output; not a template, so the eight kinds of quantity below share it.
void print(std::string_view label, const char* text, fs::to_chars_result r) {
    console::line{} << label << std::string_view(text, static_cast<std::size_t>(r.ptr - text));
}

template <class Q>
void show(std::string_view label, Q quantity) {
    char text[fs::max_quantity_chars];
    print(label, text, fs::to_chars(text, text + sizeof text, quantity));
}

} // namespace

int main() {
    // Read at run time, as if from a configuration: the compiler cannot fold the plan away.
    volatile double budget_flop = 1e24;
    volatile double chips = 1024;

    fs::cluster fleet{fs::catalog::h100_sxm};
    fleet.count = chips;
    fleet.pue = 1.2;
    fleet.server_overhead = fs::epoch_server_overhead;
    fleet.price_per_chip_hour = 2.0 * fs::units::USD_per_h;

    const fs::training_plan plan = fs::plan_compute_optimal(fs::flops{budget_flop}, fleet);
    show("budget:         "sv, plan.compute);
    show("model:          "sv, plan.params);
    show("data:           "sv, plan.data);
    show("throughput:     "sv, plan.throughput);
    show("time:           "sv, plan.time);
    show("energy:         "sv, plan.energy_used);
    show("cost:           "sv, plan.cost);
    show("state per chip: "sv, plan.state_per_chip);
    const bool fits = plan.fit == fs::memory_fit::fits;
    console::line{} << "fits in memory: "sv << (fits ? "yes"sv : "no"sv);
    return 0;
}
