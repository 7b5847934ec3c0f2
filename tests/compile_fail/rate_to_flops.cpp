// A FLOP/s figure is not a FLOP count.
#include "flopscale/units.hpp"
// expect: cannot_convert_between_quantities_of_different_dimensions_or_kinds
flopscale::flops budget = flopscale::flop_rate{989.4e12};
