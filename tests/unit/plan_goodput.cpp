#include "flopscale/plan_goodput.hpp"

#include "flopscale/hardware.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
constexpr cluster make_cluster(const accelerator& chip, double count) {
    cluster c;
    c.chip = chip;
    c.count = count;
    c.price_per_chip_hour = 2.0 * units::USD_per_h;
    return c;
}

// Llama 3 405B: 15.6T tokens on up to 16,384 H100 (Llama 3, arXiv:2407.21783, §3.3.1).
constexpr cluster llama3_cluster = make_cluster(catalog::h100_sxm, 16384);
constexpr training_plan llama3_plan =
    plan_training(presets::llama3_1_405b, 15.6_Ttokens, llama3_cluster);

void print(const char* run, const training_goodput& g) {
    std::printf("%-34s MTTF %6.2f h  write %7.2f s  interval %6.1f min  goodput %.4f  "
                "%.1f -> %.1f days  %.0f interruptions\n",
                run, g.job.mttf.in(units::h), g.checkpoint_write.value(), g.interval.in(units::min),
                g.goodput, g.failure_free_time.in(units::days),
                g.time_with_failures.in(units::days), g.expected_interruptions);
}
} // namespace

TEST_CASE("a plan's goodput at compile time, from the defaults", "[plan_goodput]") {
    constexpr training_goodput g = plan_goodput(llama3_plan, llama3_cluster);
    // The checkpoint is the plan's training state at 2 TB/s for 16,384 chips.
    STATIC_REQUIRE(near(g.checkpoint_write.value(), llama3_plan.state_total.value() / 2e12));
    STATIC_REQUIRE(g.job.checkpoint.blocking == g.checkpoint_write);
    STATIC_REQUIRE(g.job.restart == default_restart);
    STATIC_REQUIRE(g.optimal_interval);
    STATIC_REQUIRE(g.interval == optimal_interval(g.job).interval);
    STATIC_REQUIRE(g.failure_free_time == llama3_plan.time);
    STATIC_REQUIRE(near(g.time_with_failures.value(), llama3_plan.time.value() / g.goodput));
    STATIC_REQUIRE(near(g.expected_interruptions, g.time_with_failures / g.job.mttf));
    STATIC_REQUIRE(
        near(g.chip_hours_lost, (g.time_with_failures - g.failure_free_time).in(units::h)*16384));
    STATIC_REQUIRE(near(g.cost_lost.value(), g.chip_hours_lost * 2.0));
    STATIC_REQUIRE(
        near(g.energy_lost.value(), llama3_plan.energy_used.value() * (1 / g.goodput - 1)));
    const training_goodput run_time = plan_goodput(llama3_plan, llama3_cluster);
    REQUIRE(run_time.goodput == g.goodput);
    print("Llama 3 405B, 16,384 H100", g);
}

TEST_CASE("options: rate, checkpoint, restart, interval", "[plan_goodput]") {
    const training_goodput base = plan_goodput(llama3_plan, llama3_cluster);
    goodput_options o;
    o.rate = failures_per_chip_hour(0);
    const training_goodput never = plan_goodput(llama3_plan, llama3_cluster, o);
    CHECK(never.goodput == 1.0);
    CHECK(never.expected_interruptions == 0.0);
    CHECK(never.time_with_failures == never.failure_free_time);
    CHECK(never.cost_lost.value() == 0.0);

    o = {};
    o.storage = 200_GBps; // ten times slower than the default for 16,384 chips
    const training_goodput slow = plan_goodput(llama3_plan, llama3_cluster, o);
    CHECK(near(slow.checkpoint_write.value(), 10 * base.checkpoint_write.value()));
    CHECK(slow.goodput < base.goodput);
    CHECK(slow.interval > base.interval);
    o.asynchronous = true;
    const training_goodput async = plan_goodput(llama3_plan, llama3_cluster, o);
    CHECK(async.job.checkpoint.blocking == default_async_blocking);
    CHECK(async.job.checkpoint.persist == slow.checkpoint_write);
    CHECK(async.goodput > slow.goodput);

    o = {};
    o.checkpoint_write = 5 * units::min; // Kokolis et al.'s w_cp for the RSC clusters
    o.restart = 20 * units::min;
    o.interval = 1_h;
    const training_goodput given = plan_goodput(llama3_plan, llama3_cluster, o);
    CHECK(given.checkpoint_write == 5 * units::min);
    CHECK(!given.optimal_interval);
    CHECK(given.interval == 1_h);
    CHECK(given.goodput < base.goodput);
    print("Llama 3 405B, w 5 min, R 20 min, 1 h", given);
}

