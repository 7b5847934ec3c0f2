// Time of a scaling-law fit by Hoffmann et al. 2022's procedure (240 runs, the 4,500-start grid,
// L-BFGS on the summed Huber loss) and of 1,000 bootstrap resamples (Besiroglu et al. 2024), on
// one thread, in processor time (std::clock), which other processes on the machine do not inflate
// as they do wall-clock time. 240 runs is the size of Besiroglu et al.'s data set after outlier
// removal; these are synthetic runs of their law with 1% noise on the loss.
#include "flopscale/scaling/bootstrap.hpp"
#include "flopscale/scaling/fit.hpp"

#include "synthetic_runs.hpp"

#include <cstdio>
#include <ctime>
#include <vector>

namespace sc = flopscale::scaling;

namespace {
double seconds_since(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}
} // namespace

int main() {
    const std::vector<sc::training_run> runs = synthetic_runs(sc::besiroglu2024, 240, 0.01, 2024);
    const sc::run_view view{runs.data(), runs.size()};

    std::clock_t start = std::clock();
    const sc::fit_result fit = sc::fit_parametric_law(view);
    const double fit_seconds = seconds_since(start);
    std::printf("fit of %zu runs from %d starts: %.2f s (%d evaluations of the objective, %.1f ns "
                "per run and evaluation; %d starts converged)\n",
                runs.size(), fit.starts, fit_seconds, fit.evaluations,
                fit_seconds * 1e9 /
                    (static_cast<double>(fit.evaluations) * static_cast<double>(runs.size())),
                fit.starts_converged);
    std::printf("  E %.4f, A %.1f, B %.1f, alpha %.4f, beta %.4f, objective %.6g\n", fit.law.e,
                fit.law.a, fit.law.b, fit.law.alpha, fit.law.beta, fit.objective);

    // The resamples alone: the bootstrap's own fit of all runs is given a single start at the
    // grid's answer, which it confirms in a few evaluations.
    sc::bootstrap_options resamples_only;
    const sc::parametric_law& law = fit.law;
    resamples_only.fit.grid = {{law.alpha, 0.0, 1},
                               {law.beta, 0.0, 1},
                               {flopscale::math::log(law.e), 0.0, 1},
                               {flopscale::math::log(law.a), 0.0, 1},
                               {flopscale::math::log(law.b), 0.0, 1}};
    std::vector<sc::parametric_law> replicates(1000);
    start = std::clock();
    const sc::bootstrap_result boot = sc::bootstrap_parametric_law(
        view, {replicates.data(), replicates.size()}, 42, resamples_only);
    const double boot_seconds = seconds_since(start);
    std::printf("bootstrap, %zu resamples: %.2f s (%d converged, %d dropped)\n", replicates.size(),
                boot_seconds, boot.converged, boot.dropped);
    std::printf("  SE: E %.4f, A %.1f, B %.1f, alpha %.4f, beta %.4f\n", boot.e.standard_error,
                boot.a.standard_error, boot.b.standard_error, boot.alpha.standard_error,
                boot.beta.standard_error);
    return 0;
}
