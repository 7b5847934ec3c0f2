// flopscale/step_model.hpp — the predicted time, MFU and memory of one training step of a
// transformer on a cluster under a parallel layout, with every part visible.
//
// Closed-form, in the manner of Narayanan et al. 2021 (arXiv:2104.04473) and Korthikanti et al.
// 2022 (arXiv:2205.05198), the Megatron-LM papers the model is calibrated on:
//  - matrix multiplies run at a fraction of the dense peak that grows with their size, in whole
//    waves of output tiles over the chip's multiprocessors;
//    memory-bound work (norms, softmax, dropout, activations, the optimizer) runs at a fraction
//    of the memory bandwidth (kernel_efficiency);
//  - tensor-parallel all-reduces (or, with sequence parallelism, all-gathers and reduce-scatters)
//    sit on the critical path unless the layout overlaps them; expert all-to-alls too;
//  - ring attention's key/value exchange hides behind the attention it feeds;
//  - pipeline sends are exposed; the bubble of the (interleaved) 1F1B schedule is
//    (p - 1) / v micro-batch times (Narayanan et al. 2021, §2.2) of the busiest stage, which
//    sets the pace (uneven stages: pipeline_stages in parallel_layout.hpp);
//  - the data-parallel gradient reduction overlaps the last micro-batch's backward pass except
//    its last bucket (Megatron-LM's --overlap-grad-reduce);
//  - the optimizer step streams its state through memory.
// Memory per chip: weights, gradients and optimizer state under ZeRO (memory.hpp) and the
// activations of Korthikanti et al. 2022 (Table 2, §4.2.3) for the micro-batches the first
// pipeline stage holds in flight (or a later stage, when uneven stages give it more layers).
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/cluster.hpp"
#include "flopscale/collectives.hpp"
#include "flopscale/config.hpp"
#include "flopscale/interconnect.hpp"
#include "flopscale/math.hpp"
#include "flopscale/memory.hpp"
#include "flopscale/parallel_layout.hpp"
#include "flopscale/transformer.hpp"
#include "flopscale/units.hpp"

#include <string_view>

