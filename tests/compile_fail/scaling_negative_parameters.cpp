// A non-positive model size in a constant expression is a compile error naming the precondition.
#include "flopscale/scaling.hpp"
// expect: parameters and tokens must be positive
constexpr double loss =
    flopscale::scaling::besiroglu2024.loss(flopscale::parameters{-7e9}, flopscale::tokens{1e12});
