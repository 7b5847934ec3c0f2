// flopscale: training budgets, compute-optimal allocations, the accelerator catalog, chip
// equivalents and plots, from the command line.
#include "commands.hpp"

#include "flopscale/config.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>

namespace fscli {
namespace {

void print_overview() {
    std::string text = "flopscale " FLOPSCALE_VERSION_STRING
                       " - training compute, time, energy and cost from the command line\n\n"
                       "usage: flopscale <command> [flags]\n\ncommands:\n";
    for (const command& c : commands()) {
        const std::string_view first_line = c.summary.substr(0, c.summary.find('\n'));
        text += "  " + std::string(c.name) + std::string(10 - c.name.size(), ' ') +
                std::string(first_line) + '\n';
    }
    text += "\nflopscale <command> --help shows a command's flags; flopscale --version its "
            "version.\nQuantities take units: 405B, 15.6T, 3.8e25, \"1.2 GW\", 80GB.\n";
    std::fputs(text.c_str(), stdout);
}

void print_command_help(const command& c) {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about "literal" + std::string
    // at -O3 in C++20 and later.
    std::string text = "usage: flopscale ";
    text.append(c.synopsis).append("\n\n").append(c.summary).append("\n\nflags:\n");
    std::size_t width = 0;
    for (const flag& f : c.flags)
        width = std::max(width, f.name.size() + (f.takes_value ? f.value_name.size() + 1 : 0));
    for (const flag& f : c.flags) {
        std::string left = "--";
        left.append(f.name);
        if (f.takes_value) left.append(" ").append(f.value_name);
        // Continuation lines of a flag's help start under its first line.
        std::string help(f.help);
        for (std::size_t at = help.find('\n'); at != std::string::npos;
             at = help.find('\n', at + 1))
            help.insert(at + 1, std::string(width + 6, ' '));
        text += "  " + left + std::string(width + 4 - left.size(), ' ') + help + '\n';
    }
    std::fputs(text.c_str(), stdout);
}

int run(int argc, const char* const* argv) {
    if (argc < 2) return fail("no command given (flopscale --help lists them)");
    const std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        print_overview();
        return exit_ok;
    }
    if (first == "--version") {
        std::puts("flopscale " FLOPSCALE_VERSION_STRING);
        return exit_ok;
    }
    for (const command& c : commands()) {
        if (c.name != first) continue;
        for (int i = 2; i < argc; ++i)
            if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
                print_command_help(c);
                return exit_ok;
            }
        arguments args;
        std::string error;
        const std::size_t words = c.name == "plot" || c.name == "fit" ? 1 : 0;
        if (!args.parse(argc, argv, 2, c.flags, words, error))
            return fail(error + " (see flopscale " + first + " --help)");
        return c.run(args);
    }
    std::string names;
    for (const command& c : commands())
        names += (names.empty() ? "" : ", ") + std::string(c.name);
    return fail("unknown command '" + first + "' (commands: " + names + ")");
}

} // namespace
} // namespace fscli

int main(int argc, char** argv) {
    // The commands report bad input through their exit code; the only exception left is running
    // out of memory, which must not escape as a crash either.
    try {
        return fscli::run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "flopscale: internal error: %s\n", e.what());
    } catch (...) {
        std::fputs("flopscale: internal error\n", stderr);
    }
    return 1;
}
