#include "flopscale/serving.hpp"
#include "flopscale/hardware.hpp"
#include "flopscale/transformer_presets.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"
#include "test_values.hpp"

#include <cstdio>
#include <utility>

using namespace flopscale;
using namespace flopscale::literals;

namespace {
// Prints a prediction next to the published figure and returns the relative error.
double compared(const char* what, double predicted, double published) {
    const double error = predicted / published - 1.0;
    std::printf("serving: %-52s predicted %9.3f  published %9.3f  error %+6.1f%%\n", what,
                predicted, published, 100.0 * error);
    return error;
}

double magnitude(double x) {
    return x < 0 ? -x : x;
}

deployment on(const accelerator& chip, int chips, int tensor, int expert = 1) {
    deployment d;
    d.chip = chip;
    d.chips = chips;
    d.tensor_parallel = tensor;
    d.expert_parallel = expert;
    return d;
}

// BLOOM-176B (BigScience 2022, arXiv:2211.05100, Table 3: 70 layers, hidden 14336, 112 heads,
// sequence 2048; ALiBi, tied embeddings, biases; vocabulary 250,880 in the released config).
transformer bloom_176b() {
    transformer t{70, 14336, 112, 0, 0, 0, 250880, 2048, false, true};
    t.biases = true;
    return t;
}

// One GPT-3 175B decoder layer as LLMCompass times it (inference reference §4.2): no embeddings
// (a one-token vocabulary), and a context long enough for its 2048 + 1024 decode.
transformer gpt3_layer() {
    transformer t = presets::gpt3_175b;
    t.layers = 1;
    t.vocab = 1;
    t.learned_positions = false;
    t.seq_len = 3072;
    return t;
}
} // namespace

TEST_CASE("a decode step, term by term", "[serving]") {
    const transformer t = presets::llama2_70b;
    const deployment d = on(catalog::h100_sxm, 8, 8);
    const forward_pass step = serving_decode_step(t, d, 2048_tokens, 16);
    // Weights: everything but the input table, 2 bytes each, 1/8 per chip. Cache: 2 (K, V) x 80
    // layers x 8 heads x 128 x 2 bytes per token, the 8 heads split one per chip.
    const double weights = 2.0 * (68976648192.0 - 32000.0 * 8192) / 8;
    const double cache = 2.0 * 80 * 8 * 128 * 2 / 8 * 2048 * 16;
    CHECK(step.memory.value() == Approx((weights + cache) / (3.35e12 * 0.69)).epsilon(1e-12));
    const double work = decode_flops_per_token(t, 2048_tokens).value() * 16 / 8;
    CHECK(step.compute.value() == Approx(work / (989.4e12 * 0.81)).epsilon(1e-12));
    // Two all-reduces per layer of 16 tokens x 8192 x 2 bytes over the 8 GPUs of one NVLink
    // domain: each 2 x (10 us + 7/8 x message / (450 GB/s x 0.8)).
    const double message = 16.0 * 8192 * 2;
    const double all_reduce = 2.0 * (10e-6 + 7.0 / 8 * message / (450e9 * 0.8));
    CHECK(step.communication.value() == Approx(160 * all_reduce).epsilon(1e-12));
    CHECK(step.host.value() == 0);
    CHECK(step.time().value() == Approx(step.memory.value() + step.communication.value()));
}

