// flopscale/io/ostream.hpp — opt-in `std::cout << quantity`, in human notation.
//
// The text is the one to_chars writes with default options ("989.4 TFLOP/s"); the stream's
// width, fill and adjustment apply to it as a whole, its precision and float flags do not. For
// other notations format first: `os << flopscale::put(q, options)`.
#pragma once

#include "flopscale/format.hpp"

#include <ostream>
#include <string_view>

namespace flopscale {

template <class Q>
struct formatted_quantity {
    Q quantity;
    format_options options;
};

// A quantity with options for operator<<: `os << put(rate, {notation::scientific, 3})`.
template <class D, class R>
constexpr formatted_quantity<quantity<D, R>> put(const quantity<D, R>& q,
                                                 const format_options& options) noexcept {
    return {q, options};
}

template <class Q>
std::ostream& operator<<(std::ostream& os, const formatted_quantity<Q>& f) {
    char text[max_quantity_chars];
    const to_chars_result r = to_chars(text, text + sizeof text, f.quantity, f.options);
    return os << std::string_view(text, static_cast<std::size_t>(r.ptr - text));
}

template <class D, class R>
std::ostream& operator<<(std::ostream& os, const quantity<D, R>& q) {
    return os << put(q, format_options{});
}

} // namespace flopscale
