// The C interface of flopscale.wasm, run natively on a fixed set of cases: one line per case with
// its inputs, its status, every number as the 16 hex digits of the double's bits, and the text it
// wrote. tests/web/wasm_matches_native.js runs the same cases in the WebAssembly module and
// expects the same lines, byte for byte.
#include "flopscale_web.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

namespace {

std::string hex(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    char buffer[20];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(bits));
    return buffer;
}

// The output text with tabs and line breaks written as \t and \n, so a case stays on one line.
std::string output() {
    std::string text;
    const char* p = fs_output();
    for (int i = 0; i < fs_output_length(); ++i)
        text += p[i] == '\n'   ? std::string("\\n")
                : p[i] == '\t' ? std::string("\\t")
                               : std::string(1, p[i]);
    return text;
}

int with_input(const char* text, int (*call)(int, int), int first) {
    const std::size_t n = std::strlen(text);
    std::memcpy(fs_input(), text, n);
    return call(first, static_cast<int>(n));
}

void print_values(int count) {
    for (int i = 0; i < count; ++i)
        std::printf("%s%s", i == 0 ? "" : " ", hex(fs_values()[i]).c_str());
}

// Field names in flopscale_web.h's order, as the cases and the test write them.
const char* const field_names[FS_FIELDS] = {"model", "params", "tokens", "compute",
                                            "chip",  "chips",  "mfu",    "precision",
                                            "pue",   "price",  "law",    "power"};

// Sets the fields in the order given ("name=value;name=value"), reports each refusal, and plans
// with what was accepted: a refused or emptied field counts as not given.
void plan_case(const char* fields) {
    fs_plan_reset();
    std::string refusals;
    std::string rest = fields;
    while (!rest.empty()) {
        const std::size_t end = rest.find(';');
        const std::string item = rest.substr(0, end);
        rest = end == std::string::npos ? "" : rest.substr(end + 1);
        const std::size_t eq = item.find('=');
        for (int f = 0; f < FS_FIELDS; ++f)
            if (item.compare(0, eq, field_names[f]) == 0) {
                const int status = with_input(item.substr(eq + 1).c_str(), fs_plan_set, f);
                if (status != 0)
                    refusals += "set " + std::string(field_names[f]) + " " +
                                std::to_string(status) + ": " + output() + " | ";
            }
    }
    const int status = fs_plan_run();
    int rows = 0;
    if (status == 0) {
        const char* p = fs_output();
        rows = 1;
        for (int i = 0; i < fs_output_length(); ++i)
            rows += p[i] == '\n';
    }
    std::printf("plan\t%s\t%srun %d\t", fields, refusals.c_str(), status);
    print_values(rows);
    std::printf("\t%s\n", output().c_str());
}

} // namespace