TEST_CASE("an MoE decode step with expert parallelism, term by term", "[serving][moe]") {
    transformer t = presets::deepseek_v3;
    t.seq_len = 131072;
    deployment d = on(catalog::h200_sxm, 8, 8, 8);
    d.weights = d.compute = precision::fp8;
    const forward_pass step = serving_decode_step(t, d, 4096_tokens, 64);
    // Weights: decode_roofline's reads at batch 64 (1 byte each), the routed experts the batch
    // visits and everything else both split 8 ways. Cache: MLA's 576 values per layer and
    // token, bf16, whole on every GPU.
    deployment one = on(catalog::h200_sxm, 1, 1);
    one.weights = one.compute = precision::fp8;
    one.efficiency.memory = 1;
    const double read = serving_decode_step(t, one, 0_tokens, 64).memory.value() * 4.8e12;
    const double cache = 61.0 * 576 * 2 * 4096 * 64;
    CHECK(step.memory.value() == Approx((read / 8 + cache) / (4.8e12 * 0.69)).epsilon(1e-12));
    // All-reduces after every attention and after the three dense MLPs, 64 x 7168 x 2 bytes each;
    // each of the 58 MoE layers dispatches and combines its 8 tokens per GPU x 8 experts.
    const double all_reduce = 2.0 * (10e-6 + 7.0 / 8 * 64 * 7168 * 2 / (450e9 * 0.8));
    const double all_to_all = 10e-6 + 7.0 / 8 * (8.0 * 8 * 7168 * 2) / (450e9 * 0.8);
    CHECK(step.communication.value() ==
          Approx(64 * all_reduce + 2 * 58 * all_to_all).epsilon(1e-12));
}

TEST_CASE("a prefill pass, term by term", "[serving]") {
    const transformer t = presets::llama2_70b;
    const deployment d = on(catalog::a100_sxm, 4, 4);
    const forward_pass pass = serving_prefill(t, d, 1000_tokens, 2);
    // prefill_flops less the logits of 999 of each prompt's 1000 positions, over 4 chips.
    const double work = 2 * (prefill_flops(t, 1000_tokens).value() - 2.0 * 8192 * 32000 * 999) / 4;
    CHECK(pass.compute.value() == Approx(work / (312e12 * 0.81)).epsilon(1e-12));
    // Every weight once (the input table too: a prompt's tokens look it up), plus the cache
    // written.
    const double moved = 2.0 * 68976648192.0 / 4 + 2.0 * 80 * 8 * 128 * 2 / 4 * 1000 * 2;
    CHECK(pass.memory.value() == Approx(moved / (2.039e12 * 0.69)).epsilon(1e-12));
    CHECK_FALSE(pass.memory > pass.compute); // prefill is compute-bound
    const double message = 2000.0 * 8192 * 2;
    const double all_reduce = 2.0 * (10e-6 + 3.0 / 4 * message / (300e9 * 0.6));
    CHECK(pass.communication.value() == Approx(160 * all_reduce).epsilon(1e-12));
    // The quadratic part: doubling the prompt more than doubles the FLOPs.
    const forward_pass twice = serving_prefill(t, d, 2000_tokens, 2);
    CHECK(twice.compute.value() > 2 * pass.compute.value());
}

TEST_CASE("quantised weights read at gpt-fast's measured efficiencies", "[serving]") {
    // gpt-fast, Llama-2-7B on one A100 (inference reference §6): 1397.31, 1069.20 and 862.69 of
    // 2039 GB/s in bf16, int8 and int4.
    CHECK(measured_memory_efficiency(precision::bf16) == Approx(1397.31 / 2039).epsilon(0.01));
    CHECK(measured_memory_efficiency(precision::int8) == Approx(1069.20 / 2039).epsilon(0.01));
    CHECK(measured_memory_efficiency(precision::int4) == Approx(862.69 / 2039).epsilon(0.01));
    CHECK(serving_efficiency{}.memory == measured_memory_efficiency(precision::bf16));
    CHECK(measured_memory_efficiency(precision::fp8) ==
          measured_memory_efficiency(precision::bf16));
}

TEST_CASE("one chip at full efficiency is decode_roofline", "[serving][roofline]") {
    serving_efficiency ideal;
    ideal.memory = 1;
    ideal.compute = 1;
    const struct {
        transformer t;
        precision weights, cache;
    } cases[] = {{presets::llama2_70b, precision::bf16, precision::bf16},
                 {presets::deepseek_v3, precision::fp8, precision::bf16}};
    for (const auto& c : cases) {
        deployment d = on(catalog::h200_sxm, 1, 1);
        d.efficiency = ideal;
        d.weights = c.weights;
        d.kv_cache = c.cache;
        d.compute = c.weights;
        for (int batch : {1, 7, 64, 4096}) {
            const roofline_bounds r = decode_roofline(c.t, 3000_tokens, batch, c.weights, c.cache,
                                                      catalog::h200_sxm.memory_bandwidth,
                                                      catalog::h200_sxm.peak(c.weights));
            const forward_pass step = serving_decode_step(c.t, d, 3000_tokens, batch);
            CAPTURE(c.t.layers, batch);
            CHECK(step.memory.value() == Approx(r.memory_time.value()).epsilon(1e-12));
            CHECK(step.compute.value() == Approx(r.compute_time.value()).epsilon(1e-12));
            CHECK(step.communication.value() == 0);
            CHECK(step.time().value() == Approx(r.time().value()).epsilon(1e-12));
        }
    }
}

