// Values for tests: NaN detection without <cmath>, and run-time copies the optimiser cannot fold.
#pragma once

// True for NaN only; constexpr, unlike std::isnan before C++23.
constexpr bool is_nan(double x) noexcept {
    return x != x;
}

// The same value, read back through a volatile: a call given it runs at run time, so comparing
// it with the constexpr result checks the run-time path against the compile-time one.
inline double at_run_time(double v) noexcept {
    volatile double hidden = v;
    return hidden;
}
