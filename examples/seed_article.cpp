// The figures of "The Computational Power Dilemma in the Sino-US AI Rivalry" (WAVE, 23 June 2026),
// the news feature flopscale grew from, recomputed and qualified. A news feature is not a primary
// source: each claim below is checked against what the library knows, and the printout says what
// the arithmetic supports and what it cannot.
#include "flopscale/equivalents.hpp"
#include "flopscale/format.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/layout_search.hpp"
#include "flopscale/plan.hpp"
#include "flopscale/runs.hpp"
#include "flopscale/transformer.hpp"

#include <cstdio>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
const char* show(char (&buffer)[64], double v, const char* fmt = "%.3g") {
    std::snprintf(buffer, sizeof buffer, fmt, v);
    return buffer;
}
template <class Q>
const char* show(char (&buffer)[64], const Q& q) {
    const auto r = to_chars(buffer, buffer + sizeof buffer - 1, q);
    *r.ptr = '\0';
    return buffer;
}

constexpr cluster fleet_of(const accelerator& chip, double count, precision format, double mfu) {
    cluster c;
    c.chip = chip;
    c.count = count;
    c.format = format;
    c.mfu = mfu;
    return c;
}

// Claim 1: a 10-trillion-parameter model on 300 trillion tokens for about $10 billion.
void frontier_model() {
    char a[64], b[64], c[64];
    std::puts("1. \"Mythos\": 10T parameters on 300T tokens, about $10B");
    constexpr cluster gb300s = fleet_of(catalog::gb300, 200000, precision::bf16, 0.4);
    constexpr training_plan p = plan_training(10_Tparams, 300_Ttokens, gb300s);
    static_assert(p.compute > 1e28_flop, "6 N D is 1.8e28 FLOP");
    std::printf("   6 N D = %s, %s tokens per parameter\n", show(a, p.compute),
                show(b, p.tokens_per_param, "%.0f"));
    for (const auto* law : {&scaling::besiroglu2024, &scaling::hoffmann2022_unrounded}) {
        const auto best = law->compute_optimal(p.compute);
        const double gap = law->loss(p.params, p.data) - law->loss(best.params, best.tokens);
        std::printf("   %s: optimum %s on %s (N is %.2fx the optimum's);\n"
                    "      the run's loss is %.4f nats/token above the optimum's\n",
                    law == &scaling::besiroglu2024 ? "Besiroglu 2024" : "Hoffmann 2022 (TeX)",
                    show(a, best.params), show(b, best.tokens), p.params / best.params, gap);
    }
    std::puts("   verdict: near compute-optimal in loss under both laws, though they disagree on\n"
              "   whether the model is too small or too large for its FLOPs");
    std::printf("   $10B / %s = %s USD per FLOP\n", show(a, p.compute),
                show(b, 10e9 / p.compute.value()));
    std::printf("   on 200,000 GB300s at 40%% MFU: %s in BF16, %s in FP8\n", show(a, p.time),
                show(c, plan_training(10_Tparams, 300_Ttokens,
                                      fleet_of(catalog::gb300, 200000, precision::fp8, 0.4))
                            .time));
    std::printf("   implied price: %s USD per GPU-hour if $10B buys the BF16 run\n",
                show(a, 10e9 / p.chip_hours, "%.2f"));
    // What is on record (runs.hpp, notable-runs.md §5.1): nothing from Anthropic.
    const runs::training_run& mythos = runs::claude_mythos_preview;
    std::printf("   on record: %.*s discloses %s parameters, tokens, FLOP or cost; 10T and $10B\n"
                "   come from secondary coverage only, so all of the above is about a claim\n",
                static_cast<int>(mythos.organisation.size()), mythos.organisation.data(),
                mythos.has_params_total() || mythos.has_compute() ? "some" : "no");
    const runs::training_run* largest = &runs::all[0];
    for (const runs::training_run& run : runs::all)
        if (run.compute > largest->compute) largest = &run;
    const std::string_view by = largest->estimated_by;
    std::printf(
        "   6 N D is %.0fx the largest run on record, %.*s at %s (%s by %.*s,\n   CC-BY 4.0)\n\n",
        p.compute / largest->compute, static_cast<int>(largest->name.size()), largest->name.data(),
        show(a, largest->compute),
        largest->compute_source == runs::flop_source::reported ? "reported" : "estimated",
        static_cast<int>(by.size()), by.data());
}

// Claim 2: DeepSeek V4 Pro's 1.6T parameters are "about six times less" than 10T-scale models.
void six_times_smaller() {
    char a[64], b[64];
    std::puts("2. DeepSeek V4 Pro, 1.6T parameters, \"about six times\" smaller than 10T");
    // The 1.6T is DeepSeek's own figure (DeepSeek-V4 report); the 10T is a claim (see 1.).
    constexpr const runs::training_run& v4 = runs::deepseek_v4_pro;
    std::printf("   10T / %.1fT = %.2f in total parameters; a mixture of experts computes with\n"
                "   its active parameters, here %s (%.0fx fewer than the total), so per-token\n"
                "   compute differs by far more than six times. DeepSeek discloses %s;\n"
                "   compute, GPU-hours and pre-training hardware are not disclosed.\n\n",
                v4.params_total.in(units::T_params), 10_Tparams / v4.params_total,
                show(a, v4.params_active), v4.params_total / v4.params_active,
                show(b, v4.training_tokens));
}

