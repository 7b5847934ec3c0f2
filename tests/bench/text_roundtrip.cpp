// Text conversion at scale: exact notation must read back bit for bit, be no longer than the
// shortest precision printf needs, and parse must agree with strtod. Prints throughput next to
// snprintf/strtod and exits non-zero on any mismatch.
//   bench_text_roundtrip [samples = 1000000]
#include "flopscale/format.hpp"
#include "flopscale/parse.hpp"

#include "exact_text.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {
using namespace flopscale;
using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
    return std::chrono::duration<double>(clock_type::now() - start).count();
}
} // namespace

int main(int argc, char** argv) {
    const long samples = argc > 1 ? std::atol(argv[1]) : 1000000;
    std::mt19937_64 rng(0x5eed);
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(samples) + 64);
    // Edge cases first, then random bit patterns (one in four subnormal, one in four in the
    // exponent range of the field's quantities).
    for (double e : round_trip_edges) {
        values.push_back(e);
        values.push_back(-e);
    }
    while (static_cast<long>(values.size()) < samples) {
        std::uint64_t b = rng();
        switch (rng() % 4) {
        case 0:
            b &= (std::uint64_t{1} << 52) - 1;
            break;
        case 1:
            b = (b & ((std::uint64_t{1} << 52) - 1)) | ((1000 + rng() % 120) << 52);
            break;
        default:
            break;
        }
        const double v = from_bits(b);
        if (v == v && v <= std::numeric_limits<double>::max() &&
            v >= -std::numeric_limits<double>::max()) {
            values.push_back(v);
        }
    }

    long failures = 0;
    format_options exact;
    exact.style = notation::exact;
    std::vector<std::string> texts;
    texts.reserve(values.size());

    auto start = clock_type::now();
    std::size_t written = 0;
    for (double v : values) {
        char buffer[64];
        const to_chars_result r = to_chars(buffer, buffer + sizeof buffer, flops{v}, exact);
        written += static_cast<std::size_t>(r.ptr - buffer);
    }
    const double format_seconds = seconds_since(start);
    for (double v : values) {
        char buffer[64];
        const to_chars_result r = to_chars(buffer, buffer + sizeof buffer, flops{v}, exact);
        texts.emplace_back(buffer, r.ptr);
    }

    start = clock_type::now();
    std::size_t index = 0;
    for (const std::string& t : texts) {
        const parse_result<flops> back = parse<flops>(t);
        if (!back || bits(back.value.value()) != bits(values[index])) {
            if (failures++ < 10) std::printf("round trip failed: %s\n", t.c_str());
        }
        ++index;
    }
    const double parse_seconds = seconds_since(start);

    start = clock_type::now();
    for (double v : values) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", v);
    }
    const double snprintf_seconds = seconds_since(start);
    start = clock_type::now();
    double sink = 0;
    for (const std::string& t : texts)
        sink += std::strtod(t.c_str(), nullptr);
    const double strtod_seconds = seconds_since(start);

    // Shortest: no more digits than the least printf precision that reads back.
    const std::size_t stride = 10;
    for (std::size_t i = 0; i < values.size(); i += stride) {
        const double v = values[i];
        const int shortest = shortest_printf_digits(v);
        const std::string& t = texts[i];
        if (significant_digits(std::string_view(t).substr(0, t.size() - 5)) >
            static_cast<std::size_t>(shortest)) {
            if (failures++ < 10) std::printf("not shortest: %s (%d digits)\n", t.c_str(), shortest);
        }
    }

    // Parsing random decimal strings of 1 to 40 digits against strtod.
    long parse_checks = 0;
    for (long i = 0; i < samples; ++i) {
        std::string s;
        const int n = 1 + static_cast<int>(rng() % 40);
        for (int k = 0; k < n; ++k)
            s += static_cast<char>('0' + rng() % 10);
        if (rng() % 2 == 0) s.insert(rng() % s.size(), ".");
        s += "e" + std::to_string(static_cast<int>(rng() % 660) - 345);
        const parse_result<flops> mine = parse<flops>(s);
        const double reference = std::strtod(s.c_str(), nullptr);
        const bool agree = mine ? bits(mine.value.value()) == bits(reference)
                                : (mine.error == parse_error::out_of_range &&
                                   reference > std::numeric_limits<double>::max());
        if (!agree && failures++ < 10) std::printf("parse differs from strtod: %s\n", s.c_str());
        ++parse_checks;
    }

    const double n = static_cast<double>(values.size());
    std::printf("exact round trip: %zu values, %zu checked for shortness, %ld strings vs strtod\n",
                values.size(), values.size() / stride, parse_checks);
    std::printf("to_chars exact   %6.1f ns/value   (snprintf %%.17g %6.1f ns)\n",
                format_seconds / n * 1e9, snprintf_seconds / n * 1e9);
    std::printf("parse<flops>     %6.1f ns/value   (strtod        %6.1f ns)\n",
                parse_seconds / n * 1e9, strtod_seconds / n * 1e9);
    std::printf("%s (%ld failures)%s\n", failures == 0 ? "PASS" : "FAIL", failures,
                sink == 0.5 && written == 0 ? " " : "");
    return failures == 0 ? 0 : 1;
}