TEST_CASE("the KV-limited batch against a hand computation", "[serving][memory]") {
    // Llama 2 70B, bf16, 8 H100s with TP8, 2048 + 256 tokens: each GPU holds 1/8 of 68,976,648,192
    // x 2 bytes; 0.95 x 80 GB less that is left for the cache, which takes 2 x 80 x 128 x 2 bytes
    // per token for its one KV head.
    constexpr transformer t = presets::llama2_70b;
    const deployment d = on(catalog::h100_sxm, 8, 8);
    const double room = 0.95 * 80e9 - 68976648192.0 * 2 / 8;
    const double per_sequence = 2.0 * 80 * 128 * 2 * 2304;
    CHECK(kv_limited_batch(t, d, 2048_tokens, 256_tokens) ==
          static_cast<int>(room / per_sequence)); // 622
    CHECK(kv_limited_batch(t, d, 2048_tokens, 256_tokens) == 622);
    // An fp8 cache holds twice the sequences (to the rounding).
    deployment fp8 = d;
    fp8.kv_cache = precision::fp8;
    CHECK(kv_limited_batch(t, fp8, 2048_tokens, 256_tokens) ==
          static_cast<int>(room / (per_sequence / 2)));
    // TP16 over two boards: 8 KV heads cannot be split 16 ways, so each GPU keeps one head and
    // the cache per GPU stays that of TP8.
    const deployment wide = on(catalog::h100_sxm, 16, 16);
    const double wide_room = 0.95 * 80e9 - 68976648192.0 * 2 / 16;
    CHECK(kv_limited_batch(t, wide, 2048_tokens, 256_tokens) ==
          static_cast<int>(wide_room / per_sequence));
    // DeepSeek-V3 with MLA, fp8 weights on 8 H200s (TP8, EP8): the 512 + 64 latent per layer and
    // token is not split by heads, so every GPU keeps all of it (61 x 576 x 2 bytes).
    deployment v3 = on(catalog::h200_sxm, 8, 8, 8);
    v3.weights = precision::fp8;
    v3.compute = precision::fp8;
    transformer ds = presets::deepseek_v3;
    ds.seq_len = 131072;
    const double v3_room = 0.95 * 141e9 - total_parameters(ds).value() / 8;
    CHECK(kv_limited_batch(ds, v3, 2048_tokens, 256_tokens) ==
          static_cast<int>(v3_room / (61.0 * 576 * 2 * 2304)));
    // Data-parallel attention (TP1, EP8): each GPU caches only its eighth of the batch, but
    // holds all of attention's weights.
    const deployment dp_attention = [&] {
        deployment x = v3;
        x.tensor_parallel = 1;
        return x;
    }();
    const double routed = 58.0 * 256 * 3 * 7168 * 2048;
    const double dp_room = 0.95 * 141e9 - (total_parameters(ds).value() - routed) - routed / 8;
    CHECK(kv_limited_batch(ds, dp_attention, 2048_tokens, 256_tokens) ==
          static_cast<int>(8 * dp_room / (61.0 * 576 * 2 * 2304)));
}

