#include "flopscale/reliability.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"

#include <cstdint>
#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
constexpr duration minutes(double m) {
    return m * units::min;
}

// Daly 2006, figures 3-5 (../shared/reference/goodput.md §13): R = 10 min, δ = 5 min.
constexpr job_reliability daly_example(duration mttf) {
    return {mttf, synchronous_checkpoint(minutes(5)), minutes(10)};
}

void print_error(const char* what, double predicted, double published) {
    std::printf("  %-44s predicted %10.4g  published %10.4g  error %+6.2f%%\n", what, predicted,
                published, 100.0 * (predicted / published - 1.0));
}

// The failure process the model describes, simulated: segments of τ computation and δ checkpoint
// that must run without a failure, failures (rate 1/M, also during restarts) that cost the time
// to the failure and a restart R that must itself run without one, and for an asynchronous
// checkpoint a write of `persist` after the segment, which a failure before its end loses.
class failure_process {
public:
    failure_process(const job_reliability& j, duration interval)
        : lambda_{1 / j.mttf.value()}, tau_{interval.value()},
          delta_{j.checkpoint.blocking.value()}, persist_{j.checkpoint.persist.value()},
          restart_{j.restart.value()} {}

    // Wall-clock time of `segments` segments of useful work.
    double wall_clock(int segments) {
        double wall = 0;
        int done = 0;      // segments whose checkpoint has been taken
        int persisted = 0; // of which those on storage
        while (done < segments) {
            const double x = next_failure();
            if (x >= tau_ + delta_) {
                wall += tau_ + delta_;
                persisted = done; // the previous write ended within this segment (τ >= persist)
                ++done;
                if (persist_ == 0) persisted = done;
                continue;
            }
            wall += x;
            if (x >= persist_) persisted = done;
            done = persisted;
            for (double y = next_failure(); y < restart_; y = next_failure())
                wall += y;
            wall += restart_;
        }
        return wall;
    }

private:
    // Exponential by inversion of a xorshift64 uniform: the same numbers on every platform.
    double next_failure() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        const double u = static_cast<double>(state_ >> 11) * 0x1p-53;
        return -math::log1p(-u) / lambda_;
    }

    double lambda_, tau_, delta_, persist_, restart_;
    std::uint64_t state_ = 88172645463325252u;
};
} // namespace

TEST_CASE("failure rates convert between node-days and chip-hours", "[reliability]") {
    // 5 failures per 1,000 node-days on 8-chip nodes: 5e-3 / (8 x 24) per chip-hour.
    STATIC_REQUIRE(
        near(in_failures_per_chip_hour(failures_per_1000_node_days(5.0)), 5e-3 / (8 * 24.0)));
    STATIC_REQUIRE(near(in_failures_per_1000_node_days(failures_per_chip_hour(1e-4), 4),
                        1e-4 * 24 * 4 * 1000));
    STATIC_REQUIRE(near(in_failures_per_1000_node_days(failure_rates::llama3_405b), 3.789, 1e-3));
    // MTTF = 1 / (N_nodes · r_f): 2,048 nodes at 5e-3 per node-day fail every 1/10.24 day.
    STATIC_REQUIRE(near(job_mttf(failure_rates::kokolis2025, 16384).value(), 86400.0 / 10.24));
    STATIC_REQUIRE(math::isinf(job_mttf(failures_per_chip_hour(0), 1e6).value()));
    STATIC_REQUIRE(near(checkpoint_write_time(6.5_TB, 2_TBps).value(), 3.25));
}