// Claim 2b: OpenAI iterates a 4-trillion-parameter model in a month. The token count is not
// stated; at the 20 tokens per parameter of Chinchilla (Hoffmann et al. 2022, Table 3) it is 80T.
void model_in_a_month() {
    char a[64], b[64];
    std::puts("2b. A 4T-parameter model \"in a month\"");
    constexpr flops c = training_flops(4_Tparams, 80_Ttokens);
    const double gb300s = chips_needed(c, 30_days, catalog::gb300);
    std::printf("   at 20 tokens per parameter: %s in 30 days needs %s sustained,\n"
                "   %.0fK GB300s at 40%% BF16 MFU (fewer if fewer tokens or FP8)\n\n",
                show(a, c), show(b, c / 30_days), gb300s / 1e3);
}

// Claim 3: Google's AI compute equals about 5 million H100s.
void google_fleet() {
    std::puts("3. Google's compute \"equals about 5 million H100s\"");
    std::puts("   Epoch AI's end-2025 estimate: 3.81M H100e of TPUs + 1.24M H100e of NVIDIA GPUs\n"
              "   = 5.05M H100e, on the dense 8-bit basis (H100 = 1,979 TOPS).");
    const double ironwood = h100_equivalents(catalog::tpu_v7, 1, h100e_basis::eight_bit_dense);
    std::printf(
        "   one TPU v7 Ironwood = %.3f H100e, so the TPU share is %.2fM Ironwood-equivalents\n",
        ironwood, 3.81 / ironwood);
    const double v4_fp16 = h100_equivalents(catalog::tpu_v4, 1, h100e_basis::fp16_dense);
    const double v4_8bit = h100_equivalents(catalog::tpu_v4, 1, h100e_basis::eight_bit_dense);
    std::printf("   the basis matters: a TPU v4 is %.3f H100e on FP16 but %.3f on 8-bit\n\n",
                v4_fp16, v4_8bit);
}

// Claim 4: xAI's Colossus, the first GW-scale training cluster.
void colossus() {
    char a[64], b[64];
    std::puts("4. xAI Colossus in H100-equivalents and power");
    constexpr fleet_entry colossus_1[] = {
        {catalog::h100_sxm, 150000}, {catalog::h200_sxm, 50000}, {catalog::gb200, 30000}};
    const double h100e = total_h100_equivalents(colossus_1).known;
    // Epoch AI counts every Blackwell GPU at 5,000 dense 8-bit TOPS (accelerators.md §5.2).
    const double epoch = h100_equivalents(1979_TOPS, 200000) + h100_equivalents(5000_TOPS, 30000);
    std::printf("   Colossus 1, mid-2025 (150k H100 + 50k H200 + 30k GB200): %s H100e from the\n"
                "   catalog, %s with Epoch AI's chip figures (8-bit basis)\n",
                show(a, h100e, "%.0f"), show(b, epoch, "%.0f"));
    const power chips = total_tdp(colossus_1).known;
    // Epoch AI's factor from GPU power to server power (DGX H100), and a hyperscale PUE.
    const power facility = chips * 1.82 * 1.2;
    std::printf("   chip TDP %s; x1.82 servers x1.2 PUE = %s (Epoch AI estimates 442 MW)\n",
                show(a, chips), show(b, facility));
    const double per_gw = 1_GW / (catalog::gb300.tdp * 1.82 * 1.2);
    std::printf(
        "   1 GW feeds about %s GB300s = %s H100e\n", show(a, per_gw, "%.0f"),
        show(b, h100_equivalents(catalog::gb300, per_gw, h100e_basis::eight_bit_dense), "%.0f"));
    // Colossus 2 (notable-runs.md §5.3): the model sizes are Musk's post on X (2026-04-08); the
    // chip counts are Epoch AI's estimates (Frontier Data Centers, CC-BY 4.0).
    std::puts(
        "   Colossus 2: \"1T, 1.5T, 6T and 10T\" in training at once is Musk's claim (X,\n"
        "   2026-04-08), with no tokens, FLOP or chip counts; xAI discloses none of its runs'\n"
        "   compute (Grok 3 and 4 in the records are Epoch AI estimates)\n");
}

