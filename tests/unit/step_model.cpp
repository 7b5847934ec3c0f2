// The step model against its calibration set, Korthikanti et al. 2022 (arXiv:2205.05198): the
// per-layer times of Table 4, the iteration times of Table 5 and the memory of Fig. 1 and 7, on
// the configurations of Table 3 (A100 80GB, Selene). Every comparison prints its error.
#include "flopscale/step_model.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <cmath>
#include <cstdio>

using namespace flopscale;

namespace {

// The GPT models of Table 3: d_ff = 4 h, V = 51200, s = 2048, learned positions, biases, tied
// embeddings (as GPT-3).
constexpr transformer gpt(int layers, int d_model, int heads) {
    transformer t{layers, d_model, heads, 0, 0, 0, 51200, 2048};
    t.tied_embeddings = true;
    t.learned_positions = true;
    t.biases = true;
    return t;
}

struct table3_row {
    const char* name;
    transformer model;
    int pipeline;
    int virtual_stages; // Calculon's validation inputs (validation/seqsel/tab5): 3 for 175B, 530B
    int batch;
    double full_recompute_s;     // Table 5
    double selective_sequence_s; // Table 5
    double activations_none_gib; // Fig. 1 (Calculon's transcription)
    double activations_seqsel_gib;
    double state_gib; // Fig. 1, parameters and optimizer
};

const table3_row table3[] = {
    {"22B", gpt(48, 6144, 64), 1, 1, 4, 1.42, 1.10, 59.25, 9.5625, 45.5625},
    {"175B", gpt(96, 12288, 96), 8, 3, 64, 18.13, 13.75, 66.84375, 12.3515625, 45.5625},
    {"530B", gpt(105, 20480, 128), 35, 3, 280, 49.05, 37.83, 114.0234375, 23.076171875, 31.640625},
    {"1T", gpt(128, 25600, 160), 64, 1, 512, 94.42, 71.49, 131.25, 26.5625, 32.958984375},
};

parallel_layout layout_of(const table3_row& r, bool sequence_parallel, recomputation recompute) {
    parallel_layout l;
    l.tensor = 8;
    l.pipeline = r.pipeline;
    l.virtual_stages = r.virtual_stages;
    l.micro_batch = r.pipeline == 1 ? 4 : 1;
    l.sequence_parallel = sequence_parallel;
    l.recompute = recompute;
    return l;
}

cluster a100s(const table3_row& r) {
    return cluster{catalog::a100_sxm, 8.0 * r.pipeline};
}

// The 2022 runs used Megatron-LM's unfused attention kernels.
step_options megatron_2022() {
    step_options o;
    o.attention = attention_kernel::unfused;
    return o;
}

double relative_error(double predicted, double published) {
    return predicted / published - 1.0;
}

constexpr double gib = 1024.0 * 1024.0 * 1024.0;

} // namespace

TEST_CASE("Korthikanti Table 4: one layer of the 22B model", "[step][calibration]") {
    struct row {
        const char* name;
        bool sequence_parallel;
        recomputation recompute;
        double forward_ms, backward_ms;
    };
    const row rows[] = {{"baseline", false, recomputation::none, 7.7, 11.9},
                        {"sequence parallel", true, recomputation::none, 7.2, 11.8},
                        {"full recompute", false, recomputation::full, 7.7, 19.5},
                        {"selective", false, recomputation::selective, 7.7, 13.2},
                        {"selective + sequence", true, recomputation::selective, 7.2, 13.1}};
    double squares = 0;
    for (const row& r : rows) {
        const layer_prediction p =
            predict_layer(table3[0].model, layout_of(table3[0], r.sequence_parallel, r.recompute),
                          a100s(table3[0]), 4, 2048, megatron_2022());
        const double ef = relative_error(p.forward.in(units::ms), r.forward_ms);
        const double eb = relative_error(p.backward.in(units::ms), r.backward_ms);
        std::printf("Table 4 %-22s forward %5.2f ms (paper %4.1f, %+5.1f%%)  backward %5.2f ms "
                    "(paper %4.1f, %+5.1f%%)\n",
                    r.name, p.forward.in(units::ms), r.forward_ms, 100 * ef,
                    p.backward.in(units::ms), r.backward_ms, 100 * eb);
        CHECK(std::fabs(ef) < 0.10);
        CHECK(std::fabs(eb) < 0.10);
        squares += ef * ef + eb * eb;
    }
    const double rms = std::sqrt(squares / 10);
    std::printf("Table 4 rms error %.2f%%\n", 100 * rms);
    CHECK(rms < 0.05);
}

