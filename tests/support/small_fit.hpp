// A fit small enough for a constant expression: six noise-free runs of Besiroglu et al. 2024's law
// (one more than the five parameters) and a single start, Hoffmann et al. 2022's unrounded
// constants, the start Besiroglu et al.'s notebook refits its bootstrap resamples from (cell 21).
// Shared by the static_assert TU and the unit test that checks the run-time fit gives its bits.
#pragma once

#include "flopscale/scaling/fit.hpp"

namespace small_fit {

constexpr flopscale::scaling::training_run run(double n, double d) noexcept {
    return {flopscale::parameters{n}, flopscale::tokens{d},
            flopscale::scaling::besiroglu2024.loss(flopscale::parameters{n}, flopscale::tokens{d})};
}

inline constexpr flopscale::scaling::training_run runs[] = {
    run(1e8, 2e9), run(4e8, 8e9), run(1e9, 5e9), run(3e9, 6e10), run(1e10, 2e10), run(2e8, 2e11)};

// One start at (ln A, ln B, ln E, alpha, beta) = (6.0073404, 6.0179186, 0.5267228, 0.33917084,
// 0.2849083) (scaling-fits.md §2).
inline constexpr flopscale::scaling::fit_options options{
    {{0.33917084, 0.0, 1},
     {0.2849083, 0.0, 1},
     {0.5267228, 0.0, 1},
     {6.0073404, 0.0, 1},
     {6.0179186, 0.0, 1}},
    flopscale::scaling::hoffmann2022_huber_delta,
    {}};

} // namespace small_fit
