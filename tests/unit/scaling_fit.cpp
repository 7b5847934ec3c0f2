// Fitting L(N, D) = E + A/N^alpha + B/D^beta (Hoffmann et al. 2022, Approach 3, as Besiroglu et al.
// 2024 re-ran it), its bootstrap, Approach 2's frontier fit and the random generator under them.
// Every fit here is to synthetic runs drawn from a published law with 1% noise on the loss, a test
// choice of the order of the scatter Besiroglu et al. find around their fit (E's bootstrap SE is
// 0.03), so the true constants are known.
#include "flopscale/scaling/bootstrap.hpp"
#include "flopscale/scaling/fit.hpp"
#include "flopscale/scaling/frontier_fit.hpp"
#include "flopscale/scaling/lbfgs.hpp"
#include "flopscale/scaling/random.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "small_fit.hpp"
#include "synthetic_runs.hpp"
#include "test_values.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace flopscale;
namespace sc = flopscale::scaling;

namespace {

sc::run_view view(const std::vector<sc::training_run>& runs) {
    return {runs.data(), runs.size()};
}

// The objective written out directly, in <cmath> and without the log-sum-exp form.
double direct_objective(const std::vector<sc::training_run>& runs, const sc::parametric_law& law,
                        double delta) {
    double sum = 0;
    for (const sc::training_run& run : runs) {
        const double predicted = law.e + law.a / std::pow(run.params().value(), law.alpha) +
                                 law.b / std::pow(run.tokens().value(), law.beta);
        const double r = std::log(run.loss()) - std::log(predicted);
        sum += std::abs(r) <= delta ? 0.5 * r * r : delta * (std::abs(r) - 0.5 * delta);
    }
    return sum;
}

bool same_bits(double x, double y) {
    return std::memcmp(&x, &y, sizeof x) == 0;
}

} // namespace

TEST_CASE("random_generator is SplitMix64", "[scaling][fit][random]") {
    // The reference implementation's first outputs for seed 0 (Vigna, splitmix64.c).
    sc::random_generator random{0};
    REQUIRE(random.next() == 0xe220a8397b1dcdafu);
    REQUIRE(random.next() == 0x6e789e6aa1b965f4u);
    REQUIRE(random.next() == 0x06c45d188009454fu);
    // Compile time and run time agree.
    constexpr std::uint64_t third = [] {
        sc::random_generator r{0};
        r.next();
        r.next();
        return r.next();
    }();
    STATIC_REQUIRE(third == 0x06c45d188009454fu);

    // below(6) hits every face about equally often, and never 6.
    sc::random_generator dice{12345};
    int faces[6] = {};
    constexpr int draws = 60000;
    for (int i = 0; i < draws; ++i) {
        const std::uint64_t face = dice.below(6);
        REQUIRE(face < 6);
        ++faces[face];
    }
    for (int count : faces)
        REQUIRE(std::abs(count - draws / 6) < 5 * std::sqrt(draws / 6.0)); // 5 sigma

    // normal(): mean 0 and variance 1 within 5 standard errors over 100,000 draws.
    sc::random_generator gauss{7};
    double sum = 0;
    double squares = 0;
    constexpr int samples = 100000;
    for (int i = 0; i < samples; ++i) {
        const double z = gauss.normal();
        sum += z;
        squares += z * z;
    }
    const double mean = sum / samples;
    const double variance = squares / samples - mean * mean;
    std::printf("normal(): mean %.5f, variance %.5f over %d draws\n", mean, variance, samples);
    REQUIRE(std::abs(mean) < 5.0 / std::sqrt(samples));
    REQUIRE(std::abs(variance - 1.0) < 5.0 * std::sqrt(2.0 / samples));
}

