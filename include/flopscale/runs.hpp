// flopscale/runs.hpp — notable training runs, 2020-2026: what was trained, on what, for how long.
//
// One constexpr record per run, copied from tests/data/notable-runs.csv; every field cites its
// source in `sources` and `notes`. Figures are the developer's where one was published, else an
// estimate by Epoch AI, "Data on Notable / Large-Scale AI Models" (CC-BY 4.0; epoch.ai), snapshots
// [E25] 2025-08-07, [E26a] 2026-02-16 and [E26b] 2026-04-24: `compute_source` and `compute_basis`
// say which and how. Unknown is unknown: NaN with has_...() to ask, never zero. Chip counts and
// times are the developers' (or derived from their figures, as the notes say); Epoch's speculative
// hardware assumptions for closed models stay in the notes.
//
// Derived figures (six_nd, implied_mfu, implied_price_per_chip_hour) are arithmetic on a record,
// not new data. A derived figure that is implausible (see mfu_implausible, six_nd_disagrees) points
// at the data, and the record's data_note says why.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/catalog.hpp"
#include "flopscale/config.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/units.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace flopscale {
namespace runs {

// Who the training FLOP figure comes from.
enum class flop_source : unsigned char {
    undisclosed, // no developer figure and no estimate
    reported,    // the developer published it
    estimated,   // a third party estimated it (compute_estimated_by says who)
};

// How an energy figure was obtained (notable-runs.md §4). Measured: per-chip power measured or
// averaged on the run (Patterson et al. 2021; Google; DeepMind). Rated: chip-hours x the chip's TDP
// or rated power, an upper estimate (Meta model cards; Luccioni et al. for BLOOM).
enum class energy_basis : unsigned char {
    unknown,
    reported_measured, // published figure, from measured power
    derived_measured,  // chip-hours x published measured power (x PUE): arithmetic on the papers
    reported_rated,    // published figure, from rated power
    derived_rated,     // chip-hours x published TDP: arithmetic on the model card
};

constexpr std::string_view to_string_view(flop_source s) noexcept {
    switch (s) {
    case flop_source::undisclosed:
        return "undisclosed";
    case flop_source::reported:
        return "reported";
    case flop_source::estimated:
        return "estimated";
    }
    return "?";
}

constexpr std::string_view to_string_view(energy_basis b) noexcept {
    switch (b) {
    case energy_basis::unknown:
        return "unknown";
    case energy_basis::reported_measured:
        return "reported, measured power";
    case energy_basis::derived_measured:
        return "derived, measured power";
    case energy_basis::reported_rated:
        return "reported, rated power";
    case energy_basis::derived_rated:
        return "derived, rated power";
    }
    return "?";
}

// One training run. An aggregate: records are written field by field, in this order.
struct training_run {
    std::string_view name;
    std::string_view organisation;
    int year;                       // publication or announcement
    parameters params_total;        // NaN: undisclosed
    parameters params_active;       // per token, mixtures of experts only; NaN for dense models
    tokens training_tokens;         // pre-training tokens as the developer states them
    flops compute;                  // training FLOP
    flop_source compute_source;     // reported by the developer or estimated
    std::string_view estimated_by;  // who estimated compute; empty when reported or undisclosed
    std::string_view compute_basis; // how the FLOP figure was obtained, in the source's words
    std::string_view hardware;      // as the sources name it
    const accelerator* chip;        // the catalog entry whose peaks apply; nullptr: not in it
    precision format;               // the format the run trained in: the implied MFU's peak
    double chips;                   // NaN: undisclosed
    duration wall_clock;            // NaN: undisclosed
    double chip_hours;              // NaN: undisclosed
    usd cost;                       // developer- or CEO-stated only; NaN otherwise
    energy energy_used;             // NaN: undisclosed
    energy_basis energy_source;
    std::string_view sources;   // primary documents and Epoch snapshot tags
    std::string_view notes;     // caveats, derivations, Epoch's own figures
    std::string_view data_note; // why a derived figure looks wrong, where one does; else empty

    [[nodiscard]] constexpr bool has_params_total() const noexcept {
        return detail::is_known(params_total.value());
    }
    [[nodiscard]] constexpr bool has_params_active() const noexcept {
        return detail::is_known(params_active.value());
    }
    [[nodiscard]] constexpr bool has_training_tokens() const noexcept {
        return detail::is_known(training_tokens.value());
    }
    [[nodiscard]] constexpr bool has_compute() const noexcept {
        return detail::is_known(compute.value());
    }
    [[nodiscard]] constexpr bool has_chips() const noexcept { return detail::is_known(chips); }
    [[nodiscard]] constexpr bool has_wall_clock() const noexcept {
        return detail::is_known(wall_clock.value());
    }
    [[nodiscard]] constexpr bool has_chip_hours() const noexcept {
        return detail::is_known(chip_hours);
    }
    [[nodiscard]] constexpr bool has_cost() const noexcept {
        return detail::is_known(cost.value());
    }
    [[nodiscard]] constexpr bool has_energy() const noexcept {
        return detail::is_known(energy_used.value());
    }
    // A mixture of experts: fewer parameters compute each token than the model holds.
    [[nodiscard]] constexpr bool is_mixture_of_experts() const noexcept {
        return has_params_active();
    }
};

// The value of a figure nobody published.
inline constexpr double unknown = detail::nan_value();

} // namespace runs

