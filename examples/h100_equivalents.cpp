// "How many H100s is that?" depends on the basis. Epoch AI counted H100-equivalents by dense FP16
// in 2024 and by dense 8-bit (the best of FP8 and INT8) since 2026; the two agree where 8-bit runs
// at twice 16-bit and differ 2x where it does not (accelerators.md §4).
#include "flopscale/equivalents.hpp"
#include "flopscale/hardware.hpp"

#include <cstdio>

using namespace flopscale;

int main() {
    const accelerator* chips[] = {&catalog::a100_sxm, &catalog::mi250x, &catalog::tpu_v4,
                                  &catalog::gaudi3,   &catalog::gb300,  &catalog::ascend_910c};
    std::printf("%-28s %12s %12s\n", "one chip", "FP16 basis", "8-bit basis");
    for (const accelerator* chip : chips) {
        std::printf("%-28.*s", static_cast<int>(chip->name.size()), chip->name.data());
        for (h100e_basis basis : {h100e_basis::fp16_dense, h100e_basis::eight_bit_dense}) {
            if (has_basis_peak(*chip, basis))
                std::printf(" %12.3f", h100_equivalents(*chip, 1, basis));
            else
                std::printf(" %12s", "no figure");
        }
        std::printf("\n");
    }
    // A fleet: totals say how many chips had no figure on the basis.
    constexpr fleet_entry fleet[] = {{catalog::h100_sxm, 100000}, {catalog::ascend_910c, 50000}};
    constexpr auto eight_bit = total_h100_equivalents(fleet, h100e_basis::eight_bit_dense);
    constexpr auto fp16 = total_h100_equivalents(fleet, h100e_basis::fp16_dense);
    std::printf("100k H100 + 50k Ascend 910C: %.0f H100e on FP16; %.0f on 8-bit, leaving out "
                "%.0f chips without an 8-bit figure\n",
                fp16.known, eight_bit.known, eight_bit.chips_unknown);
    return 0;
}
