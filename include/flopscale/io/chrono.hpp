// flopscale/io/chrono.hpp — opt-in conversions between flopscale::duration and std::chrono.
#pragma once

#include "flopscale/units.hpp"

#include <chrono>

namespace flopscale {

// Any std::chrono::duration becomes seconds: `to_duration(std::chrono::hours{24})` is one day.
template <class ChronoRep, class Period>
constexpr quantity<dims::time, double>
to_duration(const std::chrono::duration<ChronoRep, Period>& d) noexcept {
    return quantity<dims::time, double>{
        std::chrono::duration_cast<std::chrono::duration<double>>(d).count()};
}

// A flopscale duration as a std::chrono duration of the caller's choice; integral targets
// truncate toward zero as std::chrono::duration_cast does.
template <class ChronoDuration = std::chrono::duration<double>, class Rep>
constexpr ChronoDuration to_chrono(const quantity<dims::time, Rep>& d) noexcept {
    return std::chrono::duration_cast<ChronoDuration>(std::chrono::duration<Rep>{d.value()});
}

} // namespace flopscale
