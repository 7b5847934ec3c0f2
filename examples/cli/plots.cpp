// `plot`: the iso-FLOP loss curves with their compute-optimal frontier (Hoffmann et al. 2022,
// Figure 3's classic picture, under a chosen law), the frontier N_opt(C) and D_opt(C) under every
// law, and the catalog's chips by dense peak per precision.
#include "commands.hpp"
#include "lookup.hpp"
#include "svg.hpp"

#include "flopscale/compute.hpp"
#include "flopscale/runs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace fscli {
namespace {

using flopscale::flops;
using flopscale::parameters;
using flopscale::tokens;

// n points spaced evenly in log10 between lo and hi.
std::vector<double> log_space(double lo, double hi, int n) {
    std::vector<double> out;
    for (int i = 0; i < n; ++i)
        out.push_back(
            std::pow(10.0, std::log10(lo) + (std::log10(hi) - std::log10(lo)) * i / (n - 1)));
    return out;
}

// "1e21" for 1e21.
std::string exponent_label(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "1e%d", static_cast<int>(std::lround(std::log10(v))));
    return buffer;
}

chart isoflop_chart(const named_law& l) {
    const auto& law = *l.law;
    chart c;
    c.title = "IsoFLOP curves and the compute-optimal frontier (" + std::string(l.name) + ")";
    const std::vector<double> budgets = log_space(1e18, 1e25, 8);
    const double lowest = law.frontier_loss(flops{budgets.back()});
    const double highest = law.frontier_loss(flops{budgets.front()});
    c.x = {"parameters N (model size), tokens D = C / 6N", 1e7, 1e13, true, {}};
    c.y = {"predicted loss (nats/token)",
           std::floor(lowest * 10) / 10 - 0.1,
           std::ceil(highest * 10) / 10 + 0.6,
           false,
           {}};
    series frontier{"compute-optimal N (Eq. 4)", "#000000", series_style::line_and_markers, {}};
    for (std::size_t k = 0; k < budgets.size(); ++k) {
        const flops budget{budgets[k]};
        series curve{
            "C = " + exponent_label(budgets[k]) + " FLOP", palette(k), series_style::line, {}};
        for (double n : log_space(1e7, 1e13, 160))
            curve.points.push_back({n, law.isoflop_loss(budget, parameters{n})});
        c.lines.push_back(curve);
        const auto best = law.compute_optimal(budget);
        frontier.points.push_back({best.params.value(), law.loss(best.params, best.tokens)});
    }
    c.lines.push_back(frontier);
    return c;
}

chart frontier_chart() {
    chart c;
    c.title = "Compute-optimal model size and data under each law";
    c.x = {"training compute C (FLOP)", 1e18, 1e28, true, {}};
    c.y = {"parameters (solid) and tokens (dashed)", 1e7, 1e16, true, {}};
    c.legend = corner::bottom_right;
    std::size_t k = 0;
    for (const named_law& l : laws()) {
        series n{std::string(l.name) + ": N_opt", palette(k), series_style::line, {}};
        series d{std::string(l.name) + ": D_opt", palette(k), series_style::dashed_line, {}};
        for (double budget : log_space(1e18, 1e28, 41)) {
            const auto best = l.law->compute_optimal(flops{budget});
            n.points.push_back({budget, best.params.value()});
            d.points.push_back({budget, best.tokens.value()});
        }
        c.lines.push_back(n);
        c.lines.push_back(d);
        ++k;
    }
    // Published runs, placed at 6·N·D (scaling-science.md §8).
    struct run {
        const char* name;
        double params;
        double tokens;
    };
    const run runs[] = {{"GPT-3", 174.6e9, 300e9},
                        {"Chinchilla", 70e9, 1.4e12},
                        {"Llama 3.1 405B", 405e9, 15.6e12}};
    series published{"published runs (N)", "#000000", series_style::markers, {}};
    for (const run& r : runs) {
        const double budget =
            flopscale::training_flops(parameters{r.params}, tokens{r.tokens}).value();
        published.points.push_back({budget, r.params});
        c.notes.push_back({{budget, r.params}, r.name, "#000000"});
    }
    c.lines.push_back(published);
    return c;
}

