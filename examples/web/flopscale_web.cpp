// The C interface of flopscale.wasm (flopscale_web.h): the library's parser, formatter, catalog,
// compute-optimal split and planner, with the flopscale tool's names for models, chips and laws
// and its error messages. The same file builds natively, so a test can compare both bit for bit.
#include "flopscale_web.h"

#include "../cli/lookup.hpp"
#include "../cli/plan_rows.hpp"

#include "flopscale/format.hpp"
#include "flopscale/plan.hpp"
#include "flopscale/plan_goodput.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace {

using namespace flopscale;
using plain_number = quantity<dim<0, 0, 0, 0, 0, 0, 0>>;

char input_text[FS_INPUT_CAPACITY];
double values[FS_VALUE_CAPACITY];

// The output buffer: text is cut at the capacity rather than written past it.
class output_text {
public:
    void clear() { size_ = 0; }
    int size() const { return static_cast<int>(size_); }
    const char* data() const { return data_; }

    void put(std::string_view s) {
        for (const char c : s)
            if (size_ < FS_OUTPUT_CAPACITY) data_[size_++] = c;
    }
    // Whatever the library's to_chars writes into the free space.
    template <class Write>
    void put_with(Write write) {
        char* const first = data_ + size_;
        const to_chars_result r = write(first, data_ + FS_OUTPUT_CAPACITY);
        if (r.ec == std::errc{}) size_ += static_cast<std::size_t>(r.ptr - first);
    }
    // A quantity in the library's notation; "n/a" for NaN and infinities.
    template <class Q>
    void quantity(const Q& q, const format_options& options = {}) {
        if (!math::isfinite(q.value())) return put("n/a");
        put_with([&](char* f, char* l) { return to_chars(f, l, q, options); });
    }
    // A plain number with `digits` significant digits and no trailing zeros.
    void number(double v, int digits = 3) {
        if (!math::isfinite(v)) return put("n/a");
        format_options options;
        options.precision = digits;
        put_with([&](char* f, char* l) {
            return to_chars(f, l, plain_number{v}, unit<dim<0, 0, 0, 0, 0, 0, 0>>{1.0, ""},
                            options);
        });
    }
    // A whole number with thousands separators ("16,384"); others as number(v, 4).
    void count(double v) {
        if (!math::isfinite(v) || v != math::floor(v) || math::abs(v) >= 1e15) return number(v, 4);
        if (v < 0) put("-");
        char digits[16];
        int n = 0;
        for (double rest = math::abs(v); n == 0 || rest >= 1; rest = math::floor(rest / 10))
            digits[n++] =
                static_cast<char>('0' + static_cast<int>(rest - math::floor(rest / 10) * 10));
        for (int i = n - 1; i >= 0; --i) {
            const char digit[] = {digits[i], '\0'};
            put(digit);
            if (i > 0 && i % 3 == 0) put(",");
        }
    }
    // Four significant digits and a K, M, B or T suffix: "26.61M".
    void scaled(double v) {
        const char* const suffixes[] = {"", "K", "M", "B", "T"};
        std::size_t k = 0;
        while (k + 1 < sizeof suffixes / sizeof suffixes[0] && math::abs(v) >= 1000) {
            v /= 1000;
            ++k;
        }
        number(v, 4);
        if (math::isfinite(v)) put(suffixes[k]);
    }

private:
    char data_[FS_OUTPUT_CAPACITY];
    std::size_t size_ = 0;
};

output_text out;

int fail(std::string_view message) {
    out.clear();
    out.put(message);
    return 1;
}

std::string_view input(int length) {
    const int n = length < 0 ? 0 : (length > FS_INPUT_CAPACITY ? FS_INPUT_CAPACITY : length);
    return {input_text, static_cast<std::size_t>(n)};
}

// Why `text` is not `what`, in the flopscale tool's words.
std::string cannot_read(std::string_view text, std::string_view what, parse_error e,
                        std::size_t pos) {
    return "cannot read '" + std::string(text) + "' as " + std::string(what) + " " +
           fscli::parse_problem(text, e, pos);
}

// The library's parser into `value`; on failure, the reason in `error` and `value` unchanged.
template <class Q>
bool read(std::string_view text, std::string_view what, Q& value, std::string& error) {
    const auto r = flopscale::parse<Q>(text);
    if (!r) {
        error = cannot_read(text, what, r.error, r.pos);
        return false;
    }
    value = r.value;
    return true;
}

