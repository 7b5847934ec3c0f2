// Assigning tokens to parameters must not compile.
#include "flopscale/units.hpp"
// expect: cannot_convert_between_quantities_of_different_dimensions_or_kinds
void assign(flopscale::parameters& n) {
    n = flopscale::tokens{1e12};
}
