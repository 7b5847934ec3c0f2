// The notable runs against their reference table, tests/data/notable-runs.csv, read at run time:
// every figure the table gives is in the record, every blank is unknown, every text is verbatim.
// Then the figures derived from each record, printed, with implausible ones explained in the data.
#include "flopscale/runs.hpp"

#include "catch_compat.hpp"
#include "csv_table.hpp"

#include <cstdio>
#include <string>

using namespace flopscale;

namespace {
// The hardware column without its qualifier: "NVIDIA A100 (per Epoch)" -> "NVIDIA A100".
std::string hardware_name(const std::string& cell) {
    const std::size_t paren = cell.find(" (");
    return paren == std::string::npos ? cell : cell.substr(0, paren);
}

// Hardware the catalog holds under another name. The A100 datasheet gives the 40 GB part the
// 80 GB part's peaks; the 700 W "H100 80GB" of Meta's and NVIDIA's papers is the SXM5 module.
const accelerator* catalog_entry_for(const std::string& hardware) {
    if (hardware == "NVIDIA A100 40GB") return &catalog::a100_sxm;
    if (hardware == "NVIDIA H100 80GB") return &catalog::h100_sxm;
    return find_accelerator(hardware);
}

std::string shown(double v, const char* format = "%.3g") {
    if (!(v == v)) return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, v);
    return buffer;
}
} // namespace

TEST_CASE("every run record equals the reference table", "[runs]") {
    const csv::table t = csv::read("notable-runs.csv");
    REQUIRE(t.rows.size() == runs::all.size());
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const csv::row& r = t.rows[i];
        const runs::training_run& run = runs::all[i];
        INFO("run " << r[t.column("model")]);
        REQUIRE(run.name == r[t.column("model")]);
        REQUIRE(run.organisation == r[t.column("organisation")]);
        REQUIRE(run.year == std::stoi(r[t.column("year")]));
        csv::check_figure(r[t.column("params_total")], run.has_params_total(),
                          run.params_total.value());
        csv::check_figure(r[t.column("params_active")], run.has_params_active(),
                          run.params_active.value());
        csv::check_figure(r[t.column("tokens")], run.has_training_tokens(),
                          run.training_tokens.value());
        csv::check_figure(r[t.column("training_flop")], run.has_compute(), run.compute.value());
        csv::check_figure(r[t.column("chips")], run.has_chips(), run.chips);
        csv::check_figure(r[t.column("days")], run.has_wall_clock(),
                          run.wall_clock.in(units::days));
        csv::check_figure(r[t.column("chip_hours")], run.has_chip_hours(), run.chip_hours);
        csv::check_figure(r[t.column("cost_usd")], run.has_cost(), run.cost.value());
        csv::check_figure(r[t.column("energy_mwh")], run.has_energy(),
                          run.energy_used.in(units::MWh));
        REQUIRE((run.energy_source == runs::energy_basis::unknown) == !run.has_energy());

        // Who the FLOP figure comes from, as the source column says it.
        const std::string& basis = r[t.column("flop_source")];
        REQUIRE(run.compute_basis == basis);
        if (basis.rfind("reported", 0) == 0) {
            REQUIRE(run.compute_source == runs::flop_source::reported);
            REQUIRE(run.estimated_by.empty());
        } else if (basis.rfind("Epoch estimate", 0) == 0) {
            REQUIRE(run.compute_source == runs::flop_source::estimated);
            REQUIRE(run.estimated_by == "Epoch AI");
            REQUIRE(run.sources.find("Epoch [E") != std::string_view::npos);
        } else {
            REQUIRE(run.compute_source == runs::flop_source::undisclosed);
            REQUIRE(!run.has_compute());
        }

        // The hardware as named, and the catalog entry it names (if the catalog has it).
        REQUIRE(run.hardware == r[t.column("hardware")]);
        REQUIRE(run.chip == catalog_entry_for(hardware_name(r[t.column("hardware")])));

        REQUIRE(run.sources == r[t.column("sources")]);
        REQUIRE(run.notes == r[t.column("notes")]);
    }
}