// Calls f with a value-initialised quantity of `kind` and a description of it.
template <class F>
int with_kind(int kind, F f) {
    switch (kind) {
    case FS_PARAMETERS:
        return f(parameters{}, "a parameter count");
    case FS_TOKENS:
        return f(tokens{}, "a token count");
    case FS_FLOPS:
        return f(flops{}, "a FLOP count");
    case FS_FLOP_RATE:
        return f(flop_rate{}, "a FLOP rate");
    case FS_DURATION:
        return f(duration{}, "a duration");
    case FS_ENERGY:
        return f(energy{}, "an energy");
    case FS_POWER:
        return f(power{}, "a power");
    case FS_USD:
        return f(usd{}, "US dollars");
    case FS_BYTES:
        return f(bytes{}, "a byte count");
    case FS_USD_PER_HOUR:
        return f(usd_per_hour{}, "US dollars per hour");
    default:
        return fail("unknown quantity kind");
    }
}

// The preconditions the library reported during one plan, in order (their texts are literals).
const char* violations[4];
int violation_count = 0;
void record_violation(const char* precondition) noexcept {
    if (violation_count < 4) violations[violation_count++] = precondition;
}

// The field a precondition's text is about; FS_FIELDS for the plan as a whole.
int field_of(std::string_view precondition) {
    struct topic {
        std::string_view start;
        int field;
    };
    const topic topics[] = {
        {"parameters", FS_FIELD_PARAMS}, {"tokens", FS_FIELD_TOKENS},
        {"compute", FS_FIELD_COMPUTE},   {"cluster count", FS_FIELD_CHIPS},
        {"mfu", FS_FIELD_MFU},           {"the chip has no known peak", FS_FIELD_PRECISION},
        {"pue", FS_FIELD_PUE},           {"price", FS_FIELD_PRICE}};
    for (const topic& t : topics)
        if (precondition.substr(0, t.start.size()) == t.start) return t.field;
    return FS_FIELDS;
}

// A plan request: the fields given, read.
struct request {
    bool given[FS_FIELDS] = {};
    const fscli::named_model* model = nullptr;
    parameters params{0.0};
    tokens data{0.0};
    flops budget{0.0};
    cluster fleet{};
    power budget_power{detail::nan_value()};
    const fscli::named_law* law = &fscli::laws().front();
};

// The text of each field as last set and accepted; empty when not given.
char field_text[FS_FIELDS][FS_INPUT_CAPACITY];
std::size_t field_length[FS_FIELDS];

// Reads `text` as `field` of `q`; on failure `q` keeps the field as it was.
bool read_field(request& q, int field, std::string_view text, std::string& error) {
    switch (field) {
    case FS_FIELD_MODEL: {
        const fscli::named_model* model = fscli::find_model(text, error);
        if (model != nullptr) q.model = model;
        return model != nullptr;
    }
    case FS_FIELD_PARAMS:
        return read(text, "a parameter count", q.params, error);
    case FS_FIELD_TOKENS:
        return read(text, "a token count", q.data, error);
    case FS_FIELD_COMPUTE:
        return read(text, "a FLOP count", q.budget, error);
    case FS_FIELD_CHIP: {
        const accelerator* chip = fscli::find_chip(text, error);
        if (chip != nullptr) q.fleet.chip = *chip;
        return chip != nullptr;
    }
    case FS_FIELD_CHIPS:
    case FS_FIELD_MFU:
    case FS_FIELD_PUE: {
        // MFU may be a percentage, as in `flopscale plan --mfu 40%`.
        const bool percent = field == FS_FIELD_MFU && text.back() == '%';
        plain_number number{0.0};
        if (!read(percent ? text.substr(0, text.size() - 1) : text, "a number", number, error))
            return false;
        double& target = field == FS_FIELD_CHIPS ? q.fleet.count
                         : field == FS_FIELD_MFU ? q.fleet.mfu
                                                 : q.fleet.pue;
        target = percent ? number.value() / 100 : number.value();
        return true;
    }
    case FS_FIELD_PRECISION:
        return fscli::find_precision(text, q.fleet.format, error);
    case FS_FIELD_PRICE: {
        // A bare amount ("2", "$2.10") is per chip-hour, as in `flopscale plan --price`.
        const auto amount = flopscale::parse<usd>(text);
        if (amount) {
            q.fleet.price_per_chip_hour = amount.value.value() * units::USD_per_h;
            return true;
        }
        return read(text, "US dollars per chip-hour", q.fleet.price_per_chip_hour, error);
    }
    case FS_FIELD_LAW: {
        const fscli::named_law* law = fscli::find_law(text, error);
        if (law != nullptr) q.law = law;
        return law != nullptr;
    }
    case FS_FIELD_POWER: {
        power p{0.0};
        if (!read(text, "a power", p, error)) return false;
        if (!(p.value() > 0)) {
            error = "the power must be positive";
            return false;
        }
        q.budget_power = p;
        return true;
    }
    default:
        error = "unknown field";
        return false;
    }
}

