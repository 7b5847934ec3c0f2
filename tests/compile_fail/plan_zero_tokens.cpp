// A plan needs data: zero tokens is a compile error in a constant expression.
#include "flopscale/hardware.hpp"
#include "flopscale/plan.hpp"
// expect: parameters and tokens must be positive
constexpr flopscale::cluster h100s = [] {
    flopscale::cluster c;
    c.chip = flopscale::catalog::h100_sxm;
    c.count = 1024;
    return c;
}();
constexpr flopscale::training_plan p =
    flopscale::plan_training(flopscale::parameters{7e9}, flopscale::tokens{0.0}, h100s);
