// `runs`: the notable training runs of the library (runs.hpp) as a table or JSON, with the figures
// derived from each record: tokens per parameter and the implied model FLOP utilisation.
#include "commands.hpp"
#include "lookup.hpp"
#include "report.hpp"

#include "flopscale/runs.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace fscli {

// Epoch AI's terms (CC-BY 4.0): credit the source and its authors wherever their figures appear.
const char* const epoch_attribution =
    "Epoch AI, \"Data on Notable / Large-Scale AI Models\" (epoch.ai), CC-BY 4.0;\n"
    "snapshots 2025-08-07, 2026-02-16 and 2026-04-24";

namespace {

using flopscale::runs::training_run;

std::string or_dash(double value, std::string shown) {
    return std::isfinite(value) ? shown : "-";
}

// "Meta" selects "Meta AI", "Google" selects "Google" and "Google DeepMind": the organisation's
// name begins with the given words.
bool from_organisation(const training_run& run, const std::string& name) {
    const auto rest = flopscale::detail::strip_name_prefix(run.organisation, name);
    return rest.found && (rest.rest.empty() || !flopscale::detail::is_alphanumeric(rest.rest[0]));
}

std::string source_of(const training_run& run) {
    switch (run.compute_source) {
    case flopscale::runs::flop_source::reported:
        return "reported";
    case flopscale::runs::flop_source::estimated:
        return run.estimated_by == "Epoch AI" ? "Epoch" : std::string(run.estimated_by);
    case flopscale::runs::flop_source::undisclosed:
        break;
    }
    return "-";
}

// "671B" for a dense model, "671B/37B" (total/active) for a mixture of experts.
std::string parameters_text(const training_run& run) {
    if (!run.has_params_total()) return "-";
    std::string out = scaled(run.params_total.value());
    if (run.is_mixture_of_experts()) out.append("/").append(scaled(run.params_active.value()));
    return out;
}

std::string runs_json(const std::vector<const training_run*>& chosen) {
    std::string out = "{\n  \"attribution\": " + json_quote(epoch_attribution) + ",\n  \"runs\": [";
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const training_run& run = *chosen[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        out += "\"name\": " + json_quote(run.name) +
               ", \"organisation\": " + json_quote(run.organisation) +
               ", \"year\": " + std::to_string(run.year) +
               ", \"training_flops\": " + json_number_text(run.compute.value()) +
               ", \"flop_source\": " +
               json_quote(flopscale::runs::to_string_view(run.compute_source)) +
               ", \"estimated_by\": " + json_quote(run.estimated_by) +
               ", \"params_total\": " + json_number_text(run.params_total.value()) +
               ", \"params_active\": " + json_number_text(run.params_active.value()) +
               ", \"tokens\": " + json_number_text(run.training_tokens.value()) +
               ", \"tokens_per_parameter\": " +
               json_number_text(flopscale::runs::tokens_per_parameter(run)) +
               ", \"six_nd_ratio\": " + json_number_text(flopscale::runs::six_nd_ratio(run)) +
               ", \"hardware\": " + json_quote(run.hardware) +
               ", \"chip\": " + (run.chip == nullptr ? "null" : json_quote(run.chip->name)) +
               ", \"precision\": " + json_quote(flopscale::to_string_view(run.format)) +
               ", \"chips\": " + json_number_text(run.chips) +
               ", \"days\": " + json_number_text(run.wall_clock.in(flopscale::units::days)) +
               ", \"chip_hours\": " + json_number_text(flopscale::runs::implied_chip_hours(run)) +
               ", \"implied_mfu\": " + json_number_text(flopscale::runs::implied_mfu(run)) +
               ", \"cost_usd\": " + json_number_text(run.cost.value()) +
               ", \"energy_j\": " + json_number_text(run.energy_used.value()) +
               ", \"energy_basis\": " +
               json_quote(flopscale::runs::to_string_view(run.energy_source)) +
               ", \"data_note\": " + json_quote(run.data_note) +
               ", \"sources\": " + json_quote(run.sources) +
               ", \"notes\": " + json_quote(run.notes) + "}";
    }
    return out + "\n  ]\n}\n";
}

} // namespace

int run_runs(const arguments& args) {
    const std::string* organisation = args.find("org");
    double since = 0;
    std::string error;
    if (args.has("since") && !read_bounded(args, "since", 1900, 2100, true, false, since, error))
        return fail(error);
    std::vector<const training_run*> chosen;
    std::vector<std::string> organisations;
    for (const training_run& run : flopscale::runs::all) {
        const std::string org(run.organisation);
        bool listed = false;
        for (const std::string& o : organisations)
            listed = listed || o == org;
        if (!listed) organisations.push_back(org);
        if (organisation != nullptr && !from_organisation(run, *organisation)) continue;
        if (run.year < since) continue;
        chosen.push_back(&run);
    }
    if (chosen.empty()) {
        if (organisation == nullptr)
            return fail("no runs since " + plain(since) + "; the newest are from 2026");
        std::string known;
        for (const std::string& o : organisations)
            known += (known.empty() ? "" : ", ") + o;
        return fail("no runs from organisation '" + *organisation +
                    (args.has("since") ? "' since " + plain(since) : "'") +
                    "; organisations: " + known);
    }
    if (args.has("json")) {
        std::fputs(runs_json(chosen).c_str(), stdout);
        return exit_ok;
    }
    std::vector<std::vector<std::string>> rows{
        {"run", "year", "FLOP", "by", "params", "tokens", "tokens/param", "chips", "days", "MFU"}};
    bool flagged = false;
    for (const training_run* run : chosen) {
        const double mfu = flopscale::runs::implied_mfu(*run);
        const bool implausible = flopscale::runs::mfu_implausible(*run);
        flagged = flagged || implausible;
        const double days = run->wall_clock.in(flopscale::units::days);
        const double ratio = flopscale::runs::tokens_per_parameter(*run);
        rows.push_back({std::string(run->name), std::to_string(run->year),
                        or_dash(run->compute.value(), plain(run->compute.value())), source_of(*run),
                        parameters_text(*run),
                        or_dash(run->training_tokens.value(), scaled(run->training_tokens.value())),
                        or_dash(ratio, plain(ratio)), or_dash(run->chips, count(run->chips)),
                        or_dash(days, plain(days)),
                        or_dash(mfu, plain(100 * mfu) + "%" + (implausible ? " !" : ""))});
    }
    std::fputs(
        columns(rows, {false, true, true, false, true, true, true, true, true, true}).c_str(),
        stdout);
    std::printf(
        "\n%zu runs. '-' is undisclosed, never zero. params: total/active for a mixture of experts;"
        "\ntokens/param counts the active parameters. MFU: implied, training FLOP / (chip-hours x"
        "\nthe chip's dense peak in the run's training format); chip-hours include downtime.\n",
        chosen.size());
    if (flagged)
        std::puts(
            "'!': an implied MFU outside 10-100% questions the data; see the run's data_note.");
    for (const training_run* run : chosen)
        if (!run->has_compute())
            std::printf("%s: nothing about its training is disclosed; figures in the press are "
                        "claims\n(see its notes: flopscale runs --json).\n",
                        std::string(run->name).c_str());
    std::printf("'Epoch': estimated by %s.\n", epoch_attribution);
    return exit_ok;
}

} // namespace fscli