// The field the request lacks or gives twice, with the reason; -1 when the fields fit together.
int missing_field(const request& q, std::string_view& reason) {
    const bool* given = q.given;
    if (given[FS_FIELD_MODEL] && given[FS_FIELD_PARAMS]) {
        reason = "give parameters or a model, not both";
        return FS_FIELD_PARAMS;
    }
    if (given[FS_FIELD_TOKENS] && given[FS_FIELD_COMPUTE]) {
        reason = "give tokens or a compute budget, not both (the compute follows from the tokens)";
        return FS_FIELD_COMPUTE;
    }
    if (!given[FS_FIELD_TOKENS] && !given[FS_FIELD_COMPUTE]) {
        reason = "give tokens (with parameters or a model) or a compute budget";
        return FS_FIELD_TOKENS;
    }
    if (given[FS_FIELD_TOKENS] && !given[FS_FIELD_MODEL] && !given[FS_FIELD_PARAMS]) {
        reason = "tokens need parameters or a model";
        return FS_FIELD_PARAMS;
    }
    if (!given[FS_FIELD_CHIP]) {
        reason = "choose a chip from the catalog";
        return FS_FIELD_CHIP;
    }
    if (given[FS_FIELD_CHIPS] && given[FS_FIELD_POWER]) {
        reason = "give the number of chips or a power, not both (the power buys the chips)";
        return FS_FIELD_POWER;
    }
    if (!given[FS_FIELD_CHIPS] && !given[FS_FIELD_POWER]) {
        reason = "give the number of chips, or the power that feeds them";
        return FS_FIELD_CHIPS;
    }
    return -1;
}

training_plan compute_plan(const request& q) {
    const scaling::parametric_law& law = *q.law->law;
    const plan_options options;
    const bool by_tokens = q.given[FS_FIELD_TOKENS];
    if (q.model != nullptr)
        return by_tokens ? plan_training(*q.model->shape, q.data, q.fleet, law, options)
                         : plan_training(*q.model->shape, q.budget, q.fleet, law, options);
    if (q.given[FS_FIELD_PARAMS])
        return by_tokens ? plan_training(q.params, q.data, q.fleet, law, options)
                         : plan_training(q.params, q.budget, q.fleet, law, options);
    return plan_compute_optimal(q.budget, q.fleet, law, options);
}

// The report's rows, as flopscale_web.h describes them, into the output and the values.
class report_rows final : public fscli::row_sink {
    void begin_row(kind type, const char* key, std::size_t key_size, const char* label,
                   std::size_t label_size, double value) override {
        if (rows_ > 0) out.put("\n");
        if (rows_ < FS_VALUE_CAPACITY) values[rows_] = value;
        ++rows_;
        const char kind_text[] = {type == kind::heading  ? 'h'
                                  : type == kind::number ? 'n'
                                  : type == kind::text   ? 's'
                                                         : 'b',
                                  '\t', '\0'};
        out.put(kind_text);
        out.put({key, key_size});
        out.put("\t");
        out.put({label, label_size});
        out.put("\t");
    }
    void put_text(const char* text, std::size_t size) override { out.put({text, size}); }
    void put_number(double value, int digits) override { out.number(value, digits); }
    void put_count(double value) override { out.count(value); }
    void put_scaled(double value) override { out.scaled(value); }

    int rows_ = 0;
};

// The rows of `flopscale plan`, its goodput section with the library's defaults included.
void describe(const request& q, const training_plan& p, const training_goodput& g) {
    fscli::plan_facts f;
    f.has_model = q.model != nullptr;
    if (f.has_model) {
        f.model_name = q.model->name;
        f.model_description = q.model->description;
    }
    f.cluster = q.fleet;
    f.power_budget = q.budget_power;
    f.priced = q.given[FS_FIELD_PRICE];
    f.price_field = "a price";
    f.law_name = q.law->name;
    out.clear();
    report_rows rows;
    fscli::plan_rows(rows, f, p);
    fscli::goodput_rows(rows, {}, g, q.fleet.count);
}

} // namespace