TEST_CASE("derived figures: 6ND, implied MFU and price, implausible ones explained", "[runs]") {
    std::printf("%-27s %9s %9s %6s %9s %6s %9s  %s\n", "run", "FLOP", "6ND", "ratio", "chip-h",
                "MFU", "$/chip-h", "flag");
    std::size_t with_mfu = 0;
    for (const runs::training_run& run : runs::all) {
        INFO("run " << run.name);
        const double mfu = runs::implied_mfu(run);
        const bool flagged = runs::mfu_implausible(run) || runs::six_nd_disagrees(run);
        std::printf(
            "%-27s %9s %9s %6s %9s %6s %9s  %s\n", std::string(run.name).c_str(),
            shown(run.compute.value()).c_str(), shown(runs::six_nd(run).value()).c_str(),
            shown(runs::six_nd_ratio(run), "%.2f").c_str(),
            shown(runs::implied_chip_hours(run)).c_str(), shown(mfu, "%.3f").c_str(),
            shown(runs::implied_price_per_chip_hour(run).in(units::USD_per_h), "%.2f").c_str(),
            flagged ? "FLAGGED: see data_note" : "");
        // A derived figure outside what training runs do is a question the record answers.
        if (flagged) REQUIRE(!run.data_note.empty());
        if (mfu == mfu) ++with_mfu;
        // Derived only where the record determines it; unknown stays unknown.
        REQUIRE((mfu == mfu) ==
                (run.chip != nullptr && run.has_compute() &&
                 (run.has_chip_hours() || (run.has_chips() && run.has_wall_clock()))));
        REQUIRE((runs::six_nd(run).value() == runs::six_nd(run).value()) ==
                (run.has_training_tokens() && (run.has_params_active() || run.has_params_total())));
    }
    // Runs with a catalog chip and chip time: GPT-3, PaLM, OPT, BLOOM, LLaMA, Llama 2, Falcon,
    // Llama 3 8B/70B, DeepSeek-V2, Nemotron-4, Llama 3.1, Yi-Lightning, DeepSeek-V3, Llama 4
    // Maverick, gpt-oss, K-EXAONE, Olmo 3.
    REQUIRE(with_mfu == 18);
}

TEST_CASE("implied MFU against the utilisation the papers and Epoch AI published", "[runs]") {
    // Published MFU: the run's paper, or Epoch AI's (CC-BY 4.0) where the paper gives none. The
    // implied figure divides by all chip-hours, downtime and restarts included, so it sits at or
    // below a paper's steady-state figure; beyond 1.5x either way the record must say why.
    struct published {
        const runs::training_run& run;
        double mfu;
        const char* source;
    };
    const published table[] = {
        {runs::gpt3_175b, 0.197, "Epoch AI [E25] (PaLM paper: 0.213)"},
        {runs::palm_540b, 0.462, "Chowdhery et al. 2022 Table 3"},
        {runs::llama_65b, 0.4746, "Epoch AI [E25]"},
        {runs::llama2_70b, 0.4192, "Epoch AI [E25]"},
        {runs::falcon_180b, 0.1892, "Epoch AI [E25] (assumes 180 days)"},
        {runs::nemotron4_340b, 0.410, "NVIDIA 2024 Table 2 (6,144-GPU stage)"},
        {runs::llama3_1_405b, 0.40, "Llama Team 2024 Table 4 (38-43%)"},
        {runs::deepseek_v3, 0.1947, "Epoch AI [E25]"},
    };
    for (const published& p : table) {
        const double implied = runs::implied_mfu(p.run);
        std::printf("%-16s implied %.3f  published %.3f (%s)  ratio %.2f\n",
                    std::string(p.run.name).c_str(), implied, p.mfu, p.source, implied / p.mfu);
        INFO(p.run.name << ": implied " << implied << ", published " << p.mfu);
        const bool close = implied / p.mfu > 1 / 1.5 && implied / p.mfu < 1.5;
        REQUIRE((close || !p.run.data_note.empty()));
    }
}

