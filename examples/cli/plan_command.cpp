// `plan`: a whole training budget from the command line, through flopscale::plan_training.
#include "commands.hpp"
#include "lookup.hpp"
#include "model_flags.hpp"
#include "plan_goodput.hpp"
#include "plan_rows.hpp"
#include "report.hpp"
#include "workload.hpp"

#include "flopscale/layout_search.hpp"
#include "flopscale/plan.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace fscli {
namespace {

bool find_accounting(std::string_view name, flopscale::flop_accounting& out, std::string& error) {
    using flopscale::flop_accounting;
    struct entry {
        std::string_view name;
        flop_accounting value;
    };
    const entry known[] = {{"six_nd", flop_accounting::six_nd},
                           {"kaplan", flop_accounting::kaplan},
                           {"palm", flop_accounting::palm},
                           {"chinchilla", flop_accounting::chinchilla},
                           {"deepseek", flop_accounting::deepseek}};
    for (const entry& e : known)
        if (normalized(e.name) == normalized(name) || (e.name == "six_nd" && name == "6nd")) {
            out = e.value;
            return true;
        }
    error = "unknown FLOP accounting '" + std::string(name) +
            "'; use six_nd, kaplan, palm, chinchilla or deepseek";
    return false;
}

// Everything a plan needs from the command line, validated.
struct plan_request {
    bool has_model = false; // --model or the shape flags
    model_choice model;
    flopscale::parameters params{0.0};
    bool has_params = false;
    flopscale::tokens data{0.0};
    bool has_tokens = false;
    flopscale::flops budget{0.0};
    bool has_budget = false;
    flopscale::cluster cluster;
    flopscale::power power_budget{flopscale::detail::nan_value()}; // --power, when it set the count
    const named_law* law = nullptr;
    flopscale::plan_options options;
    bool priced = false;
    bool predict_mfu = false;   // --mfu auto: the fastest layout's MFU
    double batch_sequences = 0; // --batch, for --mfu auto
};

bool read_request(const arguments& args, plan_request& q, std::string& error) {
    q.has_model = gives_model(args);
    if (args.has("params") && q.has_model) {
        error = "give --params or --model (or the shape flags), not both";
        return false;
    }
    if (q.has_model && !read_model(args, q.model, error)) return false;
    q.has_params = args.has("params");
    q.has_tokens = args.has("tokens");
    q.has_budget = args.has("compute");
    if (q.has_params && !read_positive(args, "params", "a parameter count", q.params, error))
        return false;
    if (q.has_tokens && !read_positive(args, "tokens", "a token count", q.data, error))
        return false;
    if (q.has_budget && !read_positive(args, "compute", "a FLOP count", q.budget, error))
        return false;
    const bool has_model = q.has_params || q.has_model;
    if (q.has_tokens && q.has_budget) {
        error = "give --tokens or --compute, not both (the compute follows from the tokens)";
        return false;
    }
    if (!q.has_tokens && !q.has_budget) {
        error = "give --tokens (with --params or --model) or --compute";
        return false;
    }
    if (q.has_tokens && !has_model) {
        error = "--tokens needs --params or --model";
        return false;
    }
    if (args.has("accounting")) {
        if (!q.has_model) {
            error = "--accounting needs --model (with --params the count is 6 N D)";
            return false;
        }
        if (!find_accounting(*args.find("accounting"), q.options.accounting, error)) return false;
    }

    if (!args.has("chip")) {
        error = "plan needs --chip (e.g. --chip H100; flopscale chips lists them)";
        return false;
    }
    const flopscale::accelerator* chip = find_chip(*args.find("chip"), error);
    if (chip == nullptr) return false;
    q.cluster.chip = *chip;
    q.predict_mfu = args.has("mfu") && *args.find("mfu") == "auto";
    if (q.predict_mfu && !q.has_model) {
        error = "--mfu auto needs --model or the shape flags (the layout search needs a shape)";
        return false;
    }
    if (q.predict_mfu &&
        !read_batch(args, "plan --mfu auto", q.model.shape.seq_len, q.batch_sequences, error))
        return false;
    if (args.has("mfu") && !q.predict_mfu &&
        !read_bounded(args, "mfu", 0, 1, false, true, q.cluster.mfu, error))
        return false;
    if (args.has("pue") && !read_bounded(args, "pue", 1, 10, true, false, q.cluster.pue, error))
        return false;
    if (args.has("overhead") &&
        !read_bounded(args, "overhead", 1, 10, true, false, q.cluster.server_overhead, error))
        return false;
    if (!args.has("chips") && !args.has("power")) {
        error =
            "plan needs --chips, the number of accelerators, or --power, the power that feeds them";
        return false;
    }
    fleet_size size;
    if (!read_fleet_size(args, "chips", *chip, q.cluster.server_overhead, q.cluster.pue, size,
                         error))
        return false;
    q.cluster.count = size.chips;
    q.power_budget = size.power;
    if (args.has("precision") && !find_precision(*args.find("precision"), q.cluster.format, error))
        return false;
    if (!chip->has_peak(q.cluster.format)) {
        error = std::string(chip->name) + " has no published dense " +
                std::string(flopscale::to_string_view(q.cluster.format)) +
                " peak; choose another --precision";
        return false;
    }
    if (args.has("price")) {
        if (!read_price(args, q.cluster.price_per_chip_hour, error)) return false;
        q.priced = true;
    }
    if (args.has("basis") && !find_basis(*args.find("basis"), q.options.basis, error)) return false;
    q.law = find_law(args.has("law") ? *args.find("law") : "besiroglu2024", error);
    return q.law != nullptr;
}

flopscale::training_plan compute_plan(const plan_request& q) {
    const auto& law = *q.law->law;
    if (q.has_model)
        return q.has_tokens
                   ? flopscale::plan_training(q.model.shape, q.data, q.cluster, law, q.options)
                   : flopscale::plan_training(q.model.shape, q.budget, q.cluster, law, q.options);
    if (q.has_params)
        return q.has_tokens
                   ? flopscale::plan_training(q.params, q.data, q.cluster, law, q.options)
                   : flopscale::plan_training(q.params, q.budget, q.cluster, law, q.options);
    return flopscale::plan_compute_optimal(q.budget, q.cluster, law, q.options);
}

report describe(const plan_request& q, const flopscale::training_plan& p) {
    plan_facts f;
    f.has_model = q.has_model;
    f.model_name = q.model.name;
    f.model_description = q.model.description;
    f.cluster = q.cluster;
    f.power_budget = q.power_budget;
    f.priced = q.priced;
    f.price_field = "--price";
    f.law_name = q.law->name;
    f.zero_stage = q.options.zero_stage;
    report r;
    plan_rows(r, f, p);
    return r;
}

} // namespace