TEST_CASE("minimize_lbfgs solves Rosenbrock's function", "[scaling][fit][lbfgs]") {
    // f = 100 (y - x²)² + (1 - x)², minimum 0 at (1, 1), from the classic start (-1.2, 1).
    constexpr auto rosenbrock = [](const std::array<double, 2>& p, std::array<double, 2>& g) {
        const double bend = p[1] - p[0] * p[0];
        g = {-400.0 * p[0] * bend - 2.0 * (1.0 - p[0]), 200.0 * bend};
        return 100.0 * bend * bend + (1.0 - p[0]) * (1.0 - p[0]);
    };
    constexpr sc::lbfgs_result<2> r =
        sc::minimize_lbfgs(rosenbrock, std::array<double, 2>{-1.2, 1.0});
    std::printf("Rosenbrock: (%.9f, %.9f), f %.3g, %d iterations, %d evaluations\n", r.x[0], r.x[1],
                r.value, r.iterations, r.evaluations);
    STATIC_REQUIRE(r.converged);
    REQUIRE(r.x[0] == Approx(1.0).epsilon(1e-4));
    REQUIRE(r.x[1] == Approx(1.0).epsilon(1e-4));
    REQUIRE(r.iterations < 100);
    // A start at the minimum is converged at once; a non-finite start is not.
    constexpr sc::lbfgs_result<2> there =
        sc::minimize_lbfgs(rosenbrock, std::array<double, 2>{1.0, 1.0});
    STATIC_REQUIRE(there.converged && there.iterations == 0);
    const sc::lbfgs_result<2> nowhere =
        sc::minimize_lbfgs(rosenbrock, std::array<double, 2>{std::nan(""), 1.0});
    REQUIRE(!nowhere.converged);
}

TEST_CASE("the objective at given constants equals a direct computation", "[scaling][fit]") {
    const auto runs = synthetic_runs(sc::besiroglu2024, 240, 0.01, 1);
    for (const sc::parametric_law& law :
         {sc::besiroglu2024, sc::hoffmann2022, sc::hoffmann2022_unrounded}) {
        const double ours = sc::huber_objective(view(runs), law);
        const double direct = direct_objective(runs, law, 1e-3);
        std::printf("objective %.17g, direct %.17g, relative difference %.2e\n", ours, direct,
                    std::abs(ours - direct) / direct);
        REQUIRE(ours == Approx(direct).epsilon(1e-12));
    }
    // A smaller delta makes more residuals linear: the two forms still agree.
    REQUIRE(sc::huber_objective(view(runs), sc::besiroglu2024, 1e-5) ==
            Approx(direct_objective(runs, sc::besiroglu2024, 1e-5)).epsilon(1e-12));
}

TEST_CASE("the analytic gradient matches central differences", "[scaling][fit]") {
    const auto runs = synthetic_runs(sc::besiroglu2024, 240, 0.01, 2);
    // Away from the optimum, and with a delta that puts residuals on both sides of it.
    const sc::detail::fit_parameters theta{6.5, 7.0, 0.55, 0.33, 0.37};
    for (double delta : {1e-3, 1e-2}) {
        sc::detail::fit_parameters gradient{};
        sc::detail::huber_objective(view(runs), sc::detail::every_run{}, theta, delta, gradient);
        for (std::size_t i = 0; i < theta.size(); ++i) {
            const double h = 1e-6;
            sc::detail::fit_parameters up = theta;
            sc::detail::fit_parameters down = theta;
            up[i] += h;
            down[i] -= h;
            sc::detail::fit_parameters unused{};
            const double difference =
                (sc::detail::huber_objective(view(runs), sc::detail::every_run{}, up, delta,
                                             unused) -
                 sc::detail::huber_objective(view(runs), sc::detail::every_run{}, down, delta,
                                             unused)) /
                (2 * h);
            REQUIRE(gradient[i] == Approx(difference).epsilon(1e-5).margin(1e-9));
        }
    }
}

