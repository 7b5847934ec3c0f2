// A FLOP/s figure is not a FLOP count.
#include "flopscale/units.hpp"
// expect: cannot convert between quantities of different dimensions or kinds
flopscale::flops budget = flopscale::flop_rate{989.4e12};