TEST_CASE("KV capacity against DistServe's", "[serving][memory][reference]") {
    // DistServe's max_num_tokens.csv (Zhong et al., OSDI 2024; inference reference §4.5): tokens
    // of KV cache on A100s of 80 GiB at gpu_memory_utilization 0.95, in blocks of 16, after the
    // weights and a profiled activation peak (which this model leaves to the other 5%; OPT-66B
    // on two GPUs, with little room left, shows it most: +16%). OPT shapes:
    // Zhang et al. 2022, arXiv:2205.01068, Table 1 (ReLU MLP of 4 d, learned positions of 2048,
    // biases, tied embeddings; vocabulary 50272 in the released configs).
    const auto opt = [](int layers, int d, int heads) {
        transformer t{layers, d, heads, 0, 0, 0, 50272, 2048, false, true};
        t.learned_positions = true;
        t.biases = true;
        return t;
    };
    const struct {
        const char* what;
        transformer t;
        int tp;
        double tokens;
    } rows[] = {{"DistServe OPT-13B TP1 KV tokens", opt(40, 5120, 40), 1, 66144},
                {"DistServe OPT-66B TP2 KV tokens", opt(64, 9216, 72), 2, 11600},
                {"DistServe OPT-66B TP4 KV tokens", opt(64, 9216, 72), 4, 78496},
                {"DistServe OPT-66B TP8 KV tokens", opt(64, 9216, 72), 8, 212304},
                {"DistServe OPT-175B TP8 KV tokens", opt(96, 12288, 96), 8, 59520}};
    for (const auto& row : rows) {
        deployment d = on(catalog::a100_sxm.with_memory(80_GiB), row.tp, row.tp);
        d.weights = d.kv_cache = d.compute = precision::fp16;
        // Sequences of one block: 15 prompt tokens and one generated.
        const double tokens = 16.0 * kv_limited_batch(row.t, d, 15_tokens, 1_tokens);
        compared(row.what, tokens, row.tokens);
        // Without the activation reserve the estimate can only be larger, and by no more than a
        // few GB: the gap, in bytes of cache per GPU, stays under 4% of the GPU's memory.
        CHECK(tokens >= row.tokens);
        const double per_token = 2.0 * row.t.layers * row.t.d_model * 2 / row.tp;
        CHECK((tokens - row.tokens) * per_token < 0.04 * 80 * 1073741824.0);
    }
}

TEST_CASE("TTFT, TPOT, throughput and cost fit together", "[serving]") {
    const transformer t = presets::llama2_70b;
    deployment d = on(catalog::h100_sxm, 16, 8);
    d.price_per_chip_hour = 2.0 * units::USD_per_h;
    const serving_prediction p = predict_serving(t, d, {2048_tokens, 256_tokens, 64});
    REQUIRE(p.ok());
    CHECK(p.replicas == 2);
    CHECK(p.chips_per_replica == 8);
    // Each of the 255 decode steps admits 64 / 255 requests: one prompt per prefill pass.
    CHECK(p.prefill_batch == 1);
    CHECK(p.ttft.value() == serving_prefill(t, d, 2048_tokens, 1).time().value());
    const double step = serving_decode_step(t, d, 2176_tokens, 64).time().value();
    CHECK(p.decode_step.time().value() == step);
    // A replica's cycle: 64 prefills and 255 steps; TPOT spreads it over the steps.
    const double cycle = 64 * p.ttft.value() + 255 * step;
    CHECK(p.tpot.value() == Approx(cycle / 255));
    CHECK(p.request_latency.value() == Approx(p.ttft.value() + cycle));
    CHECK(p.output_rate.value() == Approx(2 * 64 * 256 / cycle));
    CHECK(p.output_rate_per_chip.value() == Approx(p.output_rate.value() / 16));
    CHECK(p.input_rate.value() == Approx(2 * 64 * 2048 / cycle));
    // Eight GPUs at $2/h: decode steps charged to the output, the prefills to the input.
    CHECK(p.usd_per_million_output.value() == Approx(16.0 / 3600 * 255 * step / (64 * 256) * 1e6));
    CHECK(p.usd_per_million_input.value() == Approx(16.0 / 3600 * p.ttft.value() / 2048 * 1e6));
    // Short outputs admit more prompts per step, prefilled together.
    const serving_prediction short_answers = predict_serving(t, d, {2048_tokens, 5_tokens, 64});
    CHECK(short_answers.prefill_batch == 16);
    CHECK(short_answers.ttft.value() == serving_prefill(t, d, 2048_tokens, 16).time().value());
}