chart chips_chart(const std::vector<const flopscale::accelerator*>& chips) {
    using flopscale::precision;
    chart c;
    c.title = "Dense peak per precision (catalog, no 2:4 sparsity)";
    c.width = 1000;
    c.height = 620;
    c.y = {"dense peak (FLOP/s or OP/s)", 1e13, 3e16, true, {}};
    c.legend = corner::top_left;
    const precision shown[] = {precision::fp32, precision::bf16, precision::fp8, precision::fp4,
                               precision::int8};
    // Long names ("B300 (HGX, Blackwell Ultra, per GPU)") are shortened to stay on the page.
    for (const flopscale::accelerator* chip : chips) {
        std::string name(chip->name);
        if (name.size() > 24) name = name.substr(0, 22) + "...";
        c.x.categories.push_back(name);
    }
    std::size_t k = 0;
    for (precision p : shown) {
        series s{
            std::string(flopscale::to_string_view(p)), palette(k++), series_style::markers, {}};
        for (std::size_t i = 0; i < chips.size(); ++i)
            if (chips[i]->has_peak(p))
                s.points.push_back({static_cast<double>(i), chips[i]->peak(p).value()});
        c.lines.push_back(s);
    }
    return c;
}

// The EU AI Act presumes systemic risk above 10^25 training FLOP (Regulation (EU) 2024/1689,
// Art. 51(2)).
constexpr double eu_ai_act_threshold = 1e25;

// Moves each label of a chart with a linear x axis and a logarithmic y axis up, a line at a time,
// until it overlaps no label placed before it. Sizes are estimated as render_svg draws notes: 10 px
// text, about 6 px a character and 12 px a line, in a plot area about 108 px narrower and shorter
// than the picture.
void lift_overlapping_labels(chart& c) {
    const double px_per_x = (c.width - 108) / (c.x.max - c.x.min);
    const double px_per_decade = (c.height - 108) / (std::log10(c.y.max) - std::log10(c.y.min));
    const double line = 12 / px_per_decade; // decades
    // Each move lifts a label to exactly one line above another; 0.99 keeps rounding from taking
    // that for an overlap again.
    struct box {
        double left, right, bottom; // x in data units, bottom in decades
    };
    std::vector<box> placed;
    for (annotation& note : c.notes) {
        const double width = 6.0 * static_cast<double>(note.text.size()) / px_per_x;
        double bottom = std::log10(note.at.y);
        for (bool moved = true; moved;) {
            moved = false;
            for (const box& b : placed)
                if (note.at.x < b.right && b.left < note.at.x + width &&
                    std::abs(bottom - b.bottom) < 0.99 * line) {
                    bottom = b.bottom + line;
                    moved = true;
                }
        }
        note.at.y = std::pow(10.0, bottom);
        placed.push_back({note.at.x, note.at.x + width, bottom});
    }
}

