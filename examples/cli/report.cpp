#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace fscli {

std::string plain(double value, int digits) {
    char buffer[48];
    if (!std::isfinite(value)) return "n/a";
    const double magnitude = value == 0 ? 0 : std::floor(std::log10(std::abs(value)));
    if (magnitude >= 9 || magnitude < -4) {
        std::snprintf(buffer, sizeof buffer, "%.*e", digits - 1, value);
        return buffer;
    }
    const int decimals = std::max(0, digits - 1 - static_cast<int>(magnitude));
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string out = buffer;
    // "2.00" reads better as "2", "38.50" as "38.5".
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0')
            out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    return out;
}

std::string count(double value) {
    if (!std::isfinite(value)) return "n/a";
    if (value != std::floor(value) || std::abs(value) >= 1e15) return plain(value, 4);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", std::abs(value));
    std::string digits = buffer;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (value < 0 ? "-" : "") + out;
}

std::string scaled(double value) {
    if (!std::isfinite(value)) return "n/a";
    const char* const suffixes[] = {"", "K", "M", "B", "T"};
    std::size_t k = 0;
    while (k + 1 < sizeof suffixes / sizeof suffixes[0] && std::abs(value) >= 1000) {
        value /= 1000;
        ++k;
    }
    return plain(value, 4) + suffixes[k];
}

void report::heading(std::string title) {
    entries_.push_back({kind::heading, {}, {}, std::move(title), 0, false});
}
void report::number(std::string key, std::string label, std::string shown, double value) {
    entries_.push_back(
        {kind::number, std::move(key), std::move(label), std::move(shown), value, false});
}
void report::string(std::string key, std::string label, std::string value) {
    entries_.push_back({kind::text, std::move(key), std::move(label), std::move(value), 0, false});
}
void report::boolean(std::string key, std::string label, bool value, std::string shown) {
    entries_.push_back(
        {kind::boolean, std::move(key), std::move(label), std::move(shown), 0, value});
}
void report::row(std::string label, std::string shown) {
    entries_.push_back({kind::text, {}, std::move(label), std::move(shown), 0, false});
}
void report::json_number(std::string key, double value) {
    entries_.push_back({kind::number, std::move(key), {}, {}, value, false});
}
void report::json_string(std::string key, std::string value) {
    entries_.push_back({kind::text, std::move(key), {}, std::move(value), 0, false});
}

void report::begin_row(kind type, const char* key, std::size_t key_size, const char* label,
                       std::size_t label_size, double value) {
    entries_.push_back({type,
                        std::string(key, key_size),
                        std::string(label, label_size),
                        {},
                        type == kind::number ? value : 0,
                        type == kind::boolean && value != 0});
}
void report::put_text(const char* text, std::size_t size) {
    entries_.back().shown.append(text, size);
}
void report::put_number(double value, int digits) {
    put(plain(value, digits));
}
void report::put_count(double value) {
    put(count(value));
}
void report::put_scaled(double value) {
    put(scaled(value));
}

std::string report::table() const {
    std::size_t width = 0;
    for (const entry& e : entries_)
        if (e.type != kind::heading) width = std::max(width, e.label.size());
    std::string out;
    for (const entry& e : entries_) {
        if (e.type == kind::heading) {
            if (!out.empty()) out += '\n';
            out += e.shown + '\n';
            continue;
        }
        if (e.label.empty()) continue;
        out += "  " + e.label + std::string(width - e.label.size() + 2, ' ') + e.shown + '\n';
    }
    return out;
}

std::string json_quote(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string json_number_text(double value) {
    if (!std::isfinite(value)) return "null";
    // The shortest of 15, 16 or 17 significant digits that reads back as the same double.
    char buffer[40];
    for (int digits = 15; digits <= 17; ++digits) {
        std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

std::string report::json() const {
    std::string out = "{";
    bool first = true;
    for (const entry& e : entries_) {
        if (e.type == kind::heading || e.key.empty()) continue;
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += json_quote(e.key) + ": ";
        switch (e.type) {
        case kind::number:
            out += json_number_text(e.value);
            break;
        case kind::text:
            out += json_quote(e.shown);
            break;
        case kind::boolean:
            out += e.flag ? "true" : "false";
            break;
        case kind::heading:
            break;
        }
    }
    return out + "\n}\n";
}

std::string columns(const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& right) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - row[i].size(), ' ');
            const bool align_right = i < right.size() && right[i];
            line += (i == 0 ? "" : "  ") + (align_right ? pad + row[i] : row[i] + pad);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + '\n';
    }
    return out;
}

} // namespace fscli
