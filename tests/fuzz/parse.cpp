// Fuzz target: parse<Q> on arbitrary bytes must never read outside its view, never invoke UB,
// and keep its contract: success consumes everything and gives a finite value that exact
// notation writes and parse reads back bit for bit; failure gives zero, a position inside the
// text and the matching std::errc. A plain number must agree with strtod. The bytes are also
// read as a format spec by quantity_formatter.
#include "flopscale/parse.hpp"

#include "flopscale/format.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>

namespace {
using namespace flopscale;

using fuzz::bits;
using fuzz::require;

template <class Q>
void check(std::string_view text) {
    const parse_result<Q> r = parse<Q>(text);
    require(r.pos <= text.size());
    if (!r) {
        require(r.value.value() == 0);
        require(r.ec == (r.error == parse_error::out_of_range ? std::errc::result_out_of_range
                                                              : std::errc::invalid_argument));
        return;
    }
    require(r.pos == text.size() && r.ec == std::errc{});
    const double v = static_cast<double>(r.value.value());
    require(v == v && v <= std::numeric_limits<double>::max() &&
            v >= -std::numeric_limits<double>::max());
    char buffer[max_quantity_chars];
    format_options exact;
    exact.style = notation::exact;
    const to_chars_result w = to_chars(buffer, buffer + sizeof buffer, r.value, exact);
    require(w.ec == std::errc{});
    const parse_result<Q> back = parse<Q>(std::string_view(buffer, std::size_t(w.ptr - buffer)));
    require(back && bits(static_cast<double>(back.value.value())) == bits(v));
}

struct quiet_policy {
    static constexpr void raise(const char*) noexcept {}
};

bool plain_number(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
            return false;
        }
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // An exact-size copy, so that AddressSanitizer sees any read past the view.
    const std::unique_ptr<char[]> copy(new char[size == 0 ? 1 : size]);
    if (size != 0) std::memcpy(copy.get(), data, size);
    const std::string_view text(copy.get(), size);

    check<flops>(text);
    check<flop_rate>(text);
    check<tokens>(text);
    check<parameters>(text);
    check<bytes>(text);
    check<bandwidth>(text);
    check<duration>(text);
    check<power>(text);
    check<energy>(text);
    check<usd>(text);
    check<usd_per_hour>(text);
    check<flops_per_joule>(text);
    check<quantity<dim<1, 0, 0, -1, -1, 0, 0>>>(text);
    check<quantity<dims::operations, float>>(text);

    if (plain_number(text)) {
        const parse_result<flops> r = parse<flops>(text);
        const std::string terminated(text);
        char* end = nullptr;
        const double reference = std::strtod(terminated.c_str(), &end);
        const bool strtod_whole = end == terminated.c_str() + terminated.size();
        if (r) {
            require(strtod_whole && bits(r.value.value()) == bits(reference));
        } else if (r.error == parse_error::out_of_range) {
            require(reference > std::numeric_limits<double>::max() ||
                    reference < -std::numeric_limits<double>::max());
        }
    }

    quantity_formatter<flop_rate, quiet_policy> f;
    const char* stop = f.parse_spec(text.data(), text.data() + text.size());
    require(stop >= text.data() && stop <= text.data() + text.size());
    f.width = f.width % 300;
    char out[400];
    const to_chars_result w = f.write(out, out + sizeof out, flop_rate{989.4e12});
    require(w.ec == std::errc{} && w.ptr <= out + sizeof out);
    return 0;
}
