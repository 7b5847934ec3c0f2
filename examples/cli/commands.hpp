// The commands of the flopscale tool. Each returns the process exit code: 0 on success, 2 after
// printing one line on stderr for bad input.
#pragma once

#include "arguments.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace fscli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_usage = 2;

// Prints "flopscale: <message>" on stderr and returns exit_usage.
int fail(const std::string& message);

struct command {
    std::string_view name;
    std::string_view synopsis;
    std::string_view summary;
    std::vector<flag> flags;
    int (*run)(const arguments&);
};

const std::vector<command>& commands();

int run_plan(const arguments& args);
int run_step(const arguments& args);
int run_layout(const arguments& args);
int run_effective_equivalents(const arguments& args); // equiv --effective
int run_optimal(const arguments& args);
int run_chips(const arguments& args);
int run_equiv(const arguments& args);
int run_runs(const arguments& args);
int run_plot(const arguments& args);
int run_serve(const arguments& args);
int run_fit(const arguments& args);

struct chart;
// The chart of `plot fit`: the runs of --runs, the fitted law's iso-loss contours and frontier.
bool fit_chart(const arguments& args, chart& out, std::string& error);

// The credit Epoch AI's licence (CC-BY 4.0) asks for, printed wherever its estimates appear;
// two lines.
extern const char* const epoch_attribution;

} // namespace fscli
