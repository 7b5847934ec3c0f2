// A user who wants a violated precondition to stop the board installs a handler that traps. This
// program must end in the fault handler, never reach the end of main.
#include "semihosting.hpp"

#include <flopscale/compute.hpp>

namespace {
void trap(const char*) noexcept {
    __builtin_trap();
}
} // namespace

int main() {
    flopscale::set_precondition_handler(trap);
    volatile double n = -1;
    const auto c = flopscale::training_flops(flopscale::parameters{n}, flopscale::tokens{1e12});
    semihosting::write0(c.value() != c.value() ? "returned NaN without trapping\n"
                                               : "returned a number without trapping\n");
    return 0;
}
