// The reliability section of `plan`: failures, checkpoints and restarts, through
// flopscale::plan_goodput. Every plan reports it, with the library's sourced defaults for what the
// flags do not give.
#pragma once

#include "arguments.hpp"
#include "plan_rows.hpp"

#include <string>

namespace fscli {

// Reads --failure-rate, --node-size, --checkpoint-write, --storage, --async-checkpoint, --restart
// and --checkpoint-interval.
bool read_goodput(const arguments& args, goodput_request& out, std::string& error);

} // namespace fscli
