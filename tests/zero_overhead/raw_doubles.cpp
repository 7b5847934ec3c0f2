// The budget of with_quantities.cpp written with bare doubles, operation for operation.
struct budget {
    double days;
    double gwh;
    double cost_usd;
    double tokens_per_s;
};

extern "C" budget plan_budget(double flop, double tokens_total, double peak_per_chip, double chips,
                              double mfu, double watts_per_chip, double pue,
                              double usd_per_chip_hour) {
    const double throughput = peak_per_chip * chips * mfu;
    const double time = flop / throughput;
    const double used = watts_per_chip * chips * pue * time;
    const double cost = usd_per_chip_hour * (1.0 / 3600.0) * chips * time;
    const double speed = tokens_total / time;
    return {time / 86400.0, used / 3.6e12, cost, speed};
}
