// `step`: the predicted time, MFU and memory of one training step, through
// flopscale::predict_step, with a bar of where the time goes.
#include "commands.hpp"
#include "report.hpp"
#include "workload.hpp"

#include "flopscale/step_model.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace fscli {
namespace {

struct step_request {
    workload work;
    flopscale::parallel_layout layout;
};

bool read_request(const arguments& args, step_request& q, std::string& error) {
    layout_flags_given given;
    if (!read_workload(args, "step", "chips", q.work, error) ||
        !read_layout_flags(args, given, error))
        return false;
    flopscale::parallel_layout& l = q.layout;
    l.tensor = given.tp > 0 ? given.tp : 1;
    l.pipeline = given.pp > 0 ? given.pp : 1;
    l.context = given.cp > 0 ? given.cp : 1;
    l.expert = given.ep > 0 ? given.ep : 1;
    l.micro_batch = given.mb > 0 ? given.mb : 1;
    l.virtual_stages = given.vp > 0 ? given.vp : 1;
    // Without --dp, data parallelism takes the chips the other degrees leave.
    const double others = static_cast<double>(l.tensor) * l.pipeline * l.context;
    l.data = given.dp > 0 ? given.dp : static_cast<int>(std::floor(q.work.cluster.count / others));
    l.sequence_parallel = given.sp;
    if (given.has_recompute) l.recompute = given.recompute;
    if (given.zero >= 0) l.zero_stage = given.zero;
    const flopscale::transformer& m = q.work.model.shape;
    const char* problem =
        flopscale::layout_problem(m, l, q.work.cluster.count, q.work.batch_sequences, m.seq_len);
    if (problem != nullptr) {
        error = "invalid layout: " + std::string(problem);
        return false;
    }
    return true;
}

} // namespace

int run_step(const arguments& args) {
    step_request q;
    std::string error;
    if (!read_request(args, q, error)) return fail(error);
    const workload& w = q.work;
    const flopscale::step_prediction p = flopscale::predict_step(
        w.model.shape, q.layout, w.cluster, w.batch_sequences, w.model.shape.seq_len, w.options);
    if (!std::isfinite(p.time.value()) || !(p.time.value() > 0))
        return fail("the step has no finite prediction for these inputs");
    report r;
    describe_workload(r, "Training step", w);
    describe_layout(r, q.layout);
    describe_step(r, p, w.cluster.chip, "mfu");
    std::fputs((args.has("json") ? r.json() : r.table()).c_str(), stdout);
    return exit_ok;
}

} // namespace fscli