// Claim 5: Huawei's Ascend 910 does 640 TOPS INT8, comparable to an NVIDIA A100.
void ascend_vs_a100() {
    std::puts("5. Ascend 910 \"640 TOPS INT8, comparable to the A100\"");
    constexpr accelerator claimed =
        accelerator{"Ascend 910 (as claimed)", "Huawei", 2019}.with_peak(precision::int8, 640_TOPS);
    const double vs_a100 = claimed.peak(precision::int8) / catalog::a100_sxm.peak(precision::int8);
    const double shipped =
        catalog::ascend_910.peak(precision::int8) / catalog::a100_sxm.peak(precision::int8);
    std::printf(
        "   640 / 624 dense INT8 TOPS = %.2f A100s; the shipping 910 (%.0f TOPS) = %.2f A100s"
        " = %.2f H100e\n\n",
        vs_a100, catalog::ascend_910.peak(precision::int8).in(units::TOPS), shipped,
        h100_equivalents(catalog::ascend_910, 1, h100e_basis::eight_bit_dense));
}

// Claim 6: US compute 2,400 EFLOPS against China's 1,053 EFLOPS (attributed to CAICT; no primary
// source found, see accelerators.md §5.5).
void national_eflops() {
    std::puts("6. \"US 2,400 EFLOPS vs China 1,053 EFLOPS\" in H100s: depends on the precision");
    const flop_rate us = 2400_EFLOPS;
    for (precision p : {precision::fp64, precision::fp32, precision::bf16, precision::fp8}) {
        const std::string_view name = to_string_view(p);
        std::printf("   if the EFLOPS are %-4.*s: %8.3gM H100s\n", static_cast<int>(name.size()),
                    name.data(), us / catalog::h100_sxm.peak(p) / 1e6);
    }
    const double spread =
        catalog::h100_sxm.peak(precision::fp8) / catalog::h100_sxm.peak(precision::fp64);
    std::printf("   a %.0fx spread: without the precision (and dense or sparse) the totals cannot\n"
                "   be converted, and CAICT adds CPU, AI and supercomputer FLOP/s together.\n",
                spread);
}

// Claim 7: GB300 beats MI325 and domestic chips "by over 30%" when training trillion-parameter
// models. Peak ratios say one thing; the step model, each fleet at its fastest layout, another.
void trillion_parameter_training() {
    std::puts("\n7. GB300 \"over 30%\" ahead of MI325 and domestic chips on trillion-parameter "
              "training");
    // The 1T GPT of Korthikanti et al. 2022, Table 3 (128 layers, h = 25,600, 160 heads), on
    // sixteen NVL72 racks' worth of chips, one 2,048-token sequence per chip per step as
    // Narayanan et al. 2021 (Table 1) ran their 1T model.
    transformer one_trillion{128, 25600, 160, 0, 0, 0, 51200, 2048};
    one_trillion.tied_embeddings = true;
    one_trillion.learned_positions = true;
    one_trillion.biases = true;
    constexpr double chips = 1152;
    const cluster gb300s = fleet_of(catalog::gb300, chips, precision::bf16, 0.4);
    char a[64], b[64];
    const interconnect gb300_net = typical_interconnect(catalog::gb300);
    std::printf("   %s, batch %.0f x 2,048 tokens, %.0f chips each, BF16:\n",
                show(a, total_parameters(one_trillion)), chips, chips);
    for (const accelerator* rival : {&catalog::mi325x, &catalog::ascend_910c}) {
        const effective_equivalence e =
            effective_equivalents(one_trillion, chips, 2048, gb300s, *rival);
        const double peak = e.peak / chips;
        if (e.problem != nullptr) {
            std::printf("   vs %-16.*s peak %.2fx; no prediction: %s\n",
                        static_cast<int>(rival->name.size()), rival->name.data(), peak, e.problem);
            continue;
        }
        const step_prediction& ours = e.fleet.step;
        const step_prediction& theirs = e.reference.step;
        const auto waiting = [](const step_prediction& p) {
            return 1 - (p.compute + p.recompute + p.optimizer) / p.time;
        };
        const interconnect net = typical_interconnect(*rival);
        std::printf(
            "   vs %-16.*s peak %.2fx, predicted %.2fx: MFU %.0f%% vs %.0f%%; waiting on the\n"
            "      network and the pipeline %.0f%% vs %.0f%% of the step; %.0f-chip scale-up\n"
            "      domain and %s out per chip vs %.0f and %s\n",
            static_cast<int>(rival->name.size()), rival->name.data(), peak, e.effective / chips,
            100 * ours.mfu, 100 * theirs.mfu, 100 * waiting(ours), 100 * waiting(theirs),
            net.scale_up_domain, show(a, net.scale_out_bandwidth_per_direction),
            gb300_net.scale_up_domain, show(b, gb300_net.scale_out_bandwidth_per_direction));
    }
    std::puts("   per chip the gap is far above 1.3x on peak and on work; predicted = peak x the\n"
              "   ratio of the MFUs, which is where network and memory enter. The article does\n"
              "   not say whether it compares chips, racks or dollars; MLU690 and the MTT series\n"
              "   have no sourced figures or network, so the claim about them cannot be checked");
}

} // namespace

int main() {
    frontier_model();
    six_times_smaller();
    model_in_a_month();
    google_fleet();
    colossus();
    ascend_vs_a100();
    national_eflops();
    trillion_parameter_training();
    return 0;
}