TEST_CASE("Daly's worked values: eq. 37, the exact optimum and their efficiencies",
          "[reliability]") {
    struct row {
        double mttf_min, published_min, series_min, exact_min, efficiency;
        double last_digit_min; // of the derived intervals as printed
    };
    // Published τ_opt and the values derived in ../shared/reference/goodput.md §13.
    const row rows[] = {{24 * 60, 117, 116.7, 116.7, 0.913, 0.1},
                        {6 * 60, 57, 56.7, 56.7, 0.819, 0.1},
                        {15, 9.1, 9.14, 9.17, 0.200, 0.01}};
    for (const row& r : rows) {
        const job_reliability j = daly_example(minutes(r.mttf_min));
        const checkpoint_choice daly = daly_interval(j);
        const checkpoint_choice exact = optimal_interval(j);
        std::printf("M = %g min\n", r.mttf_min);
        print_error("Daly eq. 37 interval (min)", daly.interval.in(units::min), r.published_min);
        print_error("exact optimum interval (min)", exact.interval.in(units::min), r.exact_min);
        print_error("efficiency at the optimum", exact.goodput, r.efficiency);
        // Daly printed two or three significant digits.
        CHECK(math::abs(daly.interval.in(units::min)-r.published_min) < 0.05 * r.published_min);
        CHECK(math::abs(daly.interval.in(units::min)-r.series_min) <= r.last_digit_min / 2);
        CHECK(math::abs(exact.interval.in(units::min)-r.exact_min) <= r.last_digit_min / 2);
        CHECK(math::abs(exact.goodput - r.efficiency) < 0.0005);
        CHECK(near(exact.waste, 1 - exact.goodput));
        // The exact optimum is at least as good as any approximation.
        CHECK(exact.goodput >= daly.goodput);
        CHECK(exact.goodput >= young_interval(j).goodput);
        for (double f : {0.9, 0.999, 1.001, 1.1})
            CHECK(goodput(j, exact.interval * f) <= exact.goodput);
    }
    // Daly's higher-order term matters when δ/M is not small: eq. 37 gives 9.14 min, 0.03 min
    // from the exact optimum; Young's 12.2 min loses 0.5 points of goodput there.
    const job_reliability short_mttf = daly_example(minutes(15));
    CHECK(young_interval(short_mttf).goodput < optimal_interval(short_mttf).goodput - 0.005);
}

TEST_CASE("Young's interval is sqrt(2 δ M)", "[reliability]") {
    constexpr job_reliability j{10_h, synchronous_checkpoint(30_s), minutes(10)};
    STATIC_REQUIRE(near(young_interval(j).interval.value(), math::sqrt(2 * 30.0 * 36000.0)));
    // For δ << M, Young, Daly and the exact optimum agree to first order; Young is longer by about
    // δ + sqrt(δ M / 18), 1.4% here.
    constexpr double exact = optimal_interval(j).interval.value();
    STATIC_REQUIRE(near(daly_interval(j).interval.value(), exact, 1e-4));
    STATIC_REQUIRE(near(young_interval(j).interval.value(), exact, 0.02));
    // First-order expected waste at Young's interval: sqrt(2δ/M) + R/M (goodput.md §11.4).
    constexpr double first_order = math::sqrt(2 * 30.0 / 36000.0) + 600.0 / 36000.0;
    STATIC_REQUIRE(near(young_interval(j).waste, first_order, 0.03));
    // A checkpoint stops training no less than δ: Daly's eq. 37 gives M when δ >= 2M.
    constexpr job_reliability slow{1_h, synchronous_checkpoint(3_h), 0_s};
    STATIC_REQUIRE(daly_interval(slow).interval == 1_h);
}

TEST_CASE("the limits of the goodput", "[reliability]") {
    constexpr checkpoint_cost cost = synchronous_checkpoint(60_s);
    // No failures: never checkpoint, goodput 1; with a forced interval, only its checkpoints cost.
    constexpr job_reliability reliable{job_mttf(failures_per_chip_hour(0), 16384), cost, 1_h};
    STATIC_REQUIRE(optimal_interval(reliable).goodput == 1.0);
    STATIC_REQUIRE(math::isinf(optimal_interval(reliable).interval.value()));
    STATIC_REQUIRE(near(goodput(reliable, 1_h), 3600.0 / 3660.0));
    // Free checkpoints and restarts: the optimum checkpoints continuously, goodput -> 1.
    constexpr job_reliability free{3_h, synchronous_checkpoint(0_s), 0_s};
    STATIC_REQUIRE(optimal_interval(free).goodput == 1.0);
    double previous = 0;
    for (double blocking : {1.0, 0.1, 1e-3, 1e-6}) {
        const job_reliability cheap{3_h, synchronous_checkpoint(duration{blocking}), 0_s};
        const double g = optimal_interval(cheap).goodput;
        CHECK(g > previous);
        previous = g;
    }
    CHECK(previous > 0.9999);
    // Interval -> 0 or infinity: goodput -> 0.
    constexpr job_reliability j{3_h, cost, minutes(10)};
    STATIC_REQUIRE(goodput(j, 0_s) == 0.0);
    STATIC_REQUIRE(goodput(j, duration{1e-3}) < 1e-4);
    STATIC_REQUIRE(goodput(j, 1000_days) < 1e-9);
    STATIC_REQUIRE(goodput(j, duration{std::numeric_limits<double>::infinity()}) == 0.0);
}

