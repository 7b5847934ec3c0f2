// The model-shape flags shared by the commands that take a transformer (plan, step, layout,
// serve): `--model PRESET`, or `--layers --d-model --heads` with optional `--kv-heads --d-ff
// --gated --vocab --experts --experts-per-token`, and `--seq` for the sequence length.
#pragma once

#include "arguments.hpp"

#include "flopscale/transformer.hpp"

#include <string>
#include <vector>

namespace fscli {

// The flags, for a command's flag list: --model, the shape flags, and --seq when `with_seq`.
std::vector<flag> model_flags(bool with_seq);

// A model read from the command line: a preset or a shape built from the flags.
struct model_choice {
    flopscale::transformer shape;
    std::string name;        // the preset's name, or "custom"
    std::string description; // e.g. "GPT-3 175B (Brown et al. 2020)" or "custom 48 x 6144"
};

// True when the command line names a model (--model or any shape flag).
bool gives_model(const arguments& args);

// Reads --model or the shape flags (not both) and, when given, --seq into shape.seq_len. A
// custom shape needs --layers, --d-model and --heads; --vocab defaults to 32000 (Llama 2's) and
// the sequence length to 2048 (GPT-3's). False with one sentence in `error` on bad input.
bool read_model(const arguments& args, model_choice& out, std::string& error);

} // namespace fscli