chart runs_chart() {
    using flopscale::runs::training_run;
    chart c;
    c.title = "Training compute of notable runs (reported, or Epoch AI's estimates, CC-BY 4.0)";
    c.width = 1200;
    c.height = 720;
    c.x = {"year (runs of one year spread by compute)", 2019.5, 2027.5, false, {}};
    c.y = {"training compute (FLOP)", 1e22, 1e29, true, {}};
    c.legend = corner::top_left;
    series reported{"reported by the developer", palette(0), series_style::markers, {}};
    series estimated{"estimated by Epoch AI", palette(3), series_style::markers, {}};
    // Within a year, runs sit left to right by compute so their labels climb instead of stacking.
    std::vector<const training_run*> ordered;
    for (const training_run& run : flopscale::runs::all)
        if (run.has_compute()) ordered.push_back(&run);
    // Ties keep the table's order: std::sort with the record's place as the last key (libstdc++'s
    // stable_sort uses get_temporary_buffer, deprecated in C++23).
    std::sort(ordered.begin(), ordered.end(), [](const training_run* a, const training_run* b) {
        if (a->year != b->year) return a->year < b->year;
        if (a->compute != b->compute) return a->compute < b->compute;
        return a < b;
    });
    for (std::size_t i = 0; i < ordered.size();) {
        std::size_t end = i;
        while (end < ordered.size() && ordered[end]->year == ordered[i]->year)
            ++end;
        for (std::size_t k = i; k < end; ++k) {
            const training_run& run = *ordered[k];
            const point at{run.year +
                               0.8 * static_cast<double>(k - i) / static_cast<double>(end - i),
                           run.compute.value()};
            (run.compute_source == flopscale::runs::flop_source::reported ? reported : estimated)
                .points.push_back(at);
            c.notes.push_back({at, std::string(run.name), "#333333"});
        }
        i = end;
    }
    lift_overlapping_labels(c);
    c.lines.push_back(reported);
    c.lines.push_back(estimated);
    c.lines.push_back({"EU AI Act systemic-risk threshold, 1e25 FLOP",
                       "#555555",
                       series_style::dashed_line,
                       {{c.x.min, eu_ai_act_threshold}, {c.x.max, eu_ai_act_threshold}}});
    // The seed article's "Mythos": 10T parameters x 300T tokens, figures found only in secondary
    // coverage (Anthropic discloses neither), placed at 6ND as a claim, not as a run.
    const double claim = flopscale::training_flops(parameters{10e12}, tokens{300e12}).value();
    const point claimed{2026.0, claim};
    c.lines.push_back({"claim, not data: 10T params x 300T tokens (6ND)",
                       palette(1),
                       series_style::markers,
                       {claimed}});
    c.notes.push_back({claimed, "claim: \"Mythos\" 10T x 300T = 1.8e28", palette(1)});
    return c;
}

} // namespace

int run_plot(const arguments& args) {
    if (args.words().empty()) return fail("plot needs a kind: isoflop, frontier, chips or runs");
    const std::string kind = args.words().front();
    if (!args.has("out")) return fail("plot needs --out FILE.svg");
    std::string error;
    chart c;
    if (kind == "isoflop") {
        const named_law* l = find_law(args.has("law") ? *args.find("law") : "besiroglu2024", error);
        if (l == nullptr) return fail(error);
        c = isoflop_chart(*l);
    } else if (kind == "frontier") {
        if (args.has("law")) return fail("plot frontier draws every law; --law does not apply");
        c = frontier_chart();
    } else if (kind == "chips") {
        if (args.has("law")) return fail("plot chips draws no scaling law; --law does not apply");
        std::vector<const flopscale::accelerator*> chips;
        for (const flopscale::accelerator& chip : flopscale::catalog::all)
            chips.push_back(&chip);
        c = chips_chart(chips);
    } else if (kind == "fit") {
        if (args.has("law")) return fail("plot fit draws the law it fits; --law does not apply");
        if (!fit_chart(args, c, error)) return fail(error);
    } else if (kind == "runs") {
        if (args.has("law")) return fail("plot runs draws no scaling law; --law does not apply");
        c = runs_chart();
    } else {
        return fail("unknown plot '" + kind + "'; plots: isoflop, frontier, chips, runs, fit");
    }
    if (kind != "fit" && args.has("runs")) return fail("--runs applies to plot fit only");
    const std::string& path = *args.find("out");
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) return fail("cannot write '" + path + "'");
    const std::string svg = render_svg(c);
    const bool written = std::fwrite(svg.data(), 1, svg.size(), file) == svg.size();
    if (std::fclose(file) != 0 || !written) return fail("cannot write '" + path + "'");
    std::printf("wrote %s (%s)\n", path.c_str(), c.title.c_str());
    if (kind == "runs") std::printf("Estimates: %s.\n", epoch_attribution);
    return exit_ok;
}

} // namespace fscli
