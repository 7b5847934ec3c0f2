#include "flopscale/hardware.hpp"

#include "catch_compat.hpp"
#include "precondition_recorder.hpp"

#include <string>

using namespace flopscale;
using namespace flopscale::literals;

TEST_CASE("every full name and alias resolves to its entry", "[hardware][lookup]") {
    for (const accelerator& chip : catalog::all) {
        INFO(chip.name);
        REQUIRE(find_accelerator(chip.name) == &chip);
        // With the vendor in front, in upper case, with hyphens for spaces.
        std::string shouted = std::string(chip.vendor) + " " + std::string(chip.name);
        for (char& c : shouted) {
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            if (c == ' ') c = '-';
        }
        REQUIRE(find_accelerator(shouted) == &chip);
    }
    for (const accelerator_alias& alias : accelerator_aliases) {
        INFO(alias.name);
        REQUIRE(find_accelerator(alias.name) == alias.chip);
    }
}

TEST_CASE("the names people use", "[hardware][lookup]") {
    STATIC_REQUIRE(find_accelerator("H100") == &catalog::h100_sxm);
    STATIC_REQUIRE(find_accelerator("h100 sxm") == &catalog::h100_sxm);
    STATIC_REQUIRE(find_accelerator("NVIDIA H100") == &catalog::h100_sxm);
    STATIC_REQUIRE(find_accelerator("H100 PCIe") == &catalog::h100_pcie);
    STATIC_REQUIRE(find_accelerator("910C") == &catalog::ascend_910c);
    STATIC_REQUIRE(find_accelerator("Huawei Ascend 910C") == &catalog::ascend_910c);
    STATIC_REQUIRE(find_accelerator("MI300X") == &catalog::mi300x);
    STATIC_REQUIRE(find_accelerator("AMD Instinct MI300X") == &catalog::mi300x);
    STATIC_REQUIRE(find_accelerator("TPU v5p") == &catalog::tpu_v5p);
    STATIC_REQUIRE(find_accelerator("tpu-v5p") == &catalog::tpu_v5p);
    STATIC_REQUIRE(find_accelerator("Google TPUv5p") == &catalog::tpu_v5p);
    STATIC_REQUIRE(find_accelerator("Trillium") == &catalog::tpu_v6e);
    STATIC_REQUIRE(find_accelerator("Ironwood") == &catalog::tpu_v7);
    STATIC_REQUIRE(find_accelerator("GB200") == &catalog::gb200);
    STATIC_REQUIRE(find_accelerator("Gaudi 3") == &catalog::gaudi3);
    STATIC_REQUIRE(find_accelerator("AWS Trn2") == &catalog::trainium2);
    STATIC_REQUIRE(find_accelerator("Moore Threads S4000") == &catalog::mtt_s4000);
}

TEST_CASE("near misses find nothing and suggest the near names", "[hardware][lookup]") {
    const char* misses[] = {
        "H100X", "MI300", "TPU v8", "B20",       "Ascend 910D", "GB2000",
        "H10",   "A1000", "Gaudi",  "v5",        "Ascend 950",  "Blackwell Ultra",
        "",      "xyz",   "NVIDIA", "Trainium4", "MI355"};
    for (const char* miss : misses) {
        INFO(miss);
        REQUIRE(find_accelerator(miss) == nullptr);
    }
    STATIC_REQUIRE(find_accelerator("H100X") == nullptr);

    constexpr auto mi300 = closest_accelerators("MI300");
    STATIC_REQUIRE(mi300[0] == &catalog::mi300x);
    const auto h100x = closest_accelerators("H100X");
    REQUIRE(h100x[0] == &catalog::h100_sxm);
    const auto ascend = closest_accelerators("Huawei Ascend 910D");
    REQUIRE(ascend[0] != nullptr);
    REQUIRE(ascend[0]->vendor == "Huawei");
    REQUIRE(ascend[1] != nullptr);
    REQUIRE(ascend[1]->vendor == "Huawei");
    const auto tpu = closest_accelerators("TPU v8");
    REQUIRE(tpu[0] != nullptr);
    REQUIRE(tpu[0]->vendor == "Google");
    // Nothing near: no suggestion at all rather than a random chip.
    const auto nothing = closest_accelerators("quantum annealer");
    REQUIRE(nothing[0] == nullptr);
    REQUIRE(nothing[2] == nullptr);
}

