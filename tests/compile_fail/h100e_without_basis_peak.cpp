// A V100 has no 8-bit tensor rate, so it has no H100-equivalent on the 8-bit basis.
#include "flopscale/catalog.hpp"
#include "flopscale/equivalents.hpp"
// expect: the chip has no dense peak on this H100e basis
using namespace flopscale;
constexpr double h100e = h100_equivalents(catalog::v100_sxm2, 1000, h100e_basis::eight_bit_dense);
