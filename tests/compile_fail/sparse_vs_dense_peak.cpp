// A sparse (2:4) peak compared with a dense peak is the classic 2x error; it does not compile.
#include "flopscale/catalog.hpp"
// expect: a sparse (2:4) peak cannot be mixed with a dense peak
using namespace flopscale;
constexpr bool faster = catalog::b200.sparse_peak(precision::fp8) >
                        catalog::h100_sxm.peak(precision::fp8);
