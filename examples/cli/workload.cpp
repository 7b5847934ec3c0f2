#include "workload.hpp"

#include "lookup.hpp"

#include <cmath>
#include <utility>

namespace fscli {
namespace {

// A degree the flags may leave at its default.
bool read_degree(const arguments& args, std::string_view name, int& out, std::string& error) {
    return !args.has(name) || read_whole(args, name, out, error);
}

bool read_recompute(const arguments& args, layout_flags_given& out, std::string& error) {
    if (!args.has("recompute")) return true;
    const std::string& name = *args.find("recompute");
    if (name == "none")
        out.recompute = flopscale::recomputation::none;
    else if (name == "selective")
        out.recompute = flopscale::recomputation::selective;
    else if (name == "full")
        out.recompute = flopscale::recomputation::full;
    else {
        error = "unknown --recompute '" + name + "'; use none, selective or full";
        return false;
    }
    out.has_recompute = true;
    return true;
}

bool read_attention(const arguments& args, flopscale::attention_kernel& out, std::string& error) {
    if (!args.has("attention")) return true;
    const std::string& kernel = *args.find("attention");
    if (kernel == "fused")
        out = flopscale::attention_kernel::fused;
    else if (kernel == "unfused")
        out = flopscale::attention_kernel::unfused;
    else {
        error = "unknown --attention '" + kernel + "'; use fused or unfused";
        return false;
    }
    return true;
}

const char* recompute_name(flopscale::recomputation r) {
    return r == flopscale::recomputation::none        ? "none"
           : r == flopscale::recomputation::selective ? "selective"
                                                      : "full";
}

// "##########" of `width` at most, in proportion to `share`.
std::string bar(double share) {
    constexpr int width = 30;
    const int n = static_cast<int>(std::lround(share * width));
    return std::string(static_cast<std::size_t>(n < 0 ? 0 : n), '#');
}

} // namespace

std::vector<flag> workload_flags(std::string_view count_flag) {
    return {{"batch", true, "B",
             "global batch: sequences (1024) or tokens (16M, rounded to whole sequences)"},
            {"chip", true, "CHIP", "accelerator (e.g. A100, H100, H800)"},
            {count_flag, true, "COUNT", "number of accelerators"},
            {"precision", true, "P", "training precision (default bf16)"},
            {"attention", true, "K",
             "attention kernel: fused (FlashAttention, default) or unfused (Megatron 2022)"}};
}

std::vector<flag> layout_flags() {
    return {{"tp", true, "N", "tensor-parallel degree (default 1)"},
            {"pp", true, "N", "pipeline stages (default 1)"},
            {"dp", true, "N", "data-parallel degree (default: the chips left)"},
            {"cp", true, "N", "context-parallel degree (default 1)"},
            {"ep", true, "N", "expert-parallel degree (default 1)"},
            {"mb", true, "N", "sequences per micro-batch (default 1)"},
            {"vp", true, "N", "interleaved pipeline chunks per rank (default 1)"},
            {"sp", false, "", "sequence parallelism"},
            {"recompute", true, "R", "activation recomputation: none (default), selective, full"},
            {"zero", true, "N", "ZeRO stage 0-3 (default 0)"}};
}

bool read_batch(const arguments& args, std::string_view command, double sequence, double& out,
                std::string& error) {
    const std::string* text = args.find("batch");
    if (text == nullptr) {
        error = std::string(command) +
                " needs --batch, the global batch in sequences (e.g. 1024) or tokens (16M)";
        return false;
    }
    double value = 0;
    if (read_number(*text, value)) {
        out = value;
    } else {
        flopscale::tokens batch_tokens{0.0};
        if (!read_quantity(args, "batch", "sequences or tokens", batch_tokens, error)) return false;
        out = std::round(batch_tokens.value() / sequence);
    }
    if (!(out >= 1) || out != std::floor(out)) {
        error = "--batch must be a whole number of sequences of " + count(sequence) +
                " tokens, got " + *text;
        return false;
    }
    return true;
}

bool read_workload(const arguments& args, std::string_view command, std::string_view count_flag,
                   workload& w, std::string& error) {
    const std::string name(command);
    if (!gives_model(args)) {
        error = name + " needs --model or the shape flags (--layers --d-model --heads)";
        return false;
    }
    if (!read_model(args, w.model, error)) return false;
    if (!args.has("chip")) {
        error = name + " needs --chip (e.g. --chip H100; flopscale chips lists them)";
        return false;
    }
    const flopscale::accelerator* chip = find_chip(*args.find("chip"), error);
    if (chip == nullptr) return false;
    w.cluster.chip = *chip;
    if (!args.has(count_flag)) {
        error = name + " needs --" + std::string(count_flag) + ", the number of accelerators";
        return false;
    }
    int chips = 0;
    if (!read_degree(args, count_flag, chips, error)) return false;
    w.cluster.count = chips;
    if (args.has("precision") && !find_precision(*args.find("precision"), w.cluster.format, error))
        return false;
    if (!chip->has_peak(w.cluster.format)) {
        error = std::string(chip->name) + " has no published dense " +
                std::string(flopscale::to_string_view(w.cluster.format)) +
                " peak; choose another --precision";
        return false;
    }
    if (!read_attention(args, w.options.attention, error) ||
        !read_batch(args, command, w.model.shape.seq_len, w.batch_sequences, error))
        return false;
    if (!flopscale::typical_interconnect(*chip).complete() && chips > 1) {
        error = std::string(chip->name) + " has no sourced network in the catalog; use one chip";
        return false;
    }
    return true;
}

bool read_layout_flags(const arguments& args, layout_flags_given& l, std::string& error) {
    if (!read_degree(args, "tp", l.tp, error) || !read_degree(args, "pp", l.pp, error) ||
        !read_degree(args, "dp", l.dp, error) || !read_degree(args, "cp", l.cp, error) ||
        !read_degree(args, "ep", l.ep, error) || !read_degree(args, "mb", l.mb, error) ||
        !read_degree(args, "vp", l.vp, error) || !read_recompute(args, l, error))
        return false;
    l.sp = args.has("sp");
    if (args.has("zero")) {
        double zero = 0;
        if (!read_bounded(args, "zero", 0, 3, true, false, zero, error)) return false;
        if (zero != std::floor(zero)) {
            error = "--zero must be 0, 1, 2 or 3";
            return false;
        }
        l.zero = static_cast<int>(zero);
    }
    return true;
}

std::string no_layout_text(const flopscale::cluster& c, const flopscale::layout_search_stats& s) {
    if (s.candidates == 0 || !(s.least_memory_per_chip.value() > 0))
        return std::string(s.problem) + " (" + count(c.count) + " x " + std::string(c.chip.name) +
               ")";
    return "no layout fits in " + text(s.chip_memory) + " per " + std::string(c.chip.name) +
           ": the least memory per chip of the " + count(static_cast<double>(s.candidates)) +
           " layouts searched is " + text(s.least_memory_per_chip) + " (" +
           layout_text(s.least_memory_layout) + ")";
}

void describe_workload(report& r, const std::string& title, const workload& w) {
    r.heading(title + ": " + w.model.description + " on " + count(w.cluster.count) + " x " +
              std::string(w.cluster.chip.name));
    r.string("model", "model", w.model.name);
    r.number("sequence_length", "sequence length", count(w.model.shape.seq_len),
             w.model.shape.seq_len);
    r.number("batch_sequences", "global batch",
             count(w.batch_sequences) + " sequences (" +
                 scaled(w.batch_sequences * w.model.shape.seq_len) + " tokens)",
             w.batch_sequences);
    r.string("chip", "chip", std::string(w.cluster.chip.name));
    r.number("chips", "chips", count(w.cluster.count), w.cluster.count);
    r.string("precision", "precision", std::string(flopscale::to_string_view(w.cluster.format)));
    const bool fused = w.options.attention == flopscale::attention_kernel::fused;
    r.string("attention", "attention kernel", fused ? "fused" : "unfused");
}

std::string layout_text(const flopscale::parallel_layout& l) {
    return "TP " + std::to_string(l.tensor) + ", PP " + std::to_string(l.pipeline) +
           (l.virtual_stages > 1 ? " x " + std::to_string(l.virtual_stages) : "") + ", DP " +
           std::to_string(l.data) + ", CP " + std::to_string(l.context) + ", EP " +
           std::to_string(l.expert) + ", micro-batch " + std::to_string(l.micro_batch) +
           (l.sequence_parallel ? ", sequence parallel" : "") + ", recompute " +
           recompute_name(l.recompute) + ", ZeRO-" + std::to_string(l.zero_stage);
}

void describe_layout(report& r, const flopscale::parallel_layout& l) {
    r.row("layout", layout_text(l));
    for (const auto& [key, value] : {std::pair<const char*, int>{"tp", l.tensor},
                                     {"pp", l.pipeline},
                                     {"dp", l.data},
                                     {"cp", l.context},
                                     {"ep", l.expert},
                                     {"mb", l.micro_batch},
                                     {"vp", l.virtual_stages},
                                     {"zero", l.zero_stage}})
        r.json_number(key, value);
    r.boolean("sp", "", l.sequence_parallel, "");
    r.json_string("recompute", recompute_name(l.recompute));
}

void describe_step(report& r, const flopscale::step_prediction& p,
                   const flopscale::accelerator& chip, const std::string& mfu_key) {
    using flopscale::duration;
    r.heading("Step time and where it goes");
    r.quantity("step_time_s", "step time", p.time);
    const double total = p.time.value();
    const auto part = [&](const char* key, const char* label, duration d) {
        const double share = d.value() / total;
        std::string time = text(d);
        std::string percent = plain(100 * share, 2) + "%";
        time.resize(time.size() < 10 ? 10 : time.size(), ' ');
        percent.insert(0, percent.size() < 6 ? 6 - percent.size() : 0, ' ');
        r.number(key, label, time + percent + "  " + bar(share), d.value());
    };
    part("compute_s", "compute", p.compute);
    part("recompute_s", "recompute", p.recompute);
    part("tensor_comm_s", "tensor-parallel comm", p.tensor_comm);
    part("pipeline_comm_s", "pipeline sends", p.pipeline_comm);
    part("data_comm_s", "data-parallel comm", p.data_comm);
    part("expert_comm_s", "expert all-to-all", p.expert_comm);
    part("context_comm_s", "context-parallel comm", p.context_comm);
    part("bubble_s", "pipeline bubble", p.bubble);
    part("optimizer_s", "optimizer step", p.optimizer);
    r.number(mfu_key, "MFU", plain(100 * p.mfu) + "%", p.mfu);
    r.number("hfu", "HFU (with recomputation)", plain(100 * p.hfu) + "%", p.hfu);
    r.quantity("tokens_per_s", "throughput", p.tokens_per_second);

    r.heading("Memory per chip (busiest pipeline stage)");
    r.quantity("weights_bytes", "weights", p.weights);
    r.quantity("gradients_bytes", "gradients", p.gradients);
    r.quantity("optimizer_state_bytes", "optimizer state", p.optimizer_state);
    r.quantity("activations_bytes", "activations", p.activations);
    r.quantity("memory_per_chip_bytes", "total", p.memory_per_chip);
    r.boolean("fits",
              "fits in " + (chip.has_memory() ? text(chip.memory) : std::string("chip memory")),
              p.fits, p.fits ? "yes" : "no");
}

} // namespace fscli
