// flopscale/transformer_presets.hpp — shapes of well-known models, as their authors published
// them. The parameter counts these shapes give, against the published totals, are tested in
// tests/unit/transformer.cpp; the comments state the precision reached.
#pragma once

#include "flopscale/transformer.hpp"

namespace flopscale::presets {

// GPT-3 175B (Brown et al. 2020, arXiv:2005.14165, Table 2.1: 96 layers, d_model 12288, 96 heads
// of 128, context 2048; GPT-2's 50257-token BPE, learned positions, biases and tied embeddings as
// in GPT-2). Counts 174.60B against Table D.1's 174.6B.
inline constexpr transformer gpt3_175b = [] {
    transformer t{96, 12288, 96, 0, 128, 4 * 12288, 50257, 2048, false, true};
    t.learned_positions = true;
    t.biases = true;
    return t;
}();

// Chinchilla 70B (Hoffmann et al. 2022, arXiv:2203.15556, Table 4: 80 layers, 64 heads, key size
// 128, d_model 8192, ffw 4 x d_model; vocabulary 32,000 and context 2048, §4.1 and App. A).
// Whether the embeddings are tied is not stated; untied is assumed (0.4% of the total). Counts
// 64.95B against the published 70B (-7.2%): the count leaves out the relative-position
// projections of Transformer-XL attention that Gopher and Chinchilla use (Rae et al. 2021, §2),
// one d_model x d_model matrix per layer, which would add 5.4B and give 70.3B.
inline constexpr transformer chinchilla_70b{80, 8192, 64, 0, 128, 4 * 8192, 32000, 2048};

// Llama 2 70B (Touvron et al. 2023, arXiv:2307.09288, Table 1 and the released config: 80 layers,
// d_model 8192, 64 heads, 8 KV heads, SwiGLU d_ff 28672, vocabulary 32000, context 4096, untied).
// Counts 68,976,648,192, the released checkpoint's exact size; "70B" is the rounded name.
inline constexpr transformer llama2_70b{80, 8192, 64, 8, 0, 28672, 32000, 4096, true, false};

// Llama 3.1 405B (Llama 3 paper, arXiv:2407.21783, Table 3: 126 layers, d_model 16384, FFN 53248,
// 128 heads, 8 KV heads; vocabulary 128,256 in the released config; pre-training context 8192,
// §3.4.1). Counts 405.85B, the released checkpoint's size.
inline constexpr transformer llama3_1_405b{126, 16384, 128, 8, 0, 53248, 128256, 8192, true, false};

// PaLM 540B (Chowdhery et al. 2022, arXiv:2204.02311, Table 1 and §2: 118 layers, d_model 18432,
// 48 heads of 256, d_ff 4 x d_model, SwiGLU, multi-query attention, shared input-output
// embeddings, no biases, 256k vocabulary, sequence 2048). Counts 540.36B against Table 1's
// 540.35B (0.002%).
inline constexpr transformer palm_540b{118, 18432, 48, 1, 256, 73728, 256000, 2048, true, true};

// DeepSeek-V3 (arXiv:2412.19437, §4.2: 61 layers, hidden 7168, 128 heads of 128, MLA with KV
// compression 512, query compression 1536, decoupled RoPE key 64 per head; every MLP but the first
// three is MoE with 1 shared and 256 routed experts of hidden 2048, 8 routed per token; released
// config: dense hidden 18432, vocabulary 129280; pre-training context 4096). Counts 671.03B total
// against the published 671B and 37.55B active against "37B" (1.5%, within the rounding of a
// two-digit figure). Not modelled: the multi-token-prediction module (14B more in the released
// checkpoint, used only in training) and the router's per-expert bias.
inline constexpr transformer deepseek_v3 = [] {
    transformer t{61, 7168, 128, 0, 128, 2048, 129280, 4096, true, false, 256, 8};
    t.shared_experts = 1;
    t.dense_layers = 3;
    t.dense_d_ff = 18432;
    t.q_lora_rank = 1536;
    t.kv_lora_rank = 512;
    t.rope_head_dim = 64;
    return t;
}();

// DeepSeek LLM 7B and 67B (arXiv:2401.02954, Table 2: 30 layers, d_model 4096, 32 heads; 95 layers,
// d_model 8192, 64 heads, 8 KV heads; context 4096; vocabulary 102400, §2.1; SwiGLU hidden 11008
// and 22016 from the released configs). Count 6.91B and 67.43B.
inline constexpr transformer deepseek_llm_7b{30, 4096, 32, 32, 0, 11008, 102400, 4096, true, false};
inline constexpr transformer deepseek_llm_67b{95, 8192, 64, 8, 0, 22016, 102400, 4096, true, false};

} // namespace flopscale::presets
