// A token cannot visit more experts than a layer has.
#include "flopscale/transformer.hpp"
// expect: experts_per_token must not exceed experts
constexpr flopscale::parameters n = flopscale::active_parameters(
    flopscale::transformer{32, 4096, 32, 8, 0, 14336, 32000, 4096, true, false, 8, 9});