int run_plan(const arguments& args) {
    plan_request q;
    goodput_request reliability;
    std::string error;
    if (!read_request(args, q, error) || !read_goodput(args, reliability, error))
        return fail(error);
    // --mfu auto: the plan at the MFU of the fastest layout on its cluster, with that layout.
    flopscale::predicted_plan predicted{};
    if (q.predict_mfu) {
        const auto& law = *q.law->law;
        predicted = q.has_tokens
                        ? flopscale::plan_with_predicted_mfu(q.model.shape, q.data, q.cluster,
                                                             q.batch_sequences, law, q.options)
                        : flopscale::plan_with_predicted_mfu(q.model.shape, q.budget, q.cluster,
                                                             q.batch_sequences, law, q.options);
        if (!predicted.search.found) return fail(no_layout_text(q.cluster, predicted.search));
        q.cluster.mfu = predicted.mfu;
    }
    const flopscale::training_plan p = q.predict_mfu ? predicted.plan : compute_plan(q);
    // Finite inputs can still overflow (1e300 parameters x 1e300 tokens).
    if (!std::isfinite(p.compute.value()) || !std::isfinite(p.time.value()) ||
        !(p.time.value() > 0))
        return fail("the plan has no finite answer: the inputs overflow a double");
    report r = describe(q, p);
    goodput_rows(r, reliability, flopscale::plan_goodput(p, q.cluster, reliability.options),
                 q.cluster.count);
    if (q.predict_mfu) {
        r.heading("Predicted MFU: the fastest of " +
                  count(static_cast<double>(predicted.search.candidates)) + " layouts, batch " +
                  count(q.batch_sequences) + " sequences");
        describe_layout(r, predicted.search.layout);
        describe_step(r, predicted.search.step, q.cluster.chip, "step_mfu");
    }
    std::fputs((args.has("json") ? r.json() : r.table()).c_str(), stdout);
    return exit_ok;
}

} // namespace fscli