// Each known law is fitted once with the whole grid (inside the bootstrap), which the checks share:
// the grid fit is the costly part of the suite.
TEST_CASE("the fit recovers known laws within the bootstrap's standard errors, and the grid finds "
          "the global minimum where a single start does not",
          "[scaling][fit]") {
    struct known {
        const char* name;
        sc::parametric_law law;
    };
    for (const known& truth : {known{"besiroglu2024", sc::besiroglu2024},
                               known{"hoffmann2022_unrounded", sc::hoffmann2022_unrounded}}) {
        const auto runs = synthetic_runs(truth.law, 240, 0.01, 3);
        std::vector<sc::parametric_law> replicates(100);
        const sc::bootstrap_result b =
            sc::bootstrap_parametric_law(view(runs), {replicates.data(), replicates.size()}, 42);
        REQUIRE(b.fit.converged);
        REQUIRE(b.fit.starts == 4500);
        REQUIRE(b.replicates.size() + static_cast<std::size_t>(b.dropped) == replicates.size());
        struct row {
            const char* name;
            sc::estimate fitted;
            double true_value;
        };
        const row rows[] = {{"E", b.e, truth.law.e},
                            {"A", b.a, truth.law.a},
                            {"B", b.b, truth.law.b},
                            {"alpha", b.alpha, truth.law.alpha},
                            {"beta", b.beta, truth.law.beta}};
        std::printf("%s, 240 runs, 1%% noise, 100 resamples (%d converged):\n", truth.name,
                    b.converged);
        for (const row& r : rows) {
            const double error = r.fitted.value - r.true_value;
            std::printf("  %-5s true %10.5g  fitted %10.5g  SE %9.3g  error %6.2f SE  "
                        "95%% interval [%.5g, %.5g]\n",
                        r.name, r.true_value, r.fitted.value, r.fitted.standard_error,
                        error / r.fitted.standard_error, r.fitted.lower, r.fitted.upper);
            // Three standard errors: a miss this large has probability 0.3% for a normal estimate.
            REQUIRE(std::abs(error) <= 3 * r.fitted.standard_error);
            REQUIRE(r.fitted.lower <= r.fitted.upper);
        }
        // The allocation at Chinchilla's budget, with its interval around the fitted value.
        const flops chinchilla{5.76e23};
        const sc::allocation_estimate best = sc::compute_optimal(b, chinchilla);
        const sc::allocation exact = truth.law.compute_optimal(chinchilla);
        std::printf("  at 5.76e23 FLOP: N_opt %.3g [%.3g, %.3g] (true %.3g), D/N %.3g [%.3g, "
                    "%.3g] (true %.3g)\n",
                    best.params.value, best.params.lower, best.params.upper, exact.params.value(),
                    best.tokens_per_parameter.value, best.tokens_per_parameter.lower,
                    best.tokens_per_parameter.upper, exact.tokens.value() / exact.params.value());
        REQUIRE(best.params.value == b.fit.law.compute_optimal(chinchilla).params.value());
        REQUIRE(std::abs(best.params.value - exact.params.value()) <=
                3 * best.params.standard_error);
        REQUIRE(std::abs(best.tokens_per_parameter.value -
                         exact.tokens.value() / exact.params.value()) <=
                3 * best.tokens_per_parameter.standard_error);

        // The grid's second start alone: alpha = beta = 0, e = -1, a = 0, b = 5.
        sc::fit_options single;
        single.grid = {{0.0, 0.5, 1}, {0.0, 0.5, 1}, {-1.0, 0.5, 1}, {0.0, 5.0, 1}, {5.0, 5.0, 1}};
        const sc::fit_result one = sc::fit_parametric_law(view(runs), single);
        const double at_truth = sc::huber_objective(view(runs), truth.law);
        std::printf("  objective: grid %.10g (%d of %d starts converged), one start %.10g, at the "
                    "true constants %.10g\n",
                    b.fit.objective, b.fit.starts_converged, b.fit.starts, one.objective, at_truth);
        REQUIRE(one.converged); // it stops, by L-BFGS-B's rule on the reduction of f, ...
        // ... worse than the true constants, which the global minimum cannot be.
        REQUIRE(one.objective > at_truth);
        REQUIRE(b.fit.objective <= at_truth);
        // The winner's objective is what huber_objective says at its law (to rounding of exp/log).
        REQUIRE(sc::huber_objective(view(runs), b.fit.law) ==
                Approx(b.fit.objective).epsilon(1e-12));
    }
}

