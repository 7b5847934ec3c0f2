#include "flopscale/cluster.hpp"
#include "flopscale/catalog.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <cstdio>
#include <string_view>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
// Llama 3.1 405B: 3.8e25 FLOP (Llama 3 paper, §3.2.1) on 16,384 H100s (§3.3.1).
constexpr flops llama3_budget = 3.8e25_flop;
constexpr cluster llama3_cluster{catalog::h100_sxm, 16384};
// By hand: 16,384 x 989.4e12 FLOP/s x 0.4 = 6.484132e18 FLOP/s.
constexpr double llama3_rate = 16384 * 989.4e12 * 0.4;
} // namespace

TEST_CASE("defaults: BF16, MFU 0.4, chips-only power, no price", "[cluster]") {
    STATIC_REQUIRE(llama3_cluster.format == precision::bf16);
    STATIC_REQUIRE(llama3_cluster.mfu == 0.4);
    STATIC_REQUIRE(llama3_cluster.pue == 1.0);
    STATIC_REQUIRE(llama3_cluster.server_overhead == 1.0);
    STATIC_REQUIRE(epoch_server_overhead == 1.82);
}

TEST_CASE("peak and effective throughput", "[cluster]") {
    STATIC_REQUIRE(near(peak(llama3_cluster).value(), 16384 * 989.4e12));
    STATIC_REQUIRE(near(effective_throughput(llama3_cluster).value(), llama3_rate));
    constexpr cluster fp8{catalog::h100_sxm, 16384, precision::fp8, 0.3};
    STATIC_REQUIRE(near(effective_throughput(fp8).value(), 16384 * 1979e12 * 0.3));
}

TEST_CASE("time, chip-hours, energy and cost of Llama 3 405B at 40% MFU", "[cluster]") {
    constexpr duration time = training_time(llama3_budget, llama3_cluster);
    STATIC_REQUIRE(near(time.value(), 3.8e25 / llama3_rate));
    REQUIRE(time.in(units::days) == Approx(67.83).epsilon(1e-3));

    constexpr duration chip_time = chip_hours(llama3_budget, llama3_cluster);
    STATIC_REQUIRE(near(chip_time.in(units::h), 16384 * 3.8e25 / llama3_rate / 3600));
    // The paper reports 30.84M H100-hours for 405B (Table 1 of the model card), i.e. the run
    // averaged a little under 40% over its wall-clock time.
    REQUIRE(chip_time.in(units::h) == Approx(26.67e6).epsilon(1e-3));

    // Chips at TDP only: 16,384 x 700 W for the training time.
    constexpr energy chips_only = training_energy(llama3_budget, llama3_cluster);
    STATIC_REQUIRE(near(chips_only.value(), 16384 * 700 * (3.8e25 / llama3_rate)));
    REQUIRE(chips_only.in(units::GWh) == Approx(18.67).epsilon(1e-3));
    // Whole servers (x1.82) in a facility with PUE 1.1.
    cluster facility = llama3_cluster;
    facility.server_overhead = epoch_server_overhead;
    facility.pue = 1.1;
    REQUIRE(training_energy(llama3_budget, facility).value() ==
            Approx(chips_only.value() * 1.82 * 1.1));
    REQUIRE(facility_power(facility).in(units::MW) == Approx(16384 * 700 * 1.82 * 1.1 / 1e6));

    cluster priced = llama3_cluster;
    priced.price_per_chip_hour = 2.0 * units::USD_per_h;
    REQUIRE(training_cost(llama3_budget, priced).value() == Approx(chip_time.in(units::h)*2.0));
}

TEST_CASE("inverse questions: chips needed, budget reachable", "[cluster]") {
    constexpr duration time = training_time(llama3_budget, llama3_cluster);
    STATIC_REQUIRE(near(chips_needed(llama3_budget, time, llama3_cluster), 16384));
    STATIC_REQUIRE(near(chips_needed(llama3_budget, time, catalog::h100_sxm), 16384));
    STATIC_REQUIRE(near(budget_in(time, llama3_cluster).value(), 3.8e25));
    // Halving the time doubles the chips; FP8 at the same MFU halves them again.
    REQUIRE(chips_needed(llama3_budget, time * 0.5, llama3_cluster) == Approx(32768));
    REQUIRE(chips_needed(llama3_budget, time, catalog::h100_sxm, precision::fp8) ==
            Approx(16384 * 989.4 / 1979.0));
    // 90 days on B200s at 40% MFU, BF16: 3.8e25 / (2,250e12 x 0.4 x 90 x 86,400).
    REQUIRE(chips_needed(llama3_budget, 90_days, catalog::b200) ==
            Approx(3.8e25 / (2250e12 * 0.4 * 90 * 86400)));
    REQUIRE(budget_in(duration{0}, llama3_cluster).value() == 0);
}

