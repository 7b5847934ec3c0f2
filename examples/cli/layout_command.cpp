// `layout` and `equiv --effective`: the fastest parallel layout of a training job that fits,
// through flopscale::best_layouts, with its step and the next fastest; and a fleet in reference
// chips on that work, through flopscale::effective_equivalents.
#include "commands.hpp"
#include "lookup.hpp"
#include "report.hpp"
#include "workload.hpp"

#include "flopscale/layout_search.hpp"

#include <cstdio>
#include <string>

namespace fscli {
namespace {

// The layout flags fix their dimensions; the others are searched.
flopscale::layout_search_options search_options(const workload& w,
                                                const layout_flags_given& given) {
    using flopscale::exactly;
    flopscale::layout_search_options o;
    o.step = w.options;
    const auto fix = [](int degree, flopscale::degree_range& range) {
        if (degree > 0) range = exactly(degree);
    };
    fix(given.tp, o.tensor);
    fix(given.pp, o.pipeline);
    fix(given.dp, o.data);
    fix(given.cp, o.context);
    fix(given.ep, o.expert);
    fix(given.mb, o.micro_batch);
    fix(given.vp, o.virtual_stages);
    if (given.sp) o.sequence_parallel.off = false;
    if (given.has_recompute)
        o.recompute = {given.recompute == flopscale::recomputation::none,
                       given.recompute == flopscale::recomputation::selective,
                       given.recompute == flopscale::recomputation::full};
    if (given.zero >= 0) o.zero_stage = exactly(given.zero);
    return o;
}

std::string summary(const flopscale::layout_choice& c) {
    return text(c.step.time) + ", MFU " + plain(100 * c.step.mfu) + "%, " +
           text(c.step.memory_per_chip) + " per chip: " + layout_text(c.layout);
}

} // namespace

int run_layout(const arguments& args) {
    workload w;
    layout_flags_given given;
    std::string error;
    if (!read_workload(args, "layout", "chips", w, error) || !read_layout_flags(args, given, error))
        return fail(error);
    constexpr std::size_t shown = 6; // the best and five alternatives
    const flopscale::transformer& m = w.model.shape;
    const flopscale::layout_ranking<shown> ranking = flopscale::best_layouts<shown>(
        m, w.cluster, w.batch_sequences, m.seq_len, search_options(w, given));
    if (ranking.problem != nullptr) return fail(no_layout_text(w.cluster, ranking));
    const flopscale::layout_choice& best = ranking.fastest[0];
    report r;
    describe_workload(r, "Fastest layout", w);
    r.number("candidates", "layouts searched", count(static_cast<double>(ranking.candidates)),
             static_cast<double>(ranking.candidates));
    r.number("fitting", "that fit in memory", count(static_cast<double>(ranking.fitting)),
             static_cast<double>(ranking.fitting));
    describe_layout(r, best.layout);
    describe_step(r, best.step, w.cluster.chip, "mfu");
    if (ranking.count > 1) r.heading("Next fastest");
    // Appended, not "#" + std::string: GCC 12 warns falsely (-Wrestrict) about literal +
    // std::string at -O3 in C++20 and later.
    for (std::size_t i = 1; i < ranking.count; ++i)
        r.row(std::string("#").append(std::to_string(i + 1)), summary(ranking.fastest[i]));
    std::fputs((args.has("json") ? r.json() : r.table()).c_str(), stdout);
    return exit_ok;
}

int run_effective_equivalents(const arguments& args) {
    workload w;
    std::string error;
    if (!args.has("count")) return fail("equiv --effective needs --count, the fleet's chips");
    if (!read_workload(args, "equiv --effective", "count", w, error)) return fail(error);
    const flopscale::accelerator* reference =
        find_chip(args.has("reference") ? *args.find("reference") : "H100", error);
    if (reference == nullptr) return fail(error);
    if (!reference->has_peak(w.cluster.format))
        return fail(std::string(reference->name) + " has no published dense " +
                    std::string(flopscale::to_string_view(w.cluster.format)) + " peak");
    flopscale::layout_search_options o;
    o.step = w.options;
    const flopscale::transformer& m = w.model.shape;
    const flopscale::effective_equivalence e =
        flopscale::effective_equivalents(m, w.batch_sequences, m.seq_len, w.cluster, *reference, o);
    if (e.fleet.problem != nullptr) return fail(no_layout_text(w.cluster, e.fleet));
    if (e.reference.problem != nullptr) {
        flopscale::cluster at_reference = w.cluster;
        at_reference.chip = *reference;
        return fail("the reference: " + no_layout_text(at_reference, e.reference));
    }

    const std::string reference_name(reference->name);
    report r;
    describe_workload(r, "Effective " + reference_name + "-equivalents", w);
    r.string("reference", "reference chip", reference_name);
    r.number("peak_equivalents", "on peak (" + std::string(to_string_view(w.cluster.format)) + ")",
             plain(e.peak, 4) + " x " + reference_name, e.peak);
    r.number("effective_equivalents", "on this work",
             plain(e.effective, 4) + " x " + reference_name, e.effective);
    r.number("effective_over_peak", "effective / peak",
             plain(e.effective / e.peak, 3) + " = the ratio of the two MFUs", e.effective / e.peak);
    r.heading("Each at its fastest layout, " + count(w.cluster.count) + " chips");
    const auto side = [&r](const std::string& key, const std::string& name,
                           const flopscale::layout_search_result& s) {
        r.string(key + "_layout", name + " layout", layout_text(s.layout));
        r.number(key + "_mfu", name + " MFU", plain(100 * s.step.mfu) + "%", s.step.mfu);
        r.quantity(key + "_tokens_per_s", name + " throughput", s.step.tokens_per_second);
    };
    side("fleet", std::string(w.cluster.chip.name), e.fleet);
    side("reference", reference_name, e.reference);
    std::fputs((args.has("json") ? r.json() : r.table()).c_str(), stdout);
    return exit_ok;
}

} // namespace fscli
