#include "arguments.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace fscli {

bool arguments::parse(int argc, const char* const* argv, int first, const std::vector<flag>& known,
                      std::size_t max_words, std::string& error) {
    for (int i = first; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word.size() < 3 || word.substr(0, 2) != "--") {
            if (words_.size() < max_words && word.substr(0, 1) != "-") {
                words_.emplace_back(word);
                continue;
            }
            error = "unexpected argument '" + std::string(word) + "' (flags start with --)";
            return false;
        }
        std::string_view name = word.substr(2);
        std::string value;
        bool has_inline_value = false;
        if (const auto eq = name.find('='); eq != std::string_view::npos) {
            value = std::string(name.substr(eq + 1));
            name = name.substr(0, eq);
            has_inline_value = true;
        }
        const auto spec =
            std::find_if(known.begin(), known.end(), [&](const flag& f) { return f.name == name; });
        if (spec == known.end()) {
            error = "unknown flag --" + std::string(name);
            return false;
        }
        if (find(name) != nullptr) {
            error = "flag --" + std::string(name) + " given twice";
            return false;
        }
        if (spec->takes_value && !has_inline_value) {
            if (i + 1 >= argc) {
                error = "flag --" + std::string(name) + " needs a value";
                return false;
            }
            value = argv[++i];
        } else if (!spec->takes_value && has_inline_value) {
            error = "flag --" + std::string(name) + " takes no value";
            return false;
        }
        if (spec->takes_value && value.empty()) {
            error = "flag --" + std::string(name) + " has an empty value";
            return false;
        }
        given_.emplace_back(std::string(name), std::move(value));
    }
    return true;
}

const std::string* arguments::find(std::string_view name) const {
    for (const auto& entry : given_)
        if (entry.first == name) return &entry.second;
    return nullptr;
}

bool read_number(std::string_view text, double& out, bool allow_percent) {
    std::string copy(text);
    bool percent = false;
    if (allow_percent && !copy.empty() && copy.back() == '%') {
        percent = true;
        copy.pop_back();
    }
    // strtod would skip leading white space and accept hexadecimal and "inf"; insist on a plain
    // decimal number instead.
    if (copy.empty() || copy.find_first_not_of("0123456789.eE+-") != std::string::npos)
        return false;
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return false;
    out = percent ? value / 100 : value;
    return true;
}

std::string normalized(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '-' || c == '_' || c == '.') continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

std::vector<std::string> closest(std::string_view text, const std::vector<std::string>& candidates,
                                 std::size_t count) {
    const std::string key = normalized(text);
    // (distance, position): sorting both keeps equally close names in the caller's order.
    std::vector<std::pair<std::size_t, std::size_t>> scored;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::string other = normalized(candidates[i]);
        // A name that contains what was typed ("910" in "Ascend 910C") is a good suggestion
        // even when the full names are far apart.
        const bool contains = !key.empty() && other.find(key) != std::string::npos;
        scored.emplace_back(contains ? 0 : edit_distance(key, other), i);
    }
    // The `count` smallest in order, picked one by one: few are wanted, and a selection is a
    // fraction of a sort's code in flopscale.wasm.
    std::vector<std::string> best;
    for (auto next = scored.begin(); next != scored.end() && best.size() < count; ++next) {
        std::iter_swap(next, std::min_element(next, scored.end()));
        best.push_back(candidates[next->second]);
    }
    return best;
}

} // namespace fscli
