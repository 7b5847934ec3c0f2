#include "lookup.hpp"
#include "report.hpp"

#include <cmath>
#include <cstdio>

namespace fscli {
namespace {

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

template <class Entries>
std::vector<std::string> names_of(const Entries& entries) {
    std::vector<std::string> names;
    for (const auto& e : entries)
        names.emplace_back(e.name);
    return names;
}

std::string plain_bound(double v) {
    if (v > 1e300) return "inf";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

} // namespace

const std::vector<named_law>& laws() {
    static const std::vector<named_law> all{
        {"besiroglu2024", &flopscale::scaling::besiroglu2024,
         "Besiroglu et al. 2024, Epoch AI's replication of Chinchilla Approach 3"},
        {"hoffmann2022", &flopscale::scaling::hoffmann2022,
         "Hoffmann et al. 2022, Eq. 10 as printed"},
        {"hoffmann2022_unrounded", &flopscale::scaling::hoffmann2022_unrounded,
         "Hoffmann et al. 2022, Eq. 10 from the TeX source"},
    };
    return all;
}

const named_law* find_law(std::string_view name, std::string& error) {
    for (const named_law& l : laws())
        if (normalized(l.name) == normalized(name)) return &l;
    error =
        "unknown scaling law '" + std::string(name) + "'; known laws: " + join(names_of(laws()));
    return nullptr;
}

const std::vector<named_model>& models() {
    namespace p = flopscale::presets;
    static const std::vector<named_model> all{
        {"gpt3-175b", &p::gpt3_175b, "GPT-3 175B (Brown et al. 2020)"},
        {"chinchilla-70b", &p::chinchilla_70b, "Chinchilla 70B (Hoffmann et al. 2022)"},
        {"llama2-70b", &p::llama2_70b, "Llama 2 70B (Touvron et al. 2023)"},
        {"llama3-405b", &p::llama3_1_405b, "Llama 3.1 405B (Llama 3 paper, 2024)"},
        {"palm-540b", &p::palm_540b, "PaLM 540B (Chowdhery et al. 2022)"},
        {"deepseek-v3", &p::deepseek_v3, "DeepSeek-V3, 671B total, 37B active (2024)"},
        {"deepseek-llm-7b", &p::deepseek_llm_7b, "DeepSeek LLM 7B (2024)"},
        {"deepseek-llm-67b", &p::deepseek_llm_67b, "DeepSeek LLM 67B (2024)"},
    };
    return all;
}

const named_model* find_model(std::string_view name, std::string& error) {
    for (const named_model& m : models())
        if (normalized(m.name) == normalized(name)) return &m;
    // "llama3.1-405b" is what people write for the released model.
    if (normalized(name) == normalized("llama3.1-405b")) return &models()[3];
    error = "unknown model '" + std::string(name) +
            "'; closest: " + join(closest(name, names_of(models()), 3));
    return nullptr;
}

const flopscale::accelerator* find_chip(std::string_view name, std::string& error) {
    if (const flopscale::accelerator* chip = flopscale::find_accelerator(name)) return chip;
    std::vector<std::string> suggestions;
    for (const flopscale::accelerator* chip : flopscale::closest_accelerators(name))
        if (chip != nullptr) suggestions.emplace_back(chip->name);
    // The library offers only near misses; a wilder guess still deserves some names.
    if (suggestions.empty()) suggestions = closest(name, names_of(flopscale::catalog::all), 3);
    error = "unknown chip '" + std::string(name) + "'; closest: " + join(suggestions) +
            " (flopscale chips lists all)";
    return nullptr;
}

bool find_precision(std::string_view name, flopscale::precision& out, std::string& error) {
    const auto found = flopscale::parse_precision(name);
    if (!found) {
        error = "unknown precision '" + std::string(name) +
                "'; use one of fp64, fp32, tf32, bf16, fp16, fp8, fp6, fp4, int8, int4";
        return false;
    }
    out = found.value;
    return true;
}

bool find_basis(std::string_view name, flopscale::h100e_basis& out, std::string& error) {
    const std::string key = normalized(name);
    if (key == "8bit" || key == "eightbitdense" || key == "8bitdense") {
        out = flopscale::h100e_basis::eight_bit_dense;
        return true;
    }
    if (key == "fp16" || key == "fp16dense") {
        out = flopscale::h100e_basis::fp16_dense;
        return true;
    }
    error = "unknown H100-equivalent basis '" + std::string(name) + "'; use 8bit or fp16";
    return false;
}

std::string parse_problem(std::string_view text, flopscale::parse_error error, std::size_t pos) {
    using flopscale::parse_error;
    const std::string rest(text.substr(pos < text.size() ? pos : text.size()));
    switch (error) {
    case parse_error::none:
        return "";
    case parse_error::empty:
        return "(it is empty)";
    case parse_error::invalid_number:
        return "(no number at '" + rest + "')";
    case parse_error::out_of_range:
        return "(the number is too large)";
    case parse_error::unknown_unit:
        return "(unknown unit '" + rest + "')";
    case parse_error::wrong_dimension:
        return "(the unit '" + rest + "' measures something else)";
    case parse_error::trailing_characters:
        return "(unexpected '" + rest + "' at the end)";
    }
    return "";
}

bool read_price(const arguments& args, flopscale::usd_per_hour& out, std::string& error) {
    const std::string* text = args.find("price");
    if (text == nullptr) return false;
    const auto amount = flopscale::parse<flopscale::usd>(*text);
    const auto rate = flopscale::parse<flopscale::usd_per_hour>(*text);
    if (amount)
        out = amount.value.value() * flopscale::units::USD_per_h;
    else if (rate)
        out = rate.value;
    else {
        error = "--price: cannot read '" + *text + "' as US dollars per chip-hour " +
                parse_problem(*text, amount.error, amount.pos);
        return false;
    }
    if (out.value() >= 0) return true;
    error = "--price must not be negative";
    return false;
}

bool read_whole(const arguments& args, std::string_view name, int& out, std::string& error) {
    double value = 0;
    if (!read_bounded(args, name, 1, 1e9, true, false, value, error)) return false;
    if (value != std::floor(value)) {
        error = "--" + std::string(name) + " must be a whole number, got " + *args.find(name);
        return false;
    }
    out = static_cast<int>(value);
    return true;
}

bool read_bounded(const arguments& args, std::string_view name, double low, double high,
                  bool low_inclusive, bool allow_percent, double& out, std::string& error) {
    const std::string* text = args.find(name);
    if (text == nullptr) return false;
    double value = 0;
    if (!read_number(*text, value, allow_percent)) {
        error = "--" + std::string(name) + ": '" + *text + "' is not a number";
        return false;
    }
    const bool above_low = low_inclusive ? value >= low : value > low;
    if (!above_low || value > high) {
        error = "--" + std::string(name) + " must be in " + (low_inclusive ? "[" : "(") +
                plain_bound(low) + ", " + plain_bound(high) + "], got " + *text;
        return false;
    }
    out = value;
    return true;
}

bool read_fleet_size(const arguments& args, std::string_view count_flag,
                     const flopscale::accelerator& chip, double server_overhead, double pue,
                     fleet_size& out, std::string& error) {
    const std::string counted = "--" + std::string(count_flag);
    if (args.has(count_flag) && args.has("power")) {
        error = "give " + counted + " or --power, not both (the power buys the chips)";
        return false;
    }
    if (args.has(count_flag))
        return read_bounded(args, count_flag, 0, 1e12, false, false, out.chips, error);
    if (!read_positive(args, "power", "a power", out.power, error)) return false;
    const fleet_power fed = chips_fed_by(chip, out.power, server_overhead, pue, out.chips);
    if (fed == fleet_power::no_tdp) {
        error = std::string(chip.name) + " has no published TDP, so --power cannot count its " +
                "chips; give " + counted;
        return false;
    }
    if (fed != fleet_power::fits) {
        error = "--power " + *args.find("power") + " feeds " +
                (fed == fleet_power::too_few ? "no" : "over 1e12") + " whole " +
                std::string(chip.name) + " at " + text(chip.tdp) + " x overhead " +
                plain(server_overhead) + " x PUE " + plain(pue) + " each";
        return false;
    }
    return true;
}

fleet_power chips_fed_by(const flopscale::accelerator& chip, flopscale::power p,
                         double server_overhead, double pue, double& chips) {
    const double fed = flopscale::chips_for_power(chip, p, server_overhead, pue);
    if (!(fed == fed)) return fleet_power::no_tdp;
    chips = flopscale::math::floor(fed);
    return chips < 1      ? fleet_power::too_few
           : chips > 1e12 ? fleet_power::too_many
                          : fleet_power::fits;
}

} // namespace fscli