TEST_CASE("Korthikanti Table 5: iteration times", "[step][calibration]") {
    double sum = 0;
    double worst = 0;
    for (const table3_row& r : table3)
        for (const bool present : {false, true}) {
            const parallel_layout l =
                layout_of(r, present, present ? recomputation::selective : recomputation::full);
            const step_prediction p =
                predict_step(r.model, l, a100s(r), r.batch, 2048, megatron_2022());
            const double published = present ? r.selective_sequence_s : r.full_recompute_s;
            const double e = relative_error(p.time.value(), published);
            std::printf("Table 5 %-5s %-20s %7.2f s (paper %6.2f, %+5.1f%%)  MFU %.1f%% HFU "
                        "%.1f%%\n",
                        r.name, present ? "sequence + selective" : "full recompute", p.time.value(),
                        published, 100 * e, 100 * p.mfu, 100 * p.hfu);
            CHECK(std::fabs(e) < 0.10);
            sum += std::fabs(e);
            worst = std::fabs(e) > worst ? std::fabs(e) : worst;
            // The parts add up to the step.
            const duration parts = p.compute + p.recompute + p.tensor_comm + p.pipeline_comm +
                                   p.data_comm + p.expert_comm + p.context_comm + p.bubble +
                                   p.optimizer;
            CHECK(parts.value() == Approx(p.time.value()));
        }
    std::printf("Table 5 mean absolute error %.2f%%, worst %.2f%% (Calculon: 3.7%%, 8.9%%)\n",
                100 * sum / 8, 100 * worst);
    CHECK(sum / 8 <= 0.05);
}

TEST_CASE("Korthikanti Eq. 7: model FLOPs and MFU", "[step][calibration]") {
    for (const table3_row& r : table3) {
        const step_prediction p =
            predict_step(r.model, layout_of(r, true, recomputation::selective), a100s(r), r.batch,
                         2048, megatron_2022());
        const double B = r.batch, L = r.model.layers, s = 2048, h = r.model.d_model, v = 51200;
        const double eq7 = 72 * B * L * s * h * h * (1 + s / (6 * h) + v / (12 * h * L));
        CHECK(p.model_flops.value() == Approx(eq7).epsilon(1e-12));
        // Hardware FLOPs add the recomputed attention core's forward pass, 4 B s^2 h per layer.
        // (The paper's Eq. 8 adds three times that: its printed HFU is 43.7% where this count
        // gives 42.2% at the same time.)
        CHECK(p.hfu / p.mfu == Approx(1 + 4 * B * s * s * h * L / eq7).epsilon(1e-12));
        const step_prediction full = predict_step(r.model, layout_of(r, false, recomputation::full),
                                                  a100s(r), r.batch, 2048, megatron_2022());
        CHECK(full.hfu / full.mfu ==
              Approx(1 + 24 * B * L * s * h * h * (1 + s / (6 * h)) / eq7).epsilon(1e-12));
    }
}

