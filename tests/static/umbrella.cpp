// Every header of the umbrella together, under the full warning set: names must not collide or
// shadow one another, and the whole library must be usable from one include.
#include "flopscale/flopscale.hpp"

static_assert(flopscale::version.major == FLOPSCALE_VERSION_MAJOR, "one version everywhere");
