#include "commands.hpp"

#include "model_flags.hpp"
#include "workload.hpp"

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
                 {"mfu", true, "F",
                  "model FLOPs utilisation in (0, 1] or as 40% (default 0.4); auto: predicted\n"
                  "at the fastest layout (needs --model or the shape flags, and --batch)"},
                 {"batch", true, "B", "with --mfu auto: global batch in sequences or tokens"},
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
         joined(joined(workload_flags("chips"), layout_flags()), joined({json}, model_flags(true))),
         run_step},
        {"layout",
         "layout (--model NAME | --layers L --d-model D --heads H) --batch B --chip CHIP "
         "--chips COUNT [layout flags]",
         "The fastest parallel layout that fits in memory, its step and the next fastest.\n"
         "Searches tensor (within the scale-up domain), pipeline, data, context and expert\n"
         "degrees, micro-batch, interleaving, sequence parallelism, recomputation and ZeRO;\n"
         "a layout flag fixes its dimension.",
         joined(joined(workload_flags("chips"), layout_flags()), joined({json}, model_flags(true))),
         run_layout},
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
         "equiv --chip CHIP [--count N] [--basis 8bit|fp16] [--json]\n       flopscale equiv "
         "--effective --chip CHIP --count N (--model NAME | shape flags) --batch B "
         "[--reference CHIP]",
         "A fleet in H100-equivalents, on Epoch AI's dense 8-bit basis (default) or the FP16 one.\n"
         "--effective: in reference chips (default H100) delivering the same training\n"
         "throughput on the model and batch, both at their fastest layouts.",
         joined({{"chip", true, "CHIP", "accelerator (e.g. \"Ascend 910C\")"},
                 {"count", true, "N", "number of chips (default 1)"},
                 {"basis", true, "B", "8bit (dense FP8/INT8) or fp16 (dense FP16 tensor)"},
                 {"effective", false, "", "equivalents on training work, not on peak"},
                 {"reference", true, "CHIP", "with --effective: the reference chip (default H100)"},
                 {"batch", true, "B", "with --effective: global batch in sequences or tokens"},
                 {"precision", true, "P", "with --effective: training precision (default bf16)"},
                 {"attention", true, "K", "with --effective: attention kernel, fused or unfused"},
                 json},
                model_flags(true)),
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
