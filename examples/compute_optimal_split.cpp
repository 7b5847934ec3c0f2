// Given a FLOP budget, how big a model and how much data? The Chinchilla-form laws answer in
// closed form (Hoffmann et al. 2022, Eq. 4), and their published constants disagree: the rounded
// and unrounded Hoffmann fits against Epoch AI's replication (Besiroglu et al. 2024).
#include "flopscale/format.hpp"
#include "flopscale/scaling.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

int main() {
    struct named {
        const char* name;
        const scaling::parametric_law& law;
    };
    const named laws[] = {{"Hoffmann 2022 (rounded)", scaling::hoffmann2022},
                          {"Hoffmann 2022 (TeX)", scaling::hoffmann2022_unrounded},
                          {"Besiroglu 2024", scaling::besiroglu2024}};
    for (const flops budget : {5.76e23_flop, 1e26_flop}) {
        char text[32];
        *to_chars(text, text + sizeof text - 1, budget).ptr = '\0';
        std::printf("%s:\n", text);
        for (const named& l : laws) {
            const scaling::allocation best = l.law.compute_optimal(budget);
            char n[32];
            char d[32];
            *to_chars(n, n + sizeof n - 1, best.params).ptr = '\0';
            *to_chars(d, d + sizeof d - 1, best.tokens).ptr = '\0';
            std::printf("  %-24s %-20s %-16s %6.1f tokens/parameter, loss %.3f\n", l.name, n, d,
                        best.tokens.value() / best.params.value(),
                        l.law.loss(best.params, best.tokens));
        }
    }
    // Chinchilla itself: 70B parameters, 1.4T tokens, 5.76e23 FLOP.
    std::printf("Chinchilla used 20 tokens per parameter; Besiroglu's fit agrees within %.0f%%\n",
                100 * (20 / scaling::besiroglu2024.tokens_per_parameter(5.76e23_flop) - 1));
    return 0;
}
