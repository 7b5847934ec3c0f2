// Grouped-query attention needs kv_heads to divide heads.
#include "flopscale/transformer_flops.hpp"
// expect: kv_heads must divide heads
constexpr flopscale::flops_per_token f = flopscale::training_flops_per_token(
    flopscale::transformer{32, 4096, 32, 5, 0, 0, 32000, 4096}, flopscale::flop_accounting::palm);