TEST_CASE("chips for a power budget: the inverse of facility power", "[cluster][power]") {
    cluster facility = llama3_cluster;
    facility.server_overhead = epoch_server_overhead;
    facility.pue = 1.1;
    STATIC_REQUIRE(near(chips_for_power(llama3_cluster, facility_power(llama3_cluster)), 16384));
    REQUIRE(chips_for_power(facility, facility_power(facility)) == Approx(16384));
    // 1 GW at chip TDP only, then at whole-server power in a PUE 1.2 facility.
    STATIC_REQUIRE(near(chips_for_power(catalog::gb200, 1_GW), 1e9 / 1200));
    STATIC_REQUIRE(near(chips_for_power(catalog::gb200, 1_GW, epoch_server_overhead, 1.2),
                        1e9 / (1200 * 1.82 * 1.2)));
    STATIC_REQUIRE(chips_for_power(catalog::h100_sxm, 0_W) == 0);
}

TEST_CASE("Epoch's Colossus 1 powers are one facility factor per chip", "[cluster][power]") {
    // Epoch AI Frontier Data Centers (reference notes, accelerators §5.2): facility power estimates
    // for 25k H100 (45 MW), 100k H100 (181 MW), 150k H100 + 50k H200 (361 MW, all 700 W). Power
    // per chip is linear in the count, so every row implies the same PUE over TDP x 1.82.
    struct row {
        double chips;
        double megawatts;
    };
    constexpr row rows[] = {{25000, 45}, {100000, 181}, {200000, 361}};
    const double factor =
        chips_for_power(catalog::h100_sxm, power{181e6}, epoch_server_overhead) / 100000;
    for (const row& r : rows) {
        const double implied =
            chips_for_power(catalog::h100_sxm, power{r.megawatts * 1e6}, epoch_server_overhead) /
            r.chips;
        std::printf("Colossus 1, %.0f chips at %.0f MW: implied PUE %.4f (%+.2f%% from the "
                    "100k row)\n",
                    r.chips, r.megawatts, implied, 100 * (implied / factor - 1));
        REQUIRE(implied == Approx(factor).epsilon(0.01));
    }
}

TEST_CASE("a chip without a published TDP gives energy only once one is assumed", "[cluster]") {
    cluster pod{catalog::tpu_v7, 9216, precision::bf16};
    pod.chip = pod.chip.with_tdp(960_W); // Epoch AI's derived estimate for Ironwood
    REQUIRE(facility_power(pod).in(units::MW) == Approx(9216 * 960 / 1e6));
}

TEST_CASE("violated preconditions give NaN at run time and call the handler once", "[cluster]") {
    precondition_recorder violations;

    cluster c = llama3_cluster;
    c.mfu = 1.5;
    REQUIRE(is_nan(training_time(llama3_budget, c).value()));
    REQUIRE(violations.count() == 1);
    REQUIRE(violations.last() == "mfu must be in (0, 1]");
    c.mfu = 0;
    REQUIRE(is_nan(effective_throughput(c).value()));
    REQUIRE(violations.last() == "mfu must be in (0, 1]");

    c = llama3_cluster;
    c.count = 0;
    REQUIRE(is_nan(peak(c).value()));
    REQUIRE(violations.last() == "cluster count must be positive");
    c.count = -5;
    REQUIRE(is_nan(training_energy(llama3_budget, c).value()));
    REQUIRE(violations.last() == "cluster count must be positive");

    c = llama3_cluster;
    c.pue = 0.9;
    violations.reset();
    REQUIRE(is_nan(training_energy(llama3_budget, c).value()));
    REQUIRE(violations.count() == 1);
    REQUIRE(violations.last() == "pue must be at least 1");

    const cluster v100_fp8{catalog::v100_sxm2, 8, precision::fp8};
    REQUIRE(is_nan(training_time(llama3_budget, v100_fp8).value()));
    REQUIRE(violations.last() == "the chip has no known peak in the cluster format");

    const cluster tpus{catalog::tpu_v7, 9216};
    REQUIRE(is_nan(training_energy(llama3_budget, tpus).value()));
    REQUIRE(violations.last() == "the chip TDP is unknown; set chip.tdp or use with_tdp");
    REQUIRE(training_time(llama3_budget, tpus).value() > 0);

    REQUIRE(is_nan(training_cost(llama3_budget, llama3_cluster).value()));
    REQUIRE(violations.last() == "price_per_chip_hour must be set and non-negative");

    REQUIRE(is_nan(training_time(flops{-1.0}, llama3_cluster).value()));
    REQUIRE(violations.last() == "the FLOP budget must be non-negative");
    REQUIRE(is_nan(chips_needed(llama3_budget, duration{0}, llama3_cluster)));
    REQUIRE(violations.last() == "the time must be positive");
    REQUIRE(is_nan(budget_in(duration{-1.0}, llama3_cluster).value()));
    REQUIRE(violations.last() == "the time must be non-negative");
    REQUIRE(is_nan(chips_for_power(catalog::h100_sxm, power{-1.0})));
    REQUIRE(violations.last() == "the power budget must be non-negative");
    REQUIRE(is_nan(chips_for_power(catalog::tpu_v7, 1_GW)));
    REQUIRE(violations.last() == "the chip TDP is unknown; set chip.tdp or use with_tdp");
    REQUIRE(is_nan(chips_for_power(catalog::h100_sxm, 1_GW, 1.82, 0.5)));
    REQUIRE(violations.last() == "pue must be at least 1");
}
