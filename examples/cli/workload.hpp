// The training workload of the step-model commands (step, layout, equiv --effective, plan --mfu
// auto): reading the model, chip, chip count, precision, attention kernel, global batch and the
// layout flags, and printing a layout and its predicted step.
#pragma once

#include "arguments.hpp"
#include "model_flags.hpp"
#include "report.hpp"

#include "flopscale/layout_search.hpp"
#include "flopscale/step_model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace fscli {

struct workload {
    model_choice model;
    flopscale::cluster cluster;
    double batch_sequences = 0;
    flopscale::step_options options;
};

// The flags read_workload reads besides the model's: --batch, --chip, the chip-count flag
// (`count_flag`, e.g. "chips"; it must outlive the flags), --precision, --attention.
std::vector<flag> workload_flags(std::string_view count_flag);
// The layout flags: --tp --pp --dp --cp --ep --mb --vp --sp --recompute --zero.
std::vector<flag> layout_flags();

// Reads a whole workload for `command` (named in the error messages): the model, the chip and
// its count from `count_flag`, the precision, the attention kernel and the batch; the chip needs
// a sourced network when there is more than one.
bool read_workload(const arguments& args, std::string_view command, std::string_view count_flag,
                   workload& out, std::string& error);

// --batch: a plain count is sequences; a token count ("16M") is divided by the sequence length
// and rounded to whole sequences.
bool read_batch(const arguments& args, std::string_view command, double sequence, double& out,
                std::string& error);

// The layout flags as given: a degree of 0, a negative zero stage or has_recompute false means
// the flag is absent.
struct layout_flags_given {
    int tp = 0, pp = 0, dp = 0, cp = 0, ep = 0, mb = 0, vp = 0;
    bool sp = false;
    bool has_recompute = false;
    flopscale::recomputation recompute = flopscale::recomputation::none;
    int zero = -1;
};
bool read_layout_flags(const arguments& args, layout_flags_given& out, std::string& error);

// One sentence for a layout search on cluster `c` without an answer: no valid layout, or the
// least memory per chip found against the chip's.
std::string no_layout_text(const flopscale::cluster& c, const flopscale::layout_search_stats& s);

// The heading and the workload's rows (model, sequence length, batch, chip, chips, precision,
// attention kernel).
void describe_workload(report& r, const std::string& title, const workload& w);
// The layout as one row, and one JSON key per dimension (tp pp dp cp ep mb vp sp recompute zero).
void describe_layout(report& r, const flopscale::parallel_layout& l);
// A one-line summary of a layout, e.g. "TP 8, PP 4 x 5, DP 16, ..., ZeRO-1".
std::string layout_text(const flopscale::parallel_layout& l);
// The step time with its parts and a bar each, the MFU (under `mfu_key`), HFU and throughput,
// and the memory per chip against `chip`'s.
void describe_step(report& r, const flopscale::step_prediction& p,
                   const flopscale::accelerator& chip, const std::string& mfu_key);

} // namespace fscli
