#include "plan_goodput.hpp"

#include "lookup.hpp"

#include <cmath>

namespace fscli {
namespace {

// A duration flag such as "30s", "10min" or "1.5h"; a bare number is in seconds.
bool read_duration(const arguments& args, std::string_view name, bool zero_allowed,
                   flopscale::duration& out, std::string& error) {
    if (!read_quantity(args, name, "a duration (e.g. 30s, 10min, 2h)", out, error)) return false;
    if (zero_allowed ? out.value() >= 0 : out.value() > 0) return true;
    error =
        "--" + std::string(name) + (zero_allowed ? " must not be negative" : " must be positive");
    return false;
}

std::string percent(double fraction) {
    return plain(fraction * 100, 4) + "%";
}

} // namespace

bool read_goodput(const arguments& args, goodput_request& q, std::string& error) {
    flopscale::goodput_options& o = q.options;
    q.rate_given = args.has("failure-rate");
    if (args.has("node-size") && !q.rate_given) {
        error = "--node-size is the chips per node of --failure-rate; give both";
        return false;
    }
    if (args.has("node-size") &&
        !read_bounded(args, "node-size", 0, 1e6, false, false, q.node_size, error))
        return false;
    if (q.rate_given) {
        double per_1000_node_days = 0;
        if (!read_bounded(args, "failure-rate", 0, 1e9, true, false, per_1000_node_days, error))
            return false;
        o.rate = flopscale::failures_per_1000_node_days(per_1000_node_days, q.node_size);
    }
    if (args.has("checkpoint-write") && args.has("storage")) {
        error = "give --checkpoint-write or --storage, not both (the write time follows from the "
                "storage bandwidth)";
        return false;
    }
    if (args.has("checkpoint-write") &&
        !read_duration(args, "checkpoint-write", true, o.checkpoint_write, error))
        return false;
    if (args.has("storage") &&
        !read_positive(args, "storage", "a bandwidth (e.g. 2TB/s)", o.storage, error))
        return false;
    o.asynchronous = args.has("async-checkpoint");
    if (args.has("restart") && !read_duration(args, "restart", true, o.restart, error))
        return false;
    return !args.has("checkpoint-interval") ||
           read_duration(args, "checkpoint-interval", false, o.interval, error);
}

void describe_goodput(report& r, const goodput_request& q, const flopscale::training_goodput& g,
                      double chips) {
    using namespace flopscale;
    const goodput_options& o = q.options;
    r.heading("Failures, checkpoints and restarts");
    const double rate = in_failures_per_1000_node_days(o.rate, q.node_size);
    r.number("failure_rate_per_1000_node_days", "failure rate",
             plain(rate) + " per 1,000 node-days of " + plain(q.node_size) + " chips" +
                 (q.rate_given ? "" : " (default: Kokolis et al. 2025)"),
             rate);
    r.json_number("node_size", q.node_size);
    const bool never_fails = math::isinf(g.job.mttf.value());
    r.number("job_mttf_s", "job mean time to failure",
             never_fails ? "infinite (no failures)" : text(g.job.mttf), g.job.mttf.value());
    const bool from_storage = math::isnan(o.checkpoint_write.value());
    const bandwidth storage = !from_storage ? bandwidth{detail::nan_value()}
                              : math::isnan(o.storage.value())
                                  ? default_storage_bandwidth_per_chip * chips
                                  : o.storage;
    r.number("checkpoint_write_s", "checkpoint write",
             text(g.checkpoint_write) +
                 (from_storage ? " (training state at " + text(storage) + ")" : std::string()),
             g.checkpoint_write.value());
    r.json_number("storage_bandwidth_bps", storage.value());
    r.boolean("async_checkpoint", "asynchronous", o.asynchronous,
              o.asynchronous ? "yes, training stalls " + text(g.job.checkpoint.blocking)
                             : std::string("no, training waits for the write"));
    r.json_number("checkpoint_blocking_s", g.job.checkpoint.blocking.value());
    r.quantity("restart_s", "restart after a failure", g.job.restart);
    r.number("checkpoint_interval_s", "checkpoint interval",
             math::isinf(g.interval.value())
                 ? std::string("none needed (no failures)")
                 : text(g.interval) + (g.optimal_interval ? " (optimal)" : " (given)"),
             g.interval.value());
    r.json_string("checkpoint_interval_choice", g.optimal_interval ? "optimal" : "given");
    r.row("failure-free time", text(g.failure_free_time));
    r.quantity("training_time_with_failures_s", "expected time with failures",
               g.time_with_failures);
    r.number("goodput", "goodput", percent(g.goodput) + " of the wall-clock trains", g.goodput);
    r.number("expected_interruptions", "expected interruptions",
             count(std::round(g.expected_interruptions)), g.expected_interruptions);
    r.number("chip_hours_lost", "chip-hours lost", scaled(g.chip_hours_lost), g.chip_hours_lost);
    r.quantity("energy_lost_j", "energy lost", g.energy_lost);
    r.quantity("cost_lost_usd", "cost lost", g.cost_lost);
}

} // namespace fscli
