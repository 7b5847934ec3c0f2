// A training budget written with flopscale quantities. raw_doubles.cpp computes the same with bare
// doubles; the zero-overhead test requires both to compile to identical machine code at -O2.
#include "flopscale/units.hpp"

using namespace flopscale;

struct budget {
    double days;
    double gwh;
    double cost_usd;
    double tokens_per_s;
};

extern "C" budget plan_budget(double flop, double tokens_total, double peak_per_chip, double chips,
                              double mfu, double watts_per_chip, double pue,
                              double usd_per_chip_hour) {
    const flops compute{flop};
    const flop_rate throughput = flop_rate{peak_per_chip} * chips * mfu;
    const duration time = compute / throughput;
    const energy used = power{watts_per_chip} * chips * pue * time;
    const usd cost = (usd_per_chip_hour * units::USD_per_h) * chips * time;
    const token_rate speed = tokens{tokens_total} / time;
    return {time.in(units::days), used.in(units::GWh), cost.value(), speed.value()};
}