TEST_CASE("accelerator_named: find_accelerator's answer, with a precondition",
          "[hardware][lookup]") {
    STATIC_REQUIRE(accelerator_named("B200") == &catalog::b200);
    STATIC_REQUIRE(accelerator_named("nvidia h100-sxm") == find_accelerator("nvidia h100-sxm"));
    precondition_recorder violations;
    // One rule for both lookups: an unknown name finds nothing.
    REQUIRE(find_accelerator("H100X") == nullptr);
    REQUIRE(violations.count() == 0);
    REQUIRE(accelerator_named("H100X") == nullptr);
    REQUIRE(violations.count() == 1);
    REQUIRE(accelerator_named("H100") == &catalog::h100_sxm);
    REQUIRE(violations.count() == 1);
}

TEST_CASE("users define accelerators with the same type", "[hardware]") {
    constexpr accelerator npu = accelerator{"Example NPU", "Example", 2026}
                                    .with_peak(precision::bf16, 500_TFLOPS)
                                    .with_peak(precision::fp8, 1000_TFLOPS)
                                    .with_2to4_sparsity()
                                    .with_memory(96_GB)
                                    .with_memory_bandwidth(3_TBps)
                                    .with_tdp(600_W)
                                    .with_source("example datasheet", confidence::announced);
    STATIC_REQUIRE(npu.peak(precision::fp8) == 1000_TFLOPS);
    STATIC_REQUIRE(npu.sparse_peak(precision::fp8) == sparse_flop_rate{2000_TFLOPS});
    STATIC_REQUIRE(!npu.has_peak(precision::int8));
    // The 2:4 rule sets the formats it covers and keeps a sparse figure given for another.
    constexpr accelerator listed = accelerator{"Example NPU", "Example", 2026}
                                       .with_peak(precision::bf16, 500_TFLOPS)
                                       .with_sparse_peak(precision::fp32, 90_TFLOPS)
                                       .with_2to4_sparsity();
    STATIC_REQUIRE(listed.sparse_peak(precision::fp32) == sparse_flop_rate{90_TFLOPS});
    STATIC_REQUIRE(listed.sparse_peak(precision::bf16) == sparse_flop_rate{1000_TFLOPS});
    STATIC_REQUIRE(npu.peak(precision::int8).value() == 0);
    STATIC_REQUIRE(!npu.has_interconnect_bandwidth());
    STATIC_REQUIRE(npu.confidence == confidence::announced);
    STATIC_REQUIRE(npu.memory.in(units::GB) == 96);
    REQUIRE(to_string_view(npu.confidence) == "announced");
}

TEST_CASE("unknown figures are unknown, not zero", "[hardware]") {
    // Google publishes no TPU TDP; AWS none for Trainium.
    REQUIRE(!catalog::tpu_v7.has_tdp());
    REQUIRE(catalog::tpu_v7.tdp.value() != catalog::tpu_v7.tdp.value());
    REQUIRE(!catalog::trainium2.has_tdp());
    REQUIRE(catalog::h100_sxm.tdp == 700_W);
    // V100 has no FP8 and no INT8 tensor mode; TPU v7's INT8 is unpublished.
    REQUIRE(!catalog::v100_sxm2.has_peak(precision::fp8));
    REQUIRE(!catalog::tpu_v7.has_peak(precision::int8));
    REQUIRE(catalog::tpu_v7.peak(precision::int8).value() == 0);
    REQUIRE(!catalog::tiangai_100.has_memory_bandwidth());
    REQUIRE(catalog::h100_sxm.interconnect_bandwidth == 900_GBps);
}
