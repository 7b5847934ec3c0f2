// `fit`: L(N, D) = E + A/N^alpha + B/D^beta fitted to one's own training runs by Hoffmann et al.
// 2022's procedure (Approach 3), with bootstrap intervals (Besiroglu et al. 2024) and the
// compute-optimal frontier they imply; `plot fit` draws the runs, iso-loss contours and frontier.
#include "commands.hpp"
#include "lookup.hpp"
#include "report.hpp"
#include "svg.hpp"

#include "flopscale/scaling/bootstrap.hpp"
#include "flopscale/scaling/fit.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace fscli {
namespace {

namespace sc = flopscale::scaling;
using flopscale::flops;
using flopscale::parameters;
using flopscale::tokens;

std::string trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        out.push_back(trimmed(line.substr(start, comma - start)));
        if (comma == std::string::npos) return out;
        start = comma + 1;
    }
}

// Reads runs from a CSV file whose header names the columns parameters, loss and either tokens or
// flops (tokens are then C / 6N), in any order. Blank lines and lines starting with # are skipped.
// A bad line is reported as "FILE:LINE: ...".
bool read_runs(const std::string& path, std::vector<sc::training_run>& runs, std::string& error) {
    std::ifstream file(path);
    if (!file) {
        error = "cannot read '" + path + "'";
        return false;
    }
    std::string line;
    int number = 0;
    int column_n = -1;
    int column_d = -1;
    int column_c = -1;
    int column_loss = -1;
    bool header = false;
    while (std::getline(file, line)) {
        ++number;
        const std::string content = trimmed(line);
        if (content.empty() || content[0] == '#') continue;
        const std::vector<std::string> values = fields(content);
        const std::string where = path + ":" + std::to_string(number) + ": ";
        if (!header) {
            for (std::size_t i = 0; i < values.size(); ++i) {
                std::string name = values[i];
                std::transform(name.begin(), name.end(), name.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                int* column = name == "parameters" ? &column_n
                              : name == "tokens"   ? &column_d
                              : name == "flops"    ? &column_c
                              : name == "loss"     ? &column_loss
                                                   : nullptr;
                if (column == nullptr || *column >= 0) {
                    column_n = -1; // an unknown or repeated name: the header is wrong
                    break;
                }
                *column = static_cast<int>(i);
            }
            if (values.size() != 3 || column_n < 0 || column_loss < 0 ||
                (column_d < 0) == (column_c < 0)) {
                error = where +
                        "the header must name the columns parameters, tokens (or flops) and "
                        "loss, got '" +
                        content + "'";
                return false;
            }
            header = true;
            continue;
        }
        if (values.size() != 3) {
            error = where + "expected 3 values, got " + std::to_string(values.size());
            return false;
        }
        double n = 0;
        double second = 0;
        double loss = 0;
        const int second_column = column_d >= 0 ? column_d : column_c;
        const char* second_name = column_d >= 0 ? "tokens" : "flops";
        const struct {
            int column;
            const char* name;
            double* out;
        } cells[] = {{column_n, "parameters", &n},
                     {second_column, second_name, &second},
                     {column_loss, "loss", &loss}};
        for (const auto& cell : cells) {
            const std::string& text = values[static_cast<std::size_t>(cell.column)];
            if (!read_number(text, *cell.out)) {
                error = where + "cannot read '" + text + "' as " + cell.name;
                return false;
            }
            if (!(*cell.out > 0)) {
                error = where + cell.name + " must be positive, got " + text;
                return false;
            }
        }
        const double d = column_d >= 0 ? second : second / (6.0 * n);
        runs.emplace_back(parameters{n}, tokens{d}, loss);
    }
    if (!header) {
        error = path + ": no header line (parameters,tokens,loss or parameters,flops,loss)";
        return false;
    }
    if (runs.size() < sc::law_parameters) {
        error = path + ": " + std::to_string(runs.size()) +
                " runs; a fit needs at least 5, one per parameter";
        return false;
    }
    return true;
}

// "1.828 (SE 0.0301; 95%: 1.764 to 1.873)", or the value alone without a bootstrap.
std::string with_interval(double value, const sc::estimate* e) {
    if (e == nullptr) return plain(value, 4);
    return plain(value, 4) + " (SE " + plain(e->standard_error, 3) +
           "; 95%: " + plain(e->lower, 4) + " to " + plain(e->upper, 4) + ")";
}

// "1e21" for a power of ten.
std::string exponent_text(double v) {
    return "1e" + std::to_string(static_cast<int>(std::lround(std::log10(v))));
}

// Budgets of the frontier table: decades over the range of today's training runs.
const double frontier_budgets[] = {1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26};

} // namespace

