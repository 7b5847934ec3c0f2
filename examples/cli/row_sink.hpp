// Where a report's rows go. A builder that writes rows through this interface needs no heap, so
// the same rows become the flopscale tool's table and JSON (report.hpp) and flopscale.wasm's
// output buffer (examples/web), and the two cannot drift apart.
#pragma once

#include "flopscale/format.hpp"

#include <cstddef>
#include <string_view>

namespace fscli {

class row_sink {
public:
    enum class kind { heading, number, text, boolean };

    // Starts a row: `key` names it in JSON (empty: the table alone shows it), `label` in the table
    // (empty: a value JSON carries and the table shows in another row); `value` in base units
    // (NaN for text, 1 or 0 for yes/no). What the row shows follows through the put functions,
    // a heading's title included.
    void begin(kind type, std::string_view key, std::string_view label, double value) {
        begin_row(type, key.data(), key.size(), label.data(), label.size(), value);
    }
    void put(std::string_view text) { put_text(text.data(), text.size()); }
    // A number with `digits` significant digits and no trailing zeros: "0.4", "38.5", "2".
    virtual void put_number(double value, int digits) = 0;
    // A whole number with thousands separators ("16,384"); others as put_number(value, 4).
    virtual void put_count(double value) = 0;
    // Four significant digits and a K, M, B or T suffix: "26.61M".
    virtual void put_scaled(double value) = 0;

    // A quantity as the library's formatter writes it ("3.79e25 FLOP", "67.8 days"); "n/a" for
    // NaN (a figure the inputs do not determine) and infinities.
    template <class Q>
    void put_quantity(const Q& q) {
        if (!(q.value() - q.value() == 0)) return put("n/a");
        char buffer[96];
        const auto r = flopscale::to_chars(buffer, buffer + sizeof buffer, q);
        if (r.ec != std::errc{}) return put("?");
        put({buffer, static_cast<std::size_t>(r.ptr - buffer)});
    }

protected:
    // What an implementation provides. Text crosses as pointer and size: a string_view argument
    // would cost flopscale.wasm a copy in memory at each of the builders' many calls.
    virtual void begin_row(kind type, const char* key, std::size_t key_size, const char* label,
                           std::size_t label_size, double value) = 0;
    virtual void put_text(const char* text, std::size_t size) = 0;

    row_sink() = default;
    row_sink(const row_sink&) = default;
    row_sink& operator=(const row_sink&) = default;
    ~row_sink() = default;
};

} // namespace fscli
