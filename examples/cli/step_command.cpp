// `step`: the predicted time, MFU and memory of one training step, through
// flopscale::predict_step, with a bar of where the time goes.
#include "commands.hpp"
#include "lookup.hpp"
#include "model_flags.hpp"
#include "report.hpp"

#include "flopscale/step_model.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace fscli {
namespace {

struct step_request {
    model_choice model;
    flopscale::cluster cluster;
    flopscale::parallel_layout layout;
    double batch_sequences = 0;
    flopscale::step_options options;
};

bool read_degree(const arguments& args, std::string_view name, int& out, std::string& error) {
    if (!args.has(name)) return true;
    double value = 0;
    if (!read_bounded(args, name, 1, 1e9, true, false, value, error)) return false;
    if (value != std::floor(value)) {
        error = "--" + std::string(name) + " must be a whole number, got " + *args.find(name);
        return false;
    }
    out = static_cast<int>(value);
    return true;
}

// --batch: a plain count is sequences; a token count ("16M", "4M tokens") is divided by the
// sequence length and rounded to whole sequences (Llama 3's "16M tokens" are 2,048 sequences of
// 8,192 = 16,777,216).
bool read_batch(const arguments& args, double sequence, double& out, std::string& error) {
    const std::string* text = args.find("batch");
    if (text == nullptr) {
        error = "step needs --batch, the global batch in sequences (e.g. 1024) or tokens (16M)";
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

bool read_recompute(const arguments& args, flopscale::recomputation& out, std::string& error) {
    if (!args.has("recompute")) return true;
    const std::string& name = *args.find("recompute");
    if (name == "none")
        out = flopscale::recomputation::none;
    else if (name == "selective")
        out = flopscale::recomputation::selective;
    else if (name == "full")
        out = flopscale::recomputation::full;
    else {
        error = "unknown --recompute '" + name + "'; use none, selective or full";
        return false;
    }
    return true;
}

bool read_request(const arguments& args, step_request& q, std::string& error) {
    if (!gives_model(args)) {
        error = "step needs --model or the shape flags (--layers --d-model --heads)";
        return false;
    }
    if (!read_model(args, q.model, error)) return false;
    if (!args.has("chip")) {
        error = "step needs --chip (e.g. --chip H100; flopscale chips lists them)";
        return false;
    }
    const flopscale::accelerator* chip = find_chip(*args.find("chip"), error);
    if (chip == nullptr) return false;
    q.cluster.chip = *chip;
    if (!args.has("chips")) {
        error = "step needs --chips, the number of accelerators";
        return false;
    }
    int chips = 0;
    if (!read_degree(args, "chips", chips, error)) return false;
    q.cluster.count = chips;
    if (args.has("precision") && !find_precision(*args.find("precision"), q.cluster.format, error))
        return false;
    if (!chip->has_peak(q.cluster.format)) {
        error = std::string(chip->name) + " has no published dense " +
                std::string(flopscale::to_string_view(q.cluster.format)) +
                " peak; choose another --precision";
        return false;
    }
    flopscale::parallel_layout& l = q.layout;
    if (!read_degree(args, "tp", l.tensor, error) || !read_degree(args, "pp", l.pipeline, error) ||
        !read_degree(args, "cp", l.context, error) || !read_degree(args, "ep", l.expert, error) ||
        !read_degree(args, "mb", l.micro_batch, error) ||
        !read_degree(args, "vp", l.virtual_stages, error) ||
        !read_recompute(args, l.recompute, error))
        return false;
    // Without --dp, data parallelism takes the chips the other degrees leave.
    const double others = static_cast<double>(l.tensor) * l.pipeline * l.context;
    l.data = static_cast<int>(std::floor(chips / others));
    if (!read_degree(args, "dp", l.data, error)) return false;
    l.sequence_parallel = args.has("sp");
    if (args.has("zero")) {
        double zero = 0;
        if (!read_bounded(args, "zero", 0, 3, true, false, zero, error)) return false;
        if (zero != std::floor(zero)) {
            error = "--zero must be 0, 1, 2 or 3";
            return false;
        }
        l.zero_stage = static_cast<int>(zero);
    }
    if (args.has("attention")) {
        const std::string& kernel = *args.find("attention");
        if (kernel == "fused")
            q.options.attention = flopscale::attention_kernel::fused;
        else if (kernel == "unfused")
            q.options.attention = flopscale::attention_kernel::unfused;
        else {
            error = "unknown --attention '" + kernel + "'; use fused or unfused";
            return false;
        }
    }
    if (!read_batch(args, q.model.shape.seq_len, q.batch_sequences, error)) return false;
    const char* problem = flopscale::layout_problem(q.model.shape, l, q.cluster.count,
                                                    q.batch_sequences, q.model.shape.seq_len);
    if (problem != nullptr) {
        error = "invalid layout: " + std::string(problem);
        return false;
    }
    if (!flopscale::typical_interconnect(*chip).complete() && chips > 1) {
        error = std::string(chip->name) + " has no sourced network in the catalog; use one chip";
        return false;
    }
    return true;
}

// "##########" of `width` at most, in proportion to `share`.
std::string bar(double share) {
    constexpr int width = 30;
    const int n = static_cast<int>(std::lround(share * width));
    return std::string(static_cast<std::size_t>(n < 0 ? 0 : n), '#');
}

report describe(const step_request& q, const flopscale::step_prediction& p) {
    using namespace flopscale;
    const parallel_layout& l = q.layout;
    report r;
    r.heading("Training step: " + q.model.description + " on " + count(q.cluster.count) + " x " +
              std::string(q.cluster.chip.name));
    r.string("model", "model", q.model.name);
    r.number("sequence_length", "sequence length", count(q.model.shape.seq_len),
             q.model.shape.seq_len);
    r.number("batch_sequences", "global batch",
             count(q.batch_sequences) + " sequences (" +
                 scaled(q.batch_sequences * q.model.shape.seq_len) + " tokens)",
             q.batch_sequences);
    r.string("chip", "chip", std::string(q.cluster.chip.name));
    r.number("chips", "chips", count(q.cluster.count), q.cluster.count);
    r.string("precision", "precision", std::string(to_string_view(q.cluster.format)));
    const char* recompute = l.recompute == recomputation::none        ? "none"
                            : l.recompute == recomputation::selective ? "selective"
                                                                      : "full";
    r.row("layout", "TP " + std::to_string(l.tensor) + ", PP " + std::to_string(l.pipeline) +
                        (l.virtual_stages > 1 ? " x " + std::to_string(l.virtual_stages) : "") +
                        ", DP " + std::to_string(l.data) + ", CP " + std::to_string(l.context) +
                        ", EP " + std::to_string(l.expert) + ", micro-batch " +
                        std::to_string(l.micro_batch) +
                        (l.sequence_parallel ? ", sequence parallel" : "") + ", recompute " +
                        recompute + ", ZeRO-" + std::to_string(l.zero_stage));
    for (const auto& [key, value] : {std::pair<const char*, int>{"tp", l.tensor},
                                     {"pp", l.pipeline},
                                     {"dp", l.data},
                                     {"cp", l.context},
                                     {"ep", l.expert},
                                     {"mb", l.micro_batch},
                                     {"vp", l.virtual_stages},
                                     {"zero", l.zero_stage}})
        r.json_number(key, value);
    r.json_string("recompute", recompute);
    const bool fused = q.options.attention == attention_kernel::fused;
    r.string("attention", "attention kernel", fused ? "fused" : "unfused");

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
    r.number("mfu", "MFU", plain(100 * p.mfu) + "%", p.mfu);
    r.number("hfu", "HFU (with recomputation)", plain(100 * p.hfu) + "%", p.hfu);
    r.quantity("tokens_per_s", "throughput", p.tokens_per_second);

    r.heading("Memory per chip (first pipeline stage)");
    r.quantity("weights_bytes", "weights", p.weights);
    r.quantity("gradients_bytes", "gradients", p.gradients);
    r.quantity("optimizer_state_bytes", "optimizer state", p.optimizer_state);
    r.quantity("activations_bytes", "activations", p.activations);
    r.quantity("memory_per_chip_bytes", "total", p.memory_per_chip);
    r.boolean("fits",
              "fits in " + (q.cluster.chip.has_memory() ? text(q.cluster.chip.memory)
                                                        : std::string("chip memory")),
              p.fits, p.fits ? "yes" : "no");
    return r;
}

} // namespace

int run_step(const arguments& args) {
    step_request q;
    std::string error;
    if (!read_request(args, q, error)) return fail(error);
    const flopscale::step_prediction p = flopscale::predict_step(
        q.model.shape, q.layout, q.cluster, q.batch_sequences, q.model.shape.seq_len, q.options);
    if (!std::isfinite(p.time.value()) || !(p.time.value() > 0))
        return fail("the step has no finite prediction for these inputs");
    const report r = describe(q, p);
    std::fputs((args.has("json") ? r.json() : r.table()).c_str(), stdout);
    return exit_ok;
}

} // namespace fscli