int run_fit(const arguments& args) {
    std::string error;
    if (args.words().empty()) return fail("fit needs a CSV file of runs: flopscale fit runs.csv");
    std::vector<sc::training_run> runs;
    if (!read_runs(args.words().front(), runs, error)) return fail(error);
    double resamples = 1000;
    if (args.has("resamples") &&
        !read_bounded(args, "resamples", 0, 100000, true, false, resamples, error))
        return fail(error);
    if (resamples != std::floor(resamples) || resamples == 1)
        return fail("--resamples must be 0 (no bootstrap) or a whole number from 2");
    double seed = 42;
    if (args.has("seed") && !read_bounded(args, "seed", 0, 0x1p53, true, false, seed, error))
        return fail(error);
    if (seed != std::floor(seed)) return fail("--seed must be a whole number");

    const sc::run_view view{runs.data(), runs.size()};
    std::vector<sc::parametric_law> replicates(static_cast<std::size_t>(resamples));
    sc::bootstrap_result boot{};
    sc::fit_result fit{};
    if (resamples > 0) {
        boot = sc::bootstrap_parametric_law(view, {replicates.data(), replicates.size()},
                                            static_cast<std::uint64_t>(seed));
        fit = boot.fit;
    } else {
        fit = sc::fit_parametric_law(view);
    }
    if (!fit.converged) return fail("no start of the grid converged; the fit has no answer");
    const bool bootstrapped = resamples > 0 && boot.replicates.size() >= 2;
    const sc::parametric_law& law = fit.law;

    report r;
    r.heading("L(N, D) = E + A/N^alpha + B/D^beta fitted to " + std::to_string(runs.size()) +
              " runs (Hoffmann et al. 2022, Approach 3)");
    const struct {
        const char* key;
        const char* label;
        double value;
        const sc::estimate* spread;
    } constants[] = {
        {"E", "E (irreducible loss)", law.e, bootstrapped ? &boot.e : nullptr},
        {"A", "A", law.a, bootstrapped ? &boot.a : nullptr},
        {"B", "B", law.b, bootstrapped ? &boot.b : nullptr},
        {"alpha", "alpha (exponent of N)", law.alpha, bootstrapped ? &boot.alpha : nullptr},
        {"beta", "beta (exponent of D)", law.beta, bootstrapped ? &boot.beta : nullptr}};
    for (const auto& c : constants) {
        r.number(c.key, c.label, with_interval(c.value, c.spread), c.value);
        if (c.spread == nullptr) continue;
        r.json_number(std::string(c.key) + "_se", c.spread->standard_error);
        r.json_number(std::string(c.key) + "_low", c.spread->lower);
        r.json_number(std::string(c.key) + "_high", c.spread->upper);
    }
    r.number("objective", "objective (summed Huber loss)", plain(fit.objective, 6), fit.objective);
    r.number("runs", "runs", count(static_cast<double>(runs.size())),
             static_cast<double>(runs.size()));
    r.number("starts_converged", "starts converged",
             count(fit.starts_converged) + " of " + count(fit.starts), fit.starts_converged);
    if (resamples > 0) {
        r.number("resamples", "bootstrap resamples",
                 count(static_cast<double>(boot.replicates.size())) + " (seed " + count(seed) +
                     ", " + count(boot.converged) + " converged, " + count(boot.dropped) +
                     " dropped)",
                 static_cast<double>(boot.replicates.size()));
        r.json_number("seed", seed);
    }

    // The compute-optimal frontier (Eq. 4), with bootstrap intervals where there are some.
    std::vector<std::vector<std::string>> rows{
        {"compute (FLOP)", "parameters", "tokens", "tokens/param", "loss"}};
    std::string json_rows;
    for (const double budget : frontier_budgets) {
        const flops c{budget};
        const sc::allocation best = law.compute_optimal(c);
        const double ratio = best.tokens.value() / best.params.value();
        std::string params = scaled(best.params.value());
        std::string data = scaled(best.tokens.value());
        std::string per = plain(ratio);
        std::string row_json = "{\"compute\": " + json_number_text(budget) +
                               ", \"params\": " + json_number_text(best.params.value()) +
                               ", \"tokens\": " + json_number_text(best.tokens.value()) +
                               ", \"tokens_per_parameter\": " + json_number_text(ratio);
        if (bootstrapped) {
            const sc::allocation_estimate spread = sc::compute_optimal(boot, c);
            params += " [" + scaled(spread.params.lower) + ", " + scaled(spread.params.upper) + "]";
            data += " [" + scaled(spread.tokens.lower) + ", " + scaled(spread.tokens.upper) + "]";
            per += " [" + plain(spread.tokens_per_parameter.lower) + ", " +
                   plain(spread.tokens_per_parameter.upper) + "]";
            row_json += ", \"params_low\": " + json_number_text(spread.params.lower) +
                        ", \"params_high\": " + json_number_text(spread.params.upper) +
                        ", \"tokens_per_parameter_low\": " +
                        json_number_text(spread.tokens_per_parameter.lower) +
                        ", \"tokens_per_parameter_high\": " +
                        json_number_text(spread.tokens_per_parameter.upper);
        }
        rows.push_back({exponent_text(budget), params, data, per,
                        plain(law.loss(best.params, best.tokens), 4)});
        json_rows += (json_rows.empty() ? "\n    " : ",\n    ") + row_json + "}";
    }

    if (args.has("json")) {
        // The report's object, with the frontier appended as an array.
        std::string json = r.json();
        json.erase(json.size() - 3); // "\n}\n"
        json += ",\n  \"frontier\": [" + json_rows + "\n  ]\n}\n";
        std::fputs(json.c_str(), stdout);
        return exit_ok;
    }
    std::fputs(r.table().c_str(), stdout);
    std::fputs((std::string("\nCompute-optimal frontier (Hoffmann et al. 2022, Eq. 4)") +
                (bootstrapped ? ", 95% bootstrap intervals in brackets" : "") + ":\n" +
                columns(rows, {false, true, true, true, true}))
                   .c_str(),
               stdout);
    return exit_ok;
}

