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
         "--compute C)\n"
         "       --chip CHIP (--chips COUNT | --power P) [flags]\n"
         "       flopscale plan --compute C --chip CHIP (--chips COUNT | --power P) [flags]",
         "A whole training budget: FLOPs, time, chip-hours, energy, cost, fleet and memory,\n"
         "and the goodput under failures, checkpoints and restarts.\n"
         "It also compares the run with the compute-optimal split of the same FLOPs.\n"
         "--compute without --tokens: the law's compute-optimal model and data for that budget;\n"
         "with --params or --model: the tokens that budget buys, D = C / 6N.",
         joined(
             {{"params", true, "N", "parameters (e.g. 405B, 7e9); active parameters for an MoE"},
              {"tokens", true, "D", "training tokens (e.g. 15.6T)"},
              {"compute", true, "C", "training FLOP budget (e.g. 1e26)"},
              {"chip", true, "CHIP", "accelerator (e.g. H100, \"TPU v5p\", MI300X; see chips)"},
              {"chips", true, "COUNT", "number of accelerators"},
              {"power", true, "P",
               "instead of --chips: the facility power (e.g. 1GW) that feeds the chips at TDP x\n"
               "--overhead x --pue; the whole chips it buys are the count"},
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
              {"failure-rate", true, "R",
               "failures per 1,000 node-days (default 5, Kokolis et al. 2025; Llama 3: 3.79)"},
              {"node-size", true, "N", "chips per node of --failure-rate (default 8)"},
              {"checkpoint-write", true, "T",
               "checkpoint write time (e.g. 30s); default: the training\n"
               "state at --storage"},
              {"storage", true, "BW",
               "checkpoint storage bandwidth (e.g. 2TB/s; default 2 TB/s per 16,384 chips, "
               "Llama 3)"},
              {"async-checkpoint", false, "", "training stalls only for the copy, not the write"},
              {"restart", true, "T", "restart time per failure (default 10min)"},
              {"checkpoint-interval", true, "T", "time between checkpoints (default: the optimum)"},
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
         "equiv --chip CHIP [--count N | --power P [--overhead X] [--pue X]] [--basis 8bit|fp16] "
         "[--json]\n       flopscale equiv --effective --chip CHIP --count N (--model NAME | shape "
         "flags) --batch B [--reference CHIP]",
         "A fleet in H100-equivalents, on Epoch AI's dense 8-bit basis (default) or the FP16 one.\n"
         "--effective: in reference chips (default H100) delivering the same training\n"
         "throughput on the model and batch, both at their fastest layouts.",
         joined(
             {{"chip", true, "CHIP", "accelerator (e.g. \"Ascend 910C\")"},
              {"count", true, "N", "number of chips (default 1)"},
              {"power", true, "P", "instead of --count: the power (e.g. 1GW) that feeds the chips"},
              {"overhead", true, "X",
               "with --power: server power per chip power, >= 1 (default 1)"},
              {"pue", true, "X", "with --power: power usage effectiveness, >= 1 (default 1)"},
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
         "plot isoflop|frontier|chips|runs --out FILE.svg [--law NAME]\n"
         "       flopscale plot fit --runs FILE.csv --out FILE.svg",
         "SVG plots of the scaling laws, the accelerator catalog and the notable runs.\n"
         "isoflop: iso-FLOP loss curves with the compute-optimal frontier, under --law;\n"
         "frontier: N_opt and D_opt over compute under every law; chips: dense peaks;\n"
         "runs: training compute by year with the EU AI Act's 1e25 FLOP threshold;\n"
         "fit: training runs with the iso-loss contours and frontier of the law fitted to them.",
         {{"out", true, "FILE", "the SVG file to write"},
          law,
          {"runs", true, "FILE", "training runs for plot fit (CSV, as for flopscale fit)"}},
         run_plot},
        {"serve",
         "serve (--model NAME | shape flags) --chip CHIP --chips COUNT [--tp N] [--ep N]\n"
         "       --input TOKENS --output TOKENS (--batch N | --batch max | --tpot T | --ttft T)\n"
         "       [--precision P] [--kv-precision P] [--price USD] [--json]\n"
         "       flopscale serve ... --daily-input TOKENS --daily-output TOKENS [--cache-hit F]\n"
         "       [--disaggregated]",
         "Serving a model: TTFT, TPOT, the KV-limited batch, tokens/s, cost; chips for a demand.\n"
         "Time to first token and per output token, the batch the KV cache allows, tokens per\n"
         "second and cost per million tokens; with a daily demand, the chips and the cost per\n"
         "day. Continuous batching; decode reads the weights once per step and each sequence's\n"
         "cache, prefill is compute-bound (flopscale/serving.hpp).",
         joined({{"chip", true, "CHIP", "accelerator (e.g. H100, H200, B200; see chips)"},
                 {"chips", true, "COUNT", "number of accelerators, whole replicas"},
                 {"tp", true, "N",
                  "tensor-parallel degree (default: --chips, at most one scale-up domain)"},
                 {"ep", true, "N", "expert-parallel degree (default: --tp for MoE models)"},
                 {"input", true, "TOKENS", "prompt tokens per request"},
                 {"output", true, "TOKENS", "generated tokens per request"},
                 {"batch", true, "N|max",
                  "sequences per replica, or max: the most the KV cache holds"},
                 {"tpot", true, "T", "the largest batch within this time per token (e.g. 50ms)"},
                 {"ttft", true, "T", "the largest batch within this time to first token (2s)"},
                 {"precision", true, "P", "weight format (default bf16; e.g. fp8, int4)"},
                 {"kv-precision", true, "P", "KV-cache format (default bf16)"},
                 {"memory-efficiency", true, "F",
                  "achieved fraction of memory bandwidth (default, gpt-fast: 0.69;\n"
                  "int8 weights 0.52, int4 0.42)"},
                 {"compute-efficiency", true, "F",
                  "achieved fraction of dense peak (default 0.81, DistServe)"},
                 {"price", true, "USD", "price per chip-hour in US dollars (e.g. 2.0 or $2)"},
                 {"daily-input", true, "TOKENS", "input tokens per day (e.g. 600B)"},
                 {"daily-output", true, "TOKENS", "output tokens per day (e.g. 170B)"},
                 {"cache-hit", true, "F", "share of input tokens from a prefix cache (0.5, 50%)"},
                 {"disaggregated", false, "", "prefill and decode on separate replicas"},
                 json},
                model_flags(true)),
         run_serve},
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
