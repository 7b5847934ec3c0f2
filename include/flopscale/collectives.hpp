// flopscale/collectives.hpp — how long all-reduce, all-gather, reduce-scatter, all-to-all and a
// point-to-point send take on a two-tier network (interconnect.hpp).
//
// Each time is latency + bytes x the algorithm's factor / (per-direction bandwidth x link
// efficiency), the alpha-beta model of Thakur, Rabenseifner and Gropp 2005 ("Optimization of
// Collective Communication Operations in MPICH", IJHPCA 19(1)) with the bandwidth-optimal ring
// algorithms. A group spanning several scale-up domains runs hierarchically: inside each domain
// on the fast fabric, then across domains on every chip's own scale-out link, which carries only
// the domain's share (Jia et al. 2018, arXiv:1807.11205, §3.3 "hierarchical all-reduce"; NCCL's
// tree/ring over NVLink then the NIC). Unknown latencies count as zero.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/interconnect.hpp"
#include "flopscale/math.hpp"
#include "flopscale/units.hpp"

namespace flopscale {

// The fraction of a link's per-direction bandwidth a collective achieves, when it should differ
// from the interconnect's own scale_up_efficiency and scale_out_efficiency (unknown = the
// interconnect's).
struct link_efficiency {
    double scale_up = detail::nan_value();
    double scale_out = detail::nan_value();
};

// The chips taking part in a collective: `size` in all, `per_domain` of them in each scale-up
// domain (the rest of a domain's chips belong to other groups). A tensor-parallel group of 8 on
// an HGX board is {8, 8}; a data-parallel group of 64 whose members sit on different boards is
// {64, 1}.
struct comm_group {
    double size = 1;
    double per_domain = 1;
};

namespace detail {
constexpr double known_or_zero(double x) noexcept {
    return x == x ? x : 0.0;
}
// The efficiencies in force: the override where given, else the interconnect's.
constexpr link_efficiency resolved(link_efficiency e, const interconnect& net) noexcept {
    return {e.scale_up == e.scale_up ? e.scale_up : net.scale_up_efficiency,
            e.scale_out == e.scale_out ? e.scale_out : net.scale_out_efficiency};
}
constexpr bool check_collective(bytes message, comm_group g, const interconnect& net,
                                link_efficiency given) noexcept {
    const link_efficiency e = resolved(given, net);
    return expects(message.value() >= 0, "the message size must be non-negative") &&
           expects(g.size >= 1 && g.per_domain >= 1 && g.per_domain <= g.size,
                   "a group needs size >= per_domain >= 1") &&
           expects(g.size == 1 || net.complete(),
                   "the interconnect needs a scale-up domain and both bandwidths") &&
           expects(e.scale_up > 0 && e.scale_up <= 1 && e.scale_out > 0 && e.scale_out <= 1,
                   "link efficiencies must be in (0, 1]");
}

// Seconds of a ring reduce-scatter (or all-gather) of `message` bytes, each chip ending with
// message / size: (n - 1) / n x message / bandwidth per tier (Thakur et al. 2005, §4.1, the
// ring/bucket algorithm). Hierarchical across domains: the inner ring moves the whole message,
// the outer one the domain's 1/n_in share over every chip's own link in parallel.
constexpr double ring_half_seconds(double message, comm_group g, const interconnect& net,
                                   link_efficiency given) noexcept {
    const link_efficiency e = resolved(given, net);
    const double inner = g.per_domain;
    const double outer = g.size / g.per_domain;
    double t = 0;
    if (inner > 1)
        t += known_or_zero(net.scale_up_latency.value()) +
             (inner - 1) / inner * message /
                 (net.scale_up_bandwidth_per_direction.value() * e.scale_up);
    if (outer > 1)
        t += known_or_zero(net.scale_out_latency.value()) +
             (outer - 1) / outer * (message / inner) /
                 (net.scale_out_bandwidth_per_direction.value() * e.scale_out);
    return t;
}
} // namespace detail

// Reduce-scatter of `message` bytes (each chip's full buffer; it keeps 1/size of the sum).
// Preconditions: message >= 0, size >= per_domain >= 1, a complete interconnect unless size is 1,
// efficiencies in (0, 1]; at run time NaN.
constexpr duration reduce_scatter_time(bytes message, comm_group g, const interconnect& net,
                                       link_efficiency e = {}) noexcept {
    if (!detail::check_collective(message, g, net, e)) return duration{detail::nan_value()};
    return duration{detail::ring_half_seconds(message.value(), g, net, e)};
}

// All-gather into a `message`-byte buffer (each chip contributes 1/size): the mirror image of a
// reduce-scatter, the same time (Thakur et al. 2005, §4.1). Preconditions as reduce_scatter_time.
constexpr duration all_gather_time(bytes message, comm_group g, const interconnect& net,
                                   link_efficiency e = {}) noexcept {
    return reduce_scatter_time(message, g, net, e);
}

// All-reduce of `message` bytes: reduce-scatter then all-gather, 2 (n - 1) / n x message /
// bandwidth, the bandwidth-optimal bound (Patarasuk and Yuan 2009, "Bandwidth optimal all-reduce
// algorithms for clusters of workstations", JPDC 69(2)); hierarchical as above, so the
// scale-out link carries 2 (n_out - 1) / n_out of the message / n_in. Preconditions as
// reduce_scatter_time.
constexpr duration all_reduce_time(bytes message, comm_group g, const interconnect& net,
                                   link_efficiency e = {}) noexcept {
    return reduce_scatter_time(message, g, net, e) * 2.0;
}

// All-to-all in which each chip sends `message` bytes spread evenly over the group (1/size to
// each member, its own share staying put): (per_domain - 1) / size of it crosses the scale-up
// fabric and (size - per_domain) / size the chip's scale-out link, at the same time on the two
// links, so the slower one sets the time (scaling book gpus.md: a cross-node all-to-all runs at
// each GPU's NIC bandwidth). Preconditions as reduce_scatter_time.
constexpr duration all_to_all_time(bytes message, comm_group g, const interconnect& net,
                                   link_efficiency given = {}) noexcept {
    if (!detail::check_collective(message, g, net, given)) return duration{detail::nan_value()};
    if (g.size <= 1) return duration{0.0};
    const link_efficiency e = detail::resolved(given, net);
    const double m = message.value();
    const double inside = g.per_domain > 1
                              ? detail::known_or_zero(net.scale_up_latency.value()) +
                                    (g.per_domain - 1) / g.size * m /
                                        (net.scale_up_bandwidth_per_direction.value() * e.scale_up)
                              : 0.0;
    const double outside =
        g.size > g.per_domain
            ? detail::known_or_zero(net.scale_out_latency.value()) +
                  (g.size - g.per_domain) / g.size * m /
                      (net.scale_out_bandwidth_per_direction.value() * e.scale_out)
            : 0.0;
    return duration{inside > outside ? inside : outside};
}

// One chip sending `message` bytes to another, inside a scale-up domain or across domains:
// latency + message / bandwidth. Preconditions: message >= 0, a complete interconnect,
// efficiencies in (0, 1]; at run time NaN.
constexpr duration send_time(bytes message, bool across_domains, const interconnect& net,
                             link_efficiency given = {}) noexcept {
    if (!detail::check_collective(message, comm_group{2, across_domains ? 1.0 : 2.0}, net, given))
        return duration{detail::nan_value()};
    const link_efficiency e = detail::resolved(given, net);
    return across_domains
               ? duration{detail::known_or_zero(net.scale_out_latency.value()) +
                          message.value() /
                              (net.scale_out_bandwidth_per_direction.value() * e.scale_out)}
               : duration{detail::known_or_zero(net.scale_up_latency.value()) +
                          message.value() /
                              (net.scale_up_bandwidth_per_direction.value() * e.scale_up)};
}

// Where a group of `degree` chips lands when the chips are numbered with the groups of `stride`
// consecutive chips inside it (Megatron-LM's rank order: tensor innermost, then context, expert,
// data, pipeline): how many of its members share one scale-up domain of `domain_size` chips.
constexpr comm_group placed_group(double degree, double stride, double domain_size) noexcept {
    if (stride >= domain_size) return comm_group{degree, 1};
    const double per_domain = math::floor(domain_size / stride);
    return comm_group{degree, per_domain < degree ? (per_domain < 1 ? 1 : per_domain) : degree};
}

} // namespace flopscale