bool fit_chart(const arguments& args, chart& c, std::string& error) {
    const std::string* path = args.find("runs");
    if (path == nullptr) {
        error = "plot fit needs --runs FILE.csv";
        return false;
    }
    std::vector<sc::training_run> runs;
    if (!read_runs(*path, runs, error)) return false;
    const sc::fit_result fit = sc::fit_parametric_law({runs.data(), runs.size()});
    if (!fit.converged) {
        error = "no start of the grid converged; the fit has no answer";
        return false;
    }
    const sc::parametric_law& law = fit.law;
    double n_low = runs.front().params().value();
    double n_high = n_low;
    double d_low = runs.front().tokens().value();
    double d_high = d_low;
    double loss_low = runs.front().loss();
    double loss_high = loss_low;
    series points{"runs", "#000000", series_style::markers, {}};
    for (const sc::training_run& run : runs) {
        n_low = std::min(n_low, run.params().value());
        n_high = std::max(n_high, run.params().value());
        d_low = std::min(d_low, run.tokens().value());
        d_high = std::max(d_high, run.tokens().value());
        loss_low = std::min(loss_low, run.loss());
        loss_high = std::max(loss_high, run.loss());
        points.points.push_back({run.params().value(), run.tokens().value()});
    }
    // Whole decades around the runs.
    const auto decade_below = [](double v) { return std::pow(10.0, std::floor(std::log10(v))); };
    const auto decade_above = [](double v) { return std::pow(10.0, std::ceil(std::log10(v))); };
    c.title = "Fitted law: E " + plain(law.e, 4) + ", A " + plain(law.a, 4) + ", B " +
              plain(law.b, 4) + ", alpha " + plain(law.alpha, 3) + ", beta " + plain(law.beta, 3);
    c.x = {"parameters N", decade_below(n_low), decade_above(n_high), true, {}};
    c.y = {"training tokens D", decade_below(d_low), decade_above(d_high), true, {}};
    c.legend = corner::bottom_right;

    // Iso-loss contours at six losses spanning the runs': D = (B / (L - E - A/N^alpha))^(1/beta)
    // where the data term can make up the rest.
    const int levels = 6;
    for (int k = 0; k < levels; ++k) {
        const double level = loss_low + (loss_high - loss_low) * k / (levels - 1);
        series contour{
            "L = " + plain(level, 3), palette(static_cast<std::size_t>(k)), series_style::line, {}};
        for (int i = 0; i <= 200; ++i) {
            const double n = c.x.min * std::pow(c.x.max / c.x.min, static_cast<double>(i) / 200);
            const double rest = level - law.e - law.a / std::pow(n, law.alpha);
            if (rest > 0) contour.points.push_back({n, std::pow(law.b / rest, 1.0 / law.beta)});
        }
        if (!contour.points.empty()) c.lines.push_back(contour);
    }
    series frontier{"compute-optimal (Eq. 4)", "#000000", series_style::dashed_line, {}};
    for (int i = 0; i <= 80; ++i) {
        const sc::allocation best = law.compute_optimal(flops{std::pow(10.0, 14 + i * 0.15)});
        frontier.points.push_back({best.params.value(), best.tokens.value()});
    }
    c.lines.push_back(frontier);
    c.lines.push_back(points);
    return true;
}

} // namespace fscli
