// A layout search is a constant expression: a small one (a 24-layer model on half an HGX board,
// every tensor, pipeline, context and data split, micro-batch, interleaving and sequence
// parallelism, with selective recomputation and ZeRO-1) runs at compile time, within Clang's
// default budget of constant-evaluation steps.
#include "flopscale/layout_search.hpp"
#include "flopscale/hardware.hpp"

namespace {
using namespace flopscale;

constexpr transformer gpt_1_3b = [] {
    transformer t{24, 2048, 16, 0, 0, 0, 51200, 2048};
    t.tied_embeddings = true;
    t.biases = true;
    return t;
}();
constexpr layout_search_options selective_only = [] {
    layout_search_options o;
    o.recompute = {false, true, false};
    o.zero_stage = exactly(1);
    return o;
}();
constexpr cluster board{catalog::h100_sxm, 4};
constexpr layout_ranking<3> top = best_layouts<3>(gpt_1_3b, board, 8, 2048, selective_only);

static_assert(top.problem == nullptr && top.count == 3, "three layouts fit");
static_assert(top.candidates > 20 && top.fitting <= top.candidates, "");
static_assert(top.fastest[0].step.time.value() <= top.fastest[1].step.time.value() &&
                  top.fastest[1].step.time.value() <= top.fastest[2].step.time.value(),
              "fastest first");
static_assert(valid_layout(gpt_1_3b, top.fastest[0].layout, 4, 8, 2048) && top.fastest[0].step.fits,
              "the answer is valid and fits");
static_assert(top.fastest[0].layout.recompute == recomputation::selective &&
                  top.fastest[0].layout.zero_stage == 1,
              "as asked");

constexpr layout_search_result nothing =
    best_layout(gpt_1_3b, cluster{catalog::h100_sxm, 29}, 8, 2048, selective_only);
static_assert(!nothing.found && nothing.candidates == 0 && nothing.problem != nullptr,
              "29 chips cannot split 16 heads, 24 layers, 8 sequences or 2048 tokens");
} // namespace
