// A job on no chips has no mean time to failure: a compile error in a constant expression.
#include "flopscale/reliability.hpp"
// expect: the job needs a positive number of chips
constexpr flopscale::duration mttf = flopscale::job_mttf(flopscale::default_failure_rate, 0);
