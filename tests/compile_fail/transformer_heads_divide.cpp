// Without an explicit d_head, heads must divide d_model.
#include "flopscale/transformer.hpp"
// expect: heads must divide d_model when d_head is 0
constexpr flopscale::parameters n =
    flopscale::total_parameters(flopscale::transformer{32, 4096, 30, 0, 0, 0, 32000, 4096});
