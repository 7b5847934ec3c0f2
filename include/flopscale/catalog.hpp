// flopscale/catalog.hpp — the accelerators of the reference table, one constexpr entry each.
//
// Figures are dense peaks per chip (per GPU for GB200/GB300, per package for MI250X), copied from
// the sources each entry names; see accelerator.hpp for the conventions. FP64/FP32 are the
// non-tensor (vector) rates. Memory is the vendor-quoted capacity read as decimal GB. Each entry's
// `source` is its citation; the comment above it says what needs saying about the figures.
// Each entry is one call that sets every figure at once, in base units (989.4e12 FLOP/s, 80e9
// bytes): every translation unit that includes the catalog evaluates it, and the with_...()
// setters, which copy the entry once per figure, cost the compiler more than the data itself.
// Chips without sourced numbers (Cambricon MLU590/MLU690, Hygon K100) are deliberately absent.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/config.hpp"
#include "flopscale/precision.hpp"
#include "flopscale/units.hpp"

#include <array>
#include <string_view>

namespace flopscale {
namespace detail {
// Builds entries through accelerator's private all-figures constructor (see accelerator.hpp).
struct catalog_access {
    using peaks = accelerator::peak_table;
    static constexpr accelerator make(std::string_view name, std::string_view vendor, int year,
                                      const peaks& dense, const peaks& sparse, bytes memory,
                                      bandwidth memory_bandwidth, power tdp, std::string_view links,
                                      bandwidth links_bandwidth, std::string_view source,
                                      confidence trust) noexcept {
        return accelerator{
            name,  vendor,          year,   dense, sparse, memory, memory_bandwidth, tdp,
            links, links_bandwidth, source, trust};
    }
    static constexpr peaks two_to_four(const peaks& dense) noexcept {
        return accelerator::two_to_four_sparse(dense);
    }
};
} // namespace detail

namespace detail::catalog_rows {
// A figure nobody published.
inline constexpr double na = nan_value();

// Peaks in FLOP/s (OP/s for the integer formats), in the order of `precision`.
using peaks = catalog_access::peaks;
inline constexpr peaks unlisted{na, na, na, na, na, na, na, na, na, na};

// How the vendor's sparse peaks follow from the dense ones: not at all, or 2:4 structured sparsity
// doubling every tensor peak (as accelerator::with_2to4_sparsity). Sparse peaks that follow no
// rule are listed in row()'s last argument.
enum class sparsity : unsigned char { none, two_to_four };

// One catalog entry: name, vendor and year; dense peaks and their sparse rule; memory (bytes),
// memory bandwidth (B/s) and TDP (W); the scale-up links and their aggregate bandwidth (B/s); the
// citation and its confidence; sparse peaks that follow no rule. `na` marks an unknown figure.
constexpr accelerator row(std::string_view name, std::string_view vendor, int year,
                          const peaks& dense, sparsity rule, double memory_bytes,
                          double memory_bandwidth, double tdp_watts, std::string_view links,
                          double links_bandwidth, std::string_view source, confidence trust,
                          const peaks& listed_sparse = unlisted) noexcept {
    const peaks& sparse =
        rule == sparsity::two_to_four ? catalog_access::two_to_four(dense) : listed_sparse;
    return catalog_access::make(name, vendor, year, dense, sparse, bytes{memory_bytes},
                                bandwidth{memory_bandwidth}, power{tdp_watts}, links,
                                bandwidth{links_bandwidth}, source, trust);
}

// Every entry, NVIDIA, AMD, Google, Intel, AWS, then the Chinese vendors. The strings are
// string_view literals: converting a plain literal measures its length character by character in
// constant evaluation, which for the citations cost more than all the figures together.
constexpr std::array<accelerator, 40> table() noexcept {
    using namespace std::string_view_literals;
    // clang-format off
    return {{
        // Volta: FP16 tensor cores only, no 2:4 sparsity; FP64/FP32 are the non-tensor rates.
        row("V100 SXM2 32GB"sv, "NVIDIA"sv, 2017,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{   7.8e12,  15.7e12,       na,       na,   125e12,       na,       na,       na,       na,       na}, sparsity::none,
            32e9, 0.9e12, 300, "NVLink 2.0 300 GB/s (6 links); PCIe Gen3"sv, 300e9,
            "NVIDIA Tesla V100 datasheet (images.nvidia.com .../volta-v100-datasheet-update-us-1165301-r5.pdf); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // Datasheet figures are sparse (TF32 312, BF16/FP16 624, INT8 1248); dense is half.
        row("A100 SXM4 80GB"sv, "NVIDIA"sv, 2020,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{   9.7e12,  19.5e12,   156e12,   312e12,   312e12,       na,       na,       na,   624e12,       na}, sparsity::two_to_four,
            80e9, 2.039e12, 400, "NVLink 3.0 600 GB/s (12 links); PCIe Gen4 64 GB/s"sv, 600e9,
            "NVIDIA A100 datasheet (nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf)"sv, confidence::high),

        // China export variant of the A100: same silicon and rates, NVLink cut to 400 GB/s.
        row("A800 SXM4 80GB"sv, "NVIDIA"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{   9.7e12,  19.5e12,   156e12,   312e12,   312e12,       na,       na,       na,   624e12,       na}, sparsity::two_to_four,
            80e9, 2.039e12, 400, "NVLink 400 GB/s; PCIe Gen4"sv, 400e9,
            "NVIDIA A800 product spec as listed by TechPowerUp (a800-sxm4-80-gb.c3966); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::medium),

        // The H100-equivalent reference. Datasheet: sparse BF16 1,979, FP8/INT8 3,958 TFLOPS. Dense
        // 16-bit is 989.4 (132 SMs at 1.83 GHz), Epoch AI's FP16 H100e constant; dense 8-bit is the
        // datasheet's half, 1,979, Epoch's 8-bit constant, so an H100 is exactly one H100e on both bases.
        row("H100 SXM5 80GB"sv, "NVIDIA"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{    34e12,    67e12, 494.7e12, 989.4e12, 989.4e12,  1979e12,       na,       na,  1979e12,       na}, sparsity::two_to_four,
            80e9, 3.35e12, 700, "NVLink 4.0 900 GB/s (18 links); PCIe Gen5 128 GB/s"sv, 900e9,
            "NVIDIA H100 Tensor Core GPU datasheet; NVIDIA Hopper architecture whitepaper"sv, confidence::high),

        // Datasheet sparse BF16/FP16 1,513, FP8/INT8 3,026; dense is half. TDP 300-350 W.
        row("H100 PCIe 80GB"sv, "NVIDIA"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{  25.6e12,  51.2e12,   378e12,   756e12,   756e12,  1513e12,       na,       na,  1513e12,       na}, sparsity::two_to_four,
            80e9, 2e12, 350, "NVLink bridge 600 GB/s (2-4 GPUs); PCIe Gen5 128 GB/s"sv, 600e9,
            "NVIDIA H100 Tensor Core GPU datasheet (PCIe column); TechPowerUp h100-pcie.c3899"sv, confidence::high),

        // China export variant of the H100 SXM. FP64 is disputed: ~1 TF per NVIDIA's China datasheet
        // as reported, 33.5 per TechPowerUp; the former is kept.
        row("H800 SXM5 80GB"sv, "NVIDIA"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{     1e12,    67e12, 494.7e12, 989.4e12, 989.4e12,  1979e12,       na,       na,  1979e12,       na}, sparsity::two_to_four,
            80e9, 3.35e12, 700, "NVLink 400 GB/s; PCIe Gen5 128 GB/s"sv, 400e9,
            "NVIDIA H800 datasheet (China site) as reported by press; TechPowerUp h800-sxm5.c3975; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::medium),

        // China export variant; no public NVIDIA datasheet, OEM figures agree with each other.
        row("H20 (HGX)"sv, "NVIDIA"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{     1e12,    44e12,    74e12,   148e12,   148e12,   296e12,       na,       na,   296e12,       na}, sparsity::two_to_four,
            96e9, 4e12, 400, "NVLink 900 GB/s; PCIe Gen5 128 GB/s"sv, 900e9,
            "OEM/reseller HGX H20 spec (e.g. viperatech.com/shop/nvidia-hgx-h20); TechPowerUp news 318595; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::medium),

        // H100 SXM compute with HBM3e; FP8/INT8 as the H100's (datasheet sparse 3,958, dense half).
        row("H200 SXM 141GB"sv, "NVIDIA"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{    34e12,    67e12, 494.7e12, 989.4e12, 989.4e12,  1979e12,       na,       na,  1979e12,       na}, sparsity::two_to_four,
            141e9, 4.8e12, 700, "NVLink 4.0 900 GB/s; PCIe Gen5 128 GB/s"sv, 900e9,
            "NVIDIA H200 Tensor Core GPU datasheet (SC23, nvdam.widen.net .../hpc-datasheet-sc23-h200-datasheet-3002446)"sv, confidence::high),

        // HGX B200 per-GPU column (1,000 W). Sparse FP4 18 PF, FP8/FP6 9 PF; dense is half. FP6 runs
        // at the FP8 rate. Epoch's H100e code counts it at the GB200 rate (5,000 TOPS).
        row("B200 (HGX, per GPU)"sv, "NVIDIA"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{    37e12,    75e12,  1100e12,  2250e12,  2250e12,  4500e12,  4500e12,  9000e12,  4500e12,       na}, sparsity::two_to_four,
            180e9, 7.7e12, 1000, "NVLink 5 1.8 TB/s; PCIe Gen5 128 GB/s"sv, 1800e9,
            "NVIDIA HGX B200 / Blackwell datasheet (per-GPU column); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // Blackwell Ultra per GPU. HGX B300: 144 PF FP4 sparse per 8 GPUs; INT8 and FP64 cut back.
        // NVIDIA documents round the dense FP4 figure between 13.5 and 15 PF.
        row("B300 (HGX, Blackwell Ultra, per GPU)"sv, "NVIDIA"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{  1.25e12,    75e12,  1100e12,  2250e12,  2250e12,  4500e12,  4500e12, 13500e12,   150e12,       na}, sparsity::two_to_four,
            288e9, 7.7e12, 1100, "NVLink 5 1.8 TB/s; PCIe Gen6; ConnectX-8 800 Gb/s per GPU"sv, 1800e9,
            "NVIDIA HGX B300 / Blackwell Ultra datasheet; NVIDIA 'Inside Blackwell Ultra' tech blog; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::medium),

        // Per GPU (a GB300 superchip holds two). NVL72 rack: 1,440 PF FP4 sparse, ~1,080 dense.
        row("GB300 (NVL72, per GPU)"sv, "NVIDIA"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{   1.3e12,    80e12,  1250e12,  2500e12,  2500e12,  5000e12,  5000e12, 15000e12,   165e12,       na}, sparsity::two_to_four,
            288e9, 8e12, 1400, "NVLink 5 1.8 TB/s; 72-GPU NVLink domain (130 TB/s per rack)"sv, 1800e9,
            "NVIDIA GB300 NVL72 product page & Blackwell Ultra datasheet; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // Per GPU at 1,200 W (a GB200 superchip holds two). Sparse FP4 20 PF, FP8/FP6 10 PF.
        row("GB200 (NVL72, per GPU)"sv, "NVIDIA"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{    40e12,    80e12,  1250e12,  2500e12,  2500e12,  5000e12,  5000e12, 10000e12,  5000e12,       na}, sparsity::two_to_four,
            186e9, 8e12, 1200, "NVLink 5 1.8 TB/s; 72-GPU NVLink domain (130 TB/s per rack)"sv, 1800e9,
            "NVIDIA Blackwell datasheet (GB200 NVL72 column); NVIDIA GB200 NVL72 product page; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // Datasheet sparse BF16/FP16 733, FP8/INT8 1,466; FP64 (1/64 rate) from TechPowerUp.
        row("L40S"sv, "NVIDIA"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{   1.4e12,  91.6e12,   183e12,   362e12,   362e12,   733e12,       na,       na,   733e12,       na}, sparsity::two_to_four,
            48e9, 0.864e12, 350, "PCIe Gen4 x16 64 GB/s (no NVLink)"sv, 64e9,
            "NVIDIA L40S datasheet; TechPowerUp (FP64)"sv, confidence::high),

        // One package, two GCDs. No structured sparsity on CDNA2; FP64/FP32 matrix rate 95.7 TF.
        row("Instinct MI250X"sv, "AMD"sv, 2021,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{  47.9e12,  47.9e12,       na,   383e12,   383e12,       na,       na,       na,   383e12,       na}, sparsity::none,
            128e9, 3.2768e12, 500, "Infinity Fabric, 8 links, up to 800 GB/s; PCIe Gen4"sv, 800e9,
            "AMD Instinct MI250X product page/datasheet; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // Data sheet sparse FP16/BF16 2,614.9, FP8/INT8 5,229.8; dense is half (ROCm docs agree).
        row("Instinct MI300X"sv, "AMD"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{  81.7e12, 163.4e12, 653.7e12,1307.4e12,1307.4e12,2614.9e12,       na,       na,2614.9e12,       na}, sparsity::two_to_four,
            192e9, 5.3e12, 750, "Infinity Fabric 7 links x 128 GB/s = 896 GB/s; PCIe Gen5"sv, 896e9,
            "AMD Instinct MI300X data sheet (amd.com .../amd-instinct-mi300x-data-sheet.pdf)"sv, confidence::high),

        // MI300X compute with HBM3E.
        row("Instinct MI325X"sv, "AMD"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{  81.7e12, 163.4e12, 653.7e12,1307.4e12,1307.4e12,2614.9e12,       na,       na,2614.9e12,       na}, sparsity::two_to_four,
            256e9, 6e12, 1000, "Infinity Fabric 896 GB/s; PCIe Gen5"sv, 896e9,
            "AMD Instinct MI325X product page; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // Sparse FP16/BF16 ~5.0 PF, FP8 ~10.1 PF, MXFP6/MXFP4 ~20.1 PF; MXFP6 runs at the FP4 rate.
        row("Instinct MI355X"sv, "AMD"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{  78.6e12, 157.3e12,       na,2516.6e12,2516.6e12,5033.2e12,10066.3e12,10066.3e12,5033.2e12,       na}, sparsity::two_to_four,
            288e9, 8e12, 1400, "4th-gen Infinity Fabric (8-GPU OAM platform); PCIe Gen5"sv, na,
            "AMD Instinct MI355X product brief; Tom's Hardware 'AMD's Instinct MI355X ... 1,400 watts' (ISC 2025); ISSCC 2026 coverage (5 PF FP8)"sv, confidence::high),

        // BF16 and INT8 at one rate, no sparsity. TDP = Google's measured maximum (192 W); Epoch
        // assumes ~340 W.
        row("TPU v4"sv, "Google"sv, 2021,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,   275e12,       na,       na,       na,       na,   275e12,       na}, sparsity::none,
            32e9, 1.2e12, 192, "ICI 3D torus, 4,096-chip pod, optical circuit switches"sv, na,
            "Google Cloud TPU v4 docs (docs.cloud.google.com/tpu/docs/v4); TPU v4 paper (ISCA 2023)"sv, confidence::high),

        // Google publishes no TDP (Epoch assumes ~225 W).
        row("TPU v5e"sv, "Google"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,   197e12,       na,       na,       na,       na,   393e12,       na}, sparsity::none,
            16e9, 0.819e12, na, "ICI 400 GB/s bidirectional per chip (4 ports, 1600 Gbps); 2D torus, 256-chip pod"sv, 400e9,
            "Google Cloud TPU v5e docs (docs.cloud.google.com/tpu/docs/v5e)"sv, confidence::high),

        // FP8 = BF16 rate. 95 GiB usable of 96. No published TDP (Epoch derives ~540 W).
        row("TPU v5p"sv, "Google"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,   459e12,       na,   459e12,       na,       na,   918e12,       na}, sparsity::none,
            95e9, 2.765e12, na, "ICI 1,200 GB/s bidirectional per chip (4,800 Gbps); 3D torus, 8,960-chip pod; DCN 50 Gbps/chip"sv, 1200e9,
            "Google Cloud TPU v5p docs (docs.cloud.google.com/tpu/docs/v5p); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // FP8 = BF16 rate. No published TDP (Epoch derives ~380 W).
        row("TPU v6e (Trillium)"sv, "Google"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,   918e12,       na,   918e12,       na,       na,  1836e12,       na}, sparsity::none,
            32e9, 1.638e12, na, "ICI 800 GB/s bidirectional per chip (4 ports); 2D torus, 256-chip pod"sv, 800e9,
            "Google Cloud TPU v6e docs (docs.cloud.google.com/tpu/docs/v6e); TPU7x docs comparison table"sv, confidence::high),

        // Pod: 9,216 chips, 42.5 EF FP8. INT8 and TDP unpublished (Epoch derives ~960 W).
        row("TPU v7 Ironwood (TPU7x)"sv, "Google"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,  2307e12,       na,  4614e12,       na,       na,       na,       na}, sparsity::none,
            192e9, 7.37e12, na, "ICI 1.2 TB/s bidirectional per chip; 3D torus + OCS, 9,216-chip pod"sv, 1200e9,
            "Google Cloud TPU7x docs (docs.cloud.google.com/tpu/docs/tpu7x); Google blog 'Ironwood: the first TPU for the age of inference' (Apr 2025); Hot Chips 2025"sv, confidence::high),

        // Matrix-engine peaks; no sparsity claims.
        row("Gaudi 2"sv, "Intel"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,   432e12,       na,   865e12,       na,       na,       na,       na}, sparsity::none,
            96e9, 2.46e12, 600, "24x 100 GbE RoCE on-die (4.8 Tb/s bidirectional); PCIe Gen4"sv, 600e9,
            "Intel, Hot Chips 2024 'Intel Gaudi 3 AI Accelerator' (Gaudi generations table); Intel Gaudi 2 launch materials"sv, confidence::high),

        // FP8 matrix = BF16 matrix rate. 900 W air-cooled OAM (1,200 W liquid).
        row("Gaudi 3 (HL-325L OAM)"sv, "Intel"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,  1835e12,       na,  1835e12,       na,       na,       na,       na}, sparsity::none,
            128e9, 3.67e12, 900, "24x 200 GbE RoCE on-die (1.2 TB/s bidirectional); PCIe Gen5 x16"sv, 1200e9,
            "Intel, Hot Chips 2024 'Intel Gaudi 3 AI Accelerator' (R. Kaplan); Intel Gaudi 3 white paper"sv, confidence::high),

        // cFP8 at the BF16 rate. AWS publishes no TDP (Epoch assumes ~300 W).
        row("Trainium (Trn1)"sv, "AWS"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,  47.5e12,   190e12,   190e12,   190e12,   190e12,       na,       na,   380e12,       na}, sparsity::none,
            32e9, 0.82e12, na, "NeuronLink-v2 (4 links/chip; 2D torus in trn1.32xlarge)"sv, na,
            "AWS Neuron docs: 'Trainium Architecture' (awsdocs-neuron.readthedocs-hosted.com)"sv, confidence::high),

        // Sparse 2,563 TFLOPS for FP8/FP16/BF16/TF32 (not a 2x rule). No published TDP.
        row("Trainium2"sv, "AWS"sv, 2024,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,   181e12,   667e12,   667e12,   667e12,  1299e12,       na,       na,       na,       na}, sparsity::none,
            96e9, 2.9e12, na, "4x NeuronLink-v3 (Trn2 UltraServer, 64 chips)"sv, na,
            "AWS Neuron docs: 'Trainium2 Architecture'"sv, confidence::high,
            peaks{       na,       na,  2563e12,  2563e12,  2563e12,  2563e12,       na,       na,       na,       na}),

        // MXFP8/MXFP4 2,517; sparse FP16/BF16/TF32 2,517. No published TDP.
        row("Trainium3"sv, "AWS"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,   183e12,   671e12,   671e12,   671e12,  2517e12,       na,  2517e12,       na,       na}, sparsity::none,
            144e9, 4.9e12, na, "NeuronLink-v4 2.56 TB/s per device"sv, 2560e9,
            "AWS Neuron docs: 'Trainium3 Architecture' (Dec 2025)"sv, confidence::high,
            peaks{       na,       na,  2517e12,  2517e12,  2517e12,       na,       na,       na,       na,       na}),

        // Shipping part at 310 W. Hot Chips 31's design maximum (320 TF FP16 / 640 TOPS INT8) is
        // the source of the "A100-class" claim; see equivalents.hpp.
        row("Ascend 910 (2019)"sv, "Huawei"sv, 2019,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,       na,   256e12,       na,       na,       na,   512e12,       na}, sparsity::none,
            32e9, 1.2e12, 310, "HCCS 3x 240 Gbps + 2x 100G RoCE; PCIe 4.0 x16"sv, na,
            "Huawei press release 'Huawei launches Ascend 910' (Aug 2019); Hot Chips 31 HC31_1.11_Huawei.Davinci slides; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::high),

        // 910B2 SKU; other SKUs range 280-400 TF FP16. Dense vs sparse not stated.
        row("Ascend 910B (910B2 SKU)"sv, "Huawei"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,       na,   376e12,       na,       na,       na,       na,       na}, sparsity::none,
            64e9, 1.6e12, 400, "HCCS ~392 GB/s (7x 56 GB/s), 8-chip Atlas 800T A2"sv, 392e9,
            "CSET 'Pushing the Limits: Huawei's AI Chip Tests U.S. Export Controls' (SKU table); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025); TrendForce"sv, confidence::low),

        // Analyst estimate (two 910B-class dies), no Huawei datasheet.
        row("Ascend 910C"sv, "Huawei"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,   800e12,   800e12,       na,       na,       na,       na,       na}, sparsity::none,
            128e9, 3.2e12, na, "Huawei UB/HCCS; ~800 GB/s per chip implied by Huawei ('950 = 2 TB/s = 2.5x 910C'); CloudMatrix 384 all-to-all optical"sv, 800e9,
            "SemiAnalysis 'Huawei AI CloudMatrix 384'; TrendForce (Mar 2025); Huawei Connect 2025 keynote; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::low),

        // Roadmap figures (Huawei Connect 2025); dense vs sparse not stated.
        row("Ascend 950PR"sv, "Huawei"sv, 2026,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,       na,       na,  1000e12,       na,  2000e12,       na,       na}, sparsity::none,
            128e9, 1.6e12, na, "2 TB/s (Huawei UB)"sv, 2000e9,
            "Huawei Connect 2025 keynote, Eric Xu (huawei.com/en/news/2025/9/hc-xu-keynote-speech); press coverage"sv, confidence::announced),

        // Roadmap figures (Huawei Connect 2025); Atlas 950 SuperPoD = 8,192 chips, 8 EF FP8.
        row("Ascend 950DT"sv, "Huawei"sv, 2026,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,       na,       na,  1000e12,       na,  2000e12,       na,       na}, sparsity::none,
            144e9, 4e12, na, "2 TB/s (Huawei UB)"sv, 2000e9,
            "Huawei Connect 2025 keynote, Eric Xu; press coverage"sv, confidence::announced),

        // Dual-chiplet card; dense vs sparse not stated.
        row("MLU370-X8"sv, "Cambricon"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,    24e12,       na,       na,    96e12,       na,       na,       na,   256e12,       na}, sparsity::none,
            48e9, 0.6144e12, 250, "MLU-Link (reported ~200 GB/s per card); PCIe Gen4"sv, 200e9,
            "Cambricon MLU370-X8 product page (archived: archive.ph/5cIeg) via Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::medium),

        // Vendor figures; sparsity not stated.
        row("MTT S4000"sv, "Moore Threads"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,    25e12,    50e12,   100e12,   100e12,       na,       na,       na,   200e12,       na}, sparsity::none,
            48e9, 0.768e12, 450, "MTLink 1.0 240 GB/s; PCIe Gen5"sv, 240e9,
            "Moore Threads MTT S4000 product page (en.mthreads.com/product/S4000); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)"sv, confidence::medium),

