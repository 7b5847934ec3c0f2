// `optimal`, `chips` and `equiv`: the compute-optimal split of a budget, the catalog as a table and
// fleets in H100-equivalents.
#include "commands.hpp"
#include "lookup.hpp"
#include "report.hpp"

#include "flopscale/equivalents.hpp"
#include "flopscale/format.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace fscli {
namespace {

void print(const report& r, bool json) {
    std::fputs((json ? r.json() : r.table()).c_str(), stdout);
}

std::string chips_json(const std::vector<const flopscale::accelerator*>& chips);

// A dense peak as a bare number of TFLOP/s (TOPS for integer formats), so that every peak column
// of the table reads in the same unit.
std::string peak_text(const flopscale::accelerator& chip, flopscale::precision p) {
    return chip.has_peak(p) ? plain(chip.peak(p).in(flopscale::units::TFLOP_per_s), 5) : "-";
}

// 16-bit: the faster of BF16 and FP16, as the fp16 H100e basis takes it, with '*' for an FP16
// figure (a chip that publishes no faster BF16 one) and a space otherwise, to keep digits aligned.
std::string sixteen_bit_text(const flopscale::accelerator& chip) {
    using flopscale::precision;
    const bool fp16_faster =
        chip.has_peak(precision::fp16) && chip.peak(precision::fp16) > chip.peak(precision::bf16);
    return fp16_faster ? peak_text(chip, precision::fp16) + "*"
                       : peak_text(chip, precision::bf16) + " ";
}

} // namespace

int run_optimal(const arguments& args) {
    std::string error;
    flopscale::flops compute{0.0};
    if (!args.has("compute")) return fail("optimal needs --compute, e.g. --compute 1e26");
    if (!read_positive(args, "compute", "a FLOP count", compute, error)) return fail(error);
    const named_law* chosen =
        find_law(args.has("law") ? *args.find("law") : "besiroglu2024", error);
    if (chosen == nullptr) return fail(error);

    const auto best = chosen->law->compute_optimal(compute);
    report r;
    r.heading("Compute-optimal allocation of " + text(compute) + " under " +
              std::string(chosen->name));
    r.string("law", "scaling law", std::string(chosen->citation));
    r.quantity("compute_flops", "compute", compute);
    r.quantity("optimal_params", "parameters", best.params);
    r.quantity("optimal_tokens", "tokens", best.tokens);
    const double ratio = best.tokens.value() / best.params.value();
    r.number("tokens_per_parameter", "tokens per parameter", plain(ratio), ratio);
    const double loss = chosen->law->loss(best.params, best.tokens);
    r.number("loss", "predicted loss", plain(loss, 4) + " nats/token", loss);

    if (args.has("json")) {
        print(r, true);
        return exit_ok;
    }
    print(r, false);
    // The same budget under every law, because the laws disagree (see scaling-science §10).
    std::vector<std::vector<std::string>> rows{
        {"law", "parameters", "tokens", "tokens/param", "loss"}};
    for (const named_law& l : laws()) {
        const auto a = l.law->compute_optimal(compute);
        rows.push_back({std::string(l.name) + (l.law == chosen->law ? " *" : ""), text(a.params),
                        text(a.tokens), plain(a.tokens.value() / a.params.value()),
                        plain(l.law->loss(a.params, a.tokens), 4)});
    }
    std::fputs(
        ("\nEvery law at the same budget:\n" + columns(rows, {false, true, true, true, true}))
            .c_str(),
        stdout);
    return exit_ok;
}

int run_chips(const arguments& args) {
    std::vector<const flopscale::accelerator*> chips;
    const std::string* vendor = args.find("vendor");
    std::vector<std::string> vendors;
    for (const flopscale::accelerator& chip : flopscale::catalog::all) {
        if (vendors.empty() || vendors.back() != chip.vendor) vendors.emplace_back(chip.vendor);
        if (vendor == nullptr || normalized(chip.vendor) == normalized(*vendor))
            chips.push_back(&chip);
    }
    if (chips.empty()) {
        std::string known;
        for (const std::string& v : vendors)
            known += (known.empty() ? "" : ", ") + v;
        return fail("no chips from vendor '" + *vendor + "'; vendors: " + known);
    }
    if (args.has("json")) {
        std::fputs(chips_json(chips).c_str(), stdout);
        return exit_ok;
    }
    using flopscale::precision;
    std::vector<std::vector<std::string>> rows{{"chip", "vendor", "year", "16-bit", "FP8", "FP4",
                                                "INT8", "memory", "bandwidth", "TDP", "trust"}};
    for (const flopscale::accelerator* chip : chips)
        rows.push_back({std::string(chip->name), std::string(chip->vendor),
                        std::to_string(chip->year), sixteen_bit_text(*chip),
                        peak_text(*chip, precision::fp8), peak_text(*chip, precision::fp4),
                        peak_text(*chip, precision::int8),
                        chip->has_memory() ? text(chip->memory) : "-",
                        chip->has_memory_bandwidth() ? text(chip->memory_bandwidth) : "-",
                        chip->has_tdp() ? text(chip->tdp) : "-",
                        std::string(flopscale::to_string_view(chip->confidence))});
    std::fputs(columns(rows, {false, false, true, true, true, true, true, true, true, true, false})
                   .c_str(),
               stdout);
    std::printf(
        "\nDense peaks (no 2:4 sparsity) in TFLOP/s, INT8 in TOPS; 16-bit is the faster of BF16 "
        "and FP16,\n'*' where that is the FP16 figure; '-' is unknown or unsupported, never "
        "zero. %zu chips.\n",
        chips.size());
    return exit_ok;
}

