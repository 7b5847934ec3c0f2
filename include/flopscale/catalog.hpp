// flopscale/catalog.hpp — the accelerators of the reference table, one constexpr entry each.
//
// Figures are dense peaks per chip (per GPU for GB200/GB300, per package for MI250X), copied from
// the sources each entry names; see accelerator.hpp for the conventions. FP64/FP32 are the
// non-tensor (vector) rates. Memory is the vendor-quoted capacity read as decimal GB. Each entry's
// `source` is its citation; the comment above it says what needs saying about the figures.
// Figures are written as floating literals (125.0_TFLOPS): every distinct integer literal
// instantiates a template for its overflow check, which a table of hundreds of figures would make
// every translation unit pay for.
// Chips without sourced numbers (Cambricon MLU590/MLU690, Hygon K100) are deliberately absent.
#pragma once

#include "flopscale/accelerator.hpp"

#include <array>

namespace flopscale {
namespace detail::catalog_entries {
using namespace flopscale::literals;

// clang-format off
// Volta: FP16 tensor cores only, no 2:4 sparsity; FP64/FP32 are the non-tensor rates.
inline constexpr accelerator v100_sxm2 =
    accelerator{"V100 SXM2 32GB", "NVIDIA", 2017}
        .with_peak(precision::fp64, 7.8_TFLOPS)
        .with_peak(precision::fp32, 15.7_TFLOPS)
        .with_peak(precision::fp16, 125.0_TFLOPS)
        .with_memory(32.0_GB)
        .with_memory_bandwidth(0.9_TBps)
        .with_tdp(300.0_W)
        .with_interconnect("NVLink 2.0 300 GB/s (6 links); PCIe Gen3", 300.0_GBps)
        .with_source("NVIDIA Tesla V100 datasheet (images.nvidia.com .../volta-v100-datasheet-update-us-1165301-r5.pdf); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// Datasheet figures are sparse (TF32 312, BF16/FP16 624, INT8 1248); dense is half.
inline constexpr accelerator a100_sxm =
    accelerator{"A100 SXM4 80GB", "NVIDIA", 2020}
        .with_peak(precision::fp64, 9.7_TFLOPS)
        .with_peak(precision::fp32, 19.5_TFLOPS)
        .with_peak(precision::tf32, 156.0_TFLOPS)
        .with_peak(precision::bf16, 312.0_TFLOPS)
        .with_peak(precision::fp16, 312.0_TFLOPS)
        .with_peak(precision::int8, 624.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(80.0_GB)
        .with_memory_bandwidth(2.039_TBps)
        .with_tdp(400.0_W)
        .with_interconnect("NVLink 3.0 600 GB/s (12 links); PCIe Gen4 64 GB/s", 600.0_GBps)
        .with_source("NVIDIA A100 datasheet (nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf)", confidence::high);

// China export variant of the A100: same silicon and rates, NVLink cut to 400 GB/s.
inline constexpr accelerator a800_sxm =
    accelerator{"A800 SXM4 80GB", "NVIDIA", 2022}
        .with_peak(precision::fp64, 9.7_TFLOPS)
        .with_peak(precision::fp32, 19.5_TFLOPS)
        .with_peak(precision::tf32, 156.0_TFLOPS)
        .with_peak(precision::bf16, 312.0_TFLOPS)
        .with_peak(precision::fp16, 312.0_TFLOPS)
        .with_peak(precision::int8, 624.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(80.0_GB)
        .with_memory_bandwidth(2.039_TBps)
        .with_tdp(400.0_W)
        .with_interconnect("NVLink 400 GB/s; PCIe Gen4", 400.0_GBps)
        .with_source("NVIDIA A800 product spec as listed by TechPowerUp (a800-sxm4-80-gb.c3966); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::medium);

// The H100-equivalent reference. Datasheet: sparse BF16 1,979, FP8/INT8 3,958 TFLOPS. Dense
// 16-bit is 989.4 (132 SMs at 1.83 GHz), Epoch AI's FP16 H100e constant; dense 8-bit is the
// datasheet's half, 1,979, Epoch's 8-bit constant, so an H100 is exactly one H100e on both bases.
inline constexpr accelerator h100_sxm =
    accelerator{"H100 SXM5 80GB", "NVIDIA", 2022}
        .with_peak(precision::fp64, 34.0_TFLOPS)
        .with_peak(precision::fp32, 67.0_TFLOPS)
        .with_peak(precision::tf32, 494.7_TFLOPS)
        .with_peak(precision::bf16, 989.4_TFLOPS)
        .with_peak(precision::fp16, 989.4_TFLOPS)
        .with_peak(precision::fp8, 1979.0_TFLOPS)
        .with_peak(precision::int8, 1979.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(80.0_GB)
        .with_memory_bandwidth(3.35_TBps)
        .with_tdp(700.0_W)
        .with_interconnect("NVLink 4.0 900 GB/s (18 links); PCIe Gen5 128 GB/s", 900.0_GBps)
        .with_source("NVIDIA H100 Tensor Core GPU datasheet; NVIDIA Hopper architecture whitepaper", confidence::high);

// Datasheet sparse BF16/FP16 1,513, FP8/INT8 3,026; dense is half. TDP 300-350 W.
inline constexpr accelerator h100_pcie =
    accelerator{"H100 PCIe 80GB", "NVIDIA", 2022}
        .with_peak(precision::fp64, 25.6_TFLOPS)
        .with_peak(precision::fp32, 51.2_TFLOPS)
        .with_peak(precision::tf32, 378.0_TFLOPS)
        .with_peak(precision::bf16, 756.0_TFLOPS)
        .with_peak(precision::fp16, 756.0_TFLOPS)
        .with_peak(precision::fp8, 1513.0_TFLOPS)
        .with_peak(precision::int8, 1513.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(80.0_GB)
        .with_memory_bandwidth(2.0_TBps)
        .with_tdp(350.0_W)
        .with_interconnect("NVLink bridge 600 GB/s (2-4 GPUs); PCIe Gen5 128 GB/s", 600.0_GBps)
        .with_source("NVIDIA H100 Tensor Core GPU datasheet (PCIe column); TechPowerUp h100-pcie.c3899", confidence::high);

// China export variant of the H100 SXM. FP64 is disputed: ~1 TF per NVIDIA's China datasheet
// as reported, 33.5 per TechPowerUp; the former is kept.
inline constexpr accelerator h800_sxm =
    accelerator{"H800 SXM5 80GB", "NVIDIA", 2023}
        .with_peak(precision::fp64, 1.0_TFLOPS)
        .with_peak(precision::fp32, 67.0_TFLOPS)
        .with_peak(precision::tf32, 494.7_TFLOPS)
        .with_peak(precision::bf16, 989.4_TFLOPS)
        .with_peak(precision::fp16, 989.4_TFLOPS)
        .with_peak(precision::fp8, 1979.0_TFLOPS)
        .with_peak(precision::int8, 1979.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(80.0_GB)
        .with_memory_bandwidth(3.35_TBps)
        .with_tdp(700.0_W)
        .with_interconnect("NVLink 400 GB/s; PCIe Gen5 128 GB/s", 400.0_GBps)
        .with_source("NVIDIA H800 datasheet (China site) as reported by press; TechPowerUp h800-sxm5.c3975; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::medium);

// China export variant; no public NVIDIA datasheet, OEM figures agree with each other.
inline constexpr accelerator h20 =
    accelerator{"H20 (HGX)", "NVIDIA", 2024}
        .with_peak(precision::fp64, 1.0_TFLOPS)
        .with_peak(precision::fp32, 44.0_TFLOPS)
        .with_peak(precision::tf32, 74.0_TFLOPS)
        .with_peak(precision::bf16, 148.0_TFLOPS)
        .with_peak(precision::fp16, 148.0_TFLOPS)
        .with_peak(precision::fp8, 296.0_TFLOPS)
        .with_peak(precision::int8, 296.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(96.0_GB)
        .with_memory_bandwidth(4.0_TBps)
        .with_tdp(400.0_W)
        .with_interconnect("NVLink 900 GB/s; PCIe Gen5 128 GB/s", 900.0_GBps)
        .with_source("OEM/reseller HGX H20 spec (e.g. viperatech.com/shop/nvidia-hgx-h20); TechPowerUp news 318595; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::medium);

// H100 SXM compute with HBM3e; FP8/INT8 as the H100's (datasheet sparse 3,958, dense half).
inline constexpr accelerator h200_sxm =
    accelerator{"H200 SXM 141GB", "NVIDIA", 2024}
        .with_peak(precision::fp64, 34.0_TFLOPS)
        .with_peak(precision::fp32, 67.0_TFLOPS)
        .with_peak(precision::tf32, 494.7_TFLOPS)
        .with_peak(precision::bf16, 989.4_TFLOPS)
        .with_peak(precision::fp16, 989.4_TFLOPS)
        .with_peak(precision::fp8, 1979.0_TFLOPS)
        .with_peak(precision::int8, 1979.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(141.0_GB)
        .with_memory_bandwidth(4.8_TBps)
        .with_tdp(700.0_W)
        .with_interconnect("NVLink 4.0 900 GB/s; PCIe Gen5 128 GB/s", 900.0_GBps)
        .with_source("NVIDIA H200 Tensor Core GPU datasheet (SC23, nvdam.widen.net .../hpc-datasheet-sc23-h200-datasheet-3002446)", confidence::high);

// HGX B200 per-GPU column (1,000 W). Sparse FP4 18 PF, FP8/FP6 9 PF; dense is half. FP6 runs
// at the FP8 rate. Epoch's H100e code counts it at the GB200 rate (5,000 TOPS).
inline constexpr accelerator b200 =
    accelerator{"B200 (HGX, per GPU)", "NVIDIA", 2024}
        .with_peak(precision::fp64, 37.0_TFLOPS)
        .with_peak(precision::fp32, 75.0_TFLOPS)
        .with_peak(precision::tf32, 1100.0_TFLOPS)
        .with_peak(precision::bf16, 2250.0_TFLOPS)
        .with_peak(precision::fp16, 2250.0_TFLOPS)
        .with_peak(precision::fp8, 4500.0_TFLOPS)
        .with_peak(precision::fp4, 9000.0_TFLOPS)
        .with_peak(precision::int8, 4500.0_TOPS)
        .with_peak(precision::fp6, 4500.0_TFLOPS)
        .with_2to4_sparsity()
        .with_memory(180.0_GB)
        .with_memory_bandwidth(7.7_TBps)
        .with_tdp(1000.0_W)
        .with_interconnect("NVLink 5 1.8 TB/s; PCIe Gen5 128 GB/s", 1800.0_GBps)
        .with_source("NVIDIA HGX B200 / Blackwell datasheet (per-GPU column); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// Blackwell Ultra per GPU. HGX B300: 144 PF FP4 sparse per 8 GPUs; INT8 and FP64 cut back.
// NVIDIA documents round the dense FP4 figure between 13.5 and 15 PF.
inline constexpr accelerator b300 =
    accelerator{"B300 (HGX, Blackwell Ultra, per GPU)", "NVIDIA", 2025}
        .with_peak(precision::fp64, 1.25_TFLOPS)
        .with_peak(precision::fp32, 75.0_TFLOPS)
        .with_peak(precision::tf32, 1100.0_TFLOPS)
        .with_peak(precision::bf16, 2250.0_TFLOPS)
        .with_peak(precision::fp16, 2250.0_TFLOPS)
        .with_peak(precision::fp8, 4500.0_TFLOPS)
        .with_peak(precision::fp4, 13500.0_TFLOPS)
        .with_peak(precision::int8, 150.0_TOPS)
        .with_peak(precision::fp6, 4500.0_TFLOPS)
        .with_2to4_sparsity()
        .with_memory(288.0_GB)
        .with_memory_bandwidth(7.7_TBps)
        .with_tdp(1100.0_W)
        .with_interconnect("NVLink 5 1.8 TB/s; PCIe Gen6; ConnectX-8 800 Gb/s per GPU", 1800.0_GBps)
        .with_source("NVIDIA HGX B300 / Blackwell Ultra datasheet; NVIDIA 'Inside Blackwell Ultra' tech blog; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::medium);

// Per GPU (a GB300 superchip holds two). NVL72 rack: 1,440 PF FP4 sparse, ~1,080 dense.
inline constexpr accelerator gb300 =
    accelerator{"GB300 (NVL72, per GPU)", "NVIDIA", 2025}
        .with_peak(precision::fp64, 1.3_TFLOPS)
        .with_peak(precision::fp32, 80.0_TFLOPS)
        .with_peak(precision::tf32, 1250.0_TFLOPS)
        .with_peak(precision::bf16, 2500.0_TFLOPS)
        .with_peak(precision::fp16, 2500.0_TFLOPS)
        .with_peak(precision::fp8, 5000.0_TFLOPS)
        .with_peak(precision::fp4, 15000.0_TFLOPS)
        .with_peak(precision::int8, 165.0_TOPS)
        .with_peak(precision::fp6, 5000.0_TFLOPS)
        .with_2to4_sparsity()
        .with_memory(288.0_GB)
        .with_memory_bandwidth(8.0_TBps)
        .with_tdp(1400.0_W)
        .with_interconnect("NVLink 5 1.8 TB/s; 72-GPU NVLink domain (130 TB/s per rack)", 1800.0_GBps)
        .with_source("NVIDIA GB300 NVL72 product page & Blackwell Ultra datasheet; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// Per GPU at 1,200 W (a GB200 superchip holds two). Sparse FP4 20 PF, FP8/FP6 10 PF.
inline constexpr accelerator gb200 =
    accelerator{"GB200 (NVL72, per GPU)", "NVIDIA", 2025}
        .with_peak(precision::fp64, 40.0_TFLOPS)
        .with_peak(precision::fp32, 80.0_TFLOPS)
        .with_peak(precision::tf32, 1250.0_TFLOPS)
        .with_peak(precision::bf16, 2500.0_TFLOPS)
        .with_peak(precision::fp16, 2500.0_TFLOPS)
        .with_peak(precision::fp8, 5000.0_TFLOPS)
        .with_peak(precision::fp4, 10000.0_TFLOPS)
        .with_peak(precision::int8, 5000.0_TOPS)
        .with_peak(precision::fp6, 5000.0_TFLOPS)
        .with_2to4_sparsity()
        .with_memory(186.0_GB)
        .with_memory_bandwidth(8.0_TBps)
        .with_tdp(1200.0_W)
        .with_interconnect("NVLink 5 1.8 TB/s; 72-GPU NVLink domain (130 TB/s per rack)", 1800.0_GBps)
        .with_source("NVIDIA Blackwell datasheet (GB200 NVL72 column); NVIDIA GB200 NVL72 product page; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// Datasheet sparse BF16/FP16 733, FP8/INT8 1,466; FP64 (1/64 rate) from TechPowerUp.
inline constexpr accelerator l40s =
    accelerator{"L40S", "NVIDIA", 2023}
        .with_peak(precision::fp64, 1.4_TFLOPS)
        .with_peak(precision::fp32, 91.6_TFLOPS)
        .with_peak(precision::tf32, 183.0_TFLOPS)
        .with_peak(precision::bf16, 362.0_TFLOPS)
        .with_peak(precision::fp16, 362.0_TFLOPS)
        .with_peak(precision::fp8, 733.0_TFLOPS)
        .with_peak(precision::int8, 733.0_TOPS)
        .with_2to4_sparsity()
        .with_memory(48.0_GB)
        .with_memory_bandwidth(0.864_TBps)
        .with_tdp(350.0_W)
        .with_interconnect("PCIe Gen4 x16 64 GB/s (no NVLink)", 64.0_GBps)
        .with_source("NVIDIA L40S datasheet; TechPowerUp (FP64)", confidence::high);

// One package, two GCDs. No structured sparsity on CDNA2; FP64/FP32 matrix rate 95.7 TF.
inline constexpr accelerator mi250x =
    accelerator{"Instinct MI250X", "AMD", 2021}
        .with_peak(precision::fp64, 47.9_TFLOPS)
        .with_peak(precision::fp32, 47.9_TFLOPS)
        .with_peak(precision::bf16, 383.0_TFLOPS)
        .with_peak(precision::fp16, 383.0_TFLOPS)
        .with_peak(precision::int8, 383.0_TOPS)
        .with_memory(128.0_GB)
        .with_memory_bandwidth(3.2768_TBps)
        .with_tdp(500.0_W)
        .with_interconnect("Infinity Fabric, 8 links, up to 800 GB/s; PCIe Gen4", 800.0_GBps)
        .with_source("AMD Instinct MI250X product page/datasheet; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// Data sheet sparse FP16/BF16 2,614.9, FP8/INT8 5,229.8; dense is half (ROCm docs agree).
inline constexpr accelerator mi300x =
    accelerator{"Instinct MI300X", "AMD", 2023}
        .with_peak(precision::fp64, 81.7_TFLOPS)
        .with_peak(precision::fp32, 163.4_TFLOPS)
        .with_peak(precision::tf32, 653.7_TFLOPS)
        .with_peak(precision::bf16, 1307.4_TFLOPS)
        .with_peak(precision::fp16, 1307.4_TFLOPS)
        .with_peak(precision::fp8, 2614.9_TFLOPS)
        .with_peak(precision::int8, 2614.9_TOPS)
        .with_2to4_sparsity()
        .with_memory(192.0_GB)
        .with_memory_bandwidth(5.3_TBps)
        .with_tdp(750.0_W)
        .with_interconnect("Infinity Fabric 7 links x 128 GB/s = 896 GB/s; PCIe Gen5", 896.0_GBps)
        .with_source("AMD Instinct MI300X data sheet (amd.com .../amd-instinct-mi300x-data-sheet.pdf)", confidence::high);

// MI300X compute with HBM3E.
inline constexpr accelerator mi325x =
    accelerator{"Instinct MI325X", "AMD", 2024}
        .with_peak(precision::fp64, 81.7_TFLOPS)
        .with_peak(precision::fp32, 163.4_TFLOPS)
        .with_peak(precision::tf32, 653.7_TFLOPS)
        .with_peak(precision::bf16, 1307.4_TFLOPS)
        .with_peak(precision::fp16, 1307.4_TFLOPS)
        .with_peak(precision::fp8, 2614.9_TFLOPS)
        .with_peak(precision::int8, 2614.9_TOPS)
        .with_2to4_sparsity()
        .with_memory(256.0_GB)
        .with_memory_bandwidth(6.0_TBps)
        .with_tdp(1000.0_W)
        .with_interconnect("Infinity Fabric 896 GB/s; PCIe Gen5", 896.0_GBps)
        .with_source("AMD Instinct MI325X product page; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// Sparse FP16/BF16 ~5.0 PF, FP8 ~10.1 PF, MXFP6/MXFP4 ~20.1 PF; MXFP6 runs at the FP4 rate.
inline constexpr accelerator mi355x =
    accelerator{"Instinct MI355X", "AMD", 2025}
        .with_peak(precision::fp64, 78.6_TFLOPS)
        .with_peak(precision::fp32, 157.3_TFLOPS)
        .with_peak(precision::bf16, 2516.6_TFLOPS)
        .with_peak(precision::fp16, 2516.6_TFLOPS)
        .with_peak(precision::fp8, 5033.2_TFLOPS)
        .with_peak(precision::fp4, 10066.3_TFLOPS)
        .with_peak(precision::int8, 5033.2_TOPS)
        .with_peak(precision::fp6, 10066.3_TFLOPS)
        .with_2to4_sparsity()
        .with_memory(288.0_GB)
        .with_memory_bandwidth(8.0_TBps)
        .with_tdp(1400.0_W)
        .with_interconnect("4th-gen Infinity Fabric (8-GPU OAM platform); PCIe Gen5")
        .with_source("AMD Instinct MI355X product brief; Tom's Hardware 'AMD's Instinct MI355X ... 1,400 watts' (ISC 2025); ISSCC 2026 coverage (5 PF FP8)", confidence::high);

// BF16 and INT8 at one rate, no sparsity. TDP = Google's measured maximum (192 W); Epoch
// assumes ~340 W.
inline constexpr accelerator tpu_v4 =
    accelerator{"TPU v4", "Google", 2021}
        .with_peak(precision::bf16, 275.0_TFLOPS)
        .with_peak(precision::int8, 275.0_TOPS)
        .with_memory(32.0_GB)
        .with_memory_bandwidth(1.2_TBps)
        .with_tdp(192.0_W)
        .with_interconnect("ICI 3D torus, 4,096-chip pod, optical circuit switches")
        .with_source("Google Cloud TPU v4 docs (docs.cloud.google.com/tpu/docs/v4); TPU v4 paper (ISCA 2023)", confidence::high);

// Google publishes no TDP (Epoch assumes ~225 W).
inline constexpr accelerator tpu_v5e =
    accelerator{"TPU v5e", "Google", 2023}
        .with_peak(precision::bf16, 197.0_TFLOPS)
        .with_peak(precision::int8, 393.0_TOPS)
        .with_memory(16.0_GB)
        .with_memory_bandwidth(0.819_TBps)
        .with_interconnect("ICI 400 GB/s bidirectional per chip (4 ports, 1600 Gbps); 2D torus, 256-chip pod", 400.0_GBps)
        .with_source("Google Cloud TPU v5e docs (docs.cloud.google.com/tpu/docs/v5e)", confidence::high);

// FP8 = BF16 rate. 95 GiB usable of 96. No published TDP (Epoch derives ~540 W).
inline constexpr accelerator tpu_v5p =
    accelerator{"TPU v5p", "Google", 2023}
        .with_peak(precision::bf16, 459.0_TFLOPS)
        .with_peak(precision::fp8, 459.0_TFLOPS)
        .with_peak(precision::int8, 918.0_TOPS)
        .with_memory(95.0_GB)
        .with_memory_bandwidth(2.765_TBps)
        .with_interconnect("ICI 1,200 GB/s bidirectional per chip (4,800 Gbps); 3D torus, 8,960-chip pod; DCN 50 Gbps/chip", 1200.0_GBps)
        .with_source("Google Cloud TPU v5p docs (docs.cloud.google.com/tpu/docs/v5p); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// FP8 = BF16 rate. No published TDP (Epoch derives ~380 W).
inline constexpr accelerator tpu_v6e =
    accelerator{"TPU v6e (Trillium)", "Google", 2024}
        .with_peak(precision::bf16, 918.0_TFLOPS)
        .with_peak(precision::fp8, 918.0_TFLOPS)
        .with_peak(precision::int8, 1836.0_TOPS)
        .with_memory(32.0_GB)
        .with_memory_bandwidth(1.638_TBps)
        .with_interconnect("ICI 800 GB/s bidirectional per chip (4 ports); 2D torus, 256-chip pod", 800.0_GBps)
        .with_source("Google Cloud TPU v6e docs (docs.cloud.google.com/tpu/docs/v6e); TPU7x docs comparison table", confidence::high);

// Pod: 9,216 chips, 42.5 EF FP8. INT8 and TDP unpublished (Epoch derives ~960 W).
inline constexpr accelerator tpu_v7 =
    accelerator{"TPU v7 Ironwood (TPU7x)", "Google", 2025}
        .with_peak(precision::bf16, 2307.0_TFLOPS)
        .with_peak(precision::fp8, 4614.0_TFLOPS)
        .with_memory(192.0_GB)
        .with_memory_bandwidth(7.37_TBps)
        .with_interconnect("ICI 1.2 TB/s bidirectional per chip; 3D torus + OCS, 9,216-chip pod", 1200.0_GBps)
        .with_source("Google Cloud TPU7x docs (docs.cloud.google.com/tpu/docs/tpu7x); Google blog 'Ironwood: the first TPU for the age of inference' (Apr 2025); Hot Chips 2025", confidence::high);

// Matrix-engine peaks; no sparsity claims.
inline constexpr accelerator gaudi2 =
    accelerator{"Gaudi 2", "Intel", 2022}
        .with_peak(precision::bf16, 432.0_TFLOPS)
        .with_peak(precision::fp8, 865.0_TFLOPS)
        .with_memory(96.0_GB)
        .with_memory_bandwidth(2.46_TBps)
        .with_tdp(600.0_W)
        .with_interconnect("24x 100 GbE RoCE on-die (4.8 Tb/s bidirectional); PCIe Gen4", 600.0_GBps)
        .with_source("Intel, Hot Chips 2024 'Intel Gaudi 3 AI Accelerator' (Gaudi generations table); Intel Gaudi 2 launch materials", confidence::high);

// FP8 matrix = BF16 matrix rate. 900 W air-cooled OAM (1,200 W liquid).
inline constexpr accelerator gaudi3 =
    accelerator{"Gaudi 3 (HL-325L OAM)", "Intel", 2024}
        .with_peak(precision::bf16, 1835.0_TFLOPS)
        .with_peak(precision::fp8, 1835.0_TFLOPS)
        .with_memory(128.0_GB)
        .with_memory_bandwidth(3.67_TBps)
        .with_tdp(900.0_W)
        .with_interconnect("24x 200 GbE RoCE on-die (1.2 TB/s bidirectional); PCIe Gen5 x16", 1200.0_GBps)
        .with_source("Intel, Hot Chips 2024 'Intel Gaudi 3 AI Accelerator' (R. Kaplan); Intel Gaudi 3 white paper", confidence::high);

// cFP8 at the BF16 rate. AWS publishes no TDP (Epoch assumes ~300 W).
inline constexpr accelerator trainium1 =
    accelerator{"Trainium (Trn1)", "AWS", 2022}
        .with_peak(precision::fp32, 47.5_TFLOPS)
        .with_peak(precision::tf32, 190.0_TFLOPS)
        .with_peak(precision::bf16, 190.0_TFLOPS)
        .with_peak(precision::fp16, 190.0_TFLOPS)
        .with_peak(precision::fp8, 190.0_TFLOPS)
        .with_peak(precision::int8, 380.0_TOPS)
        .with_memory(32.0_GB)
        .with_memory_bandwidth(0.82_TBps)
        .with_interconnect("NeuronLink-v2 (4 links/chip; 2D torus in trn1.32xlarge)")
        .with_source("AWS Neuron docs: 'Trainium Architecture' (awsdocs-neuron.readthedocs-hosted.com)", confidence::high);

// Sparse 2,563 TFLOPS for FP8/FP16/BF16/TF32 (not a 2x rule). No published TDP.
inline constexpr accelerator trainium2 =
    accelerator{"Trainium2", "AWS", 2024}
        .with_peak(precision::fp32, 181.0_TFLOPS)
        .with_peak(precision::tf32, 667.0_TFLOPS)
        .with_peak(precision::bf16, 667.0_TFLOPS)
        .with_peak(precision::fp16, 667.0_TFLOPS)
        .with_peak(precision::fp8, 1299.0_TFLOPS)
        .with_memory(96.0_GB)
        .with_memory_bandwidth(2.9_TBps)
        .with_interconnect("4x NeuronLink-v3 (Trn2 UltraServer, 64 chips)")
        .with_sparse_peak(precision::tf32, 2563.0_TFLOPS)
        .with_sparse_peak(precision::bf16, 2563.0_TFLOPS)
        .with_sparse_peak(precision::fp16, 2563.0_TFLOPS)
        .with_sparse_peak(precision::fp8, 2563.0_TFLOPS)
        .with_source("AWS Neuron docs: 'Trainium2 Architecture'", confidence::high);

// MXFP8/MXFP4 2,517; sparse FP16/BF16/TF32 2,517. No published TDP.
inline constexpr accelerator trainium3 =
    accelerator{"Trainium3", "AWS", 2025}
        .with_peak(precision::fp32, 183.0_TFLOPS)
        .with_peak(precision::tf32, 671.0_TFLOPS)
        .with_peak(precision::bf16, 671.0_TFLOPS)
        .with_peak(precision::fp16, 671.0_TFLOPS)
        .with_peak(precision::fp8, 2517.0_TFLOPS)
        .with_peak(precision::fp4, 2517.0_TFLOPS)
        .with_memory(144.0_GB)
        .with_memory_bandwidth(4.9_TBps)
        .with_interconnect("NeuronLink-v4 2.56 TB/s per device", 2560.0_GBps)
        .with_sparse_peak(precision::tf32, 2517.0_TFLOPS)
        .with_sparse_peak(precision::bf16, 2517.0_TFLOPS)
        .with_sparse_peak(precision::fp16, 2517.0_TFLOPS)
        .with_source("AWS Neuron docs: 'Trainium3 Architecture' (Dec 2025)", confidence::high);

// Shipping part at 310 W. Hot Chips 31's design maximum (320 TF FP16 / 640 TOPS INT8) is
// the source of the "A100-class" claim; see equivalents.hpp.
inline constexpr accelerator ascend_910 =
    accelerator{"Ascend 910 (2019)", "Huawei", 2019}
        .with_peak(precision::fp16, 256.0_TFLOPS)
        .with_peak(precision::int8, 512.0_TOPS)
        .with_memory(32.0_GB)
        .with_memory_bandwidth(1.2_TBps)
        .with_tdp(310.0_W)
        .with_interconnect("HCCS 3x 240 Gbps + 2x 100G RoCE; PCIe 4.0 x16")
        .with_source("Huawei press release 'Huawei launches Ascend 910' (Aug 2019); Hot Chips 31 HC31_1.11_Huawei.Davinci slides; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::high);

// 910B2 SKU; other SKUs range 280-400 TF FP16. Dense vs sparse not stated.
inline constexpr accelerator ascend_910b =
    accelerator{"Ascend 910B (910B2 SKU)", "Huawei", 2023}
        .with_peak(precision::fp16, 376.0_TFLOPS)
        .with_memory(64.0_GB)
        .with_memory_bandwidth(1.6_TBps)
        .with_tdp(400.0_W)
        .with_interconnect("HCCS ~392 GB/s (7x 56 GB/s), 8-chip Atlas 800T A2", 392.0_GBps)
        .with_source("CSET 'Pushing the Limits: Huawei's AI Chip Tests U.S. Export Controls' (SKU table); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025); TrendForce", confidence::low);

// Analyst estimate (two 910B-class dies), no Huawei datasheet.
inline constexpr accelerator ascend_910c =
    accelerator{"Ascend 910C", "Huawei", 2025}
        .with_peak(precision::bf16, 800.0_TFLOPS)
        .with_peak(precision::fp16, 800.0_TFLOPS)
        .with_memory(128.0_GB)
        .with_memory_bandwidth(3.2_TBps)
        .with_interconnect("Huawei UB/HCCS; ~800 GB/s per chip implied by Huawei ('950 = 2 TB/s = 2.5x 910C'); CloudMatrix 384 all-to-all optical", 800.0_GBps)
        .with_source("SemiAnalysis 'Huawei AI CloudMatrix 384'; TrendForce (Mar 2025); Huawei Connect 2025 keynote; Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::low);

// Roadmap figures (Huawei Connect 2025); dense vs sparse not stated.
inline constexpr accelerator ascend_950pr =
    accelerator{"Ascend 950PR", "Huawei", 2026}
        .with_peak(precision::fp8, 1000.0_TFLOPS)
        .with_peak(precision::fp4, 2000.0_TFLOPS)
        .with_memory(128.0_GB)
        .with_memory_bandwidth(1.6_TBps)
        .with_interconnect("2 TB/s (Huawei UB)", 2000.0_GBps)
        .with_source("Huawei Connect 2025 keynote, Eric Xu (huawei.com/en/news/2025/9/hc-xu-keynote-speech); press coverage", confidence::announced);

// Roadmap figures (Huawei Connect 2025); Atlas 950 SuperPoD = 8,192 chips, 8 EF FP8.
inline constexpr accelerator ascend_950dt =
    accelerator{"Ascend 950DT", "Huawei", 2026}
        .with_peak(precision::fp8, 1000.0_TFLOPS)
        .with_peak(precision::fp4, 2000.0_TFLOPS)
        .with_memory(144.0_GB)
        .with_memory_bandwidth(4.0_TBps)
        .with_interconnect("2 TB/s (Huawei UB)", 2000.0_GBps)
        .with_source("Huawei Connect 2025 keynote, Eric Xu; press coverage", confidence::announced);

// Dual-chiplet card; dense vs sparse not stated.
inline constexpr accelerator mlu370_x8 =
    accelerator{"MLU370-X8", "Cambricon", 2022}
        .with_peak(precision::fp32, 24.0_TFLOPS)
        .with_peak(precision::fp16, 96.0_TFLOPS)
        .with_peak(precision::int8, 256.0_TOPS)
        .with_memory(48.0_GB)
        .with_memory_bandwidth(0.6144_TBps)
        .with_tdp(250.0_W)
        .with_interconnect("MLU-Link (reported ~200 GB/s per card); PCIe Gen4", 200.0_GBps)
        .with_source("Cambricon MLU370-X8 product page (archived: archive.ph/5cIeg) via Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::medium);

// Vendor figures; sparsity not stated.
inline constexpr accelerator mtt_s4000 =
    accelerator{"MTT S4000", "Moore Threads", 2023}
        .with_peak(precision::fp32, 25.0_TFLOPS)
        .with_peak(precision::tf32, 50.0_TFLOPS)
        .with_peak(precision::bf16, 100.0_TFLOPS)
        .with_peak(precision::fp16, 100.0_TFLOPS)
        .with_peak(precision::int8, 200.0_TOPS)
        .with_memory(48.0_GB)
        .with_memory_bandwidth(0.768_TBps)
        .with_tdp(450.0_W)
        .with_interconnect("MTLink 1.0 240 GB/s; PCIe Gen5", 240.0_GBps)
        .with_source("Moore Threads MTT S4000 product page (en.mthreads.com/product/S4000); Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025)", confidence::medium);

// Partial disclosure (liquid-cooled figure); dense vs sparse not stated.
inline constexpr accelerator mtt_s5000 =
    accelerator{"MTT S5000", "Moore Threads", 2025}
        .with_peak(precision::fp8, 1000.0_TFLOPS)
        .with_memory(80.0_GB)
        .with_memory_bandwidth(1.6_TBps)
        .with_interconnect("~784 GB/s card-to-card (MTLink)", 784.0_GBps)
        .with_source("Moore Threads disclosure (Feb 2026) as reported by press (MyDrivers/Kuai Keji, ldeepai, rutab)", confidence::low);

// Hot Chips 34 claims; TF32 is Biren's non-standard 'TF32+'; dense vs sparse not stated.
inline constexpr accelerator br100 =
    accelerator{"BR100", "Biren", 2022}
        .with_peak(precision::fp32, 256.0_TFLOPS)
        .with_peak(precision::tf32, 512.0_TFLOPS)
        .with_peak(precision::bf16, 1024.0_TFLOPS)
        .with_peak(precision::int8, 2048.0_TOPS)
        .with_memory(64.0_GB)
        .with_memory_bandwidth(1.64_TBps)
        .with_tdp(550.0_W)
        .with_interconnect("BLink (8 lanes, up to ~2.3 TB/s aggregate per TechPowerUp); PCIe Gen5/CXL", 2300.0_GBps)
        .with_source("Biren Hot Chips 34 (HC2022.BirenTech.MikeHong.LingjieXu); Tom's Hardware (Aug 2022); TechPowerUp", confidence::medium);

// Half a BR100 on a 300 W PCIe card.
inline constexpr accelerator br104 =
    accelerator{"BR104", "Biren", 2022}
        .with_peak(precision::fp32, 128.0_TFLOPS)
        .with_peak(precision::tf32, 256.0_TFLOPS)
        .with_peak(precision::bf16, 512.0_TFLOPS)
        .with_peak(precision::int8, 1024.0_TOPS)
        .with_memory(32.0_GB)
        .with_memory_bandwidth(0.819_TBps)
        .with_tdp(300.0_W)
        .with_interconnect("PCIe Gen5 (BLink)")
        .with_source("Tom's Hardware 'Chinese Biren's New GPUs...' (Aug 2022) citing Biren", confidence::medium);

// No tensor peak comparable with the others (Epoch's 24.5 TF is a vector figure).
inline constexpr accelerator dcu_z100 =
    accelerator{"DCU Z100 ('Shensuan-1')", "Hygon", 2021}
        .with_memory(32.0_GB)
        .with_memory_bandwidth(1.024_TBps)
        .with_tdp(350.0_W)
        .with_source("Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025) ('Shensuan-1', citing CMB International research)", confidence::low);

// Broker report via Epoch; Epoch's 18 TB/s bandwidth is a typo for 1.8.
inline constexpr accelerator metax_c500 =
    accelerator{"C500 (OAM)", "MetaX", 2023}
        .with_peak(precision::fp32, 18.0_TFLOPS)
        .with_peak(precision::tf32, 140.0_TFLOPS)
        .with_peak(precision::bf16, 280.0_TFLOPS)
        .with_peak(precision::fp16, 280.0_TFLOPS)
        .with_peak(precision::int8, 560.0_TOPS)
        .with_memory(64.0_GB)
        .with_memory_bandwidth(1.8_TBps)
        .with_tdp(450.0_W)
        .with_interconnect("MetaXLink (reported)")
        .with_source("Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025) (MetaX MXC500, citing eastmoney broker report & CSDN)", confidence::low);

// Card figures per Epoch; memory bandwidth not reliably sourced.
inline constexpr accelerator tiangai_100 =
    accelerator{"Tiangai 100 (BI-V100)", "Iluvatar CoreX", 2021}
        .with_peak(precision::fp32, 32.0_TFLOPS)
        .with_peak(precision::fp16, 128.0_TFLOPS)
        .with_peak(precision::int8, 256.0_TOPS)
        .with_memory(32.0_GB)
        .with_tdp(250.0_W)
        .with_source("Epoch AI 'Data on Machine Learning Hardware' (CC-BY; snapshot Dec 2025) ('Tianshu Zhixin Tiangai 100 (BI-V100)')", confidence::low);

// clang-format on
} // namespace detail::catalog_entries

namespace catalog {
// Every entry, NVIDIA, AMD, Google, Intel, AWS, then the Chinese vendors.
inline constexpr std::array<accelerator, 40> all{{
    detail::catalog_entries::v100_sxm2,    detail::catalog_entries::a100_sxm,
    detail::catalog_entries::a800_sxm,     detail::catalog_entries::h100_sxm,
    detail::catalog_entries::h100_pcie,    detail::catalog_entries::h800_sxm,
    detail::catalog_entries::h20,          detail::catalog_entries::h200_sxm,
    detail::catalog_entries::b200,         detail::catalog_entries::b300,
    detail::catalog_entries::gb300,        detail::catalog_entries::gb200,
    detail::catalog_entries::l40s,         detail::catalog_entries::mi250x,
    detail::catalog_entries::mi300x,       detail::catalog_entries::mi325x,
    detail::catalog_entries::mi355x,       detail::catalog_entries::tpu_v4,
    detail::catalog_entries::tpu_v5e,      detail::catalog_entries::tpu_v5p,
    detail::catalog_entries::tpu_v6e,      detail::catalog_entries::tpu_v7,
    detail::catalog_entries::gaudi2,       detail::catalog_entries::gaudi3,
    detail::catalog_entries::trainium1,    detail::catalog_entries::trainium2,
    detail::catalog_entries::trainium3,    detail::catalog_entries::ascend_910,
    detail::catalog_entries::ascend_910b,  detail::catalog_entries::ascend_910c,
    detail::catalog_entries::ascend_950pr, detail::catalog_entries::ascend_950dt,
    detail::catalog_entries::mlu370_x8,    detail::catalog_entries::mtt_s4000,
    detail::catalog_entries::mtt_s5000,    detail::catalog_entries::br100,
    detail::catalog_entries::br104,        detail::catalog_entries::dcu_z100,
    detail::catalog_entries::metax_c500,   detail::catalog_entries::tiangai_100,
}};
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
