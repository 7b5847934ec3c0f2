#include "commands.hpp"

#include "model_flags.hpp"

#include <cstdio>

namespace fscli {

int fail(const std::string& message) {
    std::fprintf(stderr, "flopscale: %s\n", message.c_str());
    return exit_usage;
}

namespace {
std::vector<flag> joined(std::vector<flag> first, const std::vector<flag>& second) {
    first.insert(first.end(), second.begin(), second.end());
    return first;
}
} // namespace

const std::vector<command>& commands() {
    static const flag json{"json", false, "", "print one JSON object instead of a table"};
    static const flag law{"law", true, "NAME",
                          "scaling law: besiroglu2024 (default), hoffmann2022, "
                          "hoffmann2022_unrounded"};
    static const std::vector<command> all{
        {"plan",
         "plan (--params N | --model NAME | --layers L --d-model D --heads H) (--tokens D | "
         "--compute C) --chip CHIP --chips COUNT "
         "[flags]\n       flopscale plan --compute C --chip CHIP --chips COUNT [flags]",
         "A whole training budget: FLOPs, time, chip-hours, energy, cost, fleet and memory.\n"
         "It also compares the run with the compute-optimal split of the same FLOPs.\n"
         "--compute without --tokens: the law's compute-optimal model and data for that budget;\n"
         "with --params or --model: the tokens that budget buys, D = C / 6N.",
         joined({{"params", true, "N", "parameters (e.g. 405B, 7e9); active parameters for an MoE"},
                 {"tokens", true, "D", "training tokens (e.g. 15.6T)"},
                 {"compute", true, "C", "training FLOP budget (e.g. 1e26)"},
                 {"chip", true, "CHIP", "accelerator (e.g. H100, \"TPU v5p\", MI300X; see chips)"},
                 {"chips", true, "COUNT", "number of accelerators"},
                 {"mfu", true, "F", "model FLOPs utilisation in (0, 1] or as 40% (default 0.4)"},
                 {"precision", true, "P", "training precision (default bf16)"},
                 {"pue", true, "X",
                  "data-centre power usage effectiveness, >= 1 (default 1: chips only)"},
                 {"overhead", true, "X",
                  "server power per chip power, >= 1 (default 1; Epoch AI uses 1.82)"},
                 {"price", true, "USD", "price per chip-hour in US dollars (e.g. 2.0 or $2)"},
                 {"accounting", true, "A",
                  "FLOP accounting with --model: six_nd (default), kaplan, palm, chinchilla, "
                  "deepseek"},
                 {"basis", true, "B", "H100-equivalent basis: 8bit (default) or fp16"},
                 law,
                 json},
                model_flags(true)),
         run_plan},
        {"step",
         "step (--model NAME | --layers L --d-model D --heads H) --batch B --chip CHIP "
         "--chips COUNT [layout flags]",
         "The predicted time, MFU and memory per chip of one training step.\n"
         "Under a parallel layout, with the exposed parts of the step time and a bar of where\n"
         "it goes (calibrated on Korthikanti et al. 2022, A100).",
         joined(
             {{"batch", true, "B",
               "global batch: sequences (1024) or tokens (16M, rounded to whole sequences)"},
              {"chip", true, "CHIP", "accelerator (e.g. A100, H100, H800)"},
              {"chips", true, "COUNT", "number of accelerators"},
              {"precision", true, "P", "training precision (default bf16)"},
              {"tp", true, "N", "tensor-parallel degree (default 1)"},
              {"pp", true, "N", "pipeline stages (default 1)"},
              {"dp", true, "N", "data-parallel degree (default: the chips left)"},
              {"cp", true, "N", "context-parallel degree (default 1)"},
              {"ep", true, "N", "expert-parallel degree (default 1)"},
              {"mb", true, "N", "sequences per micro-batch (default 1)"},
              {"vp", true, "N", "interleaved pipeline chunks per rank (default 1)"},
              {"sp", false, "", "sequence parallelism"},
              {"recompute", true, "R", "activation recomputation: none (default), selective, full"},
              {"zero", true, "N", "ZeRO stage 0-3 (default 0)"},
              {"attention", true, "K",
               "attention kernel: fused (FlashAttention, default) or unfused (Megatron 2022)"},
              json},
             model_flags(true)),
         run_step},
        {"optimal",
         "optimal --compute C [--law NAME] [--json]",
         "The compute-optimal parameters and tokens for a FLOP budget (Hoffmann et al. 2022, Eq. "
         "4).",
         {{"compute", true, "C", "training FLOP budget (e.g. 1e26)"}, law, json},
         run_optimal},
        {"chips",
         "chips [--vendor NAME] [--json]",
         "The accelerator catalog: dense peaks, memory, bandwidth, power and source confidence.",
         {{"vendor", true, "NAME", "only this vendor's chips (e.g. NVIDIA, Huawei)"}, json},
         run_chips},
        {"equiv",
         "equiv --chip CHIP [--count N] [--basis 8bit|fp16] [--json]",
         "A fleet in H100-equivalents, on Epoch AI's dense 8-bit basis (default) or the FP16 one.",
         {{"chip", true, "CHIP", "accelerator (e.g. \"Ascend 910C\")"},
          {"count", true, "N", "number of chips (default 1)"},
          {"basis", true, "B", "8bit (dense FP8/INT8) or fp16 (dense FP16 tensor)"},
          json},
         run_equiv},
        {"runs",
         "runs [--org NAME] [--since YEAR] [--json]",
         "Notable training runs 2020-2026: FLOP (reported or Epoch AI's estimate), parameters,\n"
         "tokens, chips, days and the MFU they imply; every figure sourced (see runs.hpp).",
         {{"org", true, "NAME", "only this organisation's runs (e.g. Meta, DeepSeek, Google)"},
          {"since", true, "YEAR", "only runs from this year on"},
          json},
         run_runs},
        {"plot",
         "plot isoflop|frontier|chips|runs --out FILE.svg [--law NAME]",
         "SVG plots of the scaling laws, the accelerator catalog and the notable runs.\n"
         "isoflop: iso-FLOP loss curves with the compute-optimal frontier, under --law;\n"
         "frontier: N_opt and D_opt over compute under every law; chips: dense peaks;\n"
         "runs: training compute by year with the EU AI Act's 1e25 FLOP threshold.",
         {{"out", true, "FILE", "the SVG file to write"}, law},
         run_plot},
    };
    return all;
}

} // namespace fscli
