// The inference-aware solver has the same precondition on its target loss.
#include "flopscale/scaling.hpp"
// expect: target loss must exceed the irreducible loss E
constexpr auto best = flopscale::scaling::inference_optimal(flopscale::scaling::besiroglu2024, 1.5,
                                                            flopscale::tokens{1e12});
