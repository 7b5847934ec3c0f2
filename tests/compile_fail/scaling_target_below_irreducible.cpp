// Asking for a loss at or below E in a constant expression is a compile error naming the reason.
#include "flopscale/scaling.hpp"
// expect: target loss must exceed the irreducible loss E
constexpr flopscale::scaling::compute_allocation plan =
    flopscale::scaling::hoffmann2022.compute_for_loss(1.69);
