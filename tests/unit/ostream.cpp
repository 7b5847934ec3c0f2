#include "flopscale/io/ostream.hpp"

#include "catch_compat.hpp"

#include <iomanip>
#include <sstream>

using namespace flopscale;

TEST_CASE("operator<< writes human notation", "[ostream]") {
    std::ostringstream os;
    os << flop_rate{989.4e12} << "; " << tokens{15.6e12} << "; " << usd{5.58e6};
    CHECK(os.str() == "989.4 TFLOP/s; 15.6T tokens; $5.58M");
}

TEST_CASE("operator<< honours width, fill and adjustment as a whole", "[ostream]") {
    std::ostringstream os;
    os << std::setw(10) << std::setfill('.') << power{700} << '|' << std::left << std::setw(8)
       << power{1.2e9} << '|';
    CHECK(os.str() == ".....700 W|1.2 GW..|");
}

TEST_CASE("put() selects another notation", "[ostream]") {
    format_options exact;
    exact.style = notation::exact;
    std::ostringstream os;
    os << put(flops{0.1 + 0.2}, exact) << ' '
       << put(flop_rate{989.4e12}, {notation::scientific, 2});
    CHECK(os.str() == "0.30000000000000004 FLOP 9.9e14 FLOP/s");
}
