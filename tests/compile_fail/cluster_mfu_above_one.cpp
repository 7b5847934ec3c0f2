// An MFU above 1 claims more than the hardware's peak: in a constant expression it does not
// compile.
#include "flopscale/catalog.hpp"
#include "flopscale/cluster.hpp"
// expect: mfu must be in (0, 1]
using namespace flopscale;
constexpr duration t =
    training_time(flops{3.8e25}, cluster{catalog::h100_sxm, 16384, precision::bf16, 1.5});
