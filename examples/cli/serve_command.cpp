// `serve`: serving a model on a deployment, through flopscale/serving.hpp: TTFT, TPOT, the
// KV-limited batch, throughput, cost per million tokens, and the chips a daily demand needs.
#include "commands.hpp"
#include "lookup.hpp"
#include "model_flags.hpp"
#include "report.hpp"

#include "flopscale/serving.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace fscli {
namespace {

enum class batch_choice { given, max, tpot, ttft };

struct serve_request {
    model_choice model;
    flopscale::deployment deployment;
    flopscale::tokens input{0.0};
    flopscale::tokens output{0.0};
    batch_choice choice = batch_choice::max;
    int batch = 0;
    flopscale::duration target{0.0};
    bool priced = false;
    bool has_demand = false;
    flopscale::serving_demand demand;
};

// The 16-bit format of a chip: bf16, or fp16 on chips without it (V100).
flopscale::precision sixteen_bit(const flopscale::accelerator& chip) {
    return chip.has_peak(flopscale::precision::bf16) ? flopscale::precision::bf16
                                                     : flopscale::precision::fp16;
}

bool read_format(const arguments& args, std::string_view name, const flopscale::accelerator& chip,
                 flopscale::precision& out, std::string& error) {
    out = sixteen_bit(chip);
    return !args.has(name) || find_precision(*args.find(name), out, error);
}

// --input or --output: tokens per request, at least one.
bool read_length(const arguments& args, std::string_view name, flopscale::tokens& out,
                 std::string& error) {
    if (!args.has(name)) {
        error = "serve needs --input and --output, the prompt and generated tokens per request";
        return false;
    }
    if (!read_positive(args, name, "a token count", out, error)) return false;
    if (out.value() >= 1) return true;
    error = "--" + std::string(name) + " must be at least one token";
    return false;
}

bool read_batch(const arguments& args, serve_request& q, std::string& error) {
    const int given = args.has("batch") + args.has("tpot") + args.has("ttft");
    if (given > 1) {
        error = "give one of --batch, --tpot and --ttft";
        return false;
    }
    if (given == 0) {
        if (q.has_demand) return true; // the maximum-throughput batch
        error = "serve needs --batch N, --batch max, --tpot T or --ttft T";
        return false;
    }
    if (args.has("batch")) {
        if (*args.find("batch") == "max") return true;
        q.choice = batch_choice::given;
        return read_whole(args, "batch", q.batch, error);
    }
    q.choice = args.has("tpot") ? batch_choice::tpot : batch_choice::ttft;
    return read_positive(args, args.has("tpot") ? "tpot" : "ttft", "a duration (e.g. 50ms, 2s)",
                         q.target, error);
}

bool read_demand(const arguments& args, serve_request& q, std::string& error) {
    q.has_demand = args.has("daily-input") || args.has("daily-output");
    if (!q.has_demand) {
        for (const char* name : {"cache-hit", "disaggregated"})
            if (args.has(name)) {
                error = "--" + std::string(name) + " needs --daily-input and --daily-output";
                return false;
            }
        return true;
    }
    if (!args.has("daily-input") || !args.has("daily-output")) {
        error = "a demand needs both --daily-input and --daily-output (tokens per day)";
        return false;
    }
    if (!read_quantity(args, "daily-input", "a token count", q.demand.daily_input, error) ||
        !read_quantity(args, "daily-output", "a token count", q.demand.daily_output, error))
        return false;
    if (q.demand.daily_input.value() < 0 || q.demand.daily_output.value() < 0) {
        error = "--daily-input and --daily-output must not be negative";
        return false;
    }
    if (args.has("cache-hit") &&
        !read_bounded(args, "cache-hit", 0, 0.999, true, true, q.demand.cache_hit, error))
        return false;
    q.demand.disaggregated = args.has("disaggregated");
    return true;
}

bool read_request(const arguments& args, serve_request& q, std::string& error) {
    if (!gives_model(args)) {
        error = "serve needs --model (e.g. llama2-70b) or a shape (--layers, --d-model, --heads)";
        return false;
    }
    if (!read_model(args, q.model, error)) return false;
    if (!args.has("chip")) {
        error = "serve needs --chip (e.g. --chip H100; flopscale chips lists them)";
        return false;
    }
    const flopscale::accelerator* chip = find_chip(*args.find("chip"), error);
    if (chip == nullptr) return false;
    flopscale::deployment& d = q.deployment;
    d.chip = *chip;
    if (!args.has("chips")) {
        error = "serve needs --chips, the number of accelerators";
        return false;
    }
    if (!read_whole(args, "chips", d.chips, error)) return false;
    if (!chip->has_memory() || !chip->has_memory_bandwidth()) {
        error = std::string(chip->name) + " has no published memory size or bandwidth";
        return false;
    }
    // Unless told otherwise, one replica on all the chips, or on one scale-up domain (an HGX
    // board) when the chips fill several; experts split like the tensors.
    const flopscale::interconnect net = flopscale::typical_interconnect(*chip);
    const double domain = net.has_scale_up_domain() ? net.scale_up_domain : d.chips;
    d.tensor_parallel = d.chips > domain && d.chips % static_cast<int>(domain) == 0
                            ? static_cast<int>(domain)
                            : d.chips;
    if (args.has("tp") && !read_whole(args, "tp", d.tensor_parallel, error)) return false;
    d.expert_parallel = q.model.shape.experts > 1 ? d.tensor_parallel : 1;
    if (args.has("ep") && !read_whole(args, "ep", d.expert_parallel, error)) return false;
    const int replica = std::max(d.tensor_parallel, d.expert_parallel);
    if (replica % d.tensor_parallel != 0 || replica % d.expert_parallel != 0) {
        error = "--tp and --ep must divide one another";
        return false;
    }
    if (d.chips % replica != 0) {
        error = "--chips (" + std::to_string(d.chips) + ") must be a multiple of the replica, " +
                std::to_string(replica) + " chips (the larger of --tp and --ep)";
        return false;
    }
    if (!read_format(args, "precision", *chip, d.weights, error) ||
        !read_format(args, "kv-precision", *chip, d.kv_cache, error))
        return false;
    // The matrix units run in the weights' format where the chip has a peak for it; otherwise
    // the weights are widened to 16 bits (weight-only quantisation).
    d.compute = chip->has_peak(d.weights) ? d.weights : sixteen_bit(*chip);
    if (!chip->has_peak(d.compute)) {
        error = std::string(chip->name) + " has no published dense " +
                std::string(flopscale::to_string_view(d.compute)) + " peak";
        return false;
    }
    if (!read_length(args, "input", q.input, error) ||
        !read_length(args, "output", q.output, error))
        return false;
    d.efficiency.memory = flopscale::measured_memory_efficiency(d.weights);
    if (args.has("memory-efficiency") &&
        !read_bounded(args, "memory-efficiency", 0, 1, false, true, d.efficiency.memory, error))
        return false;
    if (args.has("compute-efficiency") &&
        !read_bounded(args, "compute-efficiency", 0, 1, false, true, d.efficiency.compute, error))
        return false;
    if (args.has("price")) {
        if (!read_price(args, d.price_per_chip_hour, error)) return false;
        q.priced = true;
    }
    return read_demand(args, q, error) && read_batch(args, q, error);
}

// The precondition the library reported last, for the error message.
const char* violated_precondition = nullptr;
void remember_precondition(const char* text) noexcept {
    violated_precondition = text;
}

flopscale::serving_prediction predict(const serve_request& q) {
    const flopscale::transformer& t = q.model.shape;
    const flopscale::deployment& d = q.deployment;
    switch (q.choice) {
    case batch_choice::given:
        return flopscale::predict_serving(t, d, {q.input, q.output, q.batch});
    case batch_choice::tpot:
        return flopscale::predict_serving_within_tpot(t, d, q.input, q.output, q.target);
    case batch_choice::ttft:
        return flopscale::predict_serving_within_ttft(t, d, q.input, q.output, q.target);
    case batch_choice::max:
        break;
    }
    return flopscale::predict_serving_at_max_batch(t, d, q.input, q.output);
}

// One sentence on why there is no prediction.
std::string why_not(const serve_request& q, const flopscale::serving_prediction& p) {
    using flopscale::serving_status;
    const flopscale::deployment& d = q.deployment;
    const std::string replica =
        std::to_string(p.chips_per_replica) + " x " + std::string(d.chip.name);
    switch (p.status) {
    case serving_status::context_too_long:
        return "the context, " + count((q.input + q.output).value()) +
               " tokens (input + output), is longer than the model's " +
               count(q.model.shape.seq_len) + " (give --seq to allow more)";
    case serving_status::weights_do_not_fit:
        return "the weights need " + text(p.weights_per_chip) + " per chip in " +
               std::string(flopscale::to_string_view(d.weights)) + ", more than " +
               plain(d.efficiency.memory_utilization * 100) + "% of " + text(d.chip.memory) +
               " on " + replica +
               "; use a larger --tp or --ep, more --chips or a narrower "
               "--precision";
    case serving_status::cache_does_not_fit:
        return "the KV cache of batch " + count(q.batch) + " does not fit beside the weights on " +
               replica + ": at most " + count(p.max_batch) + " (--batch max)";
    case serving_status::latency_unreachable:
        return std::string("even a batch of one misses the target: ") +
               (q.choice == batch_choice::tpot ? "TPOT " + text(p.tpot) : "TTFT " + text(p.ttft)) +
               " > " + text(q.target);
    case serving_status::invalid_input:
        return violated_precondition != nullptr ? violated_precondition : "invalid input";
    case serving_status::ok:
        break;
    }
    return std::string(flopscale::to_string_view(p.status));
}

std::string batch_text(const serve_request& q, const flopscale::serving_prediction& p) {
    switch (q.choice) {
    case batch_choice::given:
        return count(p.batch);
    case batch_choice::max:
        return count(p.batch) + " (the most the KV cache holds)";
    case batch_choice::tpot:
        return count(p.batch) + " (the largest with TPOT <= " + text(q.target) + ")";
    case batch_choice::ttft:
        return count(p.batch) + " (the largest with TTFT <= " + text(q.target) + ")";
    }
    return count(p.batch);
}

// The parts of a forward pass, for the table and the JSON.
void pass_rows(report& r, const std::string& key, const std::string& label,
               const flopscale::forward_pass& f) {
    r.quantity(key + "_s", label, f.time());
    r.quantity(key + "_memory_s", "  memory (weights, KV cache)", f.memory);
    r.quantity(key + "_compute_s", "  compute", f.compute);
    r.quantity(key + "_communication_s", "  all-reduces, all-to-alls", f.communication);
    r.json_string(key + "_bound", f.memory > f.compute ? "memory" : "compute");
}

report describe(const serve_request& q, const flopscale::serving_prediction& p,
                const flopscale::demand_plan* plan) {
    using namespace flopscale;
    const deployment& d = q.deployment;
    report r;
    r.heading("Serving " + q.model.description + " on " + count(d.chips) + " x " +
              std::string(d.chip.name));
    r.string("model", "model", q.model.name);
    r.string("chip", "chip", std::string(d.chip.name));
    r.number("chips", "chips", count(d.chips), d.chips);
    r.number("tensor_parallel", "tensor parallel", count(d.tensor_parallel), d.tensor_parallel);
    r.number("expert_parallel", "expert parallel", count(d.expert_parallel), d.expert_parallel);
    r.number("replicas", "replicas",
             count(p.replicas) + " of " + count(p.chips_per_replica) + " chips", p.replicas);
    r.json_number("chips_per_replica", p.chips_per_replica);
    r.string("precision", "weights", std::string(to_string_view(d.weights)));
    r.string("kv_precision", "KV cache", std::string(to_string_view(d.kv_cache)));
    r.string("compute_precision", "arithmetic", std::string(to_string_view(d.compute)));
    r.number("input_tokens", "input / output tokens",
             count(q.input.value()) + " / " + count(q.output.value()), q.input.value());
    r.json_number("output_tokens", q.output.value());

    r.heading("Memory per chip");
    r.quantity("weights_per_chip_bytes", "weights", p.weights_per_chip);
    r.quantity("kv_cache_per_chip_bytes", "KV cache of the batch", p.kv_cache_per_chip);
    r.number("max_batch", "largest batch (KV limit)", count(p.max_batch), p.max_batch);

    r.heading("Latency and throughput");
    r.number("batch", "batch per replica", batch_text(q, p), p.batch);
    r.number("prefill_batch", "prompts per prefill", count(p.prefill_batch), p.prefill_batch);
    r.quantity("ttft_s", "time to first token", p.ttft);
    r.quantity("tpot_s", "time per output token", p.tpot);
    r.quantity("request_latency_s", "request latency", p.request_latency);
    r.number("tokens_per_s", "output tokens/s", scaled(p.output_rate.value()),
             p.output_rate.value());
    r.number("tokens_per_s_per_chip", "  per chip", scaled(p.output_rate_per_chip.value()),
             p.output_rate_per_chip.value());
    r.number("input_tokens_per_s", "input tokens/s", scaled(p.input_rate.value()),
             p.input_rate.value());
    r.number("input_tokens_per_s_per_chip", "  per chip", scaled(p.input_rate_per_chip.value()),
             p.input_rate_per_chip.value());
    pass_rows(r, "decode_step", "decode step", p.decode_step);
    pass_rows(r, "prefill", "prefill pass", p.prefill);
    r.json_number("memory_efficiency", d.efficiency.memory);
    r.json_number("compute_efficiency", d.efficiency.compute);

    r.heading("Cost");
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about literal + std::string at
    // -O3 in C++20 and later.
    const std::string rate = std::string(" at ")
                                 .append(plain(d.price_per_chip_hour.in(units::USD_per_h)))
                                 .append(" USD/chip-hour");
    const auto money = [&](const usd& m) {
        return q.priced ? std::string("$").append(plain(m.value())).append(rate)
                        : std::string("n/a (give --price)");
    };
    r.number("usd_per_million_input_tokens", "per million input tokens",
             money(p.usd_per_million_input), p.usd_per_million_input.value());
    r.number("usd_per_million_output_tokens", "per million output tokens",
             money(p.usd_per_million_output), p.usd_per_million_output.value());

    if (plan == nullptr) {
        r.json_number("chips_needed", std::nan(""));
        return r;
    }
    r.heading("Daily demand: " + scaled(q.demand.daily_input.value()) + " input, " +
              scaled(q.demand.daily_output.value()) + " output tokens");
    r.number("cache_hit", "prefix-cache hit rate", plain(q.demand.cache_hit * 100) + "%",
             q.demand.cache_hit);
    r.boolean("disaggregated", "prefill and decode", q.demand.disaggregated,
              q.demand.disaggregated ? "on separate replicas" : "on the same replicas");
    r.number("prefill_chips", "chips busy prefilling", plain(plan->prefill_chips),
             plan->prefill_chips);
    r.number("decode_chips", "chips busy decoding", plain(plan->decode_chips), plan->decode_chips);
    r.quantity("demand_tpot_s",
               q.demand.disaggregated ? "TPOT on decode replicas" : "TPOT (as above)", plan->tpot);
    r.number("chips_needed", "chips needed",
             count(plan->chips_needed) + " (" + count(plan->replicas) + " replicas)",
             plan->chips_needed);
    r.number("usd_per_day", "cost per day",
             q.priced ? "$" + scaled(plan->usd_per_day.value()) : std::string("n/a (give --price)"),
             plan->usd_per_day.value());
    return r;
}

} // namespace

int run_serve(const arguments& args) {
    serve_request q;
    std::string error;
    if (!read_request(args, q, error)) return fail(error);
    violated_precondition = nullptr;
    const flopscale::precondition_handler previous =
        flopscale::set_precondition_handler(&remember_precondition);
    flopscale::serving_prediction p = predict(q);
    flopscale::demand_plan plan;
    if (q.has_demand && p.ok()) {
        plan = flopscale::chips_for_demand(q.model.shape, q.deployment,
                                           {q.input, q.output, p.batch}, q.demand);
        if (!plan.ok()) p = plan.serving;
    }
    flopscale::set_precondition_handler(previous);
    if (!p.ok()) return fail(why_not(q, p));
    if (!std::isfinite(p.output_rate.value()) || !std::isfinite(p.ttft.value()))
        return fail("the prediction has no finite answer: the inputs overflow a double");
    const report r = describe(q, p, q.has_demand ? &plan : nullptr);
    std::fputs((args.has("json") ? r.json() : r.table()).c_str(), stdout);
    return exit_ok;
}

} // namespace fscli