namespace detail::run_records {
using namespace flopscale::runs;
// Figures in base units (FLOP, parameters, tokens, USD) as the reference table gives them; days and
// MWh through these. Plain constructors and string_view literals, whose length the compiler knows,
// keep the table cheap to compile: unit literals and a strlen of every text cost each translation
// unit that includes this header about 60 ms more (GCC 12).
using namespace std::string_view_literals;
inline constexpr double seconds_per_day = 86400;
inline constexpr double joules_per_MWh = 3.6e9;

// clang-format off
inline constexpr std::array<training_run, 39> table{{
    // V100 has no BF16: its FP16 tensor peak, as Patterson et al. and Epoch use.
    {"GPT-3 175B"sv, "OpenAI"sv, 2020,
     parameters{1.746e11}, parameters{unknown}, tokens{3.0e11},
     flops{3.14e23}, flop_source::reported, ""sv,
     "reported (Brown et al. 2020 Table D.1: 3.14e23 FLOP = 3,640 PF-days)"sv,
     "NVIDIA V100"sv, &catalog::v100_sxm2, precision::fp16,
     10000.0, duration{14.8 * seconds_per_day}, 3.552e6, usd{unknown},
     energy{1287.0 * joules_per_MWh}, energy_basis::reported_measured,
     "params/tokens/FLOP: Brown et al. arXiv:2005.14165 Table D.1; chips/days/energy: Patterson et al. 2021 arXiv:2104.10350 Table 4; Epoch [E25][E26a]"sv,
     "10,000 V100 is NVIDIA's suggestion used by Patterson, not an OpenAI disclosure; 14.8 days is Patterson's derivation; chip_hours derived = 10,000 x 14.8 d x 24. Energy reported by Patterson: measured 330 W/GPU system power x PUE 1.10 (1e4 x 355.2 h x 330 W x 1.1 = 1,289 MWh); 552 tCO2e at 0.429 kg/kWh. 6ND = 3.14e23. Epoch MFU 19.7% (24.6 of 125 TFLOP/s); PaLM paper gives 21.3%. Epoch cloud-cost estimate $4.5M [E26a]."sv,
     ""sv},
    // TPU v3 is not in the catalog: no implied MFU.
    {"Gopher 280B"sv, "DeepMind"sv, 2021,
     parameters{2.8e11}, parameters{unknown}, tokens{3.0e11},
     flops{6.31e23}, flop_source::reported, ""sv,
     "reported (Rae et al. 2021 Table A26, '6.31E+08 train PFLOPs', as read by Epoch); Chinchilla paper uses 5.76e23"sv,
     "Google TPU v3"sv, nullptr, precision::bf16,
     4096.0, duration{38.3 * seconds_per_day}, 3.768e6, usd{unknown},
     energy{1152.0 * joules_per_MWh}, energy_basis::derived_measured,
     "Rae et al. arXiv:2112.11446 (Sec. 4 / App. F: 920 h, 283 W, PUE 1.08, 380 tCO2e; Table A27: 4096 TPUv3); Hoffmann et al. arXiv:2203.15556; Luccioni et al. arXiv:2211.02001 Table 4; Epoch [E25]"sv,
     "'We trained Gopher for 920 hours ... PUE 1.08 ... 0.33 tCO2e/MWh ... 283W drawn per chip ... 380 net tCO2e' (Rae et al.). Energy derived = 4096 x 920 h x 283 W x 1.08 = 1,152 MWh (= 380 t / 0.33). Luccioni Table 4 (and AI Index) list 1,066 MWh = same without PUE. chip_hours derived assuming all 920 h on 4096 chips. 6ND = 5.04e23 < 6.31e23 (accounting differs). MFU 32.5% (PaLM paper)."sv,
     ""sv},
    // TPU v3 is not in the catalog: no implied MFU.
    {"LaMDA 137B"sv, "Google"sv, 2022,
     parameters{1.37e11}, parameters{unknown}, tokens{1.68e11},
     flops{3.55e23}, flop_source::reported, ""sv,
     "reported (Thoppilan et al. 2022 Sec. 10: 56.5% x 123 TFLOP/s x 1024 chips x 57.7 days; hardware-based)"sv,
     "Google TPU v3"sv, nullptr, precision::bf16,
     1024.0, duration{57.7 * seconds_per_day}, 1.418e6, usd{unknown},
     energy{451.0 * joules_per_MWh}, energy_basis::reported_measured,
     "Thoppilan et al. arXiv:2201.08239 Sec. 10; tokens: Hoffmann et al. arXiv:2203.15556 Table 1; Epoch [E25]"sv,
     "Paper: '57.7 days * 1024 chips * 289W * 1.1 * 24 hours/day = 451 MWh'; 25.2 tCO2e at 0.056 kg/kWh. 137B = non-embedding parameters. Tokens uncertain: 168B per Chinchilla Table 1; pre-training set is 1.56T words (2.81T SentencePiece tokens); 3.55e23/(6 x 137e9) implies ~432B tokens. chip_hours derived."sv,
     "6ND is 0.39x the stated FLOP: the paper's 3.55e23 is hardware-based (56.5% x 123 TFLOP/s x 1024 chips x 57.7 days) and implies ~432B tokens, while Chinchilla Table 1 lists 168B; which token count was trained is unresolved."sv},
    // Mixed TPU v3/v4 fleet, no chip count: no implied MFU.
    {"Chinchilla 70B"sv, "DeepMind"sv, 2022,
     parameters{7.0e10}, parameters{unknown}, tokens{1.4e12},
     flops{5.76e23}, flop_source::reported, ""sv,
     "reported (Hoffmann et al. 2022 Table 3; same budget as Gopher in that paper's accounting)"sv,
     "Google TPU v3 / TPU v4"sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Hoffmann et al. arXiv:2203.15556 Table 1, Table 3; Epoch [E25][E26a]"sv,
     "Paper: models trained on 'TPUv3/TPUv4'; chip counts, time and energy not published. 6ND = 5.88e23. Epoch's June-2025 snapshot stores 1.05e12 in the dataset column (words, 0.75 x tokens); Feb-2026 snapshot stores 1.4e12 tokens."sv,
     ""sv},
    // TPU v4 BF16 peak, the basis of the paper's 46.2% MFU.
    {"PaLM 540B"sv, "Google"sv, 2022,
     parameters{5.4035e11}, parameters{unknown}, tokens{7.8e11},
     flops{2.56e24}, flop_source::reported, ""sv,
     "reported (Chowdhery et al. 2022: 2.56e24 training FLOPs = 3.28e12 FLOP/token incl. attention x 780B); Epoch uses 2.527e24 (hardware)"sv,
     "Google TPU v4"sv, &catalog::tpu_v4, precision::bf16,
     6144.0, duration{64.0 * seconds_per_day}, 8.405e6, usd{unknown},
     energy{3436.0 * joules_per_MWh}, energy_basis::derived_measured,
     "Chowdhery et al. arXiv:2204.02311 Table 1, Sec. 4, App. B; Epoch [E25][E26a]"sv,
     "App. B: '6144 TPU v4 chips for 1200 hours and 3072 TPU v4 chips for 336 hours including some downtime and repeated steps' -> 8,404,992 chip-h; days = (1200+336)/24 assuming the phases were sequential. Energy DERIVED (not printed): 8,404,992 x 378.5 W measured system power x PUE 1.08 = 3,436 MWh, consistent with reported 271.43 tCO2e at 0.079 t/MWh. MFU 46.2% (45.7% without attention), HFU 57.8%. 6ND = 2.53e24. Epoch cloud-cost est. $14.5M [E26a]."sv,
     "The implied MFU (0.31) is two thirds of the paper's 46.2%: the 8.4M chip-hours include 'some downtime and repeated steps' and a 3072-chip phase (App. B), while 46.2% is the steady-state throughput (Table 3)."sv},
    // OPT trained in mixed FP16 (Zhang et al. 2022); A100 FP16 = BF16 peak.
    {"OPT-175B"sv, "Meta AI"sv, 2022,
     parameters{1.75e11}, parameters{unknown}, tokens{3.0e11},
     flops{4.3e23}, flop_source::reported, ""sv,
     "reported (metaseq OPT logbook final_update.md: '~4.30E+23 FLOPs')"sv,
     "NVIDIA A100 80GB"sv, &catalog::a100_sxm, precision::fp16,
     992.0, duration{33.0 * seconds_per_day}, 8.09472e5, usd{unknown},
     energy{356.0 * joules_per_MWh}, energy_basis::reported_rated,
     "Zhang et al. arXiv:2205.01068 (992 x 80GB A100, 147 TFLOP/s/GPU, 75 tCO2eq); metaseq projects/OPT/chronicles/final_update.md; Touvron et al. arXiv:2302.13971 Table 15; Luccioni et al. arXiv:2211.02001 Table 4; Epoch [E25]"sv,
     "Logbook: 'completed its training run on 300B tokens ... ~4.30E+23 FLOPs ... roughly ~33 days of continuous training on 1024 80GB A100s' (paper says 992 GPUs). Corpus 180B tokens (~1.67 epochs). 6ND = 3.15e23 < 4.3e23 (logbook figure likely includes restarts/recompute). chip_hours 809,472 and energy 356 MWh (400 W x PUE 1.1, 137 tCO2eq) are the LLaMA paper's Table 15 assumption (992 GPUs x 34 days); Luccioni Table 4: 324 MWh (no PUE), 70 t. OPT paper's own estimate: 75 tCO2eq."sv,
     ""sv},
    // BF16 (BigScience 2022).
    {"BLOOM-176B"sv, "BigScience / Hugging Face"sv, 2022,
     parameters{1.76247e11}, parameters{unknown}, tokens{3.66e11},
     flops{3.66e23}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (hardware: 384 GPUs x 314 TFLOP/s x 117 d x 0.3 assumed utilisation); 6ND = 3.87e23"sv,
     "NVIDIA A100 80GB"sv, &catalog::a100_sxm, precision::bf16,
     384.0, duration{118.2 * seconds_per_day}, 1.08299e6, usd{unknown},
     energy{433.0 * joules_per_MWh}, energy_basis::reported_rated,
     "BigScience arXiv:2211.05100 Sec. 3.4 (48 nodes x 8 A100 80GB; 1,082,990 compute hours; 366B tokens; 176,247M params); Luccioni et al. arXiv:2211.02001 Table 1; Epoch [E25]"sv,
     "Luccioni Table 1: 118 days 5 h 41 min, 1,082,990 GPU-h; energy 433,196 kWh = GPU-h x 400 W TDP exactly (dynamic GPU power only; idle adds 256,646 kWh; no PUE); 24.7 tCO2eq dynamic, 50.5 t incl. idle and embodied (French grid). LLaMA Table 15 restates BLOOM as 1,082,880 h, 475 MWh, 183 t under US assumptions. Best throughput 156 TFLOP/s (50% of 312)."sv,
     "Epoch's FLOP is itself hardware-based (0.3 assumed utilisation x 117 days), so the implied MFU restates that assumption."sv},
    // A100 BF16 peak.
    {"LLaMA-65B"sv, "Meta AI"sv, 2023,
     parameters{6.52e10}, parameters{unknown}, tokens{1.4e12},
     flops{5.5e23}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6ND)"sv,
     "NVIDIA A100 80GB"sv, &catalog::a100_sxm, precision::bf16,
     2048.0, duration{21.0 * seconds_per_day}, 1.022362e6, usd{unknown},
     energy{449.0 * joules_per_MWh}, energy_basis::reported_rated,
     "Touvron et al. arXiv:2302.13971 Table 2, Sec. 2.4, Table 15; Epoch [E25]"sv,
     "'around 380 tokens/sec/GPU on 2048 A100 GPU with 80GB ... approximately 21 days' (2048 x 21 x 24 = 1.03M, within 1% of Table 15). Table 15: 1,022,362 GPU-h, 449 MWh (= hours x 400 W x PUE 1.1), 173 tCO2eq. Whole LLaMA project: ~2,638 MWh / 1,015 tCO2eq over ~5 months (paper). Epoch MFU 47%."sv,
     ""sv},
    // Hardware is Epoch's assumption; no chips or time, so no MFU.
    {"GPT-4"sv, "OpenAI"sv, 2023,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{2.1e25}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (hardware; 'Speculative' in 2025 snapshot, 'Likely' in 2026 snapshot; 90% CI 8.2e24-4.4e25)"sv,
     "NVIDIA A100 (Epoch assumption)"sv, &catalog::a100_sxm, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "OpenAI arXiv:2303.08774 (no size/compute disclosed); Epoch [E25][E26a]; Wired 2023-04 (Altman, via secondary pages)"sv,
     "OpenAI discloses no parameters, tokens, hardware or compute. Epoch's inputs are SemiAnalysis conjectures: ~25,000 A100-40GB, ~95 days (2,280 h), MFU 32-36%, 5.7e7 A100-h; 'rumored 1.8T-param MoE, ~280B active' (Epoch 2026 snapshot stores 1.8e12 as params). Epoch cost estimates: $81M cloud-equivalent [E26a], $40.6M amortised [E25]. Altman at MIT (Apr 2023, reported by Wired): cost 'more than' $100M - secondary, not re-verified."sv,
     ""sv},
    // A100 BF16 peak.
    {"Llama 2 70B"sv, "Meta AI"sv, 2023,
     parameters{7.0e10}, parameters{unknown}, tokens{2.0e12},
     flops{8.1e23}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (operation counting/hardware); 6ND = 8.4e23"sv,
     "NVIDIA A100 80GB"sv, &catalog::a100_sxm, precision::bf16,
     unknown, duration{unknown}, 1.72032e6, usd{unknown},
     energy{688.0 * joules_per_MWh}, energy_basis::derived_rated,
     "Touvron et al. arXiv:2307.09288 Table 1-2; meta-llama/llama-models models/llama2/MODEL_CARD.md; Epoch [E25][E26a]"sv,
     "Card: 1,720,320 GPU-h, 400 W, 291.42 tCO2eq. Energy DERIVED = GPU-h x 400 W (Meta's 'peak power capacity per GPU adjusted for PUE'). GPU count and wall time not reported (RSC at 400 W and production clusters at 350 W); Epoch's 1,000 GPUs / 72 days are Epoch assumptions. Exact params 68.98B (HF safetensors). Epoch MFU 41.9%."sv,
     ""sv},
    // A100 40GB: the 80GB entry's peaks, identical on the A100 datasheet.
    {"Falcon-180B"sv, "Technology Innovation Institute"sv, 2023,
     parameters{1.8e11}, parameters{unknown}, tokens{3.5e12},
     flops{3.76e24}, flop_source::reported, ""sv,
     "reported (Almazrouei et al. 2023 Table 1: 43,500 PF-days)"sv,
     "NVIDIA A100 40GB"sv, &catalog::a100_sxm, precision::bf16,
     4096.0, duration{unknown}, 7.0e6, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Almazrouei et al. arXiv:2311.16867 Table 1; Hugging Face blog 'falcon-180b' (~7,000,000 GPU hours); Epoch [E25][E26a]"sv,
     "'trained on up to 4,096 A100' (AWS SageMaker); ~7,000,000 GPU-h is a rounded blog figure (1 significant digit). Days not reported: 7e6/4096/24 = 71 days if all 4096 GPUs ran throughout (derived); Epoch assumes 180 days and MFU 18.9%. 6ND = 3.78e24. Exact params 179.52B (HF)."sv,
     "chip-hours are a one-significant-digit blog figure (~7M), so the implied MFU is uncertain by tens of percent; Epoch's 18.9% assumes 180 days instead."sv},
    {"Grok-1"sv, "xAI"sv, 2023,
     parameters{3.14e11}, parameters{7.85e10}, tokens{unknown},
     flops{2.9e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (benchmark comparison; Likely; range 2e24-7e24)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "xAI 'Open Release of Grok-1' / github xai-org/grok-1 ('314B parameter Mixture-of-Experts model with 25% of the weights active'); Epoch [E25]"sv,
     "Active params = 25% x 314B (xAI wording), 8 experts / 2 active. Tokens and hardware undisclosed; Epoch's 6.2e12 dataset value is speculative (Chinchilla-style assumption)."sv,
     ""sv},
    // Hardware per Epoch only.
    {"Yi-34B"sv, "01.AI"sv, 2023,
     parameters{3.4e10}, parameters{unknown}, tokens{3.1e12},
     flops{6.1e23}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6ND with 3T tokens; 3.1T gives 6.32e23)"sv,
     "NVIDIA A100 (per Epoch)"sv, &catalog::a100_sxm, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Young et al. arXiv:2403.04652 ('pretrained from scratch on 3.1T ... tokens'); Epoch [E25]"sv,
     "Epoch lists 128 A100; not verified in the paper text seen here, so chips left blank."sv,
     ""sv},
    // No chips or time disclosed: no MFU.
    {"Gemini 1.0 Ultra"sv, "Google DeepMind"sv, 2023,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{5.0e25}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (benchmarks + hardware; Speculative)"sv,
     "Google TPU v4"sv, &catalog::tpu_v4, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Gemini Team 2023 report (Ultra trained on a large fleet of TPUv4 across multiple datacenters); Epoch [E25][E26a]"sv,
     "Google discloses no size, tokens or compute. Epoch assumptions: ~57,000 TPU v4 x ~100 days (SemiAnalysis speculation), 1.32e8 chip-h. Epoch cost estimates: $206M cloud-equivalent [E26a], $29.8M amortised [E25]."sv,
     ""sv},
    {"Mixtral 8x22B"sv, "Mistral AI"sv, 2024,
     parameters{1.41e11}, parameters{3.9e10}, tokens{unknown},
     flops{2.34e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 39B x assumed 10T tokens; Speculative)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "mistral.ai/news/mixtral-8x22b (141B total, 39B active); Epoch [E25]"sv,
     "Training tokens, hardware and time undisclosed; the FLOP value rests entirely on Epoch's token assumption."sv,
     ""sv},
    // H100 80GB at 700 W (model card) is the SXM part; BF16.
    {"Llama 3 8B"sv, "Meta AI"sv, 2024,
     parameters{8.0e9}, parameters{unknown}, tokens{1.5e13},
     flops{7.2e23}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6ND)"sv,
     "NVIDIA H100 80GB"sv, &catalog::h100_sxm, precision::bf16,
     unknown, duration{unknown}, 1.3e6, usd{unknown},
     energy{910.0 * joules_per_MWh}, energy_basis::derived_rated,
     "meta-llama/llama3 MODEL_CARD.md (Apr 2024); Epoch [E26a]"sv,
     "Card: 'Pretraining utilized a cumulative 7.7M GPU hours ... H100-80GB (TDP of 700W)'; 8B: 1.3M GPU-h, 390 tCO2eq. Tokens 'over 15 trillion'. Energy DERIVED = 1.3M x 700 W. Not in Epoch's June-2025 notable subset; present in the Feb-2026 large-scale file."sv,
     ""sv},
    // H100 80GB at 700 W (model card) is the SXM part; BF16.
    {"Llama 3 70B"sv, "Meta AI"sv, 2024,
     parameters{7.0e10}, parameters{unknown}, tokens{1.5e13},
     flops{7.86e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (geometric mean of 6ND 6.3e24 and hardware 9.8e24)"sv,
     "NVIDIA H100 80GB"sv, &catalog::h100_sxm, precision::bf16,
     unknown, duration{unknown}, 6.4e6, usd{unknown},
     energy{4480.0 * joules_per_MWh}, energy_basis::derived_rated,
     "meta-llama/llama3 MODEL_CARD.md (Apr 2024); Epoch [E25][E26a]"sv,
     "Card: 6.4M GPU-h, 700 W, 1,900 tCO2eq (Llama 3 total 7.7M GPU-h, 2,290 t). Energy DERIVED = 6.4M x 700 W. 6ND over 6.4M H100-h implies only 28% MFU at 989 TFLOP/s, hence Epoch's geometric mean. GPU count not reported (Meta's two 24K-GPU clusters)."sv,
     ""sv},
    // BF16 peak; chip-hours are pre-training only.
    {"DeepSeek-V2"sv, "DeepSeek"sv, 2024,
     parameters{2.36e11}, parameters{2.1e10}, tokens{8.1e12},
     flops{1.02e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 21B active x 8.1T)"sv,
     "NVIDIA H800"sv, &catalog::h800_sxm, precision::bf16,
     unknown, duration{unknown}, 1.39968e6, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "DeepSeek-AI arXiv:2405.04434 Sec. 3 ('for training on each trillion tokens ... DeepSeek-V2 needs only 172.8K GPU hours'); Epoch [E25]"sv,
     "chip_hours DERIVED = 172.8K GPU-h per trillion tokens x 8.1T = 1.40M H800-h (pre-training only). Epoch stores 172,800 as total 'Training chip-hours' - that is the per-trillion figure (Epoch data error). GPU count and wall time not reported."sv,
     ""sv},
    // BF16, the basis of the report's 41-42% MFU.
    {"Nemotron-4 340B"sv, "NVIDIA"sv, 2024,
     parameters{3.41e11}, parameters{unknown}, tokens{9.0e12},
     flops{1.8e25}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6ND with 340B x 9T)"sv,
     "NVIDIA H100 80GB"sv, &catalog::h100_sxm, precision::bf16,
     6144.0, duration{86.0 * seconds_per_day}, 1.155e7, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "NVIDIA arXiv:2406.11704 Sec. 2, Tables 1-2 (via secondary transcriptions); Epoch [E25][E26a]"sv,
     "9T tokens = 8T pre-training + 1T continued pre-training. 768 DGX H100 nodes; data-parallel ramp 1536 -> 3072 -> 6144 GPUs; MFU 42.4/42.3/41.0%. days and chip_hours DERIVED from Table 2 iteration times (10.3/10.3/8.0 s; batch 768/1536/2304 x 4096 tokens) for the 8T main run only: 2,062 h = 86 days, 11.55M GPU-h; total GPU-h not reported. Params: 9.4B embedding + 331.6B non-embedding. Epoch assumes 2,200 h."sv,
     "chip-hours cover the 8T-token main run while the FLOP counts all 9T tokens, so the implied MFU is high by up to 9/8."sv},
    // BF16, the basis of the paper's 38-43% MFU.
    {"Llama 3.1 405B"sv, "Meta AI"sv, 2024,
     parameters{4.05e11}, parameters{unknown}, tokens{1.56e13},
     flops{3.8e25}, flop_source::reported, ""sv,
     "reported (Llama Team 2024, 'The Llama 3 Herd of Models'); 6ND = 3.79e25"sv,
     "NVIDIA H100 80GB"sv, &catalog::h100_sxm, precision::bf16,
     16384.0, duration{unknown}, 3.084e7, usd{unknown},
     energy{21588.0 * joules_per_MWh}, energy_basis::derived_rated,
     "Llama Team arXiv:2407.21783 Sec. 1, 3.3; meta-llama/llama-models models/llama3_1/MODEL_CARD.md; Epoch [E25][E26a]"sv,
     "'up to 16K H100 GPUs' (700 W); BF16 MFU 38-43%; card: 30.84M GPU-h, 8,930 tCO2eq location-based. Energy DERIVED = 30.84M x 700 W. Wall time not reported: 30.84M/16,384/24 = 78 days at full size; Epoch 2,142 h (89 d). Exact params 405.85B (HF). Epoch cloud-cost est. $176M [E26a]."sv,
     ""sv},
    // No chips or time disclosed: no MFU.
    {"Grok-2"sv, "xAI"sv, 2024,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{2.96e25}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (from xAI statements comparing Grok-2 with GPT-4 and Grok 3; lower bound 2.1e25)"sv,
     "NVIDIA H100"sv, &catalog::h100_sxm, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "x.ai/blog/grok-2; Epoch [E25][E26a]"sv,
     "No xAI disclosure of size, tokens, GPUs or time."sv,
     ""sv},
    {"Qwen2.5-72B"sv, "Alibaba"sv, 2024,
     parameters{7.27e10}, parameters{unknown}, tokens{1.8e13},
     flops{7.8e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6ND)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "qwenlm.github.io/blog/qwen2.5 ('pretrained on ... up to 18 trillion tokens'); Qwen2.5 technical report arXiv:2412.15115; Epoch [E25]"sv,
     "Hardware, GPU count and time undisclosed."sv,
     ""sv},
    // BF16, the basis of Epoch's hardware estimate.
    {"Yi-Lightning"sv, "01.AI"sv, 2024,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{1.5e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (hardware: 2000 H100 x 1 month x 0.3 assumed utilisation)"sv,
     "NVIDIA H100"sv, &catalog::h100_sxm, precision::bf16,
     2000.0, duration{30.0 * seconds_per_day}, 1.44e6, usd{3.0e6},
     energy{unknown}, energy_basis::unknown,
     "Kai-Fu Lee on X (x.com/kaifulee/status/1846310645849047524) via Epoch; 36Kr 2024-10-16; Tom's Hardware (secondary); Epoch [E25]"sv,
     "CEO statements, not a paper: '2000 H100s for 1 month' (X) vs 'one and a half months' and 'over 3 million US dollars' (36Kr); chip_hours derived for 30 days. MoE, parameters and tokens undisclosed."sv,
     "Epoch's FLOP is itself hardware-based (0.3 assumed utilisation of the BF16 peak), so the implied MFU restates that assumption."sv},
    // FP8 mixed precision (DeepSeek-V3 report Sec. 3.3); Epoch's 19.5% uses the same peak.
    {"DeepSeek-V3"sv, "DeepSeek"sv, 2024,
     parameters{6.71e11}, parameters{3.7e10}, tokens{1.48e13},
     flops{3.41e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 37B x 14.8T = 3.29e24 pre-training + ~1.2e23 post-training)"sv,
     "NVIDIA H800"sv, &catalog::h800_sxm, precision::fp8,
     2048.0, duration{56.7 * seconds_per_day}, 2.788e6, usd{5.576e6},
     energy{unknown}, energy_basis::unknown,
     "DeepSeek-AI arXiv:2412.19437 Table 1, Sec. 3.1; Epoch [E25][E26a]"sv,
     "Table 1: 2,664K pre-training + 119K context extension + 5K post-training = 2,788K H800 GPU-h; $5.576M at an assumed $2/GPU-h rental, excluding prior research and ablations. '180K H800 GPU hours' per trillion tokens = 3.7 days on 2048 GPUs; pre-training 'less than two months'. days DERIVED = 2,788K/2048/24. FP8 mixed precision. Epoch MFU 19.5% (385 TFLOP/s causal / 1979 FP8 peak)."sv,
     ""sv},
    // No chips or time disclosed: no MFU.
    {"Grok 3"sv, "xAI"sv, 2025,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{3.5e26}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (hardware; Likely; Feb-2026 value - Jun-2025 snapshot had 4.64e26, range 2.1e26-1.13e27)"sv,
     "NVIDIA H100"sv, &catalog::h100_sxm, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "x.ai/blog/grok-3 ('10x the compute of previous state-of-the-art models'); Epoch [E25][E26a]"sv,
     "xAI discloses no size, tokens, GPU count or time. Epoch assumptions: 80,000 H100 (earlier 100,000) for ~90 days (earlier 100 days); press reports 100k-200k GPUs. Epoch cost estimates: $850M cloud-equivalent, $4.4B hardware capex [E26a]. Epoch 2026 snapshot lists 3T params (speculative)."sv,
     ""sv},
    // Precision not stated for Maverick (Meta names FP8 for Behemoth only): BF16.
    {"Llama 4 Maverick"sv, "Meta AI"sv, 2025,
     parameters{4.0e11}, parameters{1.7e10}, tokens{2.2e13},
     flops{2.244e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 17B active x 22T)"sv,
     "NVIDIA H100 80GB"sv, &catalog::h100_sxm, precision::bf16,
     unknown, duration{unknown}, 2.38e6, usd{unknown},
     energy{1666.0 * joules_per_MWh}, energy_basis::derived_rated,
     "meta-llama/llama-models models/llama4/MODEL_CARD.md; Epoch [E25][E26a]"sv,
     "Card: ~22T tokens; 2.38M GPU-h, 700 W, 645 tCO2eq location-based. Energy DERIVED = 2.38M x 700 W. Sibling Llama 4 Scout: 109B total / 17B active, ~40T tokens, 5.0M GPU-h, 1,354 t. Epoch's dataset column says 30T (the overall Llama 4 mixture) but its FLOP uses 22T."sv,
     ""sv},
    // FP8 (Meta blog: 390 TFLOPs/GPU in FP8 on 32K GPUs); no time, so no MFU.
    {"Llama 4 Behemoth (preview)"sv, "Meta AI"sv, 2025,
     parameters{2.0e12}, parameters{2.88e11}, tokens{3.0e13},
     flops{5.184e25}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 288B active x 30T)"sv,
     "NVIDIA H100 80GB (per Epoch)"sv, &catalog::h100_sxm, precision::fp8,
     32000.0, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "ai.meta.com/blog/llama-4-multimodal-intelligence (via Epoch notes); Epoch [E25][E26a]"sv,
     "Meta blog (Apr 2025): 288B active, 16 experts, ~2T total; FP8 on 32K GPUs at 390 TFLOPs/GPU; 'still training' and never released. 30T tokens is the Llama 4 mixture size ('more than 30 trillion tokens'), not a confirmed Behemoth count. Epoch hardware capex estimate $1.78B."sv,
     ""sv},
    {"Qwen3-235B-A22B"sv, "Alibaba"sv, 2025,
     parameters{2.35e11}, parameters{2.2e10}, tokens{3.6e13},
     flops{4.752e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 22B active x 36T)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Qwen Team arXiv:2505.09388 (~36T pre-training tokens); Epoch [E25][E26a]"sv,
     "Hardware, GPU count and time undisclosed."sv,
     ""sv},
    // No chip count or time: no MFU.
    {"Kimi K2"sv, "Moonshot AI"sv, 2025,
     parameters{1.04e12}, parameters{3.2e10}, tokens{1.55e13},
     flops{2.976e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 32B active x 15.5T)"sv,
     "NVIDIA H800"sv, &catalog::h800_sxm, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Kimi Team arXiv:2507.20534 Sec. 2.4.1 ('trained on a cluster equipped with NVIDIA H800 GPUs'); github moonshotai/Kimi-K2 README ('pre-trained on 15.5T tokens'); Epoch [E26a]"sv,
     "1.04T total / 32B activated, 384 experts (8 active + 1 shared), MuonClip. GPU count, GPU-hours and time undisclosed."sv,
     ""sv},
    {"Grok 4"sv, "xAI"sv, 2025,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{5.0e26}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (Speculative: Grok 3 pre-training + RL between 10% and 100% of it)"sv,
     "NVIDIA GPUs (Colossus; mix undisclosed)"sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "x.ai/news/grok-4; Epoch [E26a]"sv,
     "No xAI disclosure of size, tokens or compute. Epoch assumes 200,000 GPUs; its 'upfront cost' $10.7B is hardware acquisition cost, not a training cost. Parameter rumours (2.4T-3T) unverified."sv,
     ""sv},
    // Precision undisclosed: FP8, the basis of Epoch's hardware estimate.
    {"gpt-oss-120b"sv, "OpenAI"sv, 2025,
     parameters{1.1683e11}, parameters{5.1e9}, tokens{unknown},
     flops{4.94e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (hardware: 2.1M H100-h x 1979 TFLOP/s x 0.3 x 1.1 for post-training)"sv,
     "NVIDIA H100"sv, &catalog::h100_sxm, precision::fp8,
     unknown, duration{unknown}, 2.1e6, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "OpenAI gpt-oss model card arXiv:2508.10925 ('The training run for gpt-oss-120b required 2.1 million H100-hours'); Epoch [E26a]"sv,
     "Tokens: 'trillions' (undisclosed). Epoch's hardware estimate uses the H100 dense FP8 peak (1979 TFLOP/s); on a BF16 basis (989) it would halve. Epoch's dataset value 1.47e14 is back-computed from its own FLOP estimate - do not use as a token count. gpt-oss-20b: 20.91B/3.6B, 'almost 10x fewer' H100-h."sv,
     "Epoch's FLOP is itself hardware-based (0.3 assumed utilisation of the FP8 peak, x1.1), so the implied MFU restates that assumption; on a BF16 basis it would double."sv},
    {"GPT-4.5"sv, "OpenAI"sv, 2025,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{3.8e26}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (hardware: median 187M H100-h at 20-40% of 2,000 TFLOP/s FP8; Likely; Jun-2025 snapshot had 2.1e26 Speculative)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "openai.com/index/introducing-gpt-4-5; Epoch [E25][E26a]"sv,
     "OpenAI: a 'new order of magnitude' of compute vs GPT-4 (no figures). Range 2.7e26-5.4e26."sv,
     ""sv},
    {"GPT-5"sv, "OpenAI"sv, 2025,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{6.6e25}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (Speculative; CI 2e25-2e26)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "cdn.openai.com/gpt-5-system-card.pdf (no compute disclosed); Epoch [E26a]"sv,
     "No OpenAI disclosure of size, tokens or compute."sv,
     ""sv},
    // Precision undisclosed: BF16.
    {"K-EXAONE"sv, "LG AI Research"sv, 2025,
     parameters{2.36e11}, parameters{2.3e10}, tokens{1.1e13},
     flops{1.52e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 23B active x 11T)"sv,
     "NVIDIA B200"sv, &catalog::b200, precision::bf16,
     512.0, duration{135.0 * seconds_per_day}, 1.65888e6, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "LG AI Research, K-EXAONE Technical Report (2025-12-31), quoted by Epoch [E26a]"sv,
     "Report: 'The total training duration was 135 days, utilizing 512 B200 GPUs ... 1,658,880 GPU hours'. A rare published Blackwell run."sv,
     "Precision undisclosed: on the B200's FP8 peak the implied MFU would halve, to about 0.06."sv},
    // 56 days include mid- and post-training, so the MFU is a lower bound.
    {"Olmo 3 32B"sv, "Allen Institute for AI"sv, 2025,
     parameters{3.2e10}, parameters{unknown}, tokens{5.5e12},
     flops{1.1e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6ND: 6 x 32B x 5.5T = 1.06e24)"sv,
     "NVIDIA H100 80GB"sv, &catalog::h100_sxm, precision::bf16,
     1024.0, duration{56.0 * seconds_per_day}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Olmo Team arXiv:2512.13961; huggingface.co/allenai/Olmo-3-1125-32B model card (5.50T tokens); Epoch [E26a]"sv,
     "'approximately 56 days elapsed from the start of training to the evaluation of the Olmo 3 Think 32B checkpoint, on a cluster with 1024 H100 GPUs' - includes mid- and post-training, so 1024 x 56 x 24 = 1.38M GPU-h is an upper bound for pre-training (chip_hours left blank)."sv,
     ""sv},
    // Hardware per Epoch; no chips or time.
    {"Kimi K2.5"sv, "Moonshot AI"sv, 2026,
     parameters{1.04e12}, parameters{3.2e10}, tokens{3.0e13},
     flops{5.8e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 32B x ~30T cumulative; Likely)"sv,
     "NVIDIA H800 (per Epoch)"sv, &catalog::h800_sxm, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Kimi Team arXiv:2602.02276 Sec. 3.2; Epoch [E26b]"sv,
     "Continues from a near-end K2 checkpoint with 'additional 15T vision-text tokens'; tokens = ~15T (K2) + ~15T (K2.5) cumulative."sv,
     ""sv},
    // Hardware per Epoch only (unverified); no chips or time.
    {"GLM-5"sv, "Z.ai (Zhipu AI)"sv, 2026,
     parameters{7.44e11}, parameters{4.0e10}, tokens{2.85e13},
     flops{6.84e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 40B x 28.5T; Likely)"sv,
     "Huawei Ascend 910C (per Epoch; unverified)"sv, &catalog::ascend_910c, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Zeng et al. arXiv:2602.15763; Epoch [E26b]"sv,
     "Token count inconsistent across sources: report '27 trillion token corpus', blog/report '28.5 trillion tokens for the base model'. Hardware attribution comes from Epoch only."sv,
     ""sv},
    {"DeepSeek-V4-Pro"sv, "DeepSeek"sv, 2026,
     parameters{1.6e12}, parameters{4.9e10}, tokens{3.3e13},
     flops{9.702e24}, flop_source::estimated, "Epoch AI"sv,
     "Epoch estimate (6 x 49B active x 33T; pre-training only; Likely)"sv,
     "undisclosed (pre-training)"sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "DeepSeek-AI, 'DeepSeek-V4: Towards Highly Efficient Million-Token Context Intelligence' (HF deepseek-ai/DeepSeek-V4-Pro DeepSeek_V4.pdf; arXiv:2606.19348); Epoch [E26b]; Tom's Hardware / SCMP June 2026 (secondary)"sv,
     "Report: 'DeepSeek-V4-Pro with 1.6T parameters (49B activated)'; 'we train DeepSeek-V4-Flash on 32T tokens and DeepSeek-V4-Pro on 33T tokens'; FP4 routed-expert weights. Training compute, GPU-hours and pre-training hardware not disclosed. A Huawei-led team reported full-parameter post-training of V4-Pro on >=1,000 Ascend 910C (Shenzhen government via SCMP, June 2026). Epoch's V4-Flash row stores 284000000 params (should be 2.84e11)."sv,
     ""sv},
    {"Claude Mythos Preview"sv, "Anthropic"sv, 2026,
     parameters{unknown}, parameters{unknown}, tokens{unknown},
     flops{unknown}, flop_source::undisclosed, ""sv,
     "undisclosed (no developer figure; no Epoch estimate in the Apr-2026 snapshot)"sv,
     ""sv, nullptr, precision::bf16,
     unknown, duration{unknown}, unknown, usd{unknown},
     energy{unknown}, energy_basis::unknown,
     "Anthropic system card (2026-04-07) and Project Glasswing page; Fortune leak report 2026-03-26 (via secondary quotes); see notable-runs.md"sv,
     "Anthropic publishes no parameter count, token count, compute, hardware or cost. Leaked draft (quoted by secondary sources): 'larger and more intelligent than our Opus models'; 'very expensive for us to serve'. The seed's 10T params / 300T tokens / $10B appear only in secondary coverage; 6ND of those = 1.8e28 FLOP. An unofficial pixel reading of a Microsoft Build (May 2026) slide gives ~6.1e27 FLOP (95% CI 5.3e27-7.1e27) - not a disclosure."sv,
     ""sv},
}};
// clang-format on
} // namespace detail::run_records

