// A negative failure rate in a constant expression is a compile error naming the precondition.
#include "flopscale/reliability.hpp"
// expect: the failure rate must be non-negative
constexpr flopscale::duration mttf =
    flopscale::job_mttf(flopscale::failures_per_1000_node_days(-5.0), 16384);