TEST_CASE("Korthikanti Fig. 1 and 7: memory per GPU", "[step][calibration][memory]") {
    for (const table3_row& r : table3) {
        const step_prediction none = predict_step(r.model, layout_of(r, false, recomputation::none),
                                                  a100s(r), r.batch, 2048, megatron_2022());
        const step_prediction present =
            predict_step(r.model, layout_of(r, true, recomputation::selective), a100s(r), r.batch,
                         2048, megatron_2022());
        const double e_none =
            relative_error(none.activations.value() / gib, r.activations_none_gib);
        const double e_present =
            relative_error(present.activations.value() / gib, r.activations_seqsel_gib);
        const double state = (none.weights + none.gradients + none.optimizer_state).value() / gib;
        const double e_state = relative_error(state, r.state_gib);
        std::printf("Fig. 1 %-5s activations %7.2f GiB (paper %7.2f, %+5.2f%%), with sequence + "
                    "selective %6.2f GiB (paper %6.2f, %+5.2f%%), state %5.2f GiB (paper %5.2f, "
                    "%+5.2f%%)\n",
                    r.name, none.activations.value() / gib, r.activations_none_gib, 100 * e_none,
                    present.activations.value() / gib, r.activations_seqsel_gib, 100 * e_present,
                    state, r.state_gib, 100 * e_state);
        CHECK(std::fabs(e_none) < 0.05);
        CHECK(std::fabs(e_present) < 0.05);
        CHECK(std::fabs(e_state) < 0.10);
        // Fig. 7: full recomputation keeps 2 s b h per layer.
        const step_prediction full = predict_step(r.model, layout_of(r, false, recomputation::full),
                                                  a100s(r), r.batch, 2048, megatron_2022());
        const double share = full.activations / none.activations;
        std::printf("Fig. 7 %-5s full recompute %.2f%% of the baseline\n", r.name, 100 * share);
        CHECK(share < 0.1);
        CHECK(none.fits == (none.memory_per_chip <= catalog::a100_sxm.memory));
    }
    // Fig. 7, 22B: sequence parallelism alone keeps 66.84% of the baseline, selective alone
    // 49.42%.
    const table3_row& r = table3[0];
    const double base = predict_step(r.model, layout_of(r, false, recomputation::none), a100s(r), 4,
                                     2048, megatron_2022())
                            .activations.value();
    const double seq = predict_step(r.model, layout_of(r, true, recomputation::none), a100s(r), 4,
                                    2048, megatron_2022())
                           .activations.value();
    const double sel = predict_step(r.model, layout_of(r, false, recomputation::selective),
                                    a100s(r), 4, 2048, megatron_2022())
                           .activations.value();
    std::printf("Fig. 7 22B   sequence parallel %.2f%% (paper 66.84), selective %.2f%% (paper "
                "49.42)\n",
                100 * seq / base, 100 * sel / base);
    CHECK(seq / base == Approx(0.6684).epsilon(0.05));
    CHECK(sel / base == Approx(0.4942).epsilon(0.05));
}

TEST_CASE("530B with 8-way data parallelism, no overlap (Korthikanti §6)", "[step]") {
    // Not part of the calibration targets: the paper gives 39.15 s on 2240 GPUs (batch x 8)
    // without gradient all-reduce overlap; printed for the record.
    const table3_row& r = table3[2];
    parallel_layout l = layout_of(r, true, recomputation::selective);
    l.data = 8;
    step_options o = megatron_2022();
    o.overlap_data_comm = false;
    const step_prediction p =
        predict_step(r.model, l, cluster{catalog::a100_sxm, 2240}, 2240, 2048, o);
    std::printf("530B DP 8: %.2f s (paper 39.15, %+5.1f%%), data comm %.2f s\n", p.time.value(),
                100 * relative_error(p.time.value(), 39.15), p.data_comm.value());
    CHECK(p.data_comm.value() > 0);
    CHECK(p.time.value() > predict_step(r.model, layout_of(r, true, recomputation::selective),
                                        a100s(r), 280, 2048, megatron_2022())
                               .time.value());
}

TEST_CASE("the model responds to the hardware and the layout", "[step]") {
    constexpr transformer llama = presets::llama2_70b;
    parallel_layout l;
    l.tensor = 8;
    l.pipeline = 4;
    l.data = 4;
    l.micro_batch = 1;
    l.virtual_stages = 5;
    l.sequence_parallel = true;
    l.recompute = recomputation::selective;
    l.zero_stage = 1;
    const cluster h100{catalog::h100_sxm, 128};
    const step_prediction base = predict_step(llama, l, h100, 512, 4096);
    REQUIRE(base.time.value() > 0);
    CHECK(base.mfu > 0.2);
    CHECK(base.mfu < 0.8);
    CHECK(base.tokens_per_second.value() == Approx(512 * 4096 / base.time.value()));

    // An H800 has the H100's FLOPs and less than half its NVLink: tensor parallelism costs more.
    const step_prediction h800 = predict_step(llama, l, cluster{catalog::h800_sxm, 128}, 512, 4096);
    CHECK(h800.tensor_comm > base.tensor_comm);
    CHECK(h800.time > base.time);
    // A user's own fabric: a slower NIC makes the data-parallel exchange slower.
    step_options slow_nic;
    slow_nic.network = typical_interconnect(catalog::h100_sxm);
    slow_nic.network.scale_out_bandwidth_per_direction = bandwidth{12.5e9};
    slow_nic.overlap_data_comm = false;
    step_options no_overlap;
    no_overlap.overlap_data_comm = false;
    CHECK(predict_step(llama, l, h100, 512, 4096, slow_nic).data_comm >
          predict_step(llama, l, h100, 512, 4096, no_overlap).data_comm);
    // Overlapping the gradient reduction with the backward pass hides most of it.
    CHECK(base.data_comm < predict_step(llama, l, h100, 512, 4096, no_overlap).data_comm);
    // More virtual stages, smaller bubble.
    parallel_layout plain = l;
    plain.virtual_stages = 1;
    CHECK(predict_step(llama, plain, h100, 512, 4096).bubble > base.bubble);
    // ZeRO-3 shards the weights; full recomputation shrinks the activations.
    parallel_layout zero3 = l;
    zero3.zero_stage = 3;
    CHECK(predict_step(llama, zero3, h100, 512, 4096).weights < base.weights);
    parallel_layout full = l;
    full.recompute = recomputation::full;
    const step_prediction recomputed = predict_step(llama, full, h100, 512, 4096);
    CHECK(recomputed.activations < base.activations);
    CHECK(recomputed.recompute > base.recompute);
    // FP8 doubles the linear layers' peak; attention and the output layer stay in BF16 and the
    // memory-bound kernels gain nothing: faster, by less than twice.
    const step_prediction fp8 =
        predict_step(llama, l, cluster{catalog::h100_sxm, 128, precision::fp8}, 512, 4096);
    CHECK(fp8.compute < base.compute);
    CHECK(fp8.compute.value() > base.compute.value() / 2);
    // FlashAttention (the default) never stores the scores and skips their memory traffic.
    step_options unfused;
    unfused.attention = attention_kernel::unfused;
    CHECK(predict_step(llama, l, h100, 512, 4096, unfused).time > base.time);
}

