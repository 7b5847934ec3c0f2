#include "commands.hpp"

#include <cstdio>

namespace fscli {

int fail(const std::string& message) {
    std::fprintf(stderr, "flopscale: %s\n", message.c_str());
    return exit_usage;
}

const std::vector<command>& commands() {
    static const flag json{"json", false, "", "print one JSON object instead of a table"};
    static const flag law{"law", true, "NAME",
                          "scaling law: besiroglu2024 (default), hoffmann2022, "
                          "hoffmann2022_unrounded"};
    static const std::vector<command> all{
        {"plan",
         "plan (--params N | --model NAME) (--tokens D | --compute C) --chip CHIP --chips COUNT "
         "[flags]\n       flopscale plan --compute C --chip CHIP --chips COUNT [flags]",
         "A whole training budget: FLOPs, time, chip-hours, energy, cost, fleet and memory.\n"
         "It also compares the run with the compute-optimal split of the same FLOPs.\n"
         "--compute without --tokens: the law's compute-optimal model and data for that budget;\n"
         "with --params or --model: the tokens that budget buys, D = C / 6N.",
         {{"params", true, "N", "parameters (e.g. 405B, 7e9); active parameters for an MoE"},
          {"model", true, "NAME",
           "a published shape instead of --params: gpt3-175b, chinchilla-70b, llama2-70b,\n"
           "llama3-405b, palm-540b, deepseek-v3, deepseek-llm-7b/67b"},
          {"tokens", true, "D", "training tokens (e.g. 15.6T)"},
          {"compute", true, "C", "training FLOP budget (e.g. 1e26)"},
          {"chip", true, "CHIP", "accelerator (e.g. H100, \"TPU v5p\", MI300X; see chips)"},
          {"chips", true, "COUNT", "number of accelerators"},
          {"mfu", true, "F", "model FLOPs utilisation in (0, 1] or as 40% (default 0.4)"},
          {"precision", true, "P", "training precision (default bf16)"},
          {"pue", true, "X", "data-centre power usage effectiveness, >= 1 (default 1: chips only)"},
          {"overhead", true, "X",
           "server power per chip power, >= 1 (default 1; Epoch AI uses 1.82)"},
          {"price", true, "USD", "price per chip-hour in US dollars (e.g. 2.0 or $2)"},
          {"accounting", true, "A",
           "FLOP accounting with --model: six_nd (default), kaplan, palm, chinchilla, deepseek"},
          {"basis", true, "B", "H100-equivalent basis: 8bit (default) or fp16"},
          law,
          json},
         run_plan},
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
        {"plot",
         "plot isoflop|frontier|chips --out FILE.svg [--law NAME]\n"
         "       flopscale plot fit --runs FILE.csv --out FILE.svg",
         "SVG plots of the scaling laws and the accelerator catalog.\n"
         "isoflop: iso-FLOP loss curves with the compute-optimal frontier, under --law;\n"
         "frontier: N_opt and D_opt over compute under every law; chips: dense peaks;\n"
         "fit: training runs with the iso-loss contours and frontier of the law fitted to them.",
         {{"out", true, "FILE", "the SVG file to write"},
          law,
          {"runs", true, "FILE", "training runs for plot fit (CSV, as for flopscale fit)"}},
         run_plot},
        {"fit",
         "fit RUNS.csv [--resamples R] [--seed N] [--json]",
         "A scaling law fitted to your own training runs, with bootstrap intervals.\n"
         "L(N, D) = E + A/N^alpha + B/D^beta as Hoffmann et al. 2022 fitted it (Huber loss,\n"
         "delta 1e-3, on log-loss residuals; L-BFGS from 4,500 starts), with standard errors and\n"
         "95% intervals (Besiroglu et al. 2024), and the compute-optimal frontier it implies.\n"
         "RUNS.csv has a header naming the columns parameters, tokens and loss (or parameters,\n"
         "flops and loss: tokens = flops / 6N).",
         {{"resamples", true, "R",
           "bootstrap resamples (default 1000; 0: none; Besiroglu et al. use 4000)"},
          {"seed", true, "N", "seed of the resampling (default 42)"},
          json},
         run_fit},
    };
    return all;
}

} // namespace fscli