TEST_CASE("a small fit gives the same bits at compile time and at run time", "[scaling][fit]") {
    constexpr sc::fit_result compile_time =
        sc::fit_parametric_law(small_fit::runs, small_fit::options);
    STATIC_REQUIRE(compile_time.converged);
    // The same runs rebuilt at run time (their logarithms too), fitted at run time.
    std::vector<sc::training_run> runs;
    for (const sc::training_run& run : small_fit::runs)
        runs.emplace_back(parameters{at_run_time(run.params().value())},
                          tokens{at_run_time(run.tokens().value())}, at_run_time(run.loss()));
    sc::fit_options options = small_fit::options;
    options.huber_delta = at_run_time(options.huber_delta);
    const sc::fit_result run_time = sc::fit_parametric_law(view(runs), options);
    REQUIRE(run_time.converged);
    REQUIRE(same_bits(run_time.law.e, compile_time.law.e));
    REQUIRE(same_bits(run_time.law.a, compile_time.law.a));
    REQUIRE(same_bits(run_time.law.b, compile_time.law.b));
    REQUIRE(same_bits(run_time.law.alpha, compile_time.law.alpha));
    REQUIRE(same_bits(run_time.law.beta, compile_time.law.beta));
    REQUIRE(same_bits(run_time.objective, compile_time.objective));
    REQUIRE(run_time.iterations == compile_time.iterations);
    REQUIRE(run_time.evaluations == compile_time.evaluations);
}

TEST_CASE("the bootstrap is deterministic and its statistics are numpy's", "[scaling][fit]") {
    const auto runs = synthetic_runs(sc::besiroglu2024, 40, 0.01, 5);
    sc::bootstrap_options quick;
    quick.fit.grid = {{0.5, 0.5, 1}, {0.5, 0.5, 1}, {0.5, 0.5, 1}, {5.0, 5.0, 2}, {5.0, 5.0, 2}};
    std::vector<sc::parametric_law> first(20);
    std::vector<sc::parametric_law> second(20);
    const auto b1 =
        sc::bootstrap_parametric_law(view(runs), {first.data(), first.size()}, 9, quick);
    const auto b2 =
        sc::bootstrap_parametric_law(view(runs), {second.data(), second.size()}, 9, quick);
    REQUIRE(b1.replicates.size() == 20);
    REQUIRE(same_bits(b1.alpha.standard_error, b2.alpha.standard_error));
    REQUIRE(same_bits(b1.b.lower, b2.b.lower));
    REQUIRE(same_bits(b1.e.upper, b2.e.upper));
    std::vector<sc::parametric_law> other(20);
    const auto b3 =
        sc::bootstrap_parametric_law(view(runs), {other.data(), other.size()}, 10, quick);
    REQUIRE(!same_bits(b1.alpha.standard_error, b3.alpha.standard_error));

    // Standard deviation with ddof = 1 and np.percentile's linear interpolation: for E = 1..5,
    // SD = sqrt(2.5), the 2.5th percentile 1 + 0.025·4 = 1.1 and the 97.5th 4.9.
    sc::parametric_law laws[5] = {};
    for (int i = 0; i < 5; ++i)
        laws[i].e = 5.0 - i; // unsorted on purpose
    const sc::estimate e = sc::detail::estimate_of(
        laws, 3.0, [](const sc::parametric_law& l) { return l.e; }, 0.95);
    REQUIRE(e.standard_error == Approx(std::sqrt(2.5)).epsilon(1e-15));
    REQUIRE(e.lower == Approx(1.1).epsilon(1e-15));
    REQUIRE(e.upper == Approx(4.9).epsilon(1e-15));
    for (int i = 0; i < 5; ++i)
        REQUIRE(laws[i].e == i + 1.0); // sorted in place
}