#if defined(__wasm__)
// The module's heap holds what the flopscale tool's lookups build: their name tables, built once,
// and the std::string of an error message, which lives within one call. A stack of blocks in a
// fixed arena serves both: the tables sit at its bottom, and every call starts from the mark
// above them, so nothing outlives the call that made it. The general-purpose allocator of the C
// library would add a tenth to the module's size.
namespace {
alignas(16) unsigned char heap[64 * 1024];
std::size_t heap_top = 0;
std::size_t heap_mark = 0;

void start_call() {
    if (heap_mark == 0) {
        fscli::laws();
        fscli::models();
        heap_mark = heap_top;
    }
    heap_top = heap_mark;
}
} // namespace

void* operator new(std::size_t size) {
    const std::size_t start = (heap_top + 15) / 16 * 16;
    // Out of arena: trap, as running out of memory does with exceptions off.
    if (size > sizeof heap - start) __builtin_trap();
    heap_top = start + size;
    return heap + start;
}
void operator delete(void* p, std::size_t size) noexcept {
    // The most recent block goes back at once; the others when the call returns.
    if (static_cast<unsigned char*>(p) + size == heap + heap_top)
        heap_top = static_cast<std::size_t>(static_cast<unsigned char*>(p) - heap);
}
void operator delete(void*) noexcept {}

// A std::string beyond its maximum size ends the module's run. libc++ would first print a message
// with printf, to a console the module does not have; printf would add a third to its size.
_LIBCPP_BEGIN_NAMESPACE_STD
void __libcpp_verbose_abort(const char*, ...) {
    __builtin_trap();
}
_LIBCPP_END_NAMESPACE_STD
#else
namespace {
void start_call() {}
} // namespace
#endif

