// A PUE below 1 would make the facility draw less than its IT load.
#include "flopscale/catalog.hpp"
#include "flopscale/cluster.hpp"
// expect: pue must be at least 1
using namespace flopscale;
constexpr power p = facility_power(cluster{catalog::h100_sxm, 1024, precision::bf16, 0.4, 0.8});
