#include "flopscale/precision.hpp"

#include "catch_compat.hpp"

using namespace flopscale;

TEST_CASE("bits and bytes per value", "[precision]") {
    STATIC_REQUIRE(bits_per_value(precision::fp64) == 64);
    STATIC_REQUIRE(bits_per_value(precision::tf32) == 32);
    STATIC_REQUIRE(bits_per_value(precision::bf16) == 16);
    STATIC_REQUIRE(bits_per_value(precision::fp8) == 8);
    STATIC_REQUIRE(bits_per_value(precision::fp6) == 6);
    STATIC_REQUIRE(bits_per_value(precision::int4) == 4);
    STATIC_REQUIRE(bytes_per_value(precision::fp4) == 0.5);
    STATIC_REQUIRE(bytes_per_value(precision::fp16) == 2.0);
    STATIC_REQUIRE(is_integer(precision::int8));
    STATIC_REQUIRE(!is_integer(precision::fp8));
    for (precision p : all_precisions) {
        REQUIRE(bits_per_value(p) > 0);
        REQUIRE(bytes_per_value(p) * 8 == bits_per_value(p));
    }
}

TEST_CASE("every name parses back to its format", "[precision]") {
    for (precision p : all_precisions) {
        const precision_result parsed = parse_precision(to_string_view(p));
        REQUIRE(parsed);
        REQUIRE(parsed.value == p);
    }
    STATIC_REQUIRE(index_of(all_precisions[7]) == 7);
}

TEST_CASE("parsing ignores case and punctuation and knows common spellings", "[precision]") {
    STATIC_REQUIRE(parse_precision("bf16").value == precision::bf16);
    STATIC_REQUIRE(parse_precision("FP8").value == precision::fp8);
    STATIC_REQUIRE(parse_precision("int8").value == precision::int8);
    STATIC_REQUIRE(parse_precision("INT-8").value == precision::int8);
    STATIC_REQUIRE(parse_precision("BFloat16").value == precision::bf16);
    STATIC_REQUIRE(parse_precision("MXFP4").value == precision::fp4);
    STATIC_REQUIRE(parse_precision("e4m3").value == precision::fp8);
    STATIC_REQUIRE(parse_precision("half").value == precision::fp16);
    STATIC_REQUIRE(parse_precision("double").value == precision::fp64);
    REQUIRE(to_string_view(precision::tf32) == "tf32");
}

TEST_CASE("unknown format names are reported, not guessed", "[precision]") {
    STATIC_REQUIRE(!parse_precision("fp12"));
    STATIC_REQUIRE(!parse_precision(""));
    STATIC_REQUIRE(!parse_precision("bf1"));
    REQUIRE(!parse_precision("int16").found);
    REQUIRE(!parse_precision("fp8x").found);
}
