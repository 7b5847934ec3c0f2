// flopscale/flopscale.hpp — the core: quantities, math, text, catalog, clusters, transformer
// accounting, scaling laws and the planner. Not the opt-in adapters of flopscale/io/, and not the
// heavier layers, each its own include so that the umbrella stays cheap to compile (the per-header
// cost table is in docs/reference.md): interconnect.hpp, collectives.hpp, parallel_layout.hpp,
// step_model.hpp (predict_step), layout_search.hpp (best_layout), serving.hpp, reliability.hpp,
// plan_goodput.hpp, runs.hpp, scaling/fit.hpp, scaling/bootstrap.hpp, scaling/frontier_fit.hpp.
// single_include/flopscale_full.hpp holds the core and all of those in one file.
#pragma once

#include "flopscale/cluster.hpp"
#include "flopscale/compute.hpp"
#include "flopscale/config.hpp"
#include "flopscale/equivalents.hpp"
#include "flopscale/format.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/math.hpp"
#include "flopscale/memory.hpp"
#include "flopscale/parse.hpp"
#include "flopscale/plan.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/quantity.hpp"
#include "flopscale/scaling.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/transformer_presets.hpp"
#include "flopscale/units.hpp"
#include "flopscale/utilization.hpp"
