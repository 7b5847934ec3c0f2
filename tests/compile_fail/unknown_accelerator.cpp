// In a constant expression, a chip name the catalog does not know is a compile error.
#include "flopscale/hardware.hpp"
// expect: unknown accelerator name
constexpr const flopscale::accelerator* chip = flopscale::accelerator_named("H100X");
