// Assigning tokens to parameters must not compile.
#include "flopscale/units.hpp"
// expect: cannot convert between quantities of different dimensions or kinds
void assign(flopscale::parameters& n) {
    n = flopscale::tokens{1e12};
}
