// flopscale/interconnect.hpp — the network a chip trains on: its scale-up domain (NVLink, ICI,
// Infinity Fabric, HCCS...) and its scale-out link (the NIC), per chip and per direction.
//
// Vendors headline bidirectional sums (NVIDIA's "900 GB/s NVLink" is 450 GB/s each way); the
// collective formulas of collectives.hpp need one direction. Every bandwidth here is therefore
// per chip and per direction, and the names say so. A figure nobody published is unknown (NaN,
// with has_...() to ask), never zero. Figures and sources: reference training-performance.md §8.
#pragma once

#include "flopscale/accelerator.hpp"
#include "flopscale/config.hpp"
#include "flopscale/units.hpp"

#include <string_view>

namespace flopscale {

// One chip's place in a two-tier network: `scale_up_domain` chips share the fast fabric; beyond
// it each chip reaches the others through its own scale-out link (rail-optimised fabrics give
// every GPU its own NIC: Narayanan et al. 2021 §5, Llama 3 §3.3.1). Latencies are per collective
// operation on that tier, as Calculon models them (calculon/network.py).
struct interconnect {
    double scale_up_domain = detail::nan_value();                     // chips per scale-up domain
    bandwidth scale_up_bandwidth_per_direction{detail::nan_value()};  // per chip, one direction
    bandwidth scale_out_bandwidth_per_direction{detail::nan_value()}; // per chip, one direction
    duration scale_up_latency{detail::nan_value()};                   // per collective
    duration scale_out_latency{detail::nan_value()};                  // per collective
    std::string_view fabric; // the links, e.g. "NVLink 4 + 400 Gb/s InfiniBand"
    std::string_view source; // where the figures come from
    // Fraction of each per-direction bandwidth that collectives achieve. Scale-up 0.8: the
    // scaling book measures ~370 of 450 GB/s for an H100 NVLink all-reduce (gpus.md: "difficult
    // in practice to exceed 370 GB/s"), DeepSeek-V3 §3.2.2 reports 160 of the H800's 200 GB/s.
    // Scale-out 0.9: Calculon's InfiniBand tier (calculon-ai/calculon systems/a100_80g.json).
    double scale_up_efficiency = 0.8;
    double scale_out_efficiency = 0.9;

