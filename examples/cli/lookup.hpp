// Names the command line accepts for the library's objects: chips, model shapes, scaling laws,
// numeric formats and H100-equivalent bases, and the readers for quantity flags. Each lookup
// returns nullptr or false after writing one sentence into `error`, naming the closest choices.
#pragma once

#include "arguments.hpp"

#include "flopscale/cluster.hpp"
#include "flopscale/equivalents.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/parse.hpp"
#include "flopscale/scaling.hpp"
#include "flopscale/transformer_presets.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace fscli {

struct named_law {
    std::string_view name;
    const flopscale::scaling::parametric_law* law;
    std::string_view citation;
};
const std::vector<named_law>& laws();
const named_law* find_law(std::string_view name, std::string& error);

struct named_model {
    std::string_view name;
    const flopscale::transformer* shape;
    std::string_view description;
};
const std::vector<named_model>& models();
const named_model* find_model(std::string_view name, std::string& error);

const flopscale::accelerator* find_chip(std::string_view name, std::string& error);

bool find_precision(std::string_view name, flopscale::precision& out, std::string& error);
bool find_basis(std::string_view name, flopscale::h100e_basis& out, std::string& error);

// Why the library's parser rejected `text`, as a parenthesised clause for an error message.
std::string parse_problem(std::string_view text, flopscale::parse_error error, std::size_t pos);

// Reads flag `name` through the library's parser: `405B` parameters, `15.6T` tokens, `3.8e25`.
template <class Q>
bool read_quantity(const arguments& args, std::string_view name, std::string_view what, Q& out,
                   std::string& error) {
    const std::string* text = args.find(name);
    if (text == nullptr) return false;
    const auto result = flopscale::parse<Q>(*text);
    if (!result) {
        error = "--" + std::string(name) + ": cannot read '" + *text + "' as " + std::string(what) +
                " " + parse_problem(*text, result.error, result.pos);
        return false;
    }
    out = result.value;
    return true;
}

// As read_quantity, and the value must be positive.
template <class Q>
bool read_positive(const arguments& args, std::string_view name, std::string_view what, Q& out,
                   std::string& error) {
    if (!read_quantity(args, name, what, out, error)) return false;
    if (out.value() > 0) return true;
    error = "--" + std::string(name) + " must be positive";
    return false;
}

// A price per chip-hour from --price: a bare amount ("2", "$2.10") is per chip-hour, a rate
// ("$2/h", "2 USD/h") says so. False without --price, or with `error` set for a bad or negative
// price.
bool read_price(const arguments& args, flopscale::usd_per_hour& out, std::string& error);

// A plain number from flag `name` that must lie in (low, high] (or [low, high] when
// `low_inclusive`). Percentages are accepted when `allow_percent`.
bool read_bounded(const arguments& args, std::string_view name, double low, double high,
                  bool low_inclusive, bool allow_percent, double& out, std::string& error);

// A whole number of at least 1 from flag `name` (a degree, a count); false without the flag, or
// with `error` set.
bool read_whole(const arguments& args, std::string_view name, int& out, std::string& error);

// The whole chips that facility power `p` feeds at TDP x server_overhead x PUE
// (flopscale::chips_for_power rounded down) into `chips`; heap-free, for the tool and
// flopscale.wasm alike. The answer is usable when it is fleet_power::fits: a chip without a
// published TDP cannot be counted this way, and a fleet must hold 1 to 1e12 chips.
enum class fleet_power { fits, no_tdp, too_few, too_many };
fleet_power chips_fed_by(const flopscale::accelerator& chip, flopscale::power p,
                         double server_overhead, double pue, double& chips);

// How many chips: `--<count_flag> N`, or `--power P`, the facility power that feeds them; call it
// when one of the two is given. --power buys the whole chips P feeds at TDP x server_overhead x
// PUE (flopscale::chips_for_power, rounded down) and keeps P in `power`; with a count it is NaN.
struct fleet_size {
    double chips = 0;
    flopscale::power power{flopscale::detail::nan_value()};
};
bool read_fleet_size(const arguments& args, std::string_view count_flag,
                     const flopscale::accelerator& chip, double server_overhead, double pue,
                     fleet_size& out, std::string& error);

} // namespace fscli
