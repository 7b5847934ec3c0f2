// Synthetic training runs drawn from a known Chinchilla-form law, for the fit's tests and
// benchmark: the runs Epoch AI extracted from Hoffmann et al.'s figure carry no licence, and with
// synthetic runs the true constants are known.
#pragma once

#include "flopscale/math.hpp"
#include "flopscale/scaling/fit.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/scaling/random.hpp"

#include <cstdint>
#include <vector>

// `count` runs spread log-uniformly over Hoffmann et al. 2022's range (abstract: "over 400
// language models ranging from 70 million to over 16 billion parameters on 5 to 500 billion
// tokens"), the loss multiplied by exp(noise·z) with z standard normal; N, D and z are drawn in
// that order for each run from random_generator{seed}.
inline std::vector<flopscale::scaling::training_run>
synthetic_runs(const flopscale::scaling::parametric_law& law, std::size_t count, double noise,
               std::uint64_t seed) {
    namespace math = flopscale::math;
    flopscale::scaling::random_generator random{seed};
    const auto log_uniform = [&random](double lo, double hi) {
        return math::exp(math::log(lo) + random.uniform() * (math::log(hi) - math::log(lo)));
    };
    std::vector<flopscale::scaling::training_run> runs;
    for (std::size_t i = 0; i < count; ++i) {
        const flopscale::parameters n{log_uniform(70e6, 16e9)};
        const flopscale::tokens d{log_uniform(5e9, 500e9)};
        runs.emplace_back(n, d, law.loss(n, d) * math::exp(noise * random.normal()));
    }
    return runs;
}