TEST_CASE("context and expert parallelism", "[step]") {
    // Long context: context parallelism splits the sequence and its activations.
    constexpr transformer llama = presets::llama3_1_405b;
    parallel_layout l;
    l.tensor = 8;
    l.pipeline = 9;
    l.data = 2;
    l.context = 4;
    l.sequence_parallel = true;
    l.recompute = recomputation::selective;
    l.zero_stage = 1;
    const step_prediction cp = predict_step(llama, l, cluster{catalog::h100_sxm, 576}, 64, 131072);
    REQUIRE(cp.time.value() > 0);
    parallel_layout no_cp = l;
    no_cp.context = 1;
    no_cp.data = 8;
    const step_prediction without =
        predict_step(llama, no_cp, cluster{catalog::h100_sxm, 576}, 64, 131072);
    CHECK(cp.activations < without.activations);

    // Mixture of experts: DeepSeek-V3's layout (§3.2: PP 16, EP 64, ZeRO-1 DP) on 2048 H800s;
    // its 61 layers fill 16 stages unevenly (4 on most, 3 on the first two and the last).
    constexpr transformer v3 = presets::deepseek_v3;
    parallel_layout moe;
    moe.pipeline = 16;
    moe.data = 128;
    moe.expert = 64;
    moe.zero_stage = 1;
    moe.recompute = recomputation::selective;
    const step_options fused{};
    CHECK(layout_problem(v3, moe, 2048, 15360, 4096) == nullptr);
    const step_prediction ds =
        predict_step(v3, moe, cluster{catalog::h800_sxm, 2048, precision::fp8}, 15360, 4096, fused);
    REQUIRE(ds.time.value() > 0);
    CHECK(ds.expert_comm.value() > 0);
    std::printf("DeepSeek-V3 layout on 2048 H800: %.1f s per step, MFU %.1f%% (FP8 peak), "
                "expert all-to-all %.1f s, memory %.1f GB per GPU\n",
                ds.time.value(), 100 * ds.mfu, ds.expert_comm.value(),
                ds.memory_per_chip.in(units::GB));
    // The experts spread over 64 ranks: far less memory than holding them on 1.
    parallel_layout narrow = moe;
    narrow.expert = 1;
    CHECK(predict_step(v3, narrow, cluster{catalog::h800_sxm, 2048, precision::fp8}, 15360, 4096,
                       fused)
              .weights > ds.weights);
}

