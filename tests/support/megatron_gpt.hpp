// The GPT shapes of Korthikanti et al. 2022 (arXiv:2205.05198), Table 3, as Megatron-LM trains
// them: d_ff = 4 h, V = 51200, s = 2048, learned positions, biases, tied embeddings (as GPT-3).
#pragma once

#include "flopscale/transformer.hpp"

namespace megatron_gpt {

constexpr flopscale::transformer gpt(int layers, int d_model, int heads) {
    flopscale::transformer t{layers, d_model, heads, 0, 0, 0, 51200, 2048};
    t.tied_embeddings = true;
    t.learned_positions = true;
    t.biases = true;
    return t;
}

inline constexpr flopscale::transformer gpt_22b = gpt(48, 6144, 64);
inline constexpr flopscale::transformer gpt_175b = gpt(96, 12288, 96);
inline constexpr flopscale::transformer gpt_530b = gpt(105, 20480, 128);
inline constexpr flopscale::transformer gpt_1t = gpt(128, 25600, 160);

} // namespace megatron_gpt
