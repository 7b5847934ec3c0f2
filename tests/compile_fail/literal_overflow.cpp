// An integer literal beyond 64 bits is an error, never a silently wrapped value.
#include "flopscale/units.hpp"
using namespace flopscale::literals;
// expect: integer literal too large for the quantity's representation
auto too_big = 18446744073709551616_flop;