extern "C" {

// Exported under its own name from the WebAssembly module; an ordinary function natively.
#if defined(__wasm__)
#define FS_EXPORT(name) __attribute__((export_name(#name)))
#else
#define FS_EXPORT(name)
#endif

FS_EXPORT(fs_input) char* fs_input(void) {
    return input_text;
}
FS_EXPORT(fs_output) const char* fs_output(void) {
    return out.data();
}
FS_EXPORT(fs_output_length) int fs_output_length(void) {
    return out.size();
}
FS_EXPORT(fs_values) double* fs_values(void) {
    return values;
}

FS_EXPORT(fs_version) int fs_version(void) {
    out.clear();
    out.put(FLOPSCALE_VERSION_STRING);
    return 0;
}

FS_EXPORT(fs_parse) int fs_parse(int kind, int length) {
    start_call();
    return with_kind(kind, [&](auto q, const char* what) {
        std::string error;
        out.clear();
        if (!read(input(length), what, q, error)) return fail(error);
        values[0] = q.value();
        return 0;
    });
}

FS_EXPORT(fs_format) int fs_format(int kind, double value, int style, int precision) {
    if (style < FS_HUMAN || style > FS_EXACT) return fail("unknown notation");
    return with_kind(kind, [&](auto q, const char*) {
        format_options options;
        options.style = static_cast<notation>(style);
        options.precision = precision;
        out.clear();
        out.quantity(decltype(q){value}, options);
        return 0;
    });
}

FS_EXPORT(fs_chip_count) int fs_chip_count(void) {
    return static_cast<int>(catalog::all.size());
}
FS_EXPORT(fs_chip) int fs_chip(int index) {
    if (index < 0 || index >= fs_chip_count()) return fail("no such catalog entry");
    const accelerator& chip = catalog::all[static_cast<std::size_t>(index)];
    out.clear();
    out.put(chip.name);
    out.put("\t");
    out.put(chip.vendor);
    out.put("\t");
    out.number(static_cast<double>(chip.year), 4);
    return 0;
}
FS_EXPORT(fs_chip_find) int fs_chip_find(int length) {
    start_call();
    std::string error;
    const accelerator* chip = fscli::find_chip(input(length), error);
    if (chip == nullptr) {
        fail(error);
        return -1;
    }
    out.clear();
    return static_cast<int>(chip - catalog::all.data());
}

FS_EXPORT(fs_model_count) int fs_model_count(void) {
    start_call();
    return static_cast<int>(fscli::models().size());
}
FS_EXPORT(fs_model) int fs_model(int index) {
    start_call();
    if (index < 0 || index >= fs_model_count()) return fail("no such model preset");
    const fscli::named_model& m = fscli::models()[static_cast<std::size_t>(index)];
    out.clear();
    out.put(m.name);
    out.put("\t");
    out.put(m.description);
    return 0;
}
FS_EXPORT(fs_law_count) int fs_law_count(void) {
    start_call();
    return static_cast<int>(fscli::laws().size());
}
FS_EXPORT(fs_law) int fs_law(int index) {
    start_call();
    if (index < 0 || index >= fs_law_count()) return fail("no such scaling law");
    const fscli::named_law& l = fscli::laws()[static_cast<std::size_t>(index)];
    out.clear();
    out.put(l.name);
    out.put("\t");
    out.put(l.citation);
    return 0;
}

FS_EXPORT(fs_optimal) int fs_optimal(int law, double budget) {
    start_call();
    if (law < 0 || law >= fs_law_count()) return fail("no such scaling law");
    const scaling::parametric_law& chosen = *fscli::laws()[static_cast<std::size_t>(law)].law;
    violation_count = 0;
    const precondition_handler previous = set_precondition_handler(record_violation);
    const scaling::allocation a = chosen.compute_optimal(flops{budget});
    values[0] = a.params.value();
    values[1] = a.tokens.value();
    values[2] = chosen.loss(a.params, a.tokens);
    set_precondition_handler(previous);
    if (violation_count > 0) return fail(violations[0]);
    out.clear();
    return 0;
}

FS_EXPORT(fs_plan_reset) void fs_plan_reset(void) {
    start_call();
    for (std::size_t& length : field_length)
        length = 0;
    out.clear();
}

FS_EXPORT(fs_plan_set) int fs_plan_set(int field, int length) {
    start_call();
    if (field < 0 || field >= FS_FIELDS) return fail("unknown field");
    const std::string_view text = input(length);
    const auto slot = static_cast<std::size_t>(field);
    field_length[slot] = 0;
    out.clear();
    if (text.find_first_not_of(" \t") == std::string_view::npos) return 0;
    request checked;
    std::string error;
    if (!read_field(checked, field, text, error)) return fail(error);
    text.copy(field_text[slot], text.size());
    field_length[slot] = text.size();
    return 0;
}

FS_EXPORT(fs_plan_run) int fs_plan_run(void) {
    start_call();
    // Every run starts from the defaults and reads the fields given.
    request q;
    for (int field = 0; field < FS_FIELDS; ++field) {
        const auto slot = static_cast<std::size_t>(field);
        std::string error;
        q.given[field] = field_length[slot] > 0;
        if (q.given[field] && !read_field(q, field, {field_text[slot], field_length[slot]}, error))
            return fail(error) + field;
    }
    std::string_view reason;
    const int missing = missing_field(q, reason);
    if (missing >= 0) return fail(reason) + missing;
    violation_count = 0;
    const precondition_handler previous = set_precondition_handler(record_violation);
    // As `flopscale plan --power`: the whole chips the power feeds.
    const fscli::fleet_power fed =
        q.given[FS_FIELD_POWER]
            ? fscli::chips_fed_by(q.fleet.chip, q.budget_power, q.fleet.server_overhead,
                                  q.fleet.pue, q.fleet.count)
            : fscli::fleet_power::fits;
    if (fed != fscli::fleet_power::fits) {
        set_precondition_handler(previous);
        // A PUE below 1 is the PUE's error; otherwise the power's.
        const int field = violation_count > 0 ? field_of(violations[0]) : FS_FIELDS;
        if (field < FS_FIELDS) return fail(violations[0]) + field;
        return fail(fed == fscli::fleet_power::no_tdp
                        ? "the chip's TDP is not published, so the power cannot count its chips; "
                          "give the number of chips"
                    : fed == fscli::fleet_power::too_few ? "the power feeds no whole chip"
                                                         : "the power feeds over 1e12 chips") +
               FS_FIELD_POWER;
    }
    const training_plan p = compute_plan(q);
    const training_goodput g = plan_goodput(p, q.fleet);
    set_precondition_handler(previous);
    if (!(p.time.value() > 0) || !math::isfinite(p.time.value()) ||
        !math::isfinite(p.compute.value())) {
        if (violation_count == 0)
            return fail("the plan has no finite answer: the inputs overflow a double") + FS_FIELDS;
        const int field = field_of(violations[0]);
        return fail(violations[0]) +
               (field == FS_FIELD_PARAMS && q.model != nullptr ? FS_FIELD_MODEL : field);
    }
    // A figure the library could not work out because of a field the user gave (a PUE below 1,
    // a negative price) is that field's error; one the inputs leave open (no price) is not.
    for (int i = 0; i < violation_count; ++i) {
        const int field = field_of(violations[i]);
        if (field < FS_FIELDS && q.given[field]) return fail(violations[i]) + field;
    }
    describe(q, p, g);
    return 0;
}

} // extern "C"