TEST_CASE("goodput falls with chips and failure rate; the interval shortens", "[reliability]") {
    const checkpoint_cost cost = synchronous_checkpoint(30_s);
    double previous_goodput = 1;
    double previous_interval = std::numeric_limits<double>::infinity();
    for (double chips : {8.0, 64.0, 1024.0, 16384.0, 131072.0}) {
        const job_reliability j{job_mttf(default_failure_rate, chips), cost, default_restart};
        const checkpoint_choice c = optimal_interval(j);
        CHECK(c.goodput < previous_goodput);
        CHECK(c.interval.value() < previous_interval);
        previous_goodput = c.goodput;
        previous_interval = c.interval.value();
    }
    previous_goodput = 1;
    for (const failure_rate rate : {failure_rates::meta_rsc2, failure_rates::llama3_405b,
                                    failure_rates::kokolis2025, failure_rates::meta_rsc1}) {
        const job_reliability j{job_mttf(rate, 16384), cost, default_restart};
        CHECK(optimal_interval(j).goodput < previous_goodput);
        previous_goodput = optimal_interval(j).goodput;
    }
}

TEST_CASE("asynchronous checkpoints block briefly and lose the write in flight", "[reliability]") {
    constexpr checkpoint_cost async = asynchronous_checkpoint(60_s);
    STATIC_REQUIRE(async.blocking == default_async_blocking);
    STATIC_REQUIRE(async.persist == 60_s);
    // The stall never exceeds the write itself.
    STATIC_REQUIRE(asynchronous_checkpoint(0.1_s).blocking == 0.1_s);
    constexpr job_reliability sync_job{3_h, synchronous_checkpoint(60_s), minutes(10)};
    constexpr job_reliability async_job{3_h, async, minutes(10)};
    STATIC_REQUIRE(optimal_interval(async_job).goodput > optimal_interval(sync_job).goodput);
    // No interval shorter than the write: with free copies the optimum is the write time.
    constexpr job_reliability instant_copy{3_h, asynchronous_checkpoint(60_s, 0_s), minutes(10)};
    STATIC_REQUIRE(optimal_interval(instant_copy).interval == 60_s);
    // A failure during the write costs on average the write time more, as a longer restart.
    constexpr job_reliability longer_restart{3_h, checkpoint_cost{default_async_blocking, 0_s},
                                             minutes(10) + 60_s};
    STATIC_REQUIRE(near(goodput(async_job, 5_h), goodput(longer_restart, 5_h)));
}

TEST_CASE("bad input: the documented result and the handler", "[reliability]") {
    precondition_recorder violations;
    REQUIRE(math::isnan(failures_per_1000_node_days(-1).value()));
    CHECK(violations.last() == "the failure rate must be non-negative");
    REQUIRE(math::isnan(failures_per_1000_node_days(5, 0).value()));
    CHECK(violations.last() == "chips per node must be positive");
    REQUIRE(math::isnan(job_mttf(default_failure_rate, 0).value()));
    CHECK(violations.last() == "the job needs a positive number of chips");
    REQUIRE(math::isnan(synchronous_checkpoint(-1_s).blocking.value()));
    CHECK(violations.last() == "the checkpoint write time must be non-negative");
    REQUIRE(math::isnan(checkpoint_write_time(1_TB, 0_TBps).value()));
    CHECK(violations.last() == "storage bandwidth must be positive");
    violations.reset();
    const job_reliability negative_restart{3_h, synchronous_checkpoint(1_s), -1_s};
    REQUIRE(math::isnan(optimal_interval(negative_restart).goodput));
    REQUIRE(math::isnan(young_interval(negative_restart).interval.value()));
    REQUIRE(math::isnan(daly_interval(negative_restart).waste));
    CHECK(violations.count() == 3);
    CHECK(violations.last() == "the restart time must be non-negative");
    const job_reliability ok{3_h, synchronous_checkpoint(1_s), 0_s};
    REQUIRE(math::isnan(goodput(ok, -1_s)));
    CHECK(violations.last() == "the checkpoint interval must be non-negative");
    REQUIRE(math::isnan(goodput({0_s, synchronous_checkpoint(1_s), 0_s}, 1_h)));
    CHECK(violations.last() == "the mean time to failure must be positive");
}