TEST_CASE("latency targets pick the largest batch that meets them", "[serving]") {
    const transformer t = presets::llama2_70b;
    const deployment d = on(catalog::h100_sxm, 8, 8);
    const serving_prediction tpot =
        predict_serving_within_tpot(t, d, 2048_tokens, 256_tokens, duration{0.03});
    REQUIRE(tpot.ok());
    CHECK(tpot.tpot.value() <= 0.03);
    CHECK(tpot.batch < tpot.max_batch);
    CHECK(predict_serving(t, d, {2048_tokens, 256_tokens, tpot.batch + 1}).tpot.value() > 0.03);
    // TTFT grows with the prompts admitted per step, batch / 255: the largest batch is 255 x the
    // most prompts one prefill pass finishes within the target.
    const duration target{0.2};
    int prompts = 1;
    while (serving_prefill(t, d, 2048_tokens, prompts + 1).time() <= target)
        ++prompts;
    const serving_prediction ttft =
        predict_serving_within_ttft(t, d, 2048_tokens, 256_tokens, target);
    REQUIRE(ttft.ok());
    CHECK(ttft.ttft <= target);
    CHECK(ttft.prefill_batch == prompts);
    CHECK(ttft.batch == 255 * prompts);
    CHECK(predict_serving(t, d, {2048_tokens, 256_tokens, ttft.batch + 1}).ttft > target);
    // A loose target is met by the largest batch the cache allows.
    const serving_prediction loose =
        predict_serving_within_tpot(t, d, 2048_tokens, 256_tokens, 10_s);
    CHECK(loose.batch == loose.max_batch);
    CHECK(loose.batch == predict_serving_at_max_batch(t, d, 2048_tokens, 256_tokens).batch);
    // Faster than the weights can be read: unreachable, with the batch-1 figures.
    const serving_prediction never =
        predict_serving_within_tpot(t, d, 2048_tokens, 256_tokens, duration{1e-3});
    CHECK(never.status == serving_status::latency_unreachable);
    CHECK(never.batch == 1);
    CHECK(never.tpot.value() > 1e-3);
}

TEST_CASE("monotonic: more chips, longer contexts, bigger batches", "[serving]") {
    const transformer t = presets::llama2_70b;
    // More chips never slower at a fixed batch: wider tensor parallelism inside the NVLink
    // domain, or more replicas. (Across domains the all-reduces cross the NICs and a decode step
    // can get slower; the model says so, and servers keep TP inside a node.)
    double previous = 1e30;
    double previous_ttft = 1e30;
    for (int tp : {2, 4, 8}) {
        const serving_prediction p =
            predict_serving(t, on(catalog::h100_sxm, tp, tp), {1024_tokens, 128_tokens, 8});
        REQUIRE(p.ok());
        CHECK(p.tpot.value() <= previous);
        CHECK(p.ttft.value() < previous_ttft);
        previous = p.tpot.value();
        previous_ttft = p.ttft.value();
    }
    const auto at = [&](const transformer& m, const deployment& d, int batch) {
        return predict_serving(m, d, {1024_tokens, 256_tokens, batch});
    };
    transformer ds = presets::deepseek_v3;
    ds.seq_len = 131072;
    deployment v3 = on(catalog::h200_sxm, 8, 8, 8);
    v3.weights = v3.compute = precision::fp8;
    for (const auto& [m, d] : {std::pair{t, on(catalog::h100_sxm, 8, 8)}, std::pair{ds, v3}}) {
        CAPTURE(m.layers);
        deployment twice = d;
        twice.chips *= 2;
        CHECK(at(m, twice, 8).output_rate.value() > at(m, d, 8).output_rate.value());
        CHECK(at(m, twice, 8).tpot.value() == at(m, d, 8).tpot.value());
        // A longer context never faster.
        double tpot = 0;
        double ttft = 0;
        for (double input : {128.0, 512.0, 1024.0, 3000.0}) {
            const serving_prediction p = predict_serving(m, d, {tokens{input}, 64_tokens, 4});
            REQUIRE(p.ok());
            CHECK(p.tpot.value() >= tpot);
            CHECK(p.ttft.value() >= ttft);
            tpot = p.tpot.value();
            ttft = p.ttft.value();
        }
        // Throughput never lower at a bigger batch, up to the KV limit.
        const int most = kv_limited_batch(m, d, 1024_tokens, 256_tokens);
        REQUIRE(most > 16);
        double throughput = 0;
        for (int batch = 1; batch <= most; batch += 1 + batch / 8) {
            const serving_prediction p = at(m, d, batch);
            REQUIRE(p.ok());
            CHECK(p.output_rate.value() >= throughput);
            throughput = p.output_rate.value();
        }
        CHECK(at(m, d, most).ok());
        CHECK(at(m, d, most + 1).status == serving_status::cache_does_not_fit);
    }
}

