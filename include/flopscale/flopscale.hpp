// flopscale/flopscale.hpp — everything except the opt-in adapters in flopscale/io/.
#pragma once

#include "flopscale/cluster.hpp"
#include "flopscale/compute.hpp"
#include "flopscale/config.hpp"
#include "flopscale/format.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/math.hpp"
#include "flopscale/memory.hpp"
#include "flopscale/parse.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/quantity.hpp"
#include "flopscale/scaling.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/transformer_flops.hpp"
#include "flopscale/transformer_presets.hpp"
#include "flopscale/units.hpp"
#include "flopscale/utilization.hpp"