TEST_CASE("presets on their published clusters", "[plan_goodput]") {
    struct run {
        const char* name;
        const transformer* model;
        tokens data;
        cluster fleet;
    };
    const run runs[] = {
        {"Llama 3 405B, 16,384 H100", &presets::llama3_1_405b, 15.6_Ttokens, llama3_cluster},
        // DeepSeek-V3: 14.8T tokens on 2,048 H800 (DeepSeek-V3 report, arXiv:2412.19437, §3.1).
        {"DeepSeek-V3, 2,048 H800", &presets::deepseek_v3, 14.8_Ttokens,
         make_cluster(catalog::h800_sxm, 2048)},
        // PaLM 540B: 780B tokens on 6,144 TPU v4 (Chowdhery et al. 2022, §4 and §5).
        {"PaLM 540B, 6,144 TPU v4", &presets::palm_540b, 780_Btokens,
         make_cluster(catalog::tpu_v4, 6144)},
    };
    for (const run& r : runs) {
        const training_plan p = plan_training(*r.model, r.data, r.fleet);
        const training_goodput g = plan_goodput(p, r.fleet);
        print(r.name, g);
        CHECK(g.goodput > 0.5);
        CHECK(g.goodput < 1.0);
        CHECK(g.interval > g.job.checkpoint.blocking);
        CHECK(g.interval < g.job.mttf);
        CHECK(g.time_with_failures > g.failure_free_time);
    }
    // Llama 3 reported 419 unexpected interruptions in a 54-day snapshot (§3.3.4); the model's
    // count for the same wall-clock time, with the default rate (not fitted to that count):
    const training_goodput g = plan_goodput(llama3_plan, llama3_cluster);
    const double in_54_days = g.expected_interruptions * (54_days / g.time_with_failures);
    std::printf("Llama 3 405B interruptions in 54 days: predicted %.0f, published 419, error "
                "%+.1f%%\n",
                in_54_days, 100 * (in_54_days / 419 - 1));
    CHECK(in_54_days > 419 / 2.0);
    CHECK(in_54_days < 419 * 2.0);
    // With Llama 3's own rate the count is reproduced by construction.
    goodput_options own;
    own.rate = failure_rates::llama3_405b;
    const training_goodput calibrated = plan_goodput(llama3_plan, llama3_cluster, own);
    CHECK(near(calibrated.expected_interruptions * (54_days / calibrated.time_with_failures), 419,
               1e-9));
}

TEST_CASE("a plan's goodput on bad input", "[plan_goodput]") {
    precondition_recorder violations;
    goodput_options o;
    o.restart = -1_s;
    CHECK(math::isnan(plan_goodput(llama3_plan, llama3_cluster, o).goodput));
    CHECK(violations.count() == 1);
    CHECK(violations.last() == "the restart time must be non-negative");
    o = {};
    o.storage = 0_TBps;
    const training_goodput g = plan_goodput(llama3_plan, llama3_cluster, o);
    CHECK(math::isnan(g.time_with_failures.value()));
    CHECK(math::isnan(g.cost_lost.value()));
    CHECK(violations.last() == "storage bandwidth must be positive");
    o = {};
    o.interval = -1_h;
    CHECK(math::isnan(plan_goodput(llama3_plan, llama3_cluster, o).expected_interruptions));
    CHECK(violations.last() == "the checkpoint interval must be non-negative");
    cluster none = llama3_cluster;
    none.count = 0;
    violations.reset();
    CHECK(math::isnan(plan_goodput(llama3_plan, none).job.mttf.value()));
    CHECK(violations.count() == 1);
    CHECK(violations.last() == "the job needs a positive number of chips");
}