int main() {
    const char* const texts[] = {
        "405B",   "15.6T tokens", "3.8e25",     "3.8e25 FLOP", "989.4 TFLOP/s", "67.8 days",
        "1.2 GW", "21.6 GWh",     "$5.58M",     "80 GB",       "141 GiB",       "2.5 USD/h",
        "",       "abc",          "12 parsecs", "1e400",       "5 GW",          "-3",
        "0.1",    "1,000",        "7e-3 s",     " 2 h ",       "1.5 PF-days"};
    for (int kind = 0; kind < FS_KIND_COUNT; ++kind)
        for (const char* text : texts) {
            const int status = with_input(text, fs_parse, kind);
            std::printf("parse\t%d\t%s\t%d\t", kind, text, status);
            print_values(status == 0 ? 1 : 0);
            std::printf("\t%s\n", output().c_str());
        }

    const double numbers[] = {0,
                              1,
                              0.4,
                              2.5e-7,
                              999.95,
                              16384,
                              1.6e10,
                              3.8e25,
                              1.2e9,
                              6.02e23,
                              5.58e6,
                              86400,
                              -12.5,
                              1e308,
                              5e-324,
                              1.0 / 3,
                              2.0 / 3,
                              123456789.123,
                              std::numeric_limits<double>::quiet_NaN(),
                              std::numeric_limits<double>::infinity()};
    for (int kind = 0; kind < FS_KIND_COUNT; ++kind)
        for (const double v : numbers)
            for (int notation = FS_HUMAN; notation <= FS_EXACT; ++notation)
                for (const int precision : {2, 4, 17}) {
                    const int status = fs_format(kind, v, notation, precision);
                    std::printf("format\t%d\t%s\t%d\t%d\t%d\t%s\n", kind, hex(v).c_str(), notation,
                                precision, status, output().c_str());
                }

    for (int law = 0; law < fs_law_count(); ++law)
        for (const double budget : {1e18, 5.76e23, 3.8e25, 1e26, 2e29, 0.0, -1.0}) {
            const int status = fs_optimal(law, budget);
            std::printf("optimal\t%d\t%s\t%d\t", law, hex(budget).c_str(), status);
            print_values(3);
            std::printf("\t%s\n", output().c_str());
        }

    const char* const plans[] = {
        "model=llama3-405b;tokens=15.6T;chip=H100;chips=16384;mfu=0.4;pue=1.1;price=2",
        "params=10T;tokens=300T;chip=GB300;chips=200000",
        "params=70B;tokens=1.4T;chip=TPU v4;chips=6144;mfu=46.2%;precision=bf16;law=hoffmann2022",
        "compute=1e26;chip=B200;chips=25000;mfu=0.35;price=$3.50;law=hoffmann2022_unrounded",
        "params=175B;compute=3.14e23;chip=V100;chips=10000;mfu=0.2;precision=fp16",
        "model=deepseek-v3;tokens=14.8T;chip=H800;chips=2048;mfu=0.3;precision=fp8;price=2 USD/h",
        "model=gpt3-175b;tokens=300B;chip=A100;chips=1024;pue=1.2",
        "params=7B;tokens=2T;chip=Ascend 910C;chips=4096;mfu=0.5;price=1.2",
        "params=405B;tokens=15.6T;chip=MI300X;chips=8192;precision=fp8",
        "params=1e300;tokens=1e300;chip=H100;chips=1",
        "params=abc;tokens=1T;chip=H100;chips=8",
        "params=1B;tokens=20B;chip=H1000;chips=8",
        "params=1B;tokens=20B;chip=H100;chips=8;mfu=1.5",
        "params=1B;tokens=20B;chip=H100;chips=8;pue=0.5",
        "params=1B;tokens=20B;chip=H100;chips=0",
        "params=1B;tokens=20B;chip=H100;chips=-4",
        "params=0;tokens=20B;chip=H100;chips=8",
        "params=1B;tokens=20B;chip=H100;chips=8;precision=fp4",
        "params=1B;tokens=20B;chip=H100;chips=8;precision=fp5",
        "params=1B;tokens=20B;chip=H100;chips=8;price=-2",
        "params=1B;tokens=20B;chip=H100;chips=8;price=two dollars",
        "params=1B;tokens=20B;compute=1e21;chip=H100;chips=8",
        "model=llama2-70b;params=70B;tokens=2T;chip=H100;chips=8",
        "tokens=20B;chip=H100;chips=8",
        "params=1B;chip=H100;chips=8",
        "params=1B;tokens=20B;chips=8",
        "params=1B;tokens=20B;chip=H100",
        "model=llama5;tokens=1T;chip=H100;chips=8",
        "params=1B;tokens=20B;chip=H100;chips=8;law=kaplan",
        "params=1B;tokens=20B;chip=H100;power=50MW;pue=1.2",
        "params=1B;tokens=20B;chip=H100;chips=8;power=50MW",
        "params=1B;tokens=20B;chip=H100;power=1W",
        "params=1B;tokens=20B;chip=H100;power=-3MW",
        "params=1B;tokens=20B;chip=H100;power=1e30W",
        "params=1B;tokens=20B;chip=H100;power=50MW;pue=0.5",
        "params=1B;tokens=20B;chip=H100;power=50 parsecs",
        "params=1B;tokens=20B;chip=H100;chips=8;mfu=abc",
        "params=1B;tokens=20B;chip=H100;chips=8;mfu=0.2;mfu=;law=hoffmann2022;law=",
        "params=1B;tokens=20B;chip=H100;chips=8;law=hoffmann2022;law=kaplan;pue=1.5;pue=x",
        "model=gpt3-175b;model=;params=1B;tokens=20B;compute=;chip=H1000;chip=A100;chips=8",
    };
    for (const char* p : plans)
        plan_case(p);

    // Plans over the whole catalog, every precision and wide ranges of sizes, from a fixed
    // pseudo-random sequence (Knuth's MMIX LCG), so both sides see the same inputs.
    std::uint64_t state = 0x5eed;
    const auto uniform = [&state] {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    };
    const char* const precisions[] = {"fp64", "fp32", "tf32", "bf16", "fp16",
                                      "fp8",  "fp6",  "fp4",  "int8", "int4"};
    // Mostly the formats every chip has, so that most plans get as far as a report.
    const auto precision = [&] {
        const double u = uniform();
        return u < 0.7 ? "bf16" : u < 0.9 ? "fp8" : precisions[static_cast<int>(uniform() * 10)];
    };
    for (int i = 0; i < 400; ++i) {
        fs_chip(static_cast<int>(uniform() * fs_chip_count()));
        const std::string chip(fs_output(), std::strchr(fs_output(), '\t'));
        char fields[512];
        const bool by_tokens = uniform() < 0.6;
        std::snprintf(fields, sizeof fields,
                      "params=%.4g;%s=%.4g;chip=%s;chips=%.0f;mfu=%.3f;precision=%s;pue=%.3f;"
                      "price=%.2f;law=%s",
                      std::pow(10.0, 6 + 7 * uniform()), by_tokens ? "tokens" : "compute",
                      std::pow(10.0, by_tokens ? 9 + 6 * uniform() : 18 + 10 * uniform()),
                      chip.c_str(), 1 + std::floor(std::pow(10.0, 6 * uniform())),
                      0.05 + 0.9 * uniform(), precision(), 1 + 0.6 * uniform(), 4 * uniform(),
                      uniform() < 0.5 ? "besiroglu2024" : "hoffmann2022");
        plan_case(fields);
    }

    for (int i = 0; i < fs_chip_count(); ++i) {
        fs_chip(i);
        std::printf("chip\t%d\t%s\n", i, output().c_str());
    }
    for (const char* name : {"h100", "GB300", "tpu v5p", "mi300", "H1000", "", "Ascend910C"}) {
        const int index = with_input(
            name, [](int, int n) { return fs_chip_find(n); }, 0);
        std::printf("find\t%s\t%d\t%s\n", name, index, output().c_str());
    }
    for (int i = 0; i < fs_model_count(); ++i) {
        fs_model(i);
        std::printf("model\t%d\t%s\n", i, output().c_str());
    }
    for (int i = 0; i < fs_law_count(); ++i) {
        fs_law(i);
        std::printf("law\t%d\t%s\n", i, output().c_str());
    }
    fs_version();
    std::printf("version\t%s\n", output().c_str());
    return 0;
}