int run_equiv(const arguments& args) {
    if (args.has("effective")) return run_effective_equivalents(args);
    std::string error;
    if (!args.has("chip")) return fail("equiv needs --chip, e.g. --chip \"Ascend 910C\"");
    const flopscale::accelerator* chip = find_chip(*args.find("chip"), error);
    if (chip == nullptr) return fail(error);
    double overhead = 1;
    double pue = 1;
    if ((args.has("overhead") || args.has("pue")) && !args.has("power"))
        return fail("--overhead and --pue size a fleet by its power: give --power with them");
    if (args.has("overhead") &&
        !read_bounded(args, "overhead", 1, 10, true, false, overhead, error))
        return fail(error);
    if (args.has("pue") && !read_bounded(args, "pue", 1, 10, true, false, pue, error))
        return fail(error);
    fleet_size size{1};
    if ((args.has("count") || args.has("power")) &&
        !read_fleet_size(args, "count", *chip, overhead, pue, size, error))
        return fail(error);
    const double count = size.chips;
    // Epoch AI's current basis unless the chip has no 8-bit figure, which the output then says.
    flopscale::h100e_basis basis = flopscale::h100e_basis::eight_bit_dense;
    const bool chosen = args.has("basis");
    if (chosen && !find_basis(*args.find("basis"), basis, error)) return fail(error);
    const bool has_eight_bit =
        chip->has_peak(flopscale::precision::fp8) || chip->has_peak(flopscale::precision::int8);
    const bool fell_back = !chosen && !has_eight_bit;
    if (fell_back) basis = flopscale::h100e_basis::fp16_dense;

    const bool eight_bit = basis == flopscale::h100e_basis::eight_bit_dense;
    const double h100e = flopscale::h100_equivalents(*chip, count, basis);
    const auto other =
        eight_bit ? flopscale::h100e_basis::fp16_dense : flopscale::h100e_basis::eight_bit_dense;
    const double other_h100e = flopscale::h100_equivalents(*chip, count, other);
    if (!(h100e == h100e))
        return fail(std::string(chip->name) + " has no published dense " +
                    (eight_bit ? "8-bit (FP8 or INT8)" : "FP16/BF16") +
                    " peak, so it has no H100-equivalent on that basis; try --basis " +
                    (eight_bit ? "fp16" : "8bit"));

    report r;
    r.heading(fscli::count(count) + " x " + std::string(chip->name));
    r.string("chip", "chip", std::string(chip->name));
    r.number("count", "count", fscli::count(count), count);
    if (size.power == size.power)
        r.number("power_budget_w", "bought by",
                 text(size.power) + " at TDP x overhead " + plain(overhead) + " x PUE " +
                     plain(pue),
                 size.power.value());
    r.json_string("basis", eight_bit ? "8bit" : "fp16");
    r.row("basis", eight_bit ? "8bit (dense FP8/INT8, H100 = 1,979 TOPS; Epoch AI since 2026)"
                   : fell_back
                       ? "fp16 (dense FP16 tensor, H100 = 989.4 TFLOP/s), no published 8-bit peak"
                       : "fp16 (dense FP16 tensor, H100 = 989.4 TFLOP/s; Epoch AI 2024)");
    r.number("h100_equivalents", "H100-equivalents", fscli::count(std::round(h100e)), h100e);
    r.number(eight_bit ? "h100_equivalents_fp16" : "h100_equivalents_8bit",
             eight_bit ? "on the fp16 basis" : "on the 8bit basis",
             other_h100e == other_h100e ? fscli::count(std::round(other_h100e))
                                        : "n/a (no published peak)",
             other_h100e);
    if (chip->has_tdp()) r.quantity("tdp_w", "chip power (TDP)", chip->tdp * count);
    print(r, args.has("json"));
    return exit_ok;
}

namespace {
std::string chips_json(const std::vector<const flopscale::accelerator*>& chips) {
    std::string out = "{\n  \"chips\": [";
    for (std::size_t i = 0; i < chips.size(); ++i) {
        const flopscale::accelerator& chip = *chips[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        out += "\"name\": " + json_quote(chip.name) + ", \"vendor\": " + json_quote(chip.vendor) +
               ", \"year\": " + std::to_string(chip.year);
        for (flopscale::precision p : flopscale::all_precisions)
            out += ", \"peak_" + std::string(flopscale::to_string_view(p)) + "_flops\": " +
                   (chip.has_peak(p) ? json_number_text(chip.peak(p).value()) : "null");
        out += ", \"memory_bytes\": " + json_number_text(chip.memory.value()) +
               ", \"memory_bandwidth_bytes_per_s\": " +
               json_number_text(chip.memory_bandwidth.value()) +
               ", \"tdp_w\": " + json_number_text(chip.tdp.value()) +
               ", \"confidence\": " + json_quote(flopscale::to_string_view(chip.confidence)) +
               ", \"source\": " + json_quote(chip.source) + "}";
    }
    return out + "\n  ]\n}\n";
}
} // namespace

} // namespace fscli