        // Partial disclosure (liquid-cooled figure); dense vs sparse not stated.
        row("MTT S5000"sv, "Moore Threads"sv, 2025,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,       na,       na,  1000e12,       na,       na,       na,       na}, sparsity::none,
            80e9, 1.6e12, na, "~784 GB/s card-to-card (MTLink)"sv, 784e9,
            "Moore Threads disclosure (Feb 2026) as reported by press (MyDrivers/Kuai Keji, ldeepai, rutab)"sv, confidence::low),

        // Hot Chips 34 claims; TF32 is Biren's non-standard 'TF32+'; dense vs sparse not stated.
        row("BR100"sv, "Biren"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,   256e12,   512e12,  1024e12,       na,       na,       na,       na,  2048e12,       na}, sparsity::none,
            64e9, 1.64e12, 550, "BLink (8 lanes, up to ~2.3 TB/s aggregate per TechPowerUp); PCIe Gen5/CXL"sv, 2300e9,
            "Biren Hot Chips 34 (HC2022.BirenTech.MikeHong.LingjieXu); Tom's Hardware (Aug 2022); TechPowerUp"sv, confidence::medium),

        // Half a BR100 on a 300 W PCIe card.
        row("BR104"sv, "Biren"sv, 2022,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,   128e12,   256e12,   512e12,       na,       na,       na,       na,  1024e12,       na}, sparsity::none,
            32e9, 0.819e12, 300, "PCIe Gen5 (BLink)"sv, na,
            "Tom's Hardware 'Chinese Biren's New GPUs...' (Aug 2022) citing Biren"sv, confidence::medium),

        // No tensor peak comparable with the others (Epoch's 24.5 TF is a vector figure).
        row("DCU Z100 ('Shensuan-1')"sv, "Hygon"sv, 2021,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,       na,       na,       na,       na,       na,       na,       na,       na,       na}, sparsity::none,
            32e9, 1.024e12, 350, ""sv, na,
            "Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025) ('Shensuan-1', citing CMB International research)"sv, confidence::low),

        // Broker report via Epoch; Epoch's 18 TB/s bandwidth is a typo for 1.8.
        row("C500 (OAM)"sv, "MetaX"sv, 2023,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,    18e12,   140e12,   280e12,   280e12,       na,       na,       na,   560e12,       na}, sparsity::none,
            64e9, 1.8e12, 450, "MetaXLink (reported)"sv, na,
            "Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025) (MetaX MXC500, citing eastmoney broker report & CSDN)"sv, confidence::low),

        // Card figures per Epoch; memory bandwidth not reliably sourced.
        row("Tiangai 100 (BI-V100)"sv, "Iluvatar CoreX"sv, 2021,
            //        FP64,     FP32,     TF32,     BF16,     FP16,      FP8,      FP6,      FP4,     INT8,     INT4
            peaks{       na,    32e12,       na,       na,   128e12,       na,       na,       na,   256e12,       na}, sparsity::none,
            32e9, na, 250, ""sv, na,
            "Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025) ('Tianshu Zhixin Tiangai 100 (BI-V100)')"sv, confidence::low)
    }};
    // clang-format on
}
} // namespace detail::catalog_rows

