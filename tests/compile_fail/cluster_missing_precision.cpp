// A V100 has no FP8: a cluster that computes in a format its chip lacks does not compile.
#include "flopscale/catalog.hpp"
#include "flopscale/cluster.hpp"
// expect: the chip has no known peak in the cluster format
using namespace flopscale;
constexpr flop_rate r = peak(cluster{catalog::v100_sxm2, 8, precision::fp8});