TEST_CASE("an invalid layout is rejected with its reason", "[step][layout]") {
    const transformer m = table3[0].model;
    parallel_layout l;
    l.tensor = 8;
    CHECK(valid_layout(m, l, 8, 4, 2048));
    CHECK(layout_problem(m, l, 8, 4, 2048) == nullptr);
    CHECK(std::string_view(layout_problem(m, l, 16, 4, 2048)) ==
          "tensor x pipeline x data x context must equal the cluster's chip count");
    parallel_layout bad = l;
    bad.tensor = 5;
    CHECK(std::string_view(layout_problem(m, bad, 5, 4, 2048)) ==
          "tensor must divide the attention heads");
    bad = l;
    bad.pipeline = 8;
    bad.virtual_stages = 7; // 56 chunks for 48 layers
    CHECK(std::string_view(layout_problem(m, bad, 64, 4, 2048)) ==
          "pipeline x virtual_stages must not exceed the layers");
    bad.virtual_stages = 6; // one layer per chunk: valid
    CHECK(layout_problem(m, bad, 64, 8, 2048) == nullptr);
    bad.pipeline = 5; // uneven stages: valid
    bad.virtual_stages = 1;
    CHECK(layout_problem(m, bad, 40, 4, 2048) == nullptr);
    bad = l;
    bad.data = 3;
    CHECK(std::string_view(layout_problem(m, bad, 24, 4, 2048)) ==
          "data x micro_batch must divide the global batch");
    bad = l;
    bad.expert = 2;
    CHECK(std::string_view(layout_problem(m, bad, 8, 4, 2048)) == "expert must divide the experts");
    bad = l;
    bad.zero_stage = 4;
    CHECK(std::string_view(layout_problem(m, bad, 8, 4, 2048)) ==
          "zero_stage must be 0, 1, 2 or 3");

    precondition_recorder violations;
    bad = l;
    bad.tensor = 5;
    const step_prediction p = predict_step(m, bad, cluster{catalog::a100_sxm, 5}, 4, 2048);
    CHECK(is_nan(p.time.value()));
    CHECK(violations.last() == "tensor must divide the attention heads");
    // A chip without a known network cannot time its collectives.
    CHECK(is_nan(predict_step(m, l, cluster{catalog::l40s, 8}, 4, 2048).time.value()));
    CHECK(violations.last() == "the network is unknown: give step_options::network for this chip");
}

TEST_CASE("uneven pipeline stages", "[step][layout]") {
    // Llama 3 405B: 126 layers on 16 stages, one fewer on the first and the last (Llama 3 paper
    // §3.3.2).
    constexpr pipeline_stages llama = stages_of(126, 16, 1);
    static_assert(llama.full == 8 && llama.last == 7 && llama.first == 7);
    static_assert(llama.fullest == 8 && llama.fullest_rank == 1);
    // DeepSeek-V3: 61 layers on 16 stages: the last, the first and the second give up one.
    constexpr pipeline_stages v3 = stages_of(61, 16, 1);
    static_assert(v3.full == 4 && v3.last == 3 && v3.first == 3);
    static_assert(v3.fullest == 4 && v3.fullest_rank == 2);
    // One short: only the last stage gives one up. Interleaved: chunks of ceil(126 / 32) = 4.
    static_assert(stages_of(127, 16, 1).last == 7 && stages_of(127, 16, 1).first == 8);
    static_assert(stages_of(126, 16, 2).full == 8 && stages_of(126, 16, 2).last == 7);
    // Even stages are all full.
    static_assert(stages_of(96, 8, 3).last == 12 && stages_of(96, 8, 3).first == 12 &&
                  stages_of(96, 8, 3).fullest_rank == 0);
    {
        precondition_recorder violations;
        CHECK(stages_of(10, 4, 3).full == 0);
        CHECK(violations.last() == "stages_of needs at least one layer per chunk");
    }
    static_assert(valid_layout(presets::deepseek_v3, parallel_layout{1, 61}, 61, 1, 4096));
    static_assert(!valid_layout(presets::deepseek_v3, parallel_layout{1, 62}, 62, 1, 4096));

    // The pipeline runs at the pace of its busiest stage: a full stage of ceil(layers / (p v))
    // per chunk, never faster, and never slower than the layout with the layers rounded up to a
    // whole number of chunks (which also puts the output layer on a full stage).
    const cluster h100s{catalog::h100_sxm, 512};
    for (int layers : {121, 125, 126, 127}) {
        for (int v : {1, 2}) {
            transformer m = presets::llama3_1_405b;
            m.layers = layers;
            parallel_layout l{8, 16, 4};
            l.virtual_stages = v;
            l.sequence_parallel = true;
            l.recompute = recomputation::selective;
            l.zero_stage = 1;
            const step_prediction uneven = predict_step(m, l, h100s, 256, 8192);
            const layer_prediction layer = predict_layer(m, l, h100s, 256, 8192);
            const double full_stage = 8 * (layer.forward + layer.backward).value();
            CAPTURE(layers, v);
            CHECK(uneven.bubble.value() >= 15.0 / v * full_stage);
            const double per_micro_batch = (uneven.compute + uneven.recompute + uneven.tensor_comm +
                                            uneven.expert_comm + uneven.context_comm)
                                               .value() /
                                           64;
            CHECK(per_micro_batch >= full_stage * (1 - 1e-12));
            transformer rounded = m;
            rounded.layers = 128;
            const step_prediction up = predict_step(rounded, l, h100s, 256, 8192);
            CHECK(uneven.time <= up.time);
            CHECK(uneven.bubble <= up.bubble);
            // The memory of the stage with the most layers: never above the rounded-up model's
            // (but for the final norm's share, spread over the layers).
            CHECK(uneven.memory_per_chip.value() <= up.memory_per_chip.value() * (1 + 1e-6));
        }
    }
    // When the output layer outweighs the layer the last stage gave up (a tiny model with a large
    // vocabulary), the last stage still sets the pace.
    transformer small{30, 1024, 16, 0, 0, 0, 256000, 4096};
    const cluster eight{catalog::h100_sxm, 8};
    const parallel_layout four{1, 4, 2};
    const step_prediction uneven = predict_step(small, four, eight, 64, 4096);
    small.layers = 32;
    const step_prediction rounded = predict_step(small, four, eight, 64, 4096);
    REQUIRE(uneven.time.value() > 0);
    CHECK(uneven.bubble < rounded.bubble);
    // 30 layers on 4 stages: 7 on the last, 8 on the second; the last (7 layers and the output
    // layer) is 1 layer faster than 8 layers and the output layer, for each of 32 micro-batches.
    const layer_prediction layer = predict_layer(small, four, eight, 64, 4096);
    CHECK((rounded.compute - uneven.compute).value() ==
          Approx(32 * (layer.forward + layer.backward).value()).epsilon(1e-9));
}