namespace catalog {
inline constexpr std::array<accelerator, 40> all = detail::catalog_rows::table();
} // namespace catalog

// One name per entry, referring into catalog::all (tests/static/hardware.cpp checks each index
// against the entry's name).
namespace catalog {
inline constexpr const accelerator& v100_sxm2 = all[0];
inline constexpr const accelerator& a100_sxm = all[1];
inline constexpr const accelerator& a800_sxm = all[2];
inline constexpr const accelerator& h100_sxm = all[3];
inline constexpr const accelerator& h100_pcie = all[4];
inline constexpr const accelerator& h800_sxm = all[5];
inline constexpr const accelerator& h20 = all[6];
inline constexpr const accelerator& h200_sxm = all[7];
inline constexpr const accelerator& b200 = all[8];
inline constexpr const accelerator& b300 = all[9];
inline constexpr const accelerator& gb300 = all[10];
inline constexpr const accelerator& gb200 = all[11];
inline constexpr const accelerator& l40s = all[12];
inline constexpr const accelerator& mi250x = all[13];
inline constexpr const accelerator& mi300x = all[14];
inline constexpr const accelerator& mi325x = all[15];
inline constexpr const accelerator& mi355x = all[16];
inline constexpr const accelerator& tpu_v4 = all[17];
inline constexpr const accelerator& tpu_v5e = all[18];
inline constexpr const accelerator& tpu_v5p = all[19];
inline constexpr const accelerator& tpu_v6e = all[20];
inline constexpr const accelerator& tpu_v7 = all[21];
inline constexpr const accelerator& gaudi2 = all[22];
inline constexpr const accelerator& gaudi3 = all[23];
inline constexpr const accelerator& trainium1 = all[24];
inline constexpr const accelerator& trainium2 = all[25];
inline constexpr const accelerator& trainium3 = all[26];
inline constexpr const accelerator& ascend_910 = all[27];
inline constexpr const accelerator& ascend_910b = all[28];
inline constexpr const accelerator& ascend_910c = all[29];
inline constexpr const accelerator& ascend_950pr = all[30];
inline constexpr const accelerator& ascend_950dt = all[31];
inline constexpr const accelerator& mlu370_x8 = all[32];
inline constexpr const accelerator& mtt_s4000 = all[33];
inline constexpr const accelerator& mtt_s5000 = all[34];
inline constexpr const accelerator& br100 = all[35];
inline constexpr const accelerator& br104 = all[36];
inline constexpr const accelerator& dcu_z100 = all[37];
inline constexpr const accelerator& metax_c500 = all[38];
inline constexpr const accelerator& tiangai_100 = all[39];
} // namespace catalog

} // namespace flopscale
