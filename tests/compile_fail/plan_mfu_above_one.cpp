// A plan is checked like its parts: a cluster at 150% MFU stops compilation with the reason.
#include "flopscale/hardware.hpp"
#include "flopscale/plan.hpp"
// expect: mfu must be in (0, 1]
constexpr flopscale::cluster overclocked = [] {
    flopscale::cluster c;
    c.chip = flopscale::catalog::h100_sxm;
    c.count = 1024;
    c.mfu = 1.5;
    return c;
}();
constexpr flopscale::training_plan p =
    flopscale::plan_training(flopscale::parameters{7e9}, flopscale::tokens{1e12}, overclocked);
