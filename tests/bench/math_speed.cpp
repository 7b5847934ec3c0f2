// Run-time cost of the constexpr math kernel against the std:: functions of this machine's libm:
// nanoseconds per call over the same inputs, and the ratio (targets: at most 2x for exp, log and
// pow). Figures from one run; informational, always exits 0.
#include "flopscale/math.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace fm = flopscale::math;

namespace {

volatile double sink = 0;

// One pass over the inputs, in nanoseconds per call.
template <typename F>
double pass_ns(const std::vector<double>& a, const std::vector<double>& b, F f) {
    double acc = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < a.size(); ++i)
        acc += f(a[i], b[i]);
    const auto stop = std::chrono::steady_clock::now();
    sink = sink + acc;
    return std::chrono::duration<double, std::nano>(stop - start).count() /
           static_cast<double>(a.size());
}

// The best of 11 passes each for ours and theirs, alternating, so that both see the same load of
// a shared machine and the ratio stays put when the load changes during the run.
struct timing {
    double ours = 1e300;
    double theirs = 1e300;
};
template <typename F, typename G>
timing best_alternating(const std::vector<double>& a, const std::vector<double>& b, F ours,
                        G theirs) {
    timing t;
    for (int pass = 0; pass < 11; ++pass) {
        t.ours = std::min(t.ours, pass_ns(a, b, ours));
        t.theirs = std::min(t.theirs, pass_ns(a, b, theirs));
    }
    return t;
}

} // namespace

int main() {
    constexpr std::size_t n = 1 << 20;
    std::mt19937_64 rng(42);
    const auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    std::vector<double> exp_in(n), log_in(n), base(n), expo(n), small(n), zeros(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        exp_in[i] = uniform(-700, 700);
        log_in[i] = std::exp2(uniform(-1000, 1000));
        base[i] = std::pow(10.0, uniform(-30, 30));
        expo[i] = uniform(-5, 5);
        small[i] = uniform(-0.5, 0.5);
    }
    std::printf(
        "flopscale::math run time against std:: (ns per call, best of 11 alternating passes "
        "over %zu inputs), compiled by %s\n",
        n, __VERSION__);
    const auto report = [](const char* name, double ours, double theirs, double target) {
        const double ratio = ours / theirs;
        std::printf("%-6s flopscale %6.2f ns  std %6.2f ns  ratio %5.2fx", name, ours, theirs,
                    ratio);
        if (target > 0)
            std::printf("  (target <= %.0fx) %s", target, ratio <= target ? "PASS" : "MISS");
        std::printf("\n");
    };
    using vec = std::vector<double>;
    const auto time_pair = [&](const char* name, const vec& a, const vec& b, double target,
                               auto ours, auto theirs) {
        const timing t = best_alternating(a, b, ours, theirs);
        report(name, t.ours, t.theirs, target);
    };
    time_pair(
        "exp", exp_in, zeros, 2, [](double x, double) { return fm::exp(x); },
        [](double x, double) { return std::exp(x); });
    time_pair(
        "log", log_in, zeros, 2, [](double x, double) { return fm::log(x); },
        [](double x, double) { return std::log(x); });
    time_pair(
        "pow", base, expo, 2, [](double x, double y) { return fm::pow(x, y); },
        [](double x, double y) { return std::pow(x, y); });
    time_pair(
        "exp2", exp_in, zeros, 0, [](double x, double) { return fm::exp2(x); },
        [](double x, double) { return std::exp2(x); });
    time_pair(
        "expm1", small, zeros, 0, [](double x, double) { return fm::expm1(x); },
        [](double x, double) { return std::expm1(x); });
    time_pair(
        "log2", log_in, zeros, 0, [](double x, double) { return fm::log2(x); },
        [](double x, double) { return std::log2(x); });
    time_pair(
        "log10", log_in, zeros, 0, [](double x, double) { return fm::log10(x); },
        [](double x, double) { return std::log10(x); });
    time_pair(
        "log1p", small, zeros, 0, [](double x, double) { return fm::log1p(x); },
        [](double x, double) { return std::log1p(x); });
    time_pair(
        "sqrt", log_in, zeros, 0, [](double x, double) { return fm::sqrt(x); },
        [](double x, double) { return std::sqrt(x); });
    time_pair(
        "cbrt", log_in, zeros, 0, [](double x, double) { return fm::cbrt(x); },
        [](double x, double) { return std::cbrt(x); });
    time_pair(
        "powf", base, expo, 0,
        [](double x, double y) {
            return static_cast<double>(fm::pow(static_cast<float>(x), static_cast<float>(y)));
        },
        [](double x, double y) {
            return static_cast<double>(std::pow(static_cast<float>(x), static_cast<float>(y)));
        });
    return 0;
}
