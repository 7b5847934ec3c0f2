// The reliability section of `plan`: failures, checkpoints and restarts, through
// flopscale::plan_goodput. Every plan reports it, with the library's sourced defaults for what the
// flags do not give.
#pragma once

#include "arguments.hpp"
#include "report.hpp"

#include "flopscale/plan_goodput.hpp"

#include <string>

namespace fscli {

struct goodput_request {
    flopscale::goodput_options options;
    double node_size = flopscale::default_node_size; // chips per node of --failure-rate
    bool rate_given = false;
};

// Reads --failure-rate, --node-size, --checkpoint-write, --storage, --async-checkpoint, --restart
// and --checkpoint-interval.
bool read_goodput(const arguments& args, goodput_request& out, std::string& error);

// The section's rows, for a plan on `chips` chips.
void describe_goodput(report& r, const goodput_request& q, const flopscale::training_goodput& g,
                      double chips);

} // namespace fscli
