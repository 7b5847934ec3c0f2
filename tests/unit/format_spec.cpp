// quantity_formatter driven the way {fmt} and std::format drive a formatter, through minimal
// stand-ins for their parse and format contexts.
#include "flopscale/format.hpp"

#include "catch_compat.hpp"

#include <iterator>
#include <string>
#include <string_view>

using namespace flopscale;

namespace {
struct parse_context {
    std::string_view spec;
    constexpr const char* begin() const { return spec.data(); }
    constexpr const char* end() const { return spec.data() + spec.size(); }
};
struct format_context {
    std::string* text;
    std::back_insert_iterator<std::string> out() { return std::back_inserter(*text); }
};
struct spec_error {
    struct raised {
        const char* message;
    };
    static void raise(const char* message) { throw raised{message}; }
};

// The format string's replacement field spec, as the library passes it: up to and with '}'.
template <class Q>
std::string format_with(std::string_view spec, const Q& q) {
    quantity_formatter<Q, spec_error> f;
    parse_context pc{spec};
    const char* stop = f.parse(pc);
    REQUIRE(stop != pc.end());
    REQUIRE(*stop == '}');
    std::string text;
    format_context fc{&text};
    f.format(q, fc);
    return text;
}

template <class Q>
bool rejected(std::string_view spec, const Q& q) {
    try {
        static_cast<void>(format_with(spec, q));
    } catch (const spec_error::raised&) {
        return true;
    }
    return false;
}
} // namespace

TEST_CASE("the formatter base reads the spec grammar", "[format]") {
    const flop_rate h100{989.4e12};
    CHECK(format_with("}", h100) == "989.4 TFLOP/s");
    CHECK(format_with(".2}", h100) == "990 TFLOP/s");
    CHECK(format_with("e}", h100) == "9.894e14 FLOP/s");
    CHECK(format_with("p}", h100) == "989400000000000 FLOP/s");
    CHECK(format_with("r}", flops{0.1 + 0.2}) == "0.30000000000000004 FLOP");
    CHECK(format_with("[PFLOP/s]}", h100) == "0.9894 PFLOP/s");
    CHECK(format_with(".3[TFLOPS]}", h100) == "989 TFLOPS");
    CHECK(format_with("i}", bytes{141 * 1073741824.0}) == "141 GiB");
    CHECK(format_with("16}", h100) == "   989.4 TFLOP/s");
    CHECK(format_with("<16}", h100) == "989.4 TFLOP/s   ");
    CHECK(format_with("_^17}", h100) == "__989.4 TFLOP/s__");
    CHECK(format_with("[USD/kWh]}", usd_per_energy{0.08 / 3.6e6}) == "0.08 USD/kWh");
}

TEST_CASE("the formatter base rejects invalid specs through its policy", "[format]") {
    const flop_rate h100{989.4e12};
    CHECK(rejected("[W]}", h100));
    CHECK(rejected("[furlongs]}", h100));
    CHECK(rejected("[TFLOP/s}", h100));
    CHECK(rejected(".}", h100));
    CHECK(rejected(".0}", h100));
    CHECK(rejected(".18}", h100));
    CHECK(rejected("x}", h100));
    CHECK(rejected("r[TFLOP/s]}", h100));
    CHECK(rejected("{<5}", h100));
}

TEST_CASE("the formatter base works in constant expressions", "[format]") {
    constexpr auto width = [] {
        quantity_formatter<flop_rate> f;
        constexpr std::string_view spec = ">20.3[PFLOP/s]}";
        f.parse_spec(spec.data(), spec.data() + spec.size());
        char text[32]{};
        const to_chars_result r = f.write(text, text + sizeof text, flop_rate{989.4e12});
        return r.ptr - text;
    }();
    STATIC_REQUIRE(width == 20);
}
