#include "model_flags.hpp"

#include "lookup.hpp"

#include <string_view>

namespace fscli {
namespace {

// The shape flags other than --model and --seq; --gated is a switch.
constexpr std::string_view shape_flag_names[] = {"layers",   "d-model", "heads",
                                                 "kv-heads", "d-ff",    "gated",
                                                 "vocab",    "experts", "experts-per-token"};

bool read_count(const arguments& args, std::string_view name, int low, int& out,
                std::string& error) {
    double value = 0;
    if (!read_bounded(args, name, low, 1e9, true, false, value, error)) return false;
    if (value != static_cast<double>(static_cast<int>(value))) {
        error = "--" + std::string(name) + " must be a whole number, got " + *args.find(name);
        return false;
    }
    out = static_cast<int>(value);
    return true;
}

bool read_optional_count(const arguments& args, std::string_view name, int low, int& out,
                         std::string& error) {
    return !args.has(name) || read_count(args, name, low, out, error);
}

bool read_shape(const arguments& args, flopscale::transformer& t, std::string& error) {
    for (std::string_view required : {"layers", "d-model", "heads"})
        if (!args.has(required)) {
            error = "a custom model needs --layers, --d-model and --heads (or give --model)";
            return false;
        }
    t = flopscale::transformer{};
    t.vocab = 32000;
    t.seq_len = 2048;
    t.gated_mlp = args.has("gated");
    if (!read_count(args, "layers", 1, t.layers, error) ||
        !read_count(args, "d-model", 1, t.d_model, error) ||
        !read_count(args, "heads", 1, t.heads, error) ||
        !read_optional_count(args, "kv-heads", 1, t.kv_heads, error) ||
        !read_optional_count(args, "d-ff", 1, t.d_ff, error) ||
        !read_optional_count(args, "vocab", 1, t.vocab, error) ||
        !read_optional_count(args, "experts", 1, t.experts, error) ||
        !read_optional_count(args, "experts-per-token", 1, t.experts_per_token, error))
        return false;
    if (args.has("experts-per-token") && !args.has("experts")) {
        error = "--experts-per-token needs --experts";
        return false;
    }
    if (t.d_model % t.heads != 0) {
        error = "--heads must divide --d-model";
        return false;
    }
    if (t.heads % (t.kv_heads > 0 ? t.kv_heads : t.heads) != 0) {
        error = "--kv-heads must divide --heads";
        return false;
    }
    if (t.experts_per_token > t.experts) {
        error = "--experts-per-token must not exceed --experts";
        return false;
    }
    return true;
}

} // namespace

std::vector<flag> model_flags(bool with_seq) {
    std::vector<flag> flags{
        {"model", true, "NAME",
         "a published shape: gpt3-175b, chinchilla-70b, llama2-70b, llama3-405b,\n"
         "palm-540b, deepseek-v3, deepseek-llm-7b/67b; or give the shape flags"},
        {"layers", true, "L", "transformer layers (custom shape)"},
        {"d-model", true, "D", "model width (custom shape)"},
        {"heads", true, "H", "attention heads (custom shape)"},
        {"kv-heads", true, "K", "key/value heads for grouped-query attention (default: heads)"},
        {"d-ff", true, "F", "MLP hidden size, per expert (default 4 x d-model)"},
        {"gated", false, "", "gated MLP (SwiGLU: three matrices)"},
        {"vocab", true, "V", "vocabulary size (default 32000)"},
        {"experts", true, "E", "routed experts per layer (mixture of experts)"},
        {"experts-per-token", true, "K", "routed experts each token visits"}};
    if (with_seq)
        flags.push_back({"seq", true, "S", "sequence length in tokens (default: the model's)"});
    return flags;
}

bool gives_model(const arguments& args) {
    if (args.has("model")) return true;
    for (std::string_view name : shape_flag_names)
        if (args.has(name)) return true;
    return false;
}

bool read_model(const arguments& args, model_choice& out, std::string& error) {
    bool shape_flags = false;
    for (std::string_view name : shape_flag_names)
        shape_flags = shape_flags || args.has(name);
    if (args.has("model")) {
        if (shape_flags) {
            error = "give --model or the shape flags (--layers, --d-model, ...), not both";
            return false;
        }
        const named_model* preset = find_model(*args.find("model"), error);
        if (preset == nullptr) return false;
        out = {*preset->shape, std::string(preset->name), std::string(preset->description)};
    } else {
        if (!read_shape(args, out.shape, error)) return false;
        out.name = "custom";
        out.description =
            "custom " + std::to_string(out.shape.layers) + " x " +
            std::to_string(out.shape.d_model) +
            (out.shape.experts > 1 ? " mixture of " + std::to_string(out.shape.experts) + " experts"
                                   : std::string(" transformer"));
    }
    if (args.has("seq") && !read_count(args, "seq", 1, out.shape.seq_len, error)) return false;
    if (!flopscale::valid(out.shape)) {
        error = "the model shape is not valid";
        return false;
    }
    return true;
}

} // namespace fscli