TEST_CASE("LLMCompass' real-A100 GPT-3 layer, TP4, batch 8", "[serving][reference]") {
    // Zhang et al., ISCA 2024 (LLMCompass), ae/figure5 real-hardware CSVs (inference reference
    // §4.2): one GPT-3 175B layer, FP16, on 4 A100-80GB; prefill of 2048 tokens and one decode
    // step against 3072 cached tokens. Layer totals are the sums of its operator rows.
    const transformer layer = gpt3_layer();
    deployment d = on(catalog::a100_sxm, 4, 4);
    d.weights = d.kv_cache = d.compute = precision::fp16;
    const forward_pass prefill = serving_prefill(layer, d, 2048_tokens, 8);
    const forward_pass decode = serving_decode_step(layer, d, 3072_tokens, 8);
    CHECK(magnitude(compared("LLMCompass prefill layer (ms)", prefill.time().value() * 1e3,
                             66.75)) < 0.2);
    CHECK(magnitude(compared("LLMCompass decode layer (ms)", decode.time().value() * 1e3, 1.111)) <
          0.2);
    // The two all-reduces alone, against AllReduce_MHA + AllReduce_FFN.
    CHECK(magnitude(compared("LLMCompass prefill all-reduces (ms)",
                             prefill.communication.value() * 1e3, 2 * 2.8909)) < 0.2);
    CHECK(magnitude(compared("LLMCompass decode all-reduces (ms)",
                             decode.communication.value() * 1e3, 2 * 0.0260)) < 0.2);
}

TEST_CASE("Splitwise's DGX-A100 batch-1 decode", "[serving][reference]") {
    // Patel et al., ISCA 2024 (Splitwise), splitwise-sim data/perf_model.csv medians (inference
    // reference §4.4): FP16, prompt 512, batch 1, time per output token.
    // The library's defaults describe a stack whose launches overlap the device. Splitwise's
    // stack is not one: its token time stops falling past TP4 at 44.85 ms for Llama 2 70B, a
    // host floor of 44.85 / 80 ms per layer (the reference's 0.56 ms). That one figure is taken
    // from the TP8 row; TP2 (where the device is slower than the floor), TP4 and BLOOM-176B are
    // predictions.
    serving_efficiency splitwise_stack;
    splitwise_stack.host_time_per_layer = duration{44.85e-3 / 80};
    const struct {
        const char* what;
        transformer t;
        int tp;
        double published_ms;
    } rows[] = {{"Splitwise Llama2-70B TP2 token (ms)", presets::llama2_70b, 2, 54.86},
                {"Splitwise Llama2-70B TP4 token (ms)", presets::llama2_70b, 4, 44.99},
                {"Splitwise BLOOM-176B TP8 token (ms)", bloom_176b(), 8, 48.76}};
    for (const auto& row : rows) {
        deployment d = on(catalog::a100_sxm, row.tp, row.tp);
        d.weights = d.kv_cache = d.compute = precision::fp16;
        d.efficiency = splitwise_stack;
        const serving_prediction p = predict_serving(row.t, d, {512_tokens, 128_tokens, 1});
        REQUIRE(p.ok());
        CHECK(magnitude(compared(row.what, p.decode_step.time().value() * 1e3, row.published_ms)) <
              0.2);
    }
    // TP2 is device-bound: the library's defaults alone predict it.
    deployment tp2 = on(catalog::a100_sxm, 2, 2);
    tp2.weights = tp2.kv_cache = tp2.compute = precision::fp16;
    const serving_prediction p =
        predict_serving(presets::llama2_70b, tp2, {512_tokens, 128_tokens, 1});
    CHECK(magnitude(compared("Splitwise Llama2-70B TP2 token, defaults (ms)",
                             p.decode_step.time().value() * 1e3, 54.86)) < 0.2);
}

