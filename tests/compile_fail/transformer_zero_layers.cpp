// A shape with zero layers is rejected during constant evaluation.
#include "flopscale/transformer.hpp"
// expect: transformer sizes must be positive
constexpr flopscale::parameters n =
    flopscale::total_parameters(flopscale::transformer{0, 4096, 32, 0, 0, 0, 32000, 4096});
