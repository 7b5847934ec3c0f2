#include "plan_goodput.hpp"

#include "lookup.hpp"

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

} // namespace fscli
