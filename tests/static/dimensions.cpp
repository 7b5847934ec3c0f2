// Compile-time facts of the dimensional algebra: building this file is the test.
#include "flopscale/compute.hpp"
#include "flopscale/units.hpp"

#include <type_traits>
#if __cplusplus >= 202002L
#include <concepts>
#endif

namespace {
using namespace flopscale;
using namespace flopscale::literals;

template <class A, class B>
inline constexpr bool same = std::is_same_v<A, B>;

static_assert(same<decltype(flops{} / flop_rate{}), duration>, "FLOP / (FLOP/s) is a duration");
static_assert(same<decltype(flop_rate{} * duration{}), flops>, "FLOP/s x s is FLOP");
static_assert(same<decltype(power{} * duration{}), energy>, "W x s is energy");
static_assert(same<decltype(energy{} / duration{}), power>, "J / s is power");
static_assert(same<decltype(flops{} / energy{}), flops_per_joule>, "FLOP / J is efficiency");
static_assert(same<decltype(flop_rate{} / power{}), flops_per_joule>, "FLOP/s per W is FLOP/J");
static_assert(same<decltype(bytes{} / bandwidth{}), duration>, "B / (B/s) is a duration");
static_assert(same<decltype(bytes{} / duration{}), bandwidth>, "B / s is bandwidth");
static_assert(same<decltype(tokens{} / duration{}), token_rate>, "tokens / s is a token rate");
static_assert(same<decltype(flops{} / tokens{}), flops_per_token>, "FLOP / token");
static_assert(same<decltype(tokens{} / parameters{}), tokens_per_parameter>, "D / N");
static_assert(same<decltype(usd_per_hour{} * duration{}), usd>, "USD/h x h is USD");
static_assert(same<decltype(flops{} / flops{}), double>, "FLOP / FLOP is a plain number");
static_assert(same<decltype(duration{} * (1.0 / duration{})), double>, "s x 1/s is a number");
static_assert(same<decltype(flops{} * 2), flops>, "scaling keeps the dimension");
static_assert(
    same<decltype(2.0f * quantity<dims::operations, float>{}), quantity<dims::operations, float>>,
    "float stays float when scaled by float");

static_assert(!std::is_convertible_v<double, flops>, "construction from a number is explicit");
static_assert(std::is_constructible_v<flops, double>, "and possible");

// Across dimensions and kinds the traits tell the truth: no conversion, no construction, so
// generic code, SFINAE and concepts see none (the deleted constructor only words the error).
static_assert(!std::is_convertible_v<tokens, parameters>, "tokens are not parameters");
static_assert(!std::is_constructible_v<parameters, tokens>, "not even explicitly");
static_assert(!std::is_convertible_v<flop_rate, flops>, "FLOP/s are not FLOP");
static_assert(!std::is_constructible_v<flops, flop_rate>, "not even explicitly");
static_assert(!std::is_assignable_v<flops&, flop_rate>, "nor assignable");
static_assert(!std::is_constructible_v<quantity<dims::operations, float>, flop_rate>,
              "nor with another representation");
static_assert(std::is_constructible_v<quantity<dims::operations, float>, flops> &&
                  !std::is_convertible_v<flops, quantity<dims::operations, float>>,
              "a change of representation alone is explicit");
#if defined(__cpp_concepts) && defined(__cpp_lib_concepts)
static_assert(!std::convertible_to<tokens, parameters> && std::convertible_to<tokens, tokens>,
              "concepts agree");
#endif
static_assert(std::is_trivially_copyable_v<flops>, "quantities are as cheap as doubles");
static_assert(sizeof(flops) == sizeof(double), "no storage beyond the value");
static_assert(sizeof(quantity<dims::operations, float>) == sizeof(float), "nor for float");

// GPT-3: 174.6B parameters x 300B tokens = 3.14e23 FLOP (Brown et al. 2020, Table D.1).
constexpr flops gpt3 = training_flops(174.6_Bparams, 300_Btokens);
static_assert(gpt3 > 3.14e23_flop && gpt3 < 3.15e23_flop, "GPT-3's training compute");
static_assert((gpt3 / (1024 * 140_TFLOPS)).in(units::days) > 25, "a duration in days");

static_assert((1_GW * 1_h).in(units::GWh) == 1.0, "1 GW for an hour is 1 GWh");
static_assert((3.35_TBps).in(units::GB_per_s) == 3350.0, "prefixed reading");
static_assert(80_GB < 80_GiB, "decimal and binary prefixes differ");
static_assert(0x10_tokens == 16_tokens && 0b101_params == 5_params && 1'000_W == 1_kW,
              "integer literal forms");
} // namespace
