// The rows of `flopscale plan`, written once: the tool's table and --json and flopscale.wasm's
// planner page all show them, through a row_sink. Heap-free, so the WebAssembly module needs no
// general-purpose allocator for them.
#pragma once

#include "row_sink.hpp"

#include "flopscale/cluster.hpp"
#include "flopscale/plan.hpp"
#include "flopscale/plan_goodput.hpp"
#include "flopscale/reliability.hpp"

#include <string_view>

namespace fscli {

// What a plan was asked for, beyond what the plan itself holds.
struct plan_facts {
    bool has_model = false;             // a preset or a shape, not a bare parameter count
    std::string_view model_name;        // the preset's name, or "custom"
    std::string_view model_description; // e.g. "GPT-3 175B (Brown et al. 2020)"
    flopscale::cluster cluster;         // the cluster the plan was made for
    // The power that bought the chips (--power); NaN when their count was given.
    flopscale::power power_budget{flopscale::detail::nan_value()};
    bool priced = false;          // a price per chip-hour was given
    std::string_view price_field; // how to give one: "--price" or "a price"
    std::string_view law_name;
    int zero_stage = flopscale::plan_options{}.zero_stage;
};

// The reliability options of a plan, as given.
struct goodput_request {
    flopscale::goodput_options options;
    double node_size = flopscale::default_node_size; // chips per node of the failure rate
    bool rate_given = false;
};

// The training plan's sections: the model and data, the cluster, memory, and the compute-optimal
// split of the same FLOPs.
void plan_rows(row_sink& out, const plan_facts& f, const flopscale::training_plan& p);

// The section on failures, checkpoints and restarts, for a plan on `chips` chips.
void goodput_rows(row_sink& out, const goodput_request& q, const flopscale::training_goodput& g,
                  double chips);

} // namespace fscli
