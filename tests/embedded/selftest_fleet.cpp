// On-target self-test, accelerators and clusters: the catalog, lookups by name and the fleet
// model, bit-identical at run time and at compile time. A translation unit of its own so that the
// two halves of the self-test, each heavy on constant evaluation, compile in parallel.
#include "check.hpp"

#include <flopscale/catalog.hpp>
#include <flopscale/cluster.hpp>
#include <flopscale/equivalents.hpp>
#include <flopscale/hardware.hpp>
#include <flopscale/plan.hpp>
#include <flopscale/transformer_presets.hpp>

#include <cstddef>
#include <string_view>

namespace {

namespace fs = flopscale;
using check::count;

// Lookups by name: full names, aliases, vendor prefixes, other spellings, unknown names.
constexpr std::string_view chip_names[] = {
    "H100",   "h100 sxm", "NVIDIA H100 SXM", "A100", "MI300X",      "amd mi300x", "TPU v5p",
    "gaudi3", "B200",     "tpu-v4",          "H20",  "nonexistent", "",           "H100 PCIe"};

constexpr std::ptrdiff_t index_in_catalog(const fs::accelerator* chip) noexcept {
    return chip == nullptr ? -1 : chip - fs::catalog::all.data();
}

} // namespace

namespace sections {

void catalog() {
    constexpr std::size_t chips = fs::catalog::all.size();
    constexpr std::size_t formats = fs::precision_count;
    SAME_EACH(count(chip_names), index_in_catalog(fs::find_accelerator(in(chip_names[i]))));
    SAME_EACH(chips * formats,
              fs::catalog::all[in(i / formats)].peak(fs::all_precisions[in(i % formats)]));
    SAME_EACH(chips, fs::catalog::all[in(i)].memory);
    SAME_EACH(chips, fs::catalog::all[in(i)].memory_bandwidth);
    SAME_EACH(chips, fs::catalog::all[in(i)].tdp);
}

} // namespace sections

namespace {

// Fleets of chips whose BF16 peak and TDP are published.
constexpr const fs::accelerator* fleet_chips[] = {&fs::catalog::h100_sxm, &fs::catalog::a100_sxm,
                                                  &fs::catalog::h200_sxm, &fs::catalog::b200,
                                                  &fs::catalog::mi300x};

constexpr fs::cluster fleet(const fs::accelerator& chip, double count, double mfu) noexcept {
    fs::cluster c{chip};
    c.count = count;
    c.mfu = mfu;
    c.pue = 1.2;
    c.server_overhead = fs::epoch_server_overhead;
    c.price_per_chip_hour = 2.5 * fs::units::USD_per_h;
    return c;
}

} // namespace

namespace sections {

void clusters() {
    constexpr std::size_t n = count(fleet_chips);
    SAME_EACH(n, fs::peak(fleet(*fleet_chips[i], in(1024.0), in(0.4))));
    SAME_EACH(n, fs::effective_throughput(fleet(*fleet_chips[i], in(16384.0), in(0.38))));
    SAME_EACH(n, fs::training_time(fs::flops{in(3.8e25)}, fleet(*fleet_chips[i], 16384, in(0.4))));
    SAME_EACH(n, fs::chip_hours(fs::flops{in(3.14e23)}, fleet(*fleet_chips[i], in(1024.0), 0.4)));
    SAME_EACH(n, fs::training_energy(fs::flops{in(1e24)}, fleet(*fleet_chips[i], in(4096.0), 0.4)));
    SAME_EACH(n, fs::training_cost(fs::flops{in(1e24)}, fleet(*fleet_chips[i], 4096, in(0.45))));
    SAME_EACH(n, fs::chips_needed(fs::flops{in(3.8e25)}, in(90.0) * fs::units::days,
                                  fleet(*fleet_chips[i], 1, 0.4)));
    SAME_EACH(n,
              fs::budget_in(in(30.0) * fs::units::days, fleet(*fleet_chips[i], in(2048.0), 0.4)));
}

// Chip equivalents on both H100e bases, for the whole catalog and between fleets.
void equivalents() {
    constexpr std::size_t chips = fs::catalog::all.size();
    static constexpr fs::h100e_basis bases[] = {fs::h100e_basis::fp16_dense,
                                                fs::h100e_basis::eight_bit_dense};
    SAME_EACH(chips * 2, fs::basis_peak(fs::catalog::all[in(i / 2)], bases[in(i % 2)]));
    SAME_EACH(chips * 2,
              fs::h100_equivalents(fs::basis_peak(fs::catalog::all[in(i / 2)], bases[in(i % 2)]),
                                   in(1000.0 * double(i)), bases[i % 2]));
    constexpr std::size_t n = count(fleet_chips);
    SAME_EACH(n, fs::equivalents(in(*fleet_chips[i]), in(4096.0), fs::catalog::h100_sxm,
                                 fs::precision::bf16));
    SAME_EACH(n, fs::equivalents(in(*fleet_chips[i]), in(100000.0), fs::catalog::a100_sxm,
                                 fs::h100e_basis::fp16_dense));
}

} // namespace sections