namespace runs {

// Every run, oldest first.
inline constexpr const std::array<training_run, 39>& all = detail::run_records::table;

// One name per run, referring into runs::all (tests/static/runs.cpp checks each against its name).
inline constexpr const training_run& gpt3_175b = all[0];
inline constexpr const training_run& gopher = all[1];
inline constexpr const training_run& lamda = all[2];
inline constexpr const training_run& chinchilla = all[3];
inline constexpr const training_run& palm_540b = all[4];
inline constexpr const training_run& opt_175b = all[5];
inline constexpr const training_run& bloom_176b = all[6];
inline constexpr const training_run& llama_65b = all[7];
inline constexpr const training_run& gpt4 = all[8];
inline constexpr const training_run& llama2_70b = all[9];
inline constexpr const training_run& falcon_180b = all[10];
inline constexpr const training_run& grok1 = all[11];
inline constexpr const training_run& yi_34b = all[12];
inline constexpr const training_run& gemini1_ultra = all[13];
inline constexpr const training_run& mixtral_8x22b = all[14];
inline constexpr const training_run& llama3_8b = all[15];
inline constexpr const training_run& llama3_70b = all[16];
inline constexpr const training_run& deepseek_v2 = all[17];
inline constexpr const training_run& nemotron4_340b = all[18];
inline constexpr const training_run& llama3_1_405b = all[19];
inline constexpr const training_run& grok2 = all[20];
inline constexpr const training_run& qwen2_5_72b = all[21];
inline constexpr const training_run& yi_lightning = all[22];
inline constexpr const training_run& deepseek_v3 = all[23];
inline constexpr const training_run& grok3 = all[24];
inline constexpr const training_run& llama4_maverick = all[25];
inline constexpr const training_run& llama4_behemoth = all[26];
inline constexpr const training_run& qwen3_235b = all[27];
inline constexpr const training_run& kimi_k2 = all[28];
inline constexpr const training_run& grok4 = all[29];
inline constexpr const training_run& gpt_oss_120b = all[30];
inline constexpr const training_run& gpt4_5 = all[31];
inline constexpr const training_run& gpt5 = all[32];
inline constexpr const training_run& k_exaone = all[33];
inline constexpr const training_run& olmo3_32b = all[34];
inline constexpr const training_run& kimi_k2_5 = all[35];
inline constexpr const training_run& glm5 = all[36];
inline constexpr const training_run& deepseek_v4_pro = all[37];
inline constexpr const training_run& claude_mythos_preview = all[38];

struct run_alias {
    std::string_view name;
    const training_run* run;
};

// Names besides each run's full name: the short names papers and press use. A name that fits two
// runs ("Llama 3", "Grok", "Kimi") is deliberately absent.
inline constexpr run_alias aliases[] = {
    {"GPT-3", &gpt3_175b},
    {"davinci", &gpt3_175b},
    {"Gopher", &gopher},
    {"LaMDA", &lamda},
    {"Chinchilla", &chinchilla},
    {"PaLM", &palm_540b},
    {"OPT", &opt_175b},
    {"BLOOM", &bloom_176b},
    {"LLaMA", &llama_65b},
    {"Llama 1 65B", &llama_65b},
    {"Falcon", &falcon_180b},
    {"Gemini Ultra", &gemini1_ultra},
    {"Gemini 1 Ultra", &gemini1_ultra},
    {"Nemotron-4", &nemotron4_340b},
    {"Llama 3.1", &llama3_1_405b},
    {"Llama 3 405B", &llama3_1_405b},
    {"Qwen 2.5 72B", &qwen2_5_72b},
    {"Maverick", &llama4_maverick},
    {"Llama 4 Behemoth", &llama4_behemoth},
    {"Behemoth", &llama4_behemoth},
    {"Qwen3 235B", &qwen3_235b},
    {"gpt-oss", &gpt_oss_120b},
    {"EXAONE", &k_exaone},
    {"Olmo 3", &olmo3_32b},
    {"DeepSeek V4", &deepseek_v4_pro},
    {"Mythos", &claude_mythos_preview},
    {"Claude Mythos", &claude_mythos_preview},
};

namespace detail {
constexpr const training_run* find_exact(std::string_view name) noexcept {
    for (const training_run& run : all)
        if (flopscale::detail::same_name(name, run.name)) return &run;
    for (const run_alias& alias : aliases)
        if (flopscale::detail::same_name(name, alias.name)) return alias.run;
    return nullptr;
}
} // namespace detail

// The run called `name` (full name or alias, optionally after its organisation's name: "Meta AI
// Llama 2 70B", "DeepSeek V3"), or nullptr when there is none. Case, spaces, hyphens and other
// punctuation do not matter, as for find_accelerator.
constexpr const training_run* find_run(std::string_view name) noexcept {
    if (const training_run* run = detail::find_exact(name)) return run;
    for (const training_run& run : all) {
        const flopscale::detail::name_rest rest =
            flopscale::detail::strip_name_prefix(name, run.organisation);
        if (!rest.found) continue;
        const training_run* named = detail::find_exact(rest.rest);
        if (named != nullptr && named->organisation == run.organisation) return named;
    }
    return nullptr;
}

// ---- Derived figures: arithmetic on a record; NaN where the record does not determine them ----
// Each checks its inputs first: a constant expression may return NaN but, on Clang 14, may not
// compute one.

// The parameters that compute each token: the active ones of a mixture of experts, else all.
constexpr parameters counted_parameters(const training_run& r) noexcept {
    return r.has_params_active() ? r.params_active : r.params_total;
}

// 6·N·D (Kaplan et al. 2020 §2.1) with N the counted parameters; NaN when N or D is undisclosed.
constexpr flops six_nd(const training_run& r) noexcept {
    const parameters n = counted_parameters(r);
    if (!flopscale::detail::is_known(n.value()) || !r.has_training_tokens()) return flops{unknown};
    return flops{6 * n.value() * r.training_tokens.value()};
}

// 6·N·D over the stated training FLOP: 1 when the stated figure is 6·N·D, below 1 when the source
// counts more (attention, restarts, hardware time).
constexpr double six_nd_ratio(const training_run& r) noexcept {
    const flops counted = six_nd(r);
    if (!flopscale::detail::is_known(counted.value()) ||
        !flopscale::detail::is_known(r.compute.value()))
        return unknown;
    return counted / r.compute;
}

// 6·N·D ignores attention and embeddings, a few to tens of percent at these sizes (PaLM's 2.56e24
// includes attention, 6·N·D gives 2.53e24). Beyond a factor of two, the token count, the parameter
// count and the FLOP figure do not describe the same run.
inline constexpr double six_nd_tolerance = 2;
constexpr bool six_nd_disagrees(const training_run& r) noexcept {
    const double ratio = six_nd_ratio(r);
    if (!flopscale::detail::is_known(ratio)) return false;
    return ratio > six_nd_tolerance || ratio < 1 / six_nd_tolerance;
}

// Chip-hours as stated, else chips x days x 24 (an upper bound on busy chip time).
constexpr double implied_chip_hours(const training_run& r) noexcept {
    if (r.has_chip_hours()) return r.chip_hours;
    if (!flopscale::detail::is_known(r.chips) || !flopscale::detail::is_known(r.wall_clock.value()))
        return unknown;
    return r.chips * r.wall_clock.in(units::h);
}

// Model FLOP utilisation implied by the record: training FLOP / (chip-hours x the chip's dense
// peak in the run's format). NaN without a catalog chip, its peak, the FLOP or the chip time.
// Where the FLOP is itself a hardware estimate (compute_basis), it restates the estimate's
// assumed utilisation. Chip-hours include restarts and downtime, so it sits below the MFU papers
// report for their steady state.
constexpr double implied_mfu(const training_run& r) noexcept {
    if (r.chip == nullptr || !r.chip->has_peak(r.format)) return unknown;
    if (!flopscale::detail::is_known(r.compute.value()) ||
        !flopscale::detail::is_known(implied_chip_hours(r)))
        return unknown;
    return r.compute / (implied_chip_hours(r) * units::h * r.chip->peak(r.format));
}

// Utilisations below 10% or above 100% are not how large runs train (Chowdhery et al. 2022,
// Table 3: 21-46% for GPT-3 to PaLM): a figure outside is a question about the data.
inline constexpr double mfu_plausible_low = 0.1;
inline constexpr double mfu_plausible_high = 1.0;
constexpr bool mfu_implausible(const training_run& r) noexcept {
    const double mfu = implied_mfu(r);
    if (!flopscale::detail::is_known(mfu)) return false;
    return mfu < mfu_plausible_low || mfu > mfu_plausible_high;
}

// Stated cost over chip-hours; NaN unless both are known.
constexpr usd_per_hour implied_price_per_chip_hour(const training_run& r) noexcept {
    if (!flopscale::detail::is_known(r.cost.value()) ||
        !flopscale::detail::is_known(implied_chip_hours(r)))
        return usd_per_hour{unknown};
    return r.cost / (implied_chip_hours(r) * units::h);
}

// Tokens per counted parameter (20 is Chinchilla's compute-optimal ratio, Hoffmann et al. 2022).
constexpr double tokens_per_parameter(const training_run& r) noexcept {
    if (!r.has_training_tokens() || !flopscale::detail::is_known(counted_parameters(r).value()))
        return unknown;
    return r.training_tokens.value() / counted_parameters(r).value();
}

} // namespace runs
} // namespace flopscale
