// Fuzz target: to_chars -> parse. The input's first 8 bytes are a double's bit pattern, the next
// ones pick the quantity, the notation, the precision and the buffer size. Every notation must
// stay inside its buffer and report value_too_large when short; exact notation must read back
// bit for bit, the others within their precision.
#include "flopscale/format.hpp"
#include "flopscale/parse.hpp"

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
void check(double raw, const format_options& options, std::size_t size) {
    using rep = typename Q::rep;
    // Out of a float's range the conversion itself would be undefined.
    if (!(raw >= static_cast<double>(std::numeric_limits<rep>::lowest()) &&
          raw <= static_cast<double>(std::numeric_limits<rep>::max()))) {
        if (raw == raw) return;
    }
    const Q q{static_cast<rep>(raw)};
    const double v = static_cast<double>(q.value());
    char full[max_quantity_chars];
    const to_chars_result r = to_chars(full, full + sizeof full, q, options);
    require(r.ec == std::errc{});
    const auto length = static_cast<std::size_t>(r.ptr - full);

    // The same text into an exact-size heap buffer of the chosen size.
    const std::unique_ptr<char[]> exact_size(new char[size == 0 ? 1 : size]);
    const to_chars_result s = to_chars(exact_size.get(), exact_size.get() + size, q, options);
    if (size < length) {
        require(s.ec == std::errc::value_too_large && s.ptr == exact_size.get() + size);
    } else {
        require(s.ec == std::errc{} && std::memcmp(exact_size.get(), full, length) == 0);
    }

    if (!(v == v) || v > std::numeric_limits<double>::max() ||
        v < -std::numeric_limits<double>::max()) {
        return;
    }
    const parse_result<Q> back = parse<Q>(std::string_view(full, length));
    if (options.style == notation::exact) {
        require(back && bits(static_cast<double>(back.value.value())) == bits(v));
        return;
    }
    const double a = v < 0 ? -v : v;
    double tolerance = 1.0;
    for (int i = 1; i < options.precision; ++i)
        tolerance /= 10;
    // Dividing by the unit's factor and multiplying back each round once more.
    if (tolerance < 1e-15) tolerance = 1e-15;
    if (!back) {
        // Rounding to fewer digits may step past the largest finite value.
        std::size_t digits = 0;
        while (digits < length && (full[digits] == '-' || full[digits] == '$'))
            ++digits;
        const std::string shown(full + digits, full + length);
        const double number = std::strtod(shown.c_str(), nullptr);
        const double largest = static_cast<double>(std::numeric_limits<rep>::max());
        require(back.error == parse_error::out_of_range &&
                (number > 1e307 || a * (1 + tolerance) >= largest));
        return;
    }
    const double error = static_cast<double>(back.value.value()) - v;
    require((error < 0 ? -error : error) <= a * tolerance + 1e-300);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 12) return 0;
    std::uint64_t b = 0;
    std::memcpy(&b, data, sizeof b);
    double raw = 0;
    std::memcpy(&raw, &b, sizeof raw);
    format_options options;
    options.style = static_cast<notation>(data[9] % 4);
    options.precision = 1 + data[10] % 17;
    options.binary = (data[10] & 0x80) != 0;
    const std::size_t buffer = data[11];
    switch (data[8] % 16) {
    case 0:
        check<flops>(raw, options, buffer);
        break;
    case 1:
        check<flop_rate>(raw, options, buffer);
        break;
    case 2:
        check<tokens>(raw, options, buffer);
        break;
    case 3:
        check<parameters>(raw, options, buffer);
        break;
    case 4:
        check<bytes>(raw, options, buffer);
        break;
    case 5:
        check<bandwidth>(raw, options, buffer);
        break;
    case 6:
        check<duration>(raw, options, buffer);
        break;
    case 7:
        check<power>(raw, options, buffer);
        break;
    case 8:
        check<energy>(raw, options, buffer);
        break;
    case 9:
        check<usd>(raw, options, buffer);
        break;
    case 10:
        check<usd_per_hour>(raw, options, buffer);
        break;
    case 11:
        check<usd_per_energy>(raw, options, buffer);
        break;
    case 12:
        check<flops_per_joule>(raw, options, buffer);
        break;
    case 13:
        check<token_rate>(raw, options, buffer);
        break;
    case 14:
        check<quantity<dim<1, 0, 0, -1, -1, 0, 0>>>(raw, options, buffer);
        break;
    default:
        check<quantity<dims::operations, float>>(raw, options, buffer);
        break;
    }
    return 0;
}
