// A fit of five parameters to four runs, in a constant expression.
#include "flopscale/scaling/fit.hpp"
// expect: a fit needs at least as many runs as parameters (5)
constexpr flopscale::scaling::training_run runs[] = {
    {flopscale::parameters{1e8}, flopscale::tokens{2e9}, 3.9},
    {flopscale::parameters{4e8}, flopscale::tokens{8e9}, 3.2},
    {flopscale::parameters{1e9}, flopscale::tokens{5e9}, 3.1},
    {flopscale::parameters{3e9}, flopscale::tokens{6e10}, 2.4}};
constexpr flopscale::scaling::fit_result fitted = flopscale::scaling::fit_parametric_law(runs);
