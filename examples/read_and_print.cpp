// Quantities as text: parse what people write, print what people read. No heap, no locale, and
// constexpr, so a configuration string can be checked at compile time.
#include "flopscale/format.hpp"
#include "flopscale/parse.hpp"

#include <cstdio>
#include <string_view>

using namespace flopscale;

template <class Q>
void show(std::string_view text) {
    const parse_result<Q> r = parse<Q>(text);
    if (!r) {
        std::printf("%-16.*s -> error at offset %zu\n", static_cast<int>(text.size()), text.data(),
                    r.pos);
        return;
    }
    char out[48];
    *to_chars(out, out + sizeof out - 1, r.value).ptr = '\0';
    std::printf("%-16.*s -> %s\n", static_cast<int>(text.size()), text.data(), out);
}

int main() {
    constexpr auto budget = parse<flops>("3.8e25 FLOP");
    static_assert(budget && budget.value == flops{3.8e25}, "parsed at compile time");

    show<parameters>("405B");
    show<tokens>("15.6T tokens");
    show<flop_rate>("989.4 TFLOP/s");
    show<power>("1.2 GW");
    show<bytes>("80GB");
    show<usd>("$5.576M");
    show<duration>("54 days");
    show<flops>("700 W"); // a power is not a FLOP count: an error, not a guess
    show<tokens>("15.6X");
    return 0;
}