TEST_CASE("gpt-fast's batch-1 Llama 2 70B on A100s, with the defaults", "[serving][reference]") {
    // pytorch-labs/gpt-fast README (inference reference §6): BF16, batch 1, tokens per second at
    // TP2, TP4 and TP8 on A100-80GB. The default memory efficiency comes from the same README's
    // 7B single-GPU row, not from these.
    const struct {
        int tp;
        double tokens_per_s;
    } rows[] = {{2, 21.32}, {4, 38.01}, {8, 62.50}};
    for (const auto& row : rows) {
        const serving_prediction p =
            predict_serving(presets::llama2_70b, on(catalog::a100_sxm, row.tp, row.tp),
                            {512_tokens, 200_tokens, 1});
        REQUIRE(p.ok());
        char what[64];
        std::snprintf(what, sizeof what, "gpt-fast Llama2-70B TP%d tokens/s", row.tp);
        CHECK(magnitude(compared(what, 1.0 / p.decode_step.time().value(), row.tokens_per_s)) <
              0.2);
    }
}

TEST_CASE("chips for a daily demand", "[serving][demand]") {
    const transformer t = presets::llama2_70b;
    deployment d = on(catalog::h100_sxm, 8, 8);
    d.price_per_chip_hour = 2.0 * units::USD_per_h;
    const serving_workload w{2048_tokens, 256_tokens, 64};
    const serving_prediction p = predict_serving(t, d, w);
    serving_demand demand{tokens{600e9}, tokens{170e9}, 0.0, false};
    const demand_plan plan = chips_for_demand(t, d, w, demand);
    REQUIRE(plan.ok());
    // Chip-seconds per token times tokens per day, over a day.
    const double prefill = 600e9 * 8 * p.ttft.value() / (p.prefill_batch * 2048) / 86400;
    const double decode = 170e9 * 8 * 255 * p.decode_step.time().value() / (64 * 256) / 86400;
    CHECK(plan.prefill_chips == Approx(prefill));
    CHECK(plan.decode_chips == Approx(decode));
    CHECK(plan.chips_needed == 8 * math::ceil((prefill + decode) / 8));
    CHECK(plan.usd_per_day.value() == Approx(plan.chips_needed * 2 * 24));
    // Half the input from a prefix cache halves the prefill.
    demand.cache_hit = 0.5;
    const demand_plan cached = chips_for_demand(t, d, w, demand);
    CHECK(cached.prefill_chips == Approx(prefill / 2));
    CHECK(cached.chips_needed <= plan.chips_needed);
    // Separate pools round each up to whole replicas.
    demand.disaggregated = true;
    const demand_plan split = chips_for_demand(t, d, w, demand);
    CHECK(split.chips_needed ==
          8 * (math::ceil(cached.prefill_chips / 8) + math::ceil(cached.decode_chips / 8)));
    CHECK(split.chips_needed >= cached.chips_needed);
    // Decode replicas that prefill nothing answer at the bare step.
    CHECK(split.tpot.value() == p.decode_step.time().value());
    CHECK(cached.tpot.value() == p.tpot.value());
    CHECK(split.tpot < cached.tpot);
}