TEST_CASE("named runs and lookup by name", "[runs]") {
    STATIC_REQUIRE(runs::all.size() == 39);
    STATIC_REQUIRE(runs::gpt3_175b.name == "GPT-3 175B");
    STATIC_REQUIRE(runs::llama3_1_405b.name == "Llama 3.1 405B");
    STATIC_REQUIRE(runs::claude_mythos_preview.name == "Claude Mythos Preview");
    STATIC_REQUIRE(runs::find_run("gpt-3") == &runs::gpt3_175b);
    STATIC_REQUIRE(runs::find_run("LLAMA 3.1 405B") == &runs::llama3_1_405b);
    STATIC_REQUIRE(runs::find_run("deepseek v3") == &runs::deepseek_v3);
    STATIC_REQUIRE(runs::find_run("DeepSeek DeepSeek-V3") == &runs::deepseek_v3);
    STATIC_REQUIRE(runs::find_run("Meta AI Llama 2 70B") == &runs::llama2_70b);
    STATIC_REQUIRE(runs::find_run("Mythos") == &runs::claude_mythos_preview);
    // Never a guess: near misses and names that fit two runs find nothing.
    STATIC_REQUIRE(runs::find_run("GPT-3.5") == nullptr);
    STATIC_REQUIRE(runs::find_run("Llama 3") == nullptr);
    STATIC_REQUIRE(runs::find_run("Grok") == nullptr);
    STATIC_REQUIRE(runs::find_run("") == nullptr);
    // Each named constant is the record its name says, each alias names one run and is no other
    // run's full name.
    for (const runs::training_run& run : runs::all)
        REQUIRE(runs::find_run(run.name) == &run);
    for (const runs::run_alias& alias : runs::aliases) {
        INFO(alias.name);
        REQUIRE(alias.run != nullptr);
        REQUIRE(runs::find_run(alias.name) == alias.run);
    }
}

TEST_CASE("unknown is NaN, never zero, and derived figures follow the data", "[runs]") {
    constexpr const runs::training_run& mythos = runs::claude_mythos_preview;
    STATIC_REQUIRE(!mythos.has_params_total());
    STATIC_REQUIRE(!mythos.has_compute());
    STATIC_REQUIRE(mythos.compute_source == runs::flop_source::undisclosed);
    STATIC_REQUIRE(!(runs::implied_mfu(mythos) == runs::implied_mfu(mythos)));
    STATIC_REQUIRE(!runs::mfu_implausible(mythos));
    for (const runs::training_run& run : runs::all) {
        INFO(run.name);
        REQUIRE(run.params_total.value() != 0);
        REQUIRE(run.compute.value() != 0);
        REQUIRE(run.chips != 0);
        REQUIRE(run.chip_hours != 0);
        REQUIRE(!run.sources.empty());
    }
    // A mixture of experts counts its active parameters: DeepSeek-V3 6 x 37B x 14.8T = 3.29e24.
    STATIC_REQUIRE(runs::deepseek_v3.is_mixture_of_experts());
    STATIC_REQUIRE(near(runs::six_nd(runs::deepseek_v3).value(), 6 * 37e9 * 14.8e12));
    // GPT-3: 3.14e23 / (3.552M V100-hours x 125 TFLOP/s FP16) = 19.6% (Epoch AI: 19.66%).
    STATIC_REQUIRE(near(runs::implied_mfu(runs::gpt3_175b), 3.14e23 / (3.552e6 * 3600 * 125e12)));
    // DeepSeek-V3: $5.576M over 2.788M H800-hours is the $2 per GPU-hour the report assumed.
    STATIC_REQUIRE(
        near(runs::implied_price_per_chip_hour(runs::deepseek_v3).in(units::USD_per_h), 2.0, 1e-9));
    // Olmo 3 gives chips and days but no chip-hours: 1,024 x 56 days x 24.
    STATIC_REQUIRE(near(runs::implied_chip_hours(runs::olmo3_32b), 1024.0 * 56 * 24, 1e-9));
}
