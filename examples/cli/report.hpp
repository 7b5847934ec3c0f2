// One answer, two renderings: an aligned table for people and one JSON object for programs. Each
// entry carries both its readable text (from the library's formatter) and its raw value in base
// units, so the two outputs cannot disagree.
#pragma once

#include "row_sink.hpp"

#include "flopscale/format.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace fscli {

// A quantity as the library's formatter writes it, e.g. "3.79e25 FLOP" or "67.8 days"; "n/a"
// for NaN (a figure the inputs do not determine) and infinities.
template <class Q>
std::string text(const Q& q) {
    if (!(q.value() - q.value() == 0)) return "n/a";
    char buffer[96];
    const auto result = flopscale::to_chars(buffer, buffer + sizeof buffer, q);
    if (result.ec != std::errc{}) return "?";
    return std::string(buffer, result.ptr);
}

// A number with `digits` significant digits and no trailing zeros: "0.4", "38.5", "2"; scientific
// from 1e9 up and below 1e-4. "n/a" for NaN and infinities.
std::string plain(double value, int digits = 3);
// A whole number with thousands separators ("16,384"); other numbers as plain().
std::string count(double value);
// With a K, M, B or T suffix and four significant digits: "26.61M".
std::string scaled(double value);

// Also a row_sink: rows written once for the tool and flopscale.wasm (plan_rows.hpp) land here.
class report : public row_sink {
public:
    // A section heading in the table; JSON ignores it.
    void heading(std::string title);
    // A number: `shown` in the table, `value` (base units) under `key` in JSON.
    void number(std::string key, std::string label, std::string shown, double value);
    template <class Q>
    void quantity(std::string key, std::string label, const Q& q) {
        number(std::move(key), std::move(label), text(q), q.value());
    }
    void string(std::string key, std::string label, std::string value);
    void boolean(std::string key, std::string label, bool value, std::string shown);
    // A row that only the table shows.
    void row(std::string label, std::string shown);
    // A value that only JSON carries (the table shows it in another row).
    void json_number(std::string key, double value);
    void json_string(std::string key, std::string value);

    using row_sink::begin;
    using row_sink::put;
    void put_number(double value, int digits) override;
    void put_count(double value) override;
    void put_scaled(double value) override;

    std::string table() const;
    std::string json() const;

private:
    void begin_row(kind type, const char* key, std::size_t key_size, const char* label,
                   std::size_t label_size, double value) override;
    void put_text(const char* text, std::size_t size) override;

    struct entry {
        kind type;
        std::string key;   // empty: table only
        std::string label; // empty: JSON only
        std::string shown; // a heading's title
        double value = 0;
        bool flag = false;
    };
    std::vector<entry> entries_;
};

// JSON text helpers shared with the commands that print arrays.
std::string json_quote(std::string_view text);
std::string json_number_text(double value); // "null" for NaN and infinities

// An aligned table: the first row is the header, numbers right-aligned when `right[i]` holds.
std::string columns(const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& right);

} // namespace fscli