TEST_CASE("published job MTTFs against the default rate", "[reliability]") {
    // Printed, not asserted: Kokolis et al. measured MTTF on all job failures, the rate is fitted
    // on infrastructure failures (goodput.md §12 item 3).
    print_error("Meta RSC 1024-GPU job MTTF (h)", job_mttf(default_failure_rate, 1024).in(units::h),
                7.9);
    print_error("Meta RSC 8-GPU job MTTF (days)", job_mttf(default_failure_rate, 8).in(units::days),
                47.7);
    // Llama 3: 419 unexpected interruptions in 54 days on 16,384 H100 (Llama 3 §3.3.4).
    const double predicted = 54_days / job_mttf(default_failure_rate, 16384);
    print_error("Llama 3 405B interruptions in 54 days", predicted, 419);
    CHECK(predicted > 419 / 2.0);
    CHECK(predicted < 419 * 2.0);
}

TEST_CASE("the exact optimum over twelve decades of δ/M", "[reliability]") {
    // At the stationary point (1 - τ/M)·e^((τ+δ)/M) = 1, so the goodput there is
    // (1 - τ/M)·e^(-R/M): an identity the root finder must meet to its tolerance.
    for (double d = 1e-12; d <= 1.0; d *= 10) {
        const job_reliability j{1_h, synchronous_checkpoint(d * 1_h), minutes(6)};
        const checkpoint_choice c = optimal_interval(j);
        const double u = c.interval / 1_h;
        CHECK(near(c.goodput, (1 - u) * math::exp(-0.1), 1e-10));
        CHECK(goodput(j, c.interval * 0.999) <= c.goodput);
        CHECK(goodput(j, c.interval * 1.001) <= c.goodput);
    }
}

TEST_CASE("a simulation of the failure process agrees with the model", "[reliability]") {
    struct scenario {
        const char* name;
        job_reliability job;
        duration interval;
    };
    const scenario scenarios[] = {
        {"16,384 chips, 30 s write, 15 min",
         {8437.5_s, synchronous_checkpoint(30_s), minutes(10)},
         minutes(15)},
        {"Daly, M = 15 min, at the optimum", daly_example(minutes(15)),
         optimal_interval(daly_example(minutes(15))).interval},
        // The model adds the write to the restart; the simulation loses the checkpoint in flight.
        {"asynchronous, 5 min write, 15 min",
         {8437.5_s, asynchronous_checkpoint(300_s), minutes(10)},
         minutes(15)},
    };
    for (const scenario& s : scenarios) {
        failure_process process(s.job, s.interval);
        constexpr int batches = 40;
        constexpr int segments = 50000;
        double sum = 0;
        double sum_squares = 0;
        for (int b = 0; b < batches; ++b) {
            const double g = segments * s.interval.value() / process.wall_clock(segments);
            sum += g;
            sum_squares += g * g;
        }
        const double mean = sum / batches;
        const double standard_error =
            math::sqrt((sum_squares / batches - mean * mean) / (batches - 1));
        const double model = goodput(s.job, s.interval);
        std::printf("  %-36s model %.5f  simulated %.5f +- %.5f\n", s.name, model, mean,
                    standard_error);
        CHECK(math::abs(model - mean) < 4 * standard_error);
    }
}
