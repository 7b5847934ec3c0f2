// Adding FLOP to tokens must not compile.
#include "flopscale/units.hpp"
// expect: cannot add, subtract or compare quantities of different dimensions or kinds
auto sum = flopscale::flops{1.0} + flopscale::tokens{1.0};
