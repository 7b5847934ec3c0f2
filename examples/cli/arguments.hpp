// Command-line arguments of the flopscale tool: `--name value`, `--name=value` and switches, each
// command with its own set of known flags. Every reader reports bad input as one sentence in
// `error` and returns false; nothing is defaulted silently and nothing throws.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fscli {

struct flag {
    std::string_view name; // without the leading "--"
    bool takes_value;
    std::string_view value_name; // for the help text, e.g. "N"
    std::string_view help;
};

class arguments {
public:
    // Reads argv[first, argc). Rejects unknown flags, repeated flags, missing values and more
    // than `max_words` words that are not flags.
    bool parse(int argc, const char* const* argv, int first, const std::vector<flag>& known,
               std::size_t max_words, std::string& error);

    bool has(std::string_view name) const { return find(name) != nullptr; }
    // The text given for a flag, or nullptr when it was not given.
    const std::string* find(std::string_view name) const;

    // The words that are not flags, in order (e.g. the kind of plot).
    const std::vector<std::string>& words() const { return words_; }

private:
    std::vector<std::pair<std::string, std::string>> given_;
    std::vector<std::string> words_;
};

// A plain decimal number such as "0.4", "16384" or "1e5"; a percentage ("40%") when
// `allow_percent` holds, read as a fraction. Rejects trailing text, NaN and infinities.
bool read_number(std::string_view text, double& out, bool allow_percent = false);

// The closest of `candidates` to `text` by edit distance, best first, at most `count` of them.
std::vector<std::string> closest(std::string_view text, const std::vector<std::string>& candidates,
                                 std::size_t count);

// Lower case, with spaces, hyphens, underscores and dots removed: "Llama-3.1 405B" ->
// "llama31405b".
std::string normalized(std::string_view text);

} // namespace fscli
