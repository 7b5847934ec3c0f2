// The program every consumer project builds: it must compile, link and print a budget.
#include <flopscale/flopscale.hpp>

#include <cstdio>

int main() {
    using namespace flopscale::literals;
    constexpr flopscale::flops compute = flopscale::training_flops(70_Bparams, 1.4_Ttokens);
    static_assert(compute > 5e23_flop, "Chinchilla's budget");
    std::printf("flopscale %s: Chinchilla used %.3g FLOP\n", FLOPSCALE_VERSION_STRING,
                compute.value());
    return compute.value() > 5e23 ? 0 : 1;
}