TEST_CASE("bad input and impossible deployments", "[serving][precondition]") {
    precondition_recorder violations;
    const transformer t = presets::llama2_70b;
    const deployment d = on(catalog::h100_sxm, 8, 8);
    const serving_prediction zero = predict_serving(t, d, {2048_tokens, 256_tokens, 0});
    CHECK(zero.status == serving_status::invalid_input);
    CHECK(is_nan(zero.tpot.value()));
    CHECK(violations.last() == "batch must be at least 1");
    CHECK(predict_serving(t, on(catalog::h100_sxm, 12, 8), {1_tokens, 1_tokens, 1}).status ==
          serving_status::invalid_input);
    CHECK(violations.last() ==
          "chips must be a positive multiple of max(tensor_parallel, expert_parallel)");
    CHECK(predict_serving(t, on(catalog::h100_sxm, 8, 8, 3), {1_tokens, 1_tokens, 1}).status ==
          serving_status::invalid_input);
    CHECK(violations.last() == "the larger parallel degree must be a multiple of the smaller");
    deployment fp8_on_a100 = on(catalog::a100_sxm, 8, 8);
    fp8_on_a100.compute = precision::fp8;
    CHECK(kv_limited_batch(t, fp8_on_a100, 1_tokens, 1_tokens) == 0);
    CHECK(violations.last() == "the chip has no dense peak in the compute format");
    CHECK(is_nan(serving_decode_step(t, d, 1_tokens, 0).time().value()));
    CHECK(violations.count() == 5);
    violations.reset();
    // Answers, not errors: nothing reaches the handler.
    const serving_prediction long_context = predict_serving(t, d, {4000_tokens, 200_tokens, 1});
    CHECK(long_context.status == serving_status::context_too_long);
    CHECK(is_nan(long_context.ttft.value()));
    const serving_prediction one_gpu =
        predict_serving(t, on(catalog::h100_sxm, 1, 1), {1024_tokens, 128_tokens, 1});
    CHECK(one_gpu.status == serving_status::weights_do_not_fit);
    CHECK(one_gpu.weights_per_chip.value() == Approx(2 * 68976648192.0));
    CHECK(is_nan(one_gpu.tpot.value()));
    CHECK(kv_limited_batch(t, on(catalog::h100_sxm, 1, 1), 1024_tokens, 128_tokens) == 0);
    const serving_prediction too_many = predict_serving(t, d, {2048_tokens, 256_tokens, 5000});
    CHECK(too_many.status == serving_status::cache_does_not_fit);
    CHECK(too_many.max_batch == 622);
    CHECK(is_nan(too_many.tpot.value()));
    CHECK(violations.count() == 0);
    CHECK(to_string_view(serving_status::weights_do_not_fit) ==
          "the weights do not fit in the replica's memory");
    REQUIRE(violations.installed());
}

TEST_CASE("serving predictions in constant expressions", "[serving][constexpr]") {
    constexpr deployment d = [] {
        deployment x;
        x.chip = catalog::h100_sxm;
        x.chips = 8;
        x.tensor_parallel = 8;
        return x;
    }();
    constexpr serving_prediction p =
        predict_serving(presets::llama2_70b, d, {2048_tokens, 256_tokens, 32});
    STATIC_REQUIRE(p.ok());
    STATIC_REQUIRE(p.max_batch == 622);
    STATIC_REQUIRE(p.tpot < p.ttft);
    constexpr demand_plan fleet = [] {
        deployment x;
        x.chip = catalog::h100_sxm;
        x.chips = 8;
        x.tensor_parallel = 8;
        x.price_per_chip_hour = 2.0 * units::USD_per_h;
        return chips_for_demand(presets::llama2_70b, x, {2048_tokens, 256_tokens, 64},
                                {600_Btokens, 170_Btokens, 0.5, true});
    }();
    STATIC_REQUIRE(fleet.ok());
    STATIC_REQUIRE(fleet.usd_per_day.value() == fleet.chips_needed * 48);
    // The same bits at run time.
    deployment run = d;
    run.efficiency.memory = at_run_time(0.69);
    CHECK(predict_serving(presets::llama2_70b, run, {2048_tokens, 256_tokens, 32}).tpot.value() ==
          p.tpot.value());
}
