// A violated precondition in a constant expression is a compile error quoting the precondition.
#include "flopscale/compute.hpp"
// expect: parameters and tokens must be non-negative
constexpr flopscale::flops c =
    flopscale::training_flops(flopscale::parameters{-1.0}, flopscale::tokens{1e12});