    [[nodiscard]] constexpr bool has_scale_up_domain() const noexcept {
        return detail::is_known(scale_up_domain);
    }
    [[nodiscard]] constexpr bool has_scale_up_bandwidth() const noexcept {
        return detail::is_known(scale_up_bandwidth_per_direction.value());
    }
    [[nodiscard]] constexpr bool has_scale_out_bandwidth() const noexcept {
        return detail::is_known(scale_out_bandwidth_per_direction.value());
    }
    [[nodiscard]] constexpr bool has_latencies() const noexcept {
        return detail::is_known(scale_up_latency.value()) &&
               detail::is_known(scale_out_latency.value());
    }
    // Enough to time a collective: a domain size and both bandwidths.
    [[nodiscard]] constexpr bool complete() const noexcept {
        return has_scale_up_domain() && scale_up_domain >= 1 && has_scale_up_bandwidth() &&
               has_scale_out_bandwidth();
    }
};

namespace detail {
// Per-collective latencies of Calculon's A100 and H100 system files (calculon-ai/calculon,
// systems/a100_80g.json, h100_80g_nvl8.json): 10 us on NVLink, 20 us on InfiniBand. Used for
// every NVLink/InfiniBand or RoCE system below; other fabrics leave latency unknown.
inline constexpr duration nvlink_latency{1e-5};
inline constexpr duration infiniband_latency{2e-5};

// NVLink 3 and older: Calculon's A100 system file gives its NVLink tier an efficiency of 0.6
// (systems/a100_80g.json), against the 0.8 measured on NVLink 4.
inline constexpr double nvlink3_efficiency = 0.6;

constexpr interconnect nvidia_network(double domain, double nvlink_bidirectional_gbps,
                                      double nic_gbit_per_s, std::string_view fabric,
                                      std::string_view source,
                                      double nvlink_efficiency = 0.8) noexcept {
    interconnect n{domain,
                   bandwidth{nvlink_bidirectional_gbps * 1e9 / 2.0},
                   bandwidth{nic_gbit_per_s * 1e9 / 8.0},
                   nvlink_latency,
                   infiniband_latency,
                   fabric,
                   source};
    n.scale_up_efficiency = nvlink_efficiency;
    return n;
}

// string_view literals: the compiler knows their length, where converting a plain literal counts
// its characters in every translation unit that includes this header.
using namespace std::string_view_literals;

struct typical_network {
    std::string_view chip_name; // accelerator::name in the catalog
    interconnect network;
};

// clang-format off
inline constexpr typical_network typical_networks[] = {
    {"V100 SXM2 32GB"sv, nvidia_network(8, 300, 100.0 / 2.0, "NVLink 2 hybrid cube mesh (DGX-1) + 4x 100 Gb/s InfiniBand per 8 GPUs"sv,
        "V100 datasheet: 6 links, 300 GB/s both directions; DGX-1: 4 EDR NICs per 8 GPUs (secondary, unverified)"sv, nvlink3_efficiency)},
    {"A100 SXM4 80GB"sv, nvidia_network(8, 600, 200, "NVLink 3 + NVSwitch (HGX A100) + 200 Gb/s HDR InfiniBand per GPU"sv,
        "A100 datasheet: 12 links, 600 GB/s both directions; Narayanan et al. 2021 §5 (Selene: eight 200 Gb/s HDR HCAs per 8 GPUs)"sv, nvlink3_efficiency)},
    {"A800 SXM4 80GB"sv, nvidia_network(8, 400, 200, "NVLink (400 GB/s) + 200 Gb/s InfiniBand per GPU"sv,
        "A800 product spec (TechPowerUp): 400 GB/s both directions; NIC as A100 systems (unverified)"sv, nvlink3_efficiency)},
    {"H100 SXM5 80GB"sv, nvidia_network(8, 900, 400, "NVLink 4 + NVSwitch (HGX H100) + 400 Gb/s NDR InfiniBand or RoCE per GPU"sv,
        "NVIDIA NVLink page: 18 links, 900 GB/s both directions; Llama 3 §3.3.1 ('400 Gbps interconnects between GPUs'); scaling book gpus.md (8 x 400 Gb/s CX7 per node)"sv)},
    {"H100 PCIe 80GB"sv, interconnect{2, bandwidth{300e9}, bandwidth{400e9 / 8.0}, nvlink_latency, infiniband_latency,
        "NVLink bridge (GPU pairs) + 400 Gb/s NIC per GPU"sv, "H100 datasheet, PCIe column: NVLink bridge 600 GB/s both directions; NIC typical (unverified)"sv}},
    {"H800 SXM5 80GB"sv, nvidia_network(8, 400, 400, "NVLink (400 GB/s) + 400 Gb/s InfiniBand per GPU"sv,
        "H800 spec 400 GB/s both directions (secondary, unverified); DeepSeek-V3 §3.2.2: IB 50 GB/s, NVLink 160 GB/s achieved"sv)},
    {"H20 (HGX)"sv, nvidia_network(8, 900, 400, "NVLink (900 GB/s) + 400 Gb/s NIC per GPU"sv,
        "OEM HGX H20 spec: 900 GB/s (secondary, unverified); NIC 400 Gb/s class (unverified)"sv)},
    {"H200 SXM 141GB"sv, nvidia_network(8, 900, 400, "NVLink 4 + NVSwitch (HGX H200) + 400 Gb/s NIC per GPU"sv,
        "NVIDIA NVLink page: 900 GB/s both directions; NIC as HGX H100"sv)},
    {"B200 (HGX, per GPU)"sv, nvidia_network(8, 1800, 400, "NVLink 5 + NVSwitch (HGX B200) + 400 Gb/s NIC per GPU"sv,
        "NVIDIA NVLink page: 18 links, 1.8 TB/s both directions; scaling book gpus.md (node egress 400 GB/s per 8 GPUs)"sv)},
    {"B300 (HGX, Blackwell Ultra, per GPU)"sv, nvidia_network(8, 1800, 800, "NVLink 5 + NVSwitch (HGX B300) + 800 Gb/s ConnectX-8 per GPU"sv,
        "NVIDIA NVLink page: 1.8 TB/s both directions; ConnectX-8 800 Gb/s (secondary, unverified)"sv)},
    {"GB300 (NVL72, per GPU)"sv, nvidia_network(72, 1800, 800, "NVLink 5 NVL72 + 800 Gb/s ConnectX-8 per GPU"sv,
        "NVIDIA GB300 NVL72 reference architecture: 72 GPUs, 1.8 TB/s both directions per GPU, one ConnectX-8 per GPU (800 Gb/s: secondary, unverified)"sv)},
    {"GB200 (NVL72, per GPU)"sv, nvidia_network(72, 1800, 400, "NVLink 5 NVL72 + 400 Gb/s NIC per GPU"sv,
        "NVIDIA NVLink page: 72 GPUs, 1.8 TB/s both directions per GPU; scaling book gpus.md (3600e9 B/s egress per 72 GPUs)"sv)},
    {"Instinct MI300X"sv, interconnect{8, bandwidth{448e9}, bandwidth{50e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "Infinity Fabric full mesh (7 links) + 400 Gb/s NIC per GPU"sv, "CDNA 3 white paper via a secondary table: 7 x 128 GB/s = 896 GB/s both directions; NIC typical (unverified)"sv}},
    {"Instinct MI325X"sv, interconnect{8, bandwidth{448e9}, bandwidth{50e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "Infinity Fabric full mesh (7 links) + 400 Gb/s NIC per GPU"sv, "as MI300X (secondary table)"sv}},
    {"Instinct MI355X"sv, interconnect{8, bandwidth{537.6e9}, bandwidth{50e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "Infinity Fabric full mesh (7 x 76.8 GB/s per direction) + 400 Gb/s NIC per GPU"sv, "CDNA 4 white paper endnote MI350-007 via a secondary table; NIC secondary"sv}},
    {"TPU v4"sv, interconnect{4096, bandwidth{6 * 45e9}, bandwidth{detail::nan_value()}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "ICI 3D torus (6 links), 4096-chip pod"sv, "Google Cloud TPU v4 docs (pod 4096); scaling book tpus.md (4.5e10 B/s per link one way)"sv}},
    {"TPU v5e"sv, interconnect{256, bandwidth{200e9}, bandwidth{3.125e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "ICI 2D torus, 256-chip pod + 2x 100 Gb/s DCN per 8 chips"sv, "Google Cloud TPU v5e docs: 400 GB/s both directions per chip; scaling book tpus.md (DCN 3.125e9 B/s per chip)"sv}},
    {"TPU v5p"sv, interconnect{8960, bandwidth{600e9}, bandwidth{6.25e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "ICI 3D torus, 8960-chip pod + 50 Gb/s DCN per chip"sv, "Google Cloud TPU v5p docs: 1200 GB/s both directions per chip, DCN 50 Gb/s"sv}},
    {"TPU v6e (Trillium)"sv, interconnect{256, bandwidth{400e9}, bandwidth{12.5e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "ICI 2D torus, 256-chip pod + DCN"sv, "Google Cloud TPU v6e docs: 800 GB/s both directions per chip; scaling book tpus.md (DCN 12.5e9 B/s per chip)"sv}},
    {"Gaudi 3 (HL-325L OAM)"sv, interconnect{8, bandwidth{525e9}, bandwidth{75e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "21 x 200 GbE scale-up (all-to-all, HLS-3) + 3 x 200 GbE scale-out"sv, "Intel Gaudi docs, Network Configuration: 525 GB/s scale-up and 75 GB/s scale-out per direction"sv}},
    {"Ascend 910C"sv, interconnect{384, bandwidth{392e9}, bandwidth{50e9}, duration{detail::nan_value()}, duration{detail::nan_value()},
        "UB (CloudMatrix384) + 400 Gb/s RDMA per NPU"sv, "arXiv 2506.12708 §3 via secondary restatements: 'over 392 GB/s of unidirectional' UB, RDMA 400 Gb/s (unverified at primary)"sv}},
};
// clang-format on
} // namespace detail

// The network a catalog chip typically trains on (the HGX board and one NIC per GPU, the TPU
// pod, ...), found by the chip's catalog name. A chip without a sourced network gets an
// interconnect whose every figure is unknown (complete() is false): give the cluster one.
constexpr interconnect typical_interconnect(const accelerator& chip) noexcept {
    for (const detail::typical_network& entry : detail::typical_networks)
        if (entry.chip_name == chip.name) return entry.network;
    return interconnect{};
}

} // namespace flopscale