namespace {
// The compute-optimal plan for the i-th fleet and a budget of (i + 1) x 1e24 FLOP.
template <class In>
constexpr fs::training_plan optimal(In in, std::size_t i) noexcept {
    return fs::plan_compute_optimal(fs::flops{in(1e24 * double(i + 1))},
                                    fleet(*fleet_chips[i], in(2048.0), in(0.4)));
}
} // namespace

namespace sections {

// Whole plans: every figure of the answer, for each entry point of the planner.
void plans() {
    constexpr std::size_t n = count(fleet_chips);
    SAME_EACH(n, optimal(in, i).params);
    SAME_EACH(n, optimal(in, i).data);
    SAME_EACH(n, optimal(in, i).compute);
    SAME_EACH(n, optimal(in, i).throughput);
    SAME_EACH(n, optimal(in, i).time);
    SAME_EACH(n, optimal(in, i).chip_hours);
    SAME_EACH(n, optimal(in, i).energy_used);
    SAME_EACH(n, optimal(in, i).cost);
    SAME_EACH(n, optimal(in, i).h100e);
    SAME_EACH(n, optimal(in, i).state_total);
    SAME_EACH(n, optimal(in, i).state_per_chip);
    SAME_EACH(n, optimal(in, i).chips_to_hold_state);
    SAME_EACH(n, optimal(in, i).fit);
    SAME_EACH(n, optimal(in, i).loss);
    SAME_EACH(n, optimal(in, i).optimal_tokens_per_param);
    SAME_EACH(n, fs::plan_training(fs::parameters{in(405e9)}, fs::tokens{in(15.6e12)},
                                   fleet(*fleet_chips[i], in(16384.0), 0.4))
                     .time);
    SAME_EACH(n, fs::plan_training(fs::parameters{in(70e9)}, fs::flops{in(5.76e23)},
                                   fleet(*fleet_chips[i], 1024, in(0.45)))
                     .loss);
    SAME_EACH(n, fs::plan_training(in(fs::presets::llama3_1_405b), fs::tokens{in(15.6e12)},
                                   fleet(*fleet_chips[i], in(16384.0), 0.4))
                     .compute);
    SAME_EACH(n, fs::plan_training(in(fs::presets::deepseek_v3), fs::flops{in(3e24)},
                                   fleet(*fleet_chips[i], 2048, in(0.4)))
                     .optimal_loss);
}

// Bad input to the fleet model, the planner and the lookups on the board: the documented result
// (NaN, nullptr, a NaN plan), one call of the handler per violated precondition, no trap.
void fleet_preconditions() {
    using check::that;
    check::violations = 0;
    fs::set_precondition_handler(check::count_violation);
    const fs::cluster overdriven = fleet(fs::catalog::h100_sxm, 1024, check::opaque(1.5));
    const fs::duration time = fs::training_time(fs::flops{1e24}, overdriven);
    that(time.value() != time.value() && check::violations == 1,
         "training_time with mfu 1.5 is NaN and calls the handler once");
    that(check::last_violation != nullptr &&
             std::string_view(check::last_violation) == "mfu must be in (0, 1]",
         "the handler receives the mfu precondition's text");
    const fs::training_plan nothing = fs::plan_compute_optimal(
        fs::flops{check::opaque(-1.0)}, fleet(fs::catalog::h100_sxm, 8, 0.4));
    that(nothing.compute.value() != nothing.compute.value() && check::violations == 2,
         "a plan for a negative budget has NaN compute and calls the handler once");
    that(fs::find_accelerator(check::opaque(std::string_view("no such chip"))) == nullptr,
         "an unknown chip name gives nullptr");
    fs::set_precondition_handler(nullptr);
    const double h100e = fs::h100_equivalents(fs::catalog::h100_sxm, check::opaque(-4.0));
    that(h100e != h100e && check::violations == 2,
         "without a handler a negative chip count gives NaN H100e and nothing else");
}

} // namespace sections
