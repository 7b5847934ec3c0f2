// Does the training state fit? Mixed-precision Adam keeps 16 bytes per parameter (2 weights,
// 2 gradients, 12 optimizer; Rajbhandari et al. 2019, §3.1); ZeRO stage 3 spreads all of it over
// the data-parallel ranks. Activations come on top and are not counted here.
#include "flopscale/format.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/memory.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

int main() {
    const parameters sizes[] = {7_Bparams, 70_Bparams, 405_Bparams, 10_Tparams};
    const accelerator* chips[] = {&catalog::a100_sxm, &catalog::h100_sxm, &catalog::mi300x};
    std::printf("%-16s %-8s %8s %8s %8s  (fewest chips, ZeRO-3)\n", "model", "state", "A100",
                "H100", "MI300X");
    for (const parameters n : sizes) {
        char name[32];
        char state[32];
        *to_chars(name, name + sizeof name - 1, n).ptr = '\0';
        *to_chars(state, state + sizeof state - 1, training_state_bytes(n, 0, 1)).ptr = '\0';
        std::printf("%-16s %-8s", name, state);
        // The fewest chips that hold it under ZeRO-3 (each chip's whole memory, no activations).
        for (const accelerator* chip : chips)
            std::printf(" %8.0f", minimum_chips_for_training(n, 3, chip->memory));
        std::printf("\n");
    }
    // Without sharding (stage 0) every rank holds all 16 bytes per parameter.
    std::printf("unsharded, a 7B model needs %.0f GB on every GPU\n",
                training_state_bytes(7_Bparams, 0, 1).in(units::GB));
    return 0;
}
