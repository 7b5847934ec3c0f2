// Compile-time facts of the notable runs and their lookup: building this file is the test.
#include "flopscale/runs.hpp"

#include <cstddef>

namespace {
using namespace flopscale;

// The named constants refer to the records whose names they carry.
static_assert(runs::gpt3_175b.name == "GPT-3 175B", "runs::gpt3_175b");
static_assert(runs::gopher.name == "Gopher 280B", "runs::gopher");
static_assert(runs::lamda.name == "LaMDA 137B", "runs::lamda");
static_assert(runs::chinchilla.name == "Chinchilla 70B", "runs::chinchilla");
static_assert(runs::palm_540b.name == "PaLM 540B", "runs::palm_540b");
static_assert(runs::opt_175b.name == "OPT-175B", "runs::opt_175b");
static_assert(runs::bloom_176b.name == "BLOOM-176B", "runs::bloom_176b");
static_assert(runs::llama_65b.name == "LLaMA-65B", "runs::llama_65b");
static_assert(runs::gpt4.name == "GPT-4", "runs::gpt4");
static_assert(runs::llama2_70b.name == "Llama 2 70B", "runs::llama2_70b");
static_assert(runs::falcon_180b.name == "Falcon-180B", "runs::falcon_180b");
static_assert(runs::grok1.name == "Grok-1", "runs::grok1");
static_assert(runs::yi_34b.name == "Yi-34B", "runs::yi_34b");
static_assert(runs::gemini1_ultra.name == "Gemini 1.0 Ultra", "runs::gemini1_ultra");
static_assert(runs::mixtral_8x22b.name == "Mixtral 8x22B", "runs::mixtral_8x22b");
static_assert(runs::llama3_8b.name == "Llama 3 8B", "runs::llama3_8b");
static_assert(runs::llama3_70b.name == "Llama 3 70B", "runs::llama3_70b");
static_assert(runs::deepseek_v2.name == "DeepSeek-V2", "runs::deepseek_v2");
static_assert(runs::nemotron4_340b.name == "Nemotron-4 340B", "runs::nemotron4_340b");
static_assert(runs::llama3_1_405b.name == "Llama 3.1 405B", "runs::llama3_1_405b");
static_assert(runs::grok2.name == "Grok-2", "runs::grok2");
static_assert(runs::qwen2_5_72b.name == "Qwen2.5-72B", "runs::qwen2_5_72b");
static_assert(runs::yi_lightning.name == "Yi-Lightning", "runs::yi_lightning");
static_assert(runs::deepseek_v3.name == "DeepSeek-V3", "runs::deepseek_v3");
static_assert(runs::grok3.name == "Grok 3", "runs::grok3");
static_assert(runs::llama4_maverick.name == "Llama 4 Maverick", "runs::llama4_maverick");
static_assert(runs::llama4_behemoth.name == "Llama 4 Behemoth (preview)", "runs::llama4_behemoth");
static_assert(runs::qwen3_235b.name == "Qwen3-235B-A22B", "runs::qwen3_235b");
static_assert(runs::kimi_k2.name == "Kimi K2", "runs::kimi_k2");
static_assert(runs::grok4.name == "Grok 4", "runs::grok4");
static_assert(runs::gpt_oss_120b.name == "gpt-oss-120b", "runs::gpt_oss_120b");
static_assert(runs::gpt4_5.name == "GPT-4.5", "runs::gpt4_5");
static_assert(runs::gpt5.name == "GPT-5", "runs::gpt5");
static_assert(runs::k_exaone.name == "K-EXAONE", "runs::k_exaone");
static_assert(runs::olmo3_32b.name == "Olmo 3 32B", "runs::olmo3_32b");
static_assert(runs::kimi_k2_5.name == "Kimi K2.5", "runs::kimi_k2_5");
static_assert(runs::glm5.name == "GLM-5", "runs::glm5");
static_assert(runs::deepseek_v4_pro.name == "DeepSeek-V4-Pro", "runs::deepseek_v4_pro");
static_assert(runs::claude_mythos_preview.name == "Claude Mythos Preview",
              "runs::claude_mythos_preview");

// Every record has a source, undisclosed figures are NaN, and the flagged derived figures are
// explained; in a constant expression, so a new record that breaks one fails to build.
constexpr bool records_hold() {
    for (const runs::training_run& run : runs::all) {
        if (run.sources.empty() || run.name.empty() || run.organisation.empty()) return false;
        if (run.year < 2020 || run.year > 2026) return false;
        if ((runs::mfu_implausible(run) || runs::six_nd_disagrees(run)) && run.data_note.empty())
            return false;
        if ((run.compute_source == runs::flop_source::estimated) == run.estimated_by.empty())
            return false;
    }
    return true;
}
static_assert(records_hold(), "every record sourced, flagged figures explained");

// Records are in year order, as runs::all promises.
constexpr bool oldest_first() {
    for (std::size_t i = 1; i < runs::all.size(); ++i)
        if (runs::all[i].year < runs::all[i - 1].year) return false;
    return true;
}
static_assert(oldest_first(), "runs::all is oldest first");

// Lookup: full names, aliases, an organisation in front; never a guess.
static_assert(runs::find_run("PaLM") == &runs::palm_540b, "alias");
static_assert(runs::find_run("chinchilla") == &runs::chinchilla, "alias, any case");
static_assert(runs::find_run("OpenAI GPT-4") == &runs::gpt4, "organisation prefix");
static_assert(runs::find_run("Anthropic Mythos") == &runs::claude_mythos_preview, "both");
static_assert(runs::find_run("GPT-6") == nullptr, "unknown");
} // namespace