TEST_CASE("Llama 3 405B's published layouts (Llama 3 paper, Table 4)", "[step][published]") {
    // Table 4 (reference scaling-science.md §5): H100s, TP 8, PP 16 over 126 layers, 16M-token
    // batches, BF16 MFU 43% / 41% / 38%. The long-context row's DP is 8: the reference's 4
    // matches neither its 16,384 GPUs nor its 16M tokens (16 x 8 x 131,072). Not printed
    // there and assumed here: one-sequence
    // micro-batches, sequence parallelism, no recomputation (§3.3.2: none at 8K), ZeRO-2 (FSDP
    // sharding optimizer state and gradients, not the weights), 1F1B without interleaving and
    // with 2 chunks. Printed, not tuned.
    struct published {
        double gpus;
        int context;
        int data;
        double sequence;
        double batch; // sequences: batch per DP rank x DP
        double mfu;
    };
    const published rows[] = {{8192, 1, 64, 8192, 32 * 64, 0.43},
                              {16384, 1, 128, 8192, 16 * 128, 0.41},
                              {16384, 16, 8, 131072, 16 * 8, 0.38}};
    for (const published& row : rows) {
        for (int v : {1, 2}) {
            parallel_layout l{8, 16, row.data, row.context};
            l.virtual_stages = v;
            l.sequence_parallel = true;
            l.zero_stage = 2;
            const cluster h100s{catalog::h100_sxm, row.gpus};
            REQUIRE(layout_problem(presets::llama3_1_405b, l, row.gpus, row.batch, row.sequence) ==
                    nullptr);
            const step_prediction p =
                predict_step(presets::llama3_1_405b, l, h100s, row.batch, row.sequence);
            REQUIRE(p.time.value() > 0);
            std::printf("Llama 3 405B on %5.0f H100, TP 8 CP %2d PP 16 x %d DP %3d, seq %6.0f: "
                        "%.2f s per step, MFU %.1f%% (published %.0f%%, %+.1f points), "
                        "%.1f GB per GPU%s\n",
                        row.gpus, row.context, v, row.data, row.sequence, p.time.value(),
                        100 * p.mfu, 100 * row.mfu, 100 * (p.mfu - row.mfu),
                        p.memory_per_chip.in(units::GB), p.fits ? "" : " (does not fit)");
        }
    }
}
