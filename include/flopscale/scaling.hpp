// flopscale/scaling.hpp — the scaling laws, namespace flopscale::scaling.
//
// Chinchilla-form parametric laws (hoffmann2022, hoffmann2022_unrounded, besiroglu2024, or your
// own constants), Hoffmann's Approach 1/2 power laws and the 20 tokens per parameter rule,
// Kaplan 2020, DeepSeek LLM 2024, Llama 3 2024, Muennighoff 2023 (data-constrained) and Sardana
// 2024 (inference-aware), with the constexpr solvers the last two need.
#pragma once

#include "flopscale/scaling/data_constrained.hpp"
#include "flopscale/scaling/deepseek.hpp"
#include "flopscale/scaling/inference_aware.hpp"
#include "flopscale/scaling/kaplan.hpp"
#include "flopscale/scaling/llama3.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/scaling/power_law.hpp"
#include "flopscale/scaling/solver.hpp"
