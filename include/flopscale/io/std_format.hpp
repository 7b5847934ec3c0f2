// flopscale/io/std_format.hpp — opt-in std::format support (C++20 with <format>).
//
//   std::format("{}", flop_rate{989.4e12})          "989.4 TFLOP/s"
//   std::format("{:.2}", flop_rate{989.4e12})       "990 TFLOP/s"
//   std::format("{:e}", flop_rate{989.4e12})        "9.894e14 FLOP/s"
//   std::format("{:r}", flops{0.1 + 0.2})           "0.30000000000000004 FLOP"
//   std::format("{:[PFLOP/s]}", flop_rate{989.4e12}) "0.9894 PFLOP/s"
//   std::format("{:>16i}", bytes{141 * 1073741824.0}) "         141 GiB"
// The spec grammar is quantity_formatter's (format.hpp). An invalid spec is a compile error for
// a literal format string and throws std::format_error from std::vformat. Without
// __cpp_lib_format this header declares nothing.
#pragma once

#include "flopscale/format.hpp"

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif

#if defined(__cpp_lib_format)
#include <format>

namespace flopscale::detail {
struct std_format_spec_error {
    static constexpr void raise(const char* message) {
#if defined(__cpp_exceptions)
        if (message != nullptr) throw std::format_error(message);
#else
        spec_error_is_precondition::raise(message);
#endif
    }
};
} // namespace flopscale::detail

template <class D, class R>
struct std::formatter<flopscale::quantity<D, R>, char>
    : flopscale::quantity_formatter<flopscale::quantity<D, R>,
                                    flopscale::detail::std_format_spec_error> {};

#endif