namespace flopscale {

// How fast the kernels run, as fractions of the chip's peaks.
struct kernel_efficiency {
    // Fraction of the dense peak a large matrix multiply reaches. A fit on the calibration set:
    // least squares over the ten forward and backward times of one layer of the 22B model,
    // Korthikanti et al. 2022 Table 4 (A100, Megatron-LM), with the A100's typical network
    // (tests/unit/step_model.cpp prints the residuals; Table 5 then checks the whole step).
    double gemm_peak_fraction = 0.766;
    // Size (FLOPs of one multiply) at which a multiply reaches half that fraction: efficiency =
    // peak_fraction x size / (size + half_size). 0.6 GFLOP puts the curve through Calculon's A100
    // matrix-efficiency table (calculon-ai/calculon systems/a100_80g.json: 0.6 of peak at
    // 1 GFLOP, 0.9 at 16, 0.95 at 128, relative to its 0.95 ceiling).
    double gemm_half_size_flop = 0.6e9;
    // Fraction of the memory bandwidth streaming kernels reach: Calculon's A100 memory
    // efficiency for transfers of 100 MB and more (systems/a100_80g.json, MB_efficiency).
    double memory_bandwidth_fraction = 0.9;
    // Tiles a multiply runs at once, for wave quantization (NVIDIA, "Matrix Multiplication
    // Background User's Guide", DU-09799-001, §3.2): a multiply of ceil(M/256) x ceil(N/128)
    // output tiles (cuBLAS's largest, ibid. §2.3) on P multiprocessors runs in whole waves, at
    // (tiles / P) / ceil(tiles / P) of its rate. 0 = the chip's streaming multiprocessors where
    // known (multiprocessors_of), else no quantization.
    double multiprocessors = 0;
};

// Streaming multiprocessors of the catalog's NVIDIA chips (NVIDIA Volta, Ampere and Hopper
// architecture whitepapers: V100 80, A100 108, H100 SXM5 132, H100 PCIe 114; the H800 and H200
// are the H100 SXM5 die); 0 where not published.
constexpr double multiprocessors_of(const accelerator& chip) noexcept {
    struct entry {
        std::string_view name;
        double multiprocessors;
    };
    constexpr entry known[] = {{"V100 SXM2 32GB", 80},  {"A100 SXM4 80GB", 108},
                               {"A800 SXM4 80GB", 108}, {"H100 SXM5 80GB", 132},
                               {"H100 PCIe 80GB", 114}, {"H800 SXM5 80GB", 132},
                               {"H200 SXM 141GB", 132}};
    for (const entry& e : known)
        if (e.name == chip.name) return e.multiprocessors;
    return 0;
}

// The attention core. fused: FlashAttention (Dao et al. 2022, arXiv:2205.14135), as training
// stacks have run it since 2023: the scores never leave the chip, causal masking skips the
// blocks above the diagonal, half the multiplies (Dao 2023, arXiv:2307.08691, §3.1), and the
// backward pass recomputes the scores, five multiplies against the forward pass's two
// (Dao et al. 2022, Algorithm 4). unfused: Megatron-LM 2022, the kernels of the calibration
// runs: QK^T and AV multiplies over the whole square, the scores, softmax and dropout through
// memory.
enum class attention_kernel { unfused, fused };

struct step_options {
    // The network; the default (all unknown) takes the chip's typical_interconnect. Set it for a
    // fabric of your own (another node size, an oversubscribed spine, a different NIC).
    interconnect network{};
    link_efficiency links{}; // overrides of the network's own link efficiencies
    kernel_efficiency kernels{};
    attention_kernel attention = attention_kernel::fused;
    // Bytes per parameter of the training state. Megatron-LM keeps fp32 main gradients
    // ("main_grad"), so 2 + 4 + 12 = 18 bytes with Adam, which matches the parameter and
    // optimizer memory of Korthikanti et al. 2022, Fig. 1.
    training_state_options state{optimizer::adam, true};
    // Megatron-LM --overlap-grad-reduce (and --overlap-param-gather with the distributed
    // optimizer): the data-parallel reduction runs during the backward pass.
    bool overlap_data_comm = true;
    // Megatron-LM's default DDP bucket: 40M parameters (megatron/core/distributed).
    double grad_bucket_parameters = 40e6;
    // Tensor-parallel communication overlapped with the multiplies (Transformer Engine's
    // --tp-comm-overlap); off in Megatron-LM by default and in the 2022 runs.
    bool overlap_tensor_comm = false;
    // Expert all-to-all overlapped with computation (DeepSeek-V3's DualPipe, arXiv:2412.19437
    // §3.2.1); off by default.
    bool overlap_expert_comm = false;
    // Bytes the optimizer step moves per parameter it updates: Adam reads the gradient (4) and
    // the fp32 weight, momentum and variance (12), writes those three (12) and the 16-bit weight
    // (2); clipping reads the gradient again (4) and zeroing it writes it (4): 38.
    double optimizer_bytes_per_parameter = 38;
};

// One optimizer step: its time and the exposed parts that add up to it, the utilisation, and
// the memory of the busiest chip (the first pipeline stage, or with uneven stages a fuller one).
struct step_prediction {
    duration time{0.0};
    duration compute{0.0};       // forward and backward multiplies and memory-bound kernels
    duration recompute{0.0};     // the forward work activation recomputation repeats
    duration tensor_comm{0.0};   // tensor-parallel all-reduce / all-gather / reduce-scatter
    duration pipeline_comm{0.0}; // sends between pipeline stages
    duration data_comm{0.0};     // gradient reduction and parameter gathering not hidden
    duration expert_comm{0.0};   // expert all-to-all
    duration context_comm{0.0};  // ring-attention exchange not hidden behind attention
    duration bubble{0.0};        // the pipeline's idle fill and drain
    duration optimizer{0.0};     // the optimizer step
    double mfu = 0;              // model FLOPs / (time x chips x peak)
    double hfu = 0;              // with the recomputed FLOPs
    token_rate tokens_per_second{0.0};
    flops model_flops{0.0}; // per step, the whole cluster: 3 x forward (Korthikanti Eq. 7)
    bytes weights{0.0};
    bytes gradients{0.0};
    bytes optimizer_state{0.0};
    bytes activations{0.0};
    bytes memory_per_chip{0.0};
    bool fits = false; // memory_per_chip within the chip's memory
};

namespace detail {

// The shape and layout in the doubles the formulas use.
struct step_inputs {
    double layers, d, heads, kv_heads, qk, vd, ff, dense_ff, vocab, experts;
    double routed, shared;       // experts a token is routed to, shared experts it always visits
    double attention_parameters; // one layer's attention projections
    bool gated;
    double moe_layers; // layers with a mixture of experts
    double t, p, dc, e, b, v;
    double seq;    // full sequence length
    double tokens; // tokens of one micro-batch on one chip: micro_batch x seq / context
    bool sequence_parallel;
};

constexpr step_inputs inputs_of(const transformer& m, const parallel_layout& l,
                                double sequence) noexcept {
    step_inputs q{};
    q.layers = as_double(m.layers);
    q.d = as_double(m.d_model);
    q.heads = as_double(m.heads);
    q.kv_heads = latent_attention(m) ? q.heads : as_double(kv_heads_of(m));
    q.qk = qk_dim(m);
    q.vd = v_dim(m);
    q.ff = ff_dim(m);
    q.dense_ff = m.experts > 1 ? dense_ff_dim(m) : ff_dim(m);
    q.vocab = as_double(m.vocab);
    q.routed = as_double(m.experts_per_token);
    q.shared = as_double(m.shared_experts);
    q.attention_parameters = attention_matrix_parameters(m);
    q.experts = as_double(m.experts);
    q.gated = m.gated_mlp;
    q.moe_layers = m.experts > 1 ? as_double(m.layers - m.dense_layers) : 0.0;
    q.t = as_double(l.tensor);
    q.p = as_double(l.pipeline);
    q.dc = as_double(l.data) * as_double(l.context);
    q.e = as_double(l.expert);
    q.b = as_double(l.micro_batch);
    q.v = as_double(l.virtual_stages);
    q.seq = sequence;
    q.tokens = q.b * sequence / as_double(l.context);
    q.sequence_parallel = l.sequence_parallel && l.tensor > 1;
    return q;
}

// Time of `count` multiplies of an M x K by a K x N matrix on one chip: 2 M N K FLOPs each, at
// the size-dependent fraction of the peak and in whole waves of output tiles.
struct multiply {
    double m, n, k, count = 1;
};
struct compute_rate {
    double peak;            // FLOP/s
    double multiprocessors; // 0 = no wave quantization
    kernel_efficiency kernels;
};
constexpr double gemm_seconds(multiply g, const compute_rate& c) noexcept {
    const double size = 2.0 * g.m * g.n * g.k;
    if (!(size * g.count > 0)) return 0.0;
    double waves = 1.0;
    if (c.multiprocessors > 0) {
        const double tiles = g.count * math::ceil(g.m / 256.0) * math::ceil(g.n / 128.0);
        const double fill = tiles / c.multiprocessors;
        waves = fill / math::ceil(fill);
    }
    const kernel_efficiency& k = c.kernels;
    return size * g.count /
           (c.peak * k.gemm_peak_fraction * waves * size / (size + k.gemm_half_size_flop));
}

// Forward FLOPs per token of the whole model: twice the weights a token multiplies and the
// attention scores (QK^T and AV over the whole sequence, as Korthikanti et al. 2022 Eq. 7 counts
// them: 24 h^2 + 4 s h per layer) and the logits (2 h V).
constexpr double forward_flop_per_token(const transformer& m, double seq) noexcept {
    return 2.0 * active_layer_matrices(m) +
           2.0 * as_double(m.layers) * seq * as_double(m.heads) * (qk_dim(m) + v_dim(m)) +
           2.0 * as_double(m.d_model) * as_double(m.vocab);
}

// Activation bytes one layer keeps per token of a micro-batch on one chip (Korthikanti et al.
// 2022, Table 2 and §4-5, generalised to GQA, gated and expert MLPs). Outside the tensor-split
// region: the two norms' inputs (4 h), the two dropout masks (2 h), the QKV and first MLP inputs
// (4 h), 10 h in all, split over the tensor group only with sequence parallelism. Inside it,
// split by t: Q, K, V (2 (h_q + 2 h_kv)), the output projection's input (2 h_q) and the MLP's
// hidden activations (4 ff; 6 ff gated; per expert a token visits). The attention scores keep
// 5 bytes each (softmax 2, dropout 2 + mask 1) unless recomputed or never stored (fused).
// Full recomputation keeps only the layer's input (2 h). With h_q = h_kv = h and ff = 4 h this
// is the paper's 34 h + 5 a s, or 10 h + 24 h / t + 5 a s / t with tensor parallelism.
constexpr double activation_bytes_per_token_layer(const step_inputs& q, bool moe, recomputation r,
                                                  attention_kernel kernel) noexcept {
    if (r == recomputation::full) return 2.0 * q.d;
    const double outside = 10.0 * q.d / (q.sequence_parallel ? q.t : 1.0);
    const double hq = q.heads * q.vd;
    const double hkv = q.kv_heads * q.vd;
    const double mlp = moe ? (q.routed + q.shared) * q.ff : q.dense_ff;
    const double inside = (2.0 * (hq + 2.0 * hkv) + 2.0 * hq + (q.gated ? 6.0 : 4.0) * mlp) / q.t;
    const double scores = r == recomputation::none && kernel == attention_kernel::unfused
                              ? 5.0 * q.heads * q.seq / q.t
                              : 0.0;
    return outside + inside + scores;
}

// One layer's forward work on one chip for one micro-batch.
struct layer_work {
    double gemm;                   // seconds of multiplies outside the attention core
    double attention;              // seconds of the attention core (QK^T, AV) multiplies
    double attention_backward;     // and of their backward pass
    double memory;                 // seconds of memory-bound kernels outside the attention core
    double scores;                 // seconds of memory-bound attention-score kernels (unfused)
    double tensor;                 // seconds of tensor-parallel communication, forward
    double tensor_backward;        // seconds of tensor-parallel communication, backward
    double tensor_backward_hidden; // of which Megatron-LM overlaps with multiplies
    double column_gemm;            // seconds of the column-parallel multiplies (QKV, MLP input)
    double expert;                 // seconds of expert all-to-all
    double context;                // seconds of ring-attention exchange
};

// Memory-bound bytes of one layer's forward pass per token on one chip, with Megatron-LM's
// fused kernels: each norm reads and writes h (8 h for two), each bias-dropout-add reads two
// inputs and writes an output and a mask (7 h, twice), split over the tensor group only with
// sequence parallelism; the activation function reads and writes the hidden layer (4 ff; 6 ff
// gated: two inputs), split by t; an expert layer permutes and unpermutes each token visit
// (read and write, 8 h per visit).
constexpr double memory_bytes_per_token_layer(const step_inputs& q, bool moe) noexcept {
    const double outside = 22.0 * q.d / (q.sequence_parallel ? q.t : 1.0);
    const double visits = moe ? q.routed + q.shared : 1.0;
    const double hidden = moe ? q.ff : q.dense_ff;
    const double activation = visits * (q.gated ? 6.0 : 4.0) * hidden / q.t;
    const double permutation = moe ? 8.0 * q.d * q.routed : 0.0;
    return outside + activation + permutation;
}

struct network_plan {
    interconnect net;
    comm_group tensor, context, expert, data, expert_data;
    bool pipeline_across_domains;
};

constexpr network_plan plan_network(const parallel_layout& l, const interconnect& net) noexcept {
    const double domain = net.has_scale_up_domain() ? net.scale_up_domain : 1.0;
    const double t = as_double(l.tensor);
    const double c = as_double(l.context);
    const double e = as_double(l.expert);
    const double dc = as_double(l.data) * c;
    network_plan n{net,
                   placed_group(t, 1, domain),
                   placed_group(c, t, domain),
                   placed_group(e, t * c, domain),
                   placed_group(dc, t, domain),
                   placed_group(dc / e, t * c * e, domain),
                   true};
    n.pipeline_across_domains = placed_group(as_double(l.pipeline), t * dc, domain).per_domain < 2;
    return n;
}

constexpr layer_work forward_layer(const step_inputs& q, bool moe, const compute_rate& rate,
                                   const compute_rate& attention_rate, double hbm,
                                   const network_plan& n, const step_options& o) noexcept {
    const kernel_efficiency& k = o.kernels;
    const double T = q.tokens;
    const double hq = q.heads * q.vd;
    const double hkv = q.kv_heads * q.vd;
    // Projections, split by t: the output (h_q x d) and the rest (QKV, or MLA's low-rank query
    // and key/value paths), as transformer.hpp counts them.
    const double projection_width = q.attention_parameters / q.d - hq;
    const multiply qkv{T, projection_width / q.t, q.d};
    const multiply out{T, q.d, hq / q.t};
    // MLP: an input matrix (two, fused, when gated) and an output one, d x ff per expert visit.
    // An expert's multiply sees the tokens routed to it from the whole expert group,
    // T x e x routed / experts; a shared expert sees the chip's T tokens.
    const double inputs = q.gated ? 2.0 : 1.0;
    const double hidden = moe ? q.ff : q.dense_ff;
    const double routed_tokens = T * q.e * q.routed / q.experts;
    const double experts_here = q.experts / q.e;
    const auto mlp_in = [&](double tokens, double count) {
        return gemm_seconds(multiply{tokens, inputs * hidden / q.t, q.d, count}, rate);
    };
    const auto mlp_out = [&](double tokens, double count) {
        return gemm_seconds(multiply{tokens, q.d, hidden / q.t, count}, rate);
    };
    const double mlp_in_seconds =
        moe ? mlp_in(routed_tokens, experts_here) + mlp_in(T, q.shared) : mlp_in(T, 1);
    const double mlp_out_seconds =
        moe ? mlp_out(routed_tokens, experts_here) + mlp_out(T, q.shared) : mlp_out(T, 1);
    const double router = moe ? gemm_seconds(multiply{T, q.experts, q.d}, rate) : 0.0;
    // Attention core: QK^T and AV of each sequence's queries on this chip against the whole
    // sequence, one multiply per head and sequence.
    const double heads_here = q.b * q.heads / q.t;
    const double queries = T / q.b;

    layer_work w{};
    // QKV and the MLP input are column-parallel; the output projections row-parallel.
    w.column_gemm = gemm_seconds(qkv, rate) + mlp_in_seconds;
    w.gemm = w.column_gemm + gemm_seconds(out, rate) + mlp_out_seconds + router;
    const bool fused = o.attention == attention_kernel::fused;
    w.attention = (gemm_seconds(multiply{queries, q.seq, q.qk, heads_here}, attention_rate) +
                   gemm_seconds(multiply{queries, q.vd, q.seq, heads_here}, attention_rate)) *
                  (fused ? 0.5 : 1.0);
    const double bandwidth = hbm * k.memory_bandwidth_fraction;
    w.memory = T * memory_bytes_per_token_layer(q, moe) / bandwidth;
    // Unfused softmax (scale and mask fused: read and write 2 bytes) and dropout (read 2, write 2
    // and a 1-byte mask) over the scores: 9 bytes each.
    const double score_count = T * q.seq * q.heads / q.t;
    w.scores = o.attention == attention_kernel::unfused ? 9.0 * score_count / bandwidth : 0.0;
    // Unfused, QK^T writes each score (2 bytes) and AV reads it back: with a head width of ~100
    // these batched multiplies are memory-bound (about 100 FLOP per byte against the A100's
    // 153 FLOP/B ridge), so they take the longer of their compute and their memory time.
    const double score_traffic = 4.0 * score_count / bandwidth;
    if (!fused && score_traffic > w.attention) w.attention = score_traffic;
    w.attention_backward = w.attention * (fused ? 2.5 : 2.0);

    // Tensor parallelism (Shoeybi et al. 2019, §3): an all-reduce of the T x d activations after
    // attention and after the MLP; with sequence parallelism an all-gather before and a
    // reduce-scatter after each (Korthikanti et al. 2022, §4.2.2), the same volume.
    const bytes activation{T * q.d * 2.0};
    const double tensor_forward =
        q.sequence_parallel
            ? 2.0 * (all_gather_time(activation, n.tensor, n.net, o.links).value() +
                     reduce_scatter_time(activation, n.tensor, n.net, o.links).value())
            : 2.0 * all_reduce_time(activation, n.tensor, n.net, o.links).value();
    w.tensor = q.t > 1 ? tensor_forward : 0.0;
    // Backward mirrors forward. Megatron-LM runs the column-parallel layers' (QKV, MLP input)
    // input-gradient reduction asynchronously behind their weight-gradient multiply
    // (LinearWithGradAccumulationAndAsyncCommunication); with sequence parallelism that
    // reduction is a reduce-scatter, and the all-gather of the layer input that the weight
    // gradient needs again (Korthikanti et al. 2022, §4.2.2) runs behind the input-gradient
    // multiply. The row-parallel layers' gradient all-gathers stay exposed.
    const double gather = all_gather_time(activation, n.tensor, n.net, o.links).value();
    const double scatter = reduce_scatter_time(activation, n.tensor, n.net, o.links).value();
    w.tensor_backward =
        q.t > 1 ? (q.sequence_parallel ? 4.0 * gather + 2.0 * scatter : w.tensor) : 0.0;
    w.tensor_backward_hidden =
        q.t > 1 ? (q.sequence_parallel ? 2.0 * gather + 2.0 * scatter : w.tensor) : 0.0;
    // Expert parallelism: dispatch and combine all-to-alls of each token visit's d values.
    const bytes dispatched{T * q.routed * q.d * 2.0 / (q.sequence_parallel ? q.t : 1.0)};
    w.expert =
        moe && q.e > 1 ? 2.0 * all_to_all_time(dispatched, n.expert, n.net, o.links).value() : 0.0;
    // Context parallelism (ring attention, Liu et al. 2023, arXiv:2310.01889): each rank's keys
    // and values travel the ring, c - 1 hops of T x 2 h_kv values.
    const double c = n.context.size;
    const bytes kv{c * T * 2.0 * hkv * 2.0 / q.t};
    w.context = c > 1 ? all_gather_time(kv, n.context, n.net, o.links).value() : 0.0;
    return w;
}

constexpr double positive_part(double x) noexcept {
    return x > 0 ? x : 0.0;
}

// One layer's exposed seconds for one micro-batch, forward and backward, by part.
struct layer_parts {
    double compute, recompute, tensor, expert, context;
    double forward, backward; // the layer's forward pass and its backward with recomputation
};

// Backward: twice the multiplies (input and weight gradients; FlashAttention's own ratio for the
// attention core); memory-bound kernels read the
// saved input and the output gradient and write the input gradient, three tensors where the
// forward pass moved two (1.5x). Recomputation repeats the forward pass (full) or the attention
// core (selective) before the backward pass.
constexpr layer_parts time_layer(const layer_work& w, recomputation r,
                                 const step_options& o) noexcept {
    const double forward_compute = w.gemm + w.attention + w.memory + w.scores;
    const double backward_compute =
        2.0 * w.gemm + w.attention_backward + 1.5 * (w.memory + w.scores);
    const auto hidden_behind = [](bool overlapped, double comm, double work) {
        return overlapped ? positive_part(comm - work) : comm;
    };
    // Ring attention overlaps each hop with the attention of the chunk at hand; backward moves
    // keys, values and their gradients (twice the bytes) behind twice the work.
    const double attention_work = w.attention + w.scores;
    const double context_forward = positive_part(w.context - attention_work);
    const double context_backward =
        positive_part(2.0 * w.context - w.attention_backward - 1.5 * w.scores);
    const double tensor_forward = hidden_behind(o.overlap_tensor_comm, w.tensor, w.gemm);
    const double overlappable =
        o.overlap_tensor_comm ? w.tensor_backward : w.tensor_backward_hidden;
    const double tensor_backward =
        w.tensor_backward - overlappable +
        positive_part(overlappable - (o.overlap_tensor_comm ? 2.0 * w.gemm : 2.0 * w.column_gemm));
    const double expert_forward = hidden_behind(o.overlap_expert_comm, w.expert, w.gemm);
    const double expert_backward = hidden_behind(o.overlap_expert_comm, w.expert, 2.0 * w.gemm);
    const double forward = forward_compute + tensor_forward + expert_forward + context_forward;
    const double recompute = r == recomputation::full        ? forward
                             : r == recomputation::selective ? attention_work
                                                             : 0.0;
    layer_parts p{};
    p.compute = forward_compute + backward_compute;
    p.recompute = recompute;
    p.tensor = tensor_forward + tensor_backward;
    p.expert = expert_forward + expert_backward;
    p.context = context_forward + context_backward;
    p.forward = forward;
    p.backward =
        backward_compute + tensor_backward + expert_backward + context_backward + recompute;
    return p;
}

constexpr compute_rate rate_of(const cluster& c, const kernel_efficiency& k) noexcept {
    return {c.chip.peak(c.format).value(),
            k.multiprocessors > 0 ? k.multiprocessors : multiprocessors_of(c.chip), k};
}

// Training in a format narrower than 16 bits runs the linear layers in it but keeps the
// attention core and the output layer in BF16 (DeepSeek-V3 report, arXiv:2412.19437, §3.3.1;
// Transformer Engine's FP8 recipe likewise quantises only the linear layers).
constexpr compute_rate sixteen_bit_rate(const cluster& c, const compute_rate& rate) noexcept {
    if (bytes_per_value(c.format) >= 2 || !c.chip.has_peak(precision::bf16)) return rate;
    compute_rate wide = rate;
    wide.peak = c.chip.peak(precision::bf16).value();
    return wide;
}

constexpr bool check_step(const transformer& m, const parallel_layout& l, const cluster& c,
                          double batch, double sequence, const interconnect& net) noexcept {
    return check_layout(m, l, c.count, batch, sequence) &&
           expects(c.chip.has_peak(c.format), "the chip has no known peak in the cluster format") &&
           expects(c.chip.has_memory_bandwidth(), "the chip's memory bandwidth is unknown") &&
           expects(c.count == 1 || net.complete(),
                   "the network is unknown: give step_options::network for this chip");
}

} // namespace detail

// The forward and backward time of one transformer layer (dense, or with experts when the model
// has them) for one micro-batch on one chip, with its exposed tensor, expert and context
// communication; the backward time includes the recomputation the layout asks for. This is what
// Korthikanti et al. 2022 Table 4 measures. Preconditions and run-time result as predict_step.
struct layer_prediction {
    duration forward{0.0};
    duration backward{0.0};
};
constexpr layer_prediction predict_layer(const transformer& model, const parallel_layout& layout,
                                         const cluster& c, double global_batch_sequences,
                                         double sequence_length,
                                         const step_options& options = {}) noexcept {
    const interconnect net =
        options.network.complete() ? options.network : typical_interconnect(c.chip);
    if (!detail::check_step(model, layout, c, global_batch_sequences, sequence_length, net))
        return {duration{detail::nan_value()}, duration{detail::nan_value()}};
    const detail::step_inputs q = detail::inputs_of(model, layout, sequence_length);
    const detail::compute_rate rate = detail::rate_of(c, options.kernels);
    const detail::layer_work w = detail::forward_layer(
        q, q.moe_layers > 0, rate, detail::sixteen_bit_rate(c, rate),
        c.chip.memory_bandwidth.value(), detail::plan_network(layout, net), options);
    const detail::layer_parts p = detail::time_layer(w, layout.recompute, options);
    return {duration{p.forward}, duration{p.backward}};
}

// The predicted step of `model` trained with `layout` on cluster `c` (its chip, count and
// format; its mfu is not used: the prediction replaces it), with global batches of
// `global_batch_sequences` sequences of `sequence_length` tokens. Preconditions: the layout
// suits the model, the chip count, batch and sequence (layout_problem says why not); the chip
// has a peak in c.format and a known memory bandwidth; the network is known (the chip's typical
// one or options.network) unless there is one chip. At run time a violation gives a NaN time.
constexpr step_prediction predict_step(const transformer& model, const parallel_layout& layout,
                                       const cluster& c, double global_batch_sequences,
                                       double sequence_length,
                                       const step_options& options = {}) noexcept {
    const interconnect net =
        options.network.complete() ? options.network : typical_interconnect(c.chip);
    step_prediction r{};
    if (!detail::check_step(model, layout, c, global_batch_sequences, sequence_length, net)) {
        r.time = duration{detail::nan_value()};
        r.mfu = r.hfu = detail::nan_value();
        return r;
    }
    const detail::step_inputs q = detail::inputs_of(model, layout, sequence_length);
    const detail::network_plan n = detail::plan_network(layout, net);
    const detail::compute_rate rate = detail::rate_of(c, options.kernels);
    const detail::compute_rate wide = detail::sixteen_bit_rate(c, rate);
    const double peak = rate.peak;
    const double hbm = c.chip.memory_bandwidth.value();
    const kernel_efficiency& k = options.kernels;

    // One micro-batch on the busiest pipeline stage, which sets the pace of the schedule: the
    // last (its layers and the logits) unless a stage with more layers takes longer
    // (pipeline_stages: uneven stages give the last fewer). Dense and expert layers in the
    // model's proportion on every stage; the embedding lookup is not timed.
    const pipeline_stages stages = stages_of(model.layers, layout.pipeline, layout.virtual_stages);
    const double moe_share = q.moe_layers / q.layers;
    const detail::layer_work dense = detail::forward_layer(q, false, rate, wide, hbm, n, options);
    const detail::layer_work moe = detail::forward_layer(q, true, rate, wide, hbm, n, options);
    const detail::layer_parts dense_parts = detail::time_layer(dense, layout.recompute, options);
    const detail::layer_parts moe_parts = detail::time_layer(moe, layout.recompute, options);
    const auto per_layer = [&](double detail::layer_parts::*part) {
        return (1.0 - moe_share) * dense_parts.*part + moe_share * moe_parts.*part;
    };
    const double logits =
        detail::gemm_seconds(detail::multiply{q.tokens, q.vocab / q.t, q.d}, wide);
    const double layer_time =
        per_layer(&detail::layer_parts::compute) + per_layer(&detail::layer_parts::recompute) +
        per_layer(&detail::layer_parts::tensor) + per_layer(&detail::layer_parts::expert) +
        per_layer(&detail::layer_parts::context);
    const bool last_paces = stages.last * layer_time + 3.0 * logits >= stages.fullest * layer_time;
    const double stage_layers = detail::as_double(last_paces ? stages.last : stages.fullest);
    const double paced_logits = last_paces ? logits : 0.0;
    const auto mix = [&](double detail::layer_parts::*part) {
        return stage_layers * per_layer(part);
    };
    const double compute_mb = mix(&detail::layer_parts::compute) + 3.0 * paced_logits;
    const double recompute_mb = mix(&detail::layer_parts::recompute);
    const double tensor_mb = mix(&detail::layer_parts::tensor);
    const double expert_mb = mix(&detail::layer_parts::expert);
    const double context_mb = mix(&detail::layer_parts::context);
    // Pipeline: each of the v chunks sends its output forward and receives a gradient back per
    // micro-batch; Megatron-LM splits the message over the tensor group (Narayanan et al. 2021,
    // §4.1, scatter/gather).
    const bytes boundary{q.tokens * q.d * 2.0 / q.t};
    const double pipeline_mb =
        q.p > 1 ? 2.0 * q.v *
                      send_time(boundary, n.pipeline_across_domains, n.net, options.links).value()
                : 0.0;
    const double micro_batch_time =
        compute_mb + recompute_mb + tensor_mb + expert_mb + context_mb + pipeline_mb;
    const double micro_batches = global_batch_sequences / (detail::as_double(layout.data) * q.b);

    r.compute = duration{micro_batches * compute_mb};
    r.recompute = duration{micro_batches * recompute_mb};
    r.tensor_comm = duration{micro_batches * tensor_mb};
    r.expert_comm = duration{micro_batches * expert_mb};
    r.context_comm = duration{micro_batches * context_mb};
    r.pipeline_comm = duration{micro_batches * pipeline_mb};
    r.bubble = duration{(q.p - 1.0) / q.v * micro_batch_time};

    // Memory of the busiest chip: the first stage's (its layers, experts also split over the
    // expert group, the input embedding, the output layer too without pipelining, and the
    // activations of min(p, m) micro-batches in flight in 1F1B; with v interleaved chunks
    // 1 + (p - 1) / (p v) times that: Korthikanti et al. 2022, §4.2.3), unless uneven stages
    // leave a later stage with more layers (rank k holds min(p - k, m) micro-batches, the same
    // interleaving factor assumed).
    const double expert_parameters =
        q.moe_layers * q.experts * detail::mlp_parameters(model, detail::ff_dim(model));
    const double layer_parameters =
        detail::non_embedding(model, detail::as_double(model.experts)) - expert_parameters;
    const double embedding = layout.pipeline == 1 ? detail::embedding(model) : q.vocab * q.d;
    const double interleaving = q.v > 1 ? 1.0 + (q.p - 1.0) / (q.p * q.v) : 1.0;
    const double per_token_layer =
        (1.0 - moe_share) * detail::activation_bytes_per_token_layer(q, false, layout.recompute,
                                                                     options.attention) +
        moe_share *
            detail::activation_bytes_per_token_layer(q, true, layout.recompute, options.attention);
    const double g = options.state.fp32_gradients ? 4.0 : 2.0;
    const int zero = layout.zero_stage;
    const double shards = q.dc; // ZeRO shards over the data x context ranks with the same weights
    struct stage_memory {
        double dense_share, expert_share, parameters, weights, gradients, optimizer_state,
            activations, total;
    };
    const auto memory_of = [&](int layers_here, int rank) {
        const double split = q.layers / detail::as_double(layers_here); // p on even stages
        stage_memory s{};
        s.dense_share = (layer_parameters / split + (rank == 0 ? embedding : 0.0)) / q.t;
        s.expert_share = expert_parameters / (split * q.t * q.e);
        s.parameters = s.dense_share + s.expert_share;
        s.weights = s.parameters * 2.0 / (zero >= 3 ? shards : 1.0);
        s.gradients = s.parameters * g / (zero >= 2 ? shards : 1.0);
        s.optimizer_state = s.parameters * detail::optimizer_bytes(options.state.optimizer) /
                            (zero >= 1 ? shards : 1.0);
        const double stages_behind = q.p - detail::as_double(rank);
        const double in_flight = micro_batches < stages_behind ? micro_batches : stages_behind;
        s.activations =
            per_token_layer * q.tokens * detail::as_double(layers_here) * in_flight * interleaving;
        s.total = s.weights + s.gradients + s.optimizer_state + s.activations;
        return s;
    };
    stage_memory busiest = memory_of(stages.first, 0);
    if (stages.fullest_rank > 0) {
        const stage_memory fuller = memory_of(stages.fullest, stages.fullest_rank);
        if (fuller.total > busiest.total) busiest = fuller;
    }
    const double dense_share = busiest.dense_share;
    const double expert_share = busiest.expert_share;
    const double parameters_per_chip = busiest.parameters;
    r.weights = bytes{busiest.weights};
    r.gradients = bytes{busiest.gradients};
    r.optimizer_state = bytes{busiest.optimizer_state};
    r.activations = bytes{busiest.activations};

    // Data-parallel traffic: the gradients all-reduced (ZeRO 0) or reduce-scattered and the
    // updated 16-bit weights all-gathered (ZeRO 1-3; Rajbhandari et al. 2019, §7: the same
    // volume); ZeRO 3 also gathers the weights for each micro-batch's forward and backward pass.
    // Expert weights synchronise over their own, smaller group.
    const auto synchronise = [&](double count, comm_group group) {
        if (group.size <= 1) return 0.0;
        const bytes grads{count * g};
        const bytes weights{count * 2.0};
        return zero == 0 ? all_reduce_time(grads, group, n.net, options.links).value()
                         : reduce_scatter_time(grads, group, n.net, options.links).value() +
                               all_gather_time(weights, group, n.net, options.links).value();
    };
    const double data_sync =
        synchronise(dense_share, n.data) + synchronise(expert_share, n.expert_data);
    const double backward_mb = mix(&detail::layer_parts::backward) + 2.0 * paced_logits;
    const double last_bucket = options.grad_bucket_parameters < parameters_per_chip
                                   ? options.grad_bucket_parameters / parameters_per_chip
                                   : 1.0;
    const double exposed_sync =
        options.overlap_data_comm
            ? (data_sync * last_bucket > data_sync - backward_mb ? data_sync * last_bucket
                                                                 : data_sync - backward_mb)
            : data_sync;
    const double zero3_gathers =
        zero >= 3 && n.data.size > 1
            ? 2.0 * micro_batches *
                  all_gather_time(bytes{dense_share * 2.0}, n.data, n.net, options.links).value()
            : 0.0;
    r.data_comm =
        duration{exposed_sync + detail::positive_part(zero3_gathers - micro_batches * compute_mb)};

    // The optimizer streams each parameter it owns through memory once.
    const double updated = parameters_per_chip / (zero >= 1 ? shards : 1.0);
    r.optimizer = duration{updated * options.optimizer_bytes_per_parameter /
                           (hbm * k.memory_bandwidth_fraction)};

    r.time = r.compute + r.recompute + r.tensor_comm + r.pipeline_comm + r.data_comm +
             r.expert_comm + r.context_comm + r.bubble + r.optimizer;

    // Utilisation: model FLOPs as Korthikanti et al. 2022 Eq. 7 (3 x forward); hardware FLOPs
    // add what recomputation repeats (Eq. 8).
    const double step_tokens = global_batch_sequences * sequence_length;
    const double forward_per_token = detail::forward_flop_per_token(model, sequence_length);
    const double attention_per_token = 2.0 * q.layers * sequence_length * q.heads * (q.qk + q.vd);
    const double recomputed_per_token =
        layout.recompute == recomputation::full        ? forward_per_token - 2.0 * q.d * q.vocab
        : layout.recompute == recomputation::selective ? attention_per_token
                                                       : 0.0;
    r.model_flops = flops{3.0 * step_tokens * forward_per_token};
    const double capacity = r.time.value() * c.count * peak;
    r.mfu = r.model_flops.value() / capacity;
    r.hfu = (r.model_flops.value() + step_tokens * recomputed_per_token) / capacity;
    r.tokens_per_second = token_rate{step_tokens / r.time.value()};

    r.memory_per_chip = r.weights + r.gradients + r.optimizer_state + r.activations;
    r.fits = c.chip.has_memory() && r.memory_per_chip <= c.chip.memory;
    return r;
}

} // namespace flopscale
