// On-target self-test: every result the library computes at run time on the board must equal, bit
// for bit, the same computation done by the compiler in a constant expression, for double and for
// float. On the Cortex-M4F double is software and float is the FPU; on the Cortex-M3 both are
// software. Prints each failure and "N passed, M failed"; exits non-zero on any failure.
#include "check.hpp"

#include <flopscale/flopscale.hpp>
#include <flopscale/format.hpp>
#include <flopscale/math.hpp>
#include <flopscale/memory.hpp>
#include <flopscale/parse.hpp>
#include <flopscale/scaling.hpp>
#include <flopscale/transformer.hpp>
#include <flopscale/transformer_flops.hpp>
#include <flopscale/transformer_presets.hpp>
#include <flopscale/utilization.hpp>

#include <cstddef>
#include <iterator>
#include <limits>
#include <string_view>

namespace {

namespace fs = flopscale;
namespace math = flopscale::math;
using namespace flopscale::literals;

// Arguments spread over each function's domain: ordinary values, values near overflow and
// underflow, subnormals, exact cases (powers of two, integers) and the special values.
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double exp_args[] = {0.0,    -0.0,  1e-300, 1e-9, 0.5,   1.0,   -1.0,  2.5,
                               -3.75,  10.0,  50.125, 88.5, -87.0, 700.0, 709.7, -708.5,
                               -745.0, 710.0, -800.0, inf,  -inf,  nan};
constexpr double log_args[] = {
    5e-324, 2.2e-308, 1e-300, 1e-9,  0.1,     0.5, 0.999999, 1.0,  1.000001, 2.0, 2.718281828459045,
    10.0,   1024.0,   3.8e25, 1e300, 1.7e308, 0.0, -0.0,     -1.0, inf,      nan};
constexpr double pow_x[] = {2.0,    2.5,  10.0, 0.5,    1e10,   7.0e22, 0.9, -2.0,
                            -2.0,   -8.0, 0.0,  -0.0,   1.0,    inf,    3.0, 1.0000001,
                            6.0e24, 0.34, 1.69, 1e-300, 123.45, 2.0,    0.5, nan};
constexpr double pow_y[] = {10.0, 3.7,     -3.0, -20.0, 0.3,  0.0976, 1e5,    3.0,
                            0.5,  1.0 / 3, -1.0, -3.0,  nan,  -0.5,   -0.5,   1e9,
                            0.5,  0.28,    0.46, 2.0,   0.05, 1024.0, 1075.0, 1.0};
constexpr double root_args[] = {0.0,  -0.0,   5e-324,  1e-300, 0.25,  2.0, 3.0, 27.0,
                                1e10, 3.8e25, 1.7e308, -8.0,   -27.5, inf, nan};
constexpr double floor_args[] = {0.0,    -0.0,    0.5,   -0.5,   1.0, 2.999, -2.001,
                                 4.5e15, -4.5e15, 1e300, 1e-300, inf, nan};

using check::count;
void math_double() {
    SAME_EACH(count(exp_args), math::exp(in(exp_args[i])));
    SAME_EACH(count(exp_args), math::exp2(in(exp_args[i])));
    SAME_EACH(count(exp_args), math::expm1(in(exp_args[i])));
    SAME_EACH(count(log_args), math::log(in(log_args[i])));
    SAME_EACH(count(log_args), math::log2(in(log_args[i])));
    SAME_EACH(count(log_args), math::log10(in(log_args[i])));
    SAME_EACH(count(exp_args), math::log1p(in(exp_args[i])));
    SAME_EACH(count(pow_x), math::pow(in(pow_x[i]), in(pow_y[i])));
    SAME_EACH(count(root_args), math::sqrt(in(root_args[i])));
    SAME_EACH(count(root_args), math::cbrt(in(root_args[i])));
    SAME_EACH(count(floor_args), math::floor(in(floor_args[i])));
    SAME_EACH(count(floor_args), math::ceil(in(floor_args[i])));
    SAME_EACH(count(floor_args), math::trunc(in(floor_args[i])));
    SAME_EACH(count(floor_args), math::abs(in(-floor_args[i])));
    SAME_EACH(count(log_args), math::isfinite(in(log_args[i])));
}

// The float overloads, on arguments that are floats (the double lists rounded to float).
void math_float() {
    SAME_EACH(count(exp_args), math::exp(in(static_cast<float>(exp_args[i] / 8))));
    SAME_EACH(count(exp_args), math::exp2(in(static_cast<float>(exp_args[i] / 8))));
    SAME_EACH(count(exp_args), math::expm1(in(static_cast<float>(exp_args[i] / 8))));
    SAME_EACH(count(log_args), math::log(in(static_cast<float>(log_args[i]))));
    SAME_EACH(count(log_args), math::log2(in(static_cast<float>(log_args[i]))));
    SAME_EACH(count(log_args), math::log10(in(static_cast<float>(log_args[i]))));
    SAME_EACH(count(exp_args), math::log1p(in(static_cast<float>(exp_args[i] / 8))));
    SAME_EACH(count(pow_x),
              math::pow(in(static_cast<float>(pow_x[i] / 1e20)), in(static_cast<float>(pow_y[i]))));
    SAME_EACH(count(root_args), math::sqrt(in(static_cast<float>(root_args[i]))));
    SAME_EACH(count(root_args), math::cbrt(in(static_cast<float>(root_args[i]))));
    SAME_EACH(count(floor_args), math::floor(in(static_cast<float>(floor_args[i]))));
}

// Quantities, units and 6ND in a representation: arithmetic forms the right dimension and the
// same bits at run time as at compile time.
template <class Rep>
void quantities() {
    using params = fs::quantity<fs::dims::parameters, Rep>;
    using toks = fs::quantity<fs::dims::tokens, Rep>;
    using rate = fs::quantity<fs::dims::operation_rate, Rep>;
    using watts = fs::quantity<fs::dims::power, Rep>;
    // Training compute of models from the literature (GPT-3: Brown et al. 2020, Table D.1;
    // Chinchilla: Hoffmann et al. 2022, Table 3; Llama 3 405B: Dubey et al. 2024, §3.3).
    static constexpr double n[] = {175e9, 70e9, 405e9, 1.0, 0.0};
    static constexpr double d[] = {300e9, 1.4e12, 15.6e12, 1.0, 1e12};
    SAME_EACH(5, fs::training_flops(params{in(Rep(n[i]))}, toks{in(Rep(d[i]))}));
    // Time of a 3.14e23 FLOP run on 1024 chips at 312 TFLOP/s and 40 % utilisation, in days.
    SAME(fs::training_flops(params{in(Rep(175e9))}, toks{in(Rep(300e9))}) /
         (rate{in(Rep(312e12))} * in(Rep(1024)) * in(Rep(0.4))));
    SAME((fs::quantity<fs::dims::operations, Rep>{in(Rep(3.14e23))} / rate{in(Rep(1.3e17))})
             .in(fs::units::days));
    // Energy and its cost: W x s is J.
    SAME((watts{in(Rep(700))} * fs::quantity<fs::dims::time, Rep>{in(Rep(86400))})
             .in(fs::units::kWh));
    SAME(params{in(Rep(70e9))} / toks{in(Rep(1.4e12))});
    SAME(fs::quantity_cast<Rep>(in(175.0) * 1_Bparams));
    SAME(fs::quantity_cast<Rep>(in(3.8) * 1e25_flop + 2_ZFLOP));
    SAME(params{in(Rep(8e9))} < params{in(Rep(70e9))});
}

// Parameter counts of published architectures.
constexpr fs::transformer models[] = {fs::presets::gpt3_175b,      fs::presets::chinchilla_70b,
                                      fs::presets::llama2_70b,     fs::presets::llama3_1_405b,
                                      fs::presets::palm_540b,      fs::presets::deepseek_v3,
                                      fs::presets::deepseek_llm_7b};

void transformers() {
    constexpr std::size_t n = count(models);
    SAME_EACH(n, fs::total_parameters(in(models[i])));
    SAME_EACH(n, fs::active_parameters(in(models[i])));
    SAME_EACH(n, fs::non_embedding_parameters(in(models[i])));
    SAME_EACH(n, fs::embedding_parameters(in(models[i])));
    SAME_EACH(n, fs::valid(in(models[i])));
}

// Budgets from 1e18 FLOP to 1e27 FLOP and the models and data of the literature.
constexpr double budgets[] = {1e18, 3.7e20, 5.76e23, 3.14e23, 1e24, 3.8e25, 1e27};
constexpr double sizes[] = {1e6, 1.3e9, 70e9, 175e9, 405e9, 1e12, 7e9};
constexpr double datas[] = {2e7, 26e9, 1.4e12, 300e9, 15.6e12, 2e13, 2e12};

void scaling_laws() {
    namespace sc = fs::scaling;
    constexpr std::size_t n = count(budgets);
    SAME_EACH(n, sc::hoffmann2022.loss(fs::parameters{in(sizes[i])}, fs::tokens{in(datas[i])}));
    SAME_EACH(n, sc::besiroglu2024.loss(fs::parameters{in(sizes[i])}, fs::tokens{in(datas[i])}));
    SAME_EACH(n, sc::hoffmann2022.compute_optimal(fs::flops{in(budgets[i])}).params);
    SAME_EACH(n, sc::hoffmann2022_unrounded.compute_optimal(fs::flops{in(budgets[i])}).tokens);
    SAME_EACH(n, sc::besiroglu2024.compute_optimal(fs::flops{in(budgets[i])}).params);
    SAME_EACH(n, sc::besiroglu2024.compute_optimal(fs::flops{in(budgets[i])}).tokens);
    SAME_EACH(n, sc::besiroglu2024.frontier_loss(fs::flops{in(budgets[i])}));
    SAME_EACH(n, sc::besiroglu2024.compute_for_loss(in(2.0 + 0.1 * double(i))).compute);
    SAME_EACH(n, sc::kaplan2020.loss(fs::parameters{in(sizes[i])}, fs::tokens{in(datas[i])}));
    SAME_EACH(n, sc::kaplan2020.compute_optimal(fs::flops{in(budgets[i])}).params);
    SAME_EACH(n, sc::llama3_2024.optimal_tokens(fs::flops{in(budgets[i])}));
    SAME_EACH(n, sc::deepseek2024.compute_optimal(fs::flops{in(budgets[i])}).model_scale);
    SAME_EACH(n, sc::hoffmann2022_approach1.compute_optimal(fs::flops{in(budgets[i])}).tokens);
    SAME_EACH(n, sc::twenty_tokens_per_parameter.compute_optimal(fs::flops{in(budgets[i])}).params);
    // The iterative solvers: the same iterations, so the same answers, on the board.
    SAME_EACH(4, sc::muennighoff2023
                     .optimal_allocation(fs::flops{in(budgets[i + 2])}, fs::tokens{in(datas[i])})
                     .params);
    SAME_EACH(4, sc::inference_optimal(sc::besiroglu2024, in(2.1 + 0.05 * double(i)),
                                       fs::tokens{in(datas[i + 2])})
                     .params);
}

// Values for the formatter: ordinary, rounding to the next unit, tiny, huge, subnormal, special.
constexpr double shown[] = {0.0,  3.14e23, 989.4e12,     1.5,    999.96,
                            1e-7, -2.5e9,  67.8 * 86400, 5e-324, 1.7976931348623157e308,
                            0.1,  2.0 / 3, 123456789.0,  inf,    -inf,
                            nan};

template <class Q>
constexpr check::text format(Q q, fs::format_options options = {}) noexcept {
    check::text t;
    const auto r = fs::to_chars(t.chars.data(), t.chars.data() + t.chars.size(), q, options);
    t.size = static_cast<std::size_t>(r.ptr - t.chars.data());
    return t;
}

template <class Rep>
void formatting() {
    constexpr std::size_t n = count(shown);
    using fs::quantity;
    using fs::dims::operations;
    constexpr fs::format_options exact{fs::notation::exact};
    constexpr fs::format_options scientific{fs::notation::scientific, 6};
    constexpr fs::format_options plain{fs::notation::plain, 3};
    SAME_EACH(n, format(quantity<operations, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<operations, Rep>{in(Rep(shown[i]))}, exact));
    SAME_EACH(n, format(quantity<operations, Rep>{in(Rep(shown[i]))}, scientific));
    SAME_EACH(n, format(quantity<fs::dims::time, Rep>{in(Rep(shown[i]))}, plain));
    SAME_EACH(n, format(quantity<fs::dims::operation_rate, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::tokens, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::parameters, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::bytes, Rep>{in(Rep(shown[i]))}, {{}, 3, true}));
    SAME_EACH(n, format(quantity<fs::dims::bandwidth, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::time, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::power, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::energy, Rep>{in(Rep(shown[i]))}));
    SAME_EACH(n, format(quantity<fs::dims::money, Rep>{in(Rep(shown[i]))}));
    // Scaled down: the largest double in USD/s overflows when shown in USD/h, which a constant
    // expression rejects.
    SAME_EACH(n, format(quantity<fs::dims::money_per_time, Rep>{in(Rep(shown[i] / 1e6))}));
    SAME_EACH(n, format(quantity<fs::dims::operations_per_energy, Rep>{in(Rep(shown[i]))}));
}

// Text for the parser, valid and not: every outcome must match, the error and its position too.
constexpr std::string_view written[] = {
    "3.8e25 FLOP",  "989.4 TFLOP/s", "70B params", "15.6T tokens",     "$2.5M",     "80 GB",
    "141 GiB",      "3.35 TB/s",     "700 W",      "21.6 GWh",         "67.8 days", "2.10 USD/h",
    "  1e400 FLOP", "1e-400",        "",           "12 furlongs",      "5 FLOP x",  "-0.0",
    "0.1",          "2.5e-3 PF-day", "17 TOPS",    "9007199254740993", "1.5 kWh",   "$2.10/h"};

template <class Q>
void parsing() {
    constexpr std::size_t n = count(written);
    SAME_EACH(n, fs::parse<Q>(in(written[i])).value);
    SAME_EACH(n, fs::parse<Q>(in(written[i])).error);
    SAME_EACH(n, fs::parse<Q>(in(written[i])).pos);
}

// FLOPs per token under each accounting, and inference costs, for the published architectures.
constexpr fs::flop_accounting accountings[] = {
    fs::flop_accounting::six_nd, fs::flop_accounting::kaplan, fs::flop_accounting::palm,
    fs::flop_accounting::chinchilla, fs::flop_accounting::deepseek};

void transformer_flops() {
    constexpr std::size_t n = count(models);
    SAME_EACH(n * 5, fs::training_flops_per_token(in(models[i / 5]), in(accountings[i % 5])));
    SAME_EACH(n * 5, fs::training_flops(in(models[i / 5]), fs::tokens{in(15.6e12)},
                                        in(accountings[i % 5])));
    SAME_EACH(n, fs::decode_flops_per_token(in(models[i]), fs::tokens{in(8192.0)}));
    SAME_EACH(n, fs::prefill_flops(in(models[i]), fs::tokens{in(2048.0)}));
    SAME_EACH(n, fs::hardware_flops_per_token(in(models[i]), fs::recomputed_fraction{in(0.75)},
                                              fs::flop_accounting::palm));
}

void memory() {
    constexpr std::size_t n = count(models);
    SAME_EACH(n * 4, fs::weight_bytes(in(models[i / 4]), fs::all_precisions[in(i % 4 + 2)]));
    SAME_EACH(n * 4, fs::training_state_bytes(fs::total_parameters(in(models[i / 4])),
                                              in(int(i % 4)), in(512)));
    SAME_EACH(n, fs::activation_bytes(in(models[i]), in(1), fs::recomputation::selective, in(8)));
    SAME_EACH(
        n, fs::kv_cache_bytes(in(models[i]), fs::tokens{in(8192.0)}, in(16), fs::precision::bf16));
    SAME_EACH(n, fs::minimum_chips_for_training(fs::total_parameters(in(models[i])), in(3),
                                                fs::bytes{in(80e9)}));
}

// PaLM 540B: 46.2 % MFU on 6144 TPU v4 (Chowdhery et al. 2022, Table 3) as the reference point.
void utilization() {
    constexpr std::size_t n = count(models);
    SAME_EACH(n, fs::model_flops_utilization(in(models[i]), fs::tokens{in(238.3e3 * 3600)},
                                             fs::duration{in(3600.0)},
                                             fs::flop_rate{in(6144 * 275e12)}));
    SAME_EACH(n, fs::hardware_flops_utilization(in(models[i]), fs::tokens{in(1e9)},
                                                fs::duration{in(86400.0)}, fs::flop_rate{in(1e18)},
                                                fs::recomputed_fraction{in(0.75)}));
    SAME_EACH(n, fs::hardware_flops_utilization(in(models[i]), fs::tokens{in(1e9)},
                                                fs::duration{in(86400.0)}, fs::flop_rate{in(1e18)},
                                                fs::recomputation::full));
}

constexpr std::string_view format_names[] = {"bf16", "FP8", "fp-32", "tf32", "int4", "e4m3",
                                             "fp4",  "FP6", "int8",  "fp64", "fp12", ""};

void precisions() {
    constexpr std::size_t n = fs::precision_count;
    SAME_EACH(n, fs::bits_per_value(fs::all_precisions[in(i)]));
    SAME_EACH(n, fs::bytes_per_value(fs::all_precisions[in(i)]));
    SAME_EACH(n, fs::is_integer(fs::all_precisions[in(i)]));
    SAME_EACH(count(format_names), fs::parse_precision(in(format_names[i])).found);
    SAME_EACH(count(format_names), fs::parse_precision(in(format_names[i])).value);
}

using check::count_violation;
using check::last_violation;
using check::violations;

// The run-time precondition policy on the board: a violated precondition calls the installed
// handler and returns the documented result (NaN); with no handler it returns the same, no trap.
template <class Rep>
void preconditions() {
    using params = fs::quantity<fs::dims::parameters, Rep>;
    using toks = fs::quantity<fs::dims::tokens, Rep>;
    const fs::precondition_handler previous = fs::set_precondition_handler(count_violation);
    check::that(previous == nullptr, "no precondition handler is installed by default");
    violations = 0;
    const auto bad = fs::training_flops(params{check::opaque(Rep(-1))}, toks{Rep(1e12)});
    check::that(bad.value() != bad.value(), "training_flops(-1 parameters, ...) is NaN");
    check::that(violations == 1, "the handler is called once for one violation");
    check::that(last_violation != nullptr &&
                    std::string_view(last_violation).find("non-negative") != std::string_view::npos,
                "the handler receives the precondition's text");
    const auto good = fs::training_flops(params{check::opaque(Rep(1e9))}, toks{Rep(2e10)});
    check::that(good.value() == Rep(1.2e20) && violations == 1,
                "a call within the preconditions does not call the handler");
    check::that(fs::set_precondition_handler(nullptr) == count_violation,
                "set_precondition_handler returns the previous handler");
    const auto unhandled = fs::training_flops(params{Rep(1e9)}, toks{check::opaque(Rep(-5))});
    check::that(unhandled.value() != unhandled.value() && violations == 1,
                "without a handler a violation returns NaN and nothing else happens");
}

} // namespace

namespace sections {
void catalog();
void clusters();
void equivalents();
void plans();
void fleet_preconditions();
} // namespace sections

int main() {
    math_double();
    math_float();
    quantities<double>();
    quantities<float>();
    transformers();
    scaling_laws();
    transformer_flops();
    sections::catalog();
    sections::clusters();
    sections::equivalents();
    sections::plans();
    memory();
    utilization();
    precisions();
    formatting<double>();
    formatting<float>();
    parsing<fs::flops>();
    parsing<fs::flop_rate>();
    parsing<fs::energy>();
    parsing<fs::usd>();
    parsing<fs::quantity<fs::dims::operations, float>>();
    preconditions<double>();
    preconditions<float>();
    sections::fleet_preconditions();
    return check::summary();
}
