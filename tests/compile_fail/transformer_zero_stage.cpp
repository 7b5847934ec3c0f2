// ZeRO has stages 0 to 3 only.
#include "flopscale/memory.hpp"
using namespace flopscale::literals;
// expect: zero_stage must be 0, 1, 2 or 3
constexpr flopscale::bytes b = flopscale::training_state_bytes(7.5_Bparams, 4, 64);