TEST_CASE("Approach 2 fits power laws in log space with the exponents' errors",
          "[scaling][fit][frontier]") {
    // Points on Besiroglu et al.'s exact frontier: a = beta/(alpha+beta), no scatter.
    sc::frontier_point exact[8] = {};
    for (int i = 0; i < 8; ++i) {
        const flops c{std::pow(10.0, 18 + i)};
        const sc::allocation best = sc::besiroglu2024.compute_optimal(c);
        exact[i] = {c, best.params, best.tokens};
    }
    const sc::frontier_fit fit = sc::fit_frontier(exact);
    REQUIRE(fit.params.exponent == Approx(sc::besiroglu2024.params_exponent()).epsilon(1e-12));
    REQUIRE(fit.tokens.exponent == Approx(sc::besiroglu2024.tokens_exponent()).epsilon(1e-12));
    REQUIRE(fit.params.exponent_standard_error < 1e-12);
    const sc::allocation via_allocator = fit.allocator().compute_optimal(flops{5.76e23});
    REQUIRE(
        via_allocator.params.value() ==
        Approx(sc::besiroglu2024.compute_optimal(flops{5.76e23}).params.value()).epsilon(1e-10));

    // Scattered points: scipy.stats.linregress(log C, log N) gives slope 0.4853387882547273 and
    // stderr 0.016193857711401506 for these.
    const sc::frontier_point scattered[] = {{flops{1e20}, parameters{1.1e9}, tokens{1e10}},
                                            {flops{1e21}, parameters{2.9e9}, tokens{5e10}},
                                            {flops{1e22}, parameters{1.02e10}, tokens{1.6e11}},
                                            {flops{1e23}, parameters{3.0e10}, tokens{5.5e11}}};
    const sc::frontier_fit noisy = sc::fit_frontier(scattered);
    std::printf("Approach 2 exponent %.16g (scipy 0.4853387882547273), SE %.16g (scipy "
                "0.016193857711401506)\n",
                noisy.params.exponent, noisy.params.exponent_standard_error);
    REQUIRE(noisy.params.exponent == Approx(0.4853387882547273).epsilon(1e-13));
    REQUIRE(noisy.params.exponent_standard_error == Approx(0.016193857711401506).epsilon(1e-12));
}

TEST_CASE("bad input gives NaN and reaches the handler", "[scaling][fit][errors]") {
    precondition_recorder violations;
    const auto runs = synthetic_runs(sc::besiroglu2024, 8, 0.01, 6);

    const sc::fit_result few = sc::fit_parametric_law(view(runs).first(4));
    REQUIRE(!few.converged);
    REQUIRE(is_nan(few.law.e));
    REQUIRE(is_nan(few.objective));
    REQUIRE(violations.last() == "a fit needs at least as many runs as parameters (5)");

    std::vector<sc::training_run> bad = runs;
    bad[3] = sc::training_run{parameters{1e9}, tokens{0.0}, 2.5};
    const sc::fit_result zero = sc::fit_parametric_law(view(bad));
    REQUIRE(is_nan(zero.law.alpha));
    REQUIRE(violations.last() == "run parameters, tokens and losses must be positive and finite");
    bad[3] = sc::training_run{parameters{1e9}, tokens{1e10}, -2.5};
    REQUIRE(is_nan(sc::huber_objective(view(bad), sc::besiroglu2024)));
    REQUIRE(violations.last() == "run parameters, tokens and losses must be positive and finite");

    sc::fit_options no_delta;
    no_delta.huber_delta = 0;
    REQUIRE(is_nan(sc::fit_parametric_law(view(runs), no_delta).objective));
    REQUIRE(violations.last() == "the Huber delta must be positive");

    sc::parametric_law one[1] = {};
    const sc::bootstrap_result lonely = sc::bootstrap_parametric_law(view(runs), one, 1);
    REQUIRE(is_nan(lonely.alpha.standard_error));
    REQUIRE(lonely.replicates.size() == 0);
    REQUIRE(violations.last() == "a bootstrap needs at least 2 resamples");
    REQUIRE(is_nan(sc::compute_optimal(lonely, flops{1e24}).params.lower));

    const sc::frontier_point two[] = {{flops{1e20}, parameters{1e9}, tokens{1e10}},
                                      {flops{1e21}, parameters{3e9}, tokens{5e10}}};
    REQUIRE(is_nan(sc::fit_frontier(two).params.exponent));
    REQUIRE(violations.last() == "a frontier fit needs at least 3 points");
    const sc::frontier_point same_budget[] = {{flops{1e20}, parameters{1e9}, tokens{1e10}},
                                              {flops{1e20}, parameters{2e9}, tokens{5e9}},
                                              {flops{1e20}, parameters{3e9}, tokens{3e9}}};
    REQUIRE(is_nan(sc::fit_frontier(same_budget).tokens.exponent));
    REQUIRE(violations.last() == "a frontier fit needs at least two different budgets");
    REQUIRE(violations.count() == 8);
}
