// A cluster of no chips computes nothing in any time.
#include "flopscale/catalog.hpp"
#include "flopscale/cluster.hpp"
// expect: cluster count must be positive
using namespace flopscale;
constexpr duration t = training_time(flops{1e24}, cluster{catalog::h100_sxm, 0});
