// The sparse trap: the H100 datasheet's "3,958 TFLOPS FP8" divided by the dense 1,979 says an H100
// is two H100s. Dividing a sparse peak by a dense one does not compile.
#include "flopscale/catalog.hpp"
// expect: a sparse (2:4) peak cannot be mixed with a dense peak
using namespace flopscale;
const double h100e =
    catalog::h100_sxm.sparse_peak(precision::fp8) / catalog::h100_sxm.peak(precision::fp8);
