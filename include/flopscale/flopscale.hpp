// flopscale/flopscale.hpp — everything except the opt-in adapters in flopscale/io/.
#pragma once

#include "flopscale/compute.hpp"
#include "flopscale/config.hpp"
#include "flopscale/quantity.hpp"
#include "flopscale/units.hpp"
