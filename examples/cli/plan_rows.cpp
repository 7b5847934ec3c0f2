#include "plan_rows.hpp"

#include <cstddef>

namespace fscli {
namespace {

using kind = row_sink::kind;

// A label composed in place: labels are short, and longer text is cut rather than written past
// the buffer.
class label_text {
public:
    label_text& operator<<(std::string_view s) {
        for (const char c : s)
            if (size_ < sizeof data_) data_[size_++] = c;
        return *this;
    }
    label_text& operator<<(int n) {
        char digits[12];
        std::size_t count = 0;
        for (unsigned rest = n < 0 ? 0U - static_cast<unsigned>(n) : static_cast<unsigned>(n);
             count == 0 || rest > 0; rest /= 10)
            digits[count++] = static_cast<char>('0' + rest % 10);
        if (n < 0) *this << "-";
        while (count > 0)
            *this << std::string_view(&digits[--count], 1);
        return *this;
    }
    template <class D, class R>
    label_text& operator<<(const flopscale::quantity<D, R>& q) {
        const auto r = flopscale::to_chars(data_ + size_, data_ + sizeof data_, q);
        if (r.ec == std::errc{}) size_ = static_cast<std::size_t>(r.ptr - data_);
        return *this;
    }
    operator std::string_view() const { return {data_, size_}; }

private:
    char data_[96];
    std::size_t size_ = 0;
};

const char* accounting_name(flopscale::flop_accounting a) {
    switch (a) {
    case flopscale::flop_accounting::six_nd:
        return "six_nd";
    case flopscale::flop_accounting::kaplan:
        return "kaplan";
    case flopscale::flop_accounting::palm:
        return "palm";
    case flopscale::flop_accounting::chinchilla:
        return "chinchilla";
    case flopscale::flop_accounting::deepseek:
        return "deepseek";
    }
    return "?";
}

const char* accounting_text(flopscale::flop_accounting a) {
    switch (a) {
    case flopscale::flop_accounting::six_nd:
        return "6 N D";
    case flopscale::flop_accounting::kaplan:
        return "Kaplan et al. 2020";
    case flopscale::flop_accounting::palm:
        return "PaLM App. B";
    case flopscale::flop_accounting::chinchilla:
        return "Chinchilla App. F";
    case flopscale::flop_accounting::deepseek:
        return "DeepSeek LLM M";
    }
    return "?";
}

const char* source_text(flopscale::data_source s) {
    switch (s) {
    case flopscale::data_source::given:
        return "given";
    case flopscale::data_source::from_budget:
        return "bought by the FLOP budget";
    case flopscale::data_source::compute_optimal:
        return "compute-optimal for the budget";
    }
    return "?";
}

// The nearest whole number, halves away from zero.
double nearest(double v) {
    return v < 0 ? -flopscale::math::floor(0.5 - v) : flopscale::math::floor(v + 0.5);
}

template <class Q>
void quantity_row(row_sink& out, std::string_view key, std::string_view label, const Q& q) {
    out.begin(kind::number, key, label, q.value());
    out.put_quantity(q);
}

void text_row(row_sink& out, std::string_view key, std::string_view label, std::string_view text) {
    out.begin(kind::text, key, label, flopscale::detail::nan_value());
    out.put(text);
}

void heading(row_sink& out) {
    out.begin(kind::heading, {}, {}, flopscale::detail::nan_value());
}

} // namespace

void plan_rows(row_sink& out, const plan_facts& f, const flopscale::training_plan& p) {
    using namespace flopscale;
    const cluster& c = f.cluster;
    heading(out);
    out.put("Training plan: ");
    if (f.has_model) {
        out.put(f.model_description);
    } else {
        out.put("a dense model of ");
        out.put_quantity(p.params);
    }
    // The table names a model; --json says "custom" for a bare parameter count.
    text_row(out, "model", f.has_model ? "model" : "", f.has_model ? f.model_name : "custom");
    quantity_row(out, "params", "parameters (N)", p.params);
    // A mixture of experts computes with fewer parameters than it holds.
    quantity_row(out, "total_params",
                 p.total_params.value() != p.params.value() ? "total parameters" : "",
                 p.total_params);
    quantity_row(out, "tokens", "tokens (D)", p.data);
    text_row(out, "", "tokens chosen", source_text(p.source));
    text_row(out, "data_source", "", to_string(p.source));
    out.begin(kind::number, "tokens_per_parameter", "tokens per parameter", p.tokens_per_param);
    out.put_number(p.tokens_per_param, 3);
    quantity_row(out, "training_flops", "training compute", p.compute);
    out.put(" (");
    out.put(accounting_text(p.accounting));
    out.put(")");
    text_row(out, "accounting", "", accounting_name(p.accounting));

    heading(out);
    out.put("On ");
    out.put_count(c.count);
    out.put(" x ");
    out.put(c.chip.name);
    text_row(out, "chip", "chip", c.chip.name);
    out.begin(kind::number, "chips", "chips", c.count);
    out.put_count(c.count);
    if (f.power_budget == f.power_budget) {
        quantity_row(out, "power_budget_w", "bought by", f.power_budget);
        out.put(" at TDP x overhead x PUE");
    }
    text_row(out, "precision", "precision", to_string_view(c.format));
    out.begin(kind::number, "mfu", "MFU", c.mfu);
    out.put_number(c.mfu * 100, 3);
    out.put("%");
    quantity_row(out, "effective_flop_rate", "sustained throughput", p.throughput);
    quantity_row(out, "training_time_s", "training time", p.time);
    out.begin(kind::number, "chip_hours", "chip-hours", p.chip_hours);
    out.put_scaled(p.chip_hours);
    if (!c.chip.has_tdp()) {
        out.begin(kind::number, "energy_j", "energy", p.energy_used.value());
        out.put("n/a (the chip's TDP is not published)");
    } else {
        quantity_row(out, "energy_j", "energy", p.energy_used);
        out.put(" at TDP, server overhead ");
        out.put_number(c.server_overhead, 3);
        out.put(", PUE ");
        out.put_number(c.pue, 3);
    }
    out.begin(kind::number, "pue", "", c.pue);
    out.begin(kind::number, "server_overhead", "", c.server_overhead);
    if (f.priced) {
        quantity_row(out, "cost_usd", "cost", p.cost);
        out.put(" at ");
        out.put_number(c.price_per_chip_hour.in(units::USD_per_h), 3);
        out.put(" USD/chip-hour");
    } else {
        out.begin(kind::number, "cost_usd", "cost", detail::nan_value());
        out.put("n/a (give ");
        out.put(f.price_field);
        out.put(" per chip-hour)");
    }
    const bool eight_bit = p.basis == h100e_basis::eight_bit_dense;
    out.begin(kind::number, "h100_equivalents", "fleet", p.h100e);
    if (p.h100e == p.h100e) {
        out.put_count(nearest(p.h100e));
        out.put(" H100e");
    } else {
        out.put("n/a");
    }
    out.put(eight_bit ? " (dense 8-bit basis)" : " (dense FP16 basis)");
    text_row(out, "h100e_basis", "", eight_bit ? "8bit" : "fp16");

    heading(out);
    out.put("Memory (weights, gradients, Adam state; activations apart)");
    quantity_row(out, "training_state_bytes", "training state", p.state_total);
    quantity_row(out, "training_state_bytes_per_chip",
                 label_text() << "per chip (ZeRO-" << f.zero_stage << ")", p.state_per_chip);
    out.begin(kind::number, "chips_to_hold_state", "fewest chips that hold it",
              p.chips_to_hold_state);
    out.put_count(p.chips_to_hold_state);
    const bool fits = p.fit == memory_fit::fits;
    if (c.chip.has_memory())
        out.begin(kind::boolean, "fits_in_memory",
                  label_text() << "fits in " << c.chip.memory << " per chip", fits ? 1 : 0);
    else
        out.begin(kind::boolean, "fits_in_memory", "fits in chip memory", fits ? 1 : 0);
    out.put(fits                                ? "yes"
            : p.fit == memory_fit::does_not_fit ? "no"
                                                : "unknown (chip memory not published)");

    heading(out);
    out.put("Against the compute-optimal split of the same FLOPs (");
    out.put(f.law_name);
    out.put(")");
    text_row(out, "law", "scaling law", f.law_name);
    out.begin(kind::number, "loss", "predicted loss", p.loss);
    out.put_number(p.loss, 4);
    out.put(" nats/token");
    quantity_row(out, "optimal_params", "optimal parameters", p.optimal.params);
    quantity_row(out, "optimal_tokens", "optimal tokens", p.optimal.tokens);
    out.begin(kind::number, "optimal_tokens_per_parameter", "optimal tokens per parameter",
              p.optimal_tokens_per_param);
    out.put_number(p.optimal_tokens_per_param, 3);
    out.begin(kind::number, "optimal_loss", "optimal loss", p.optimal_loss);
    out.put_number(p.optimal_loss, 4);
    out.put(" nats/token");
    const double ratio = p.params.value() / p.optimal.params.value();
    out.begin(kind::number, "params_over_optimal", "model size vs optimal", ratio);
    out.put_number(ratio, 3);
    out.put(ratio > 1 ? " x (larger than optimal)" : " x (smaller than optimal)");
}

void goodput_rows(row_sink& out, const goodput_request& q, const flopscale::training_goodput& g,
                  double chips) {
    using namespace flopscale;
    const goodput_options& o = q.options;
    heading(out);
    out.put("Failures, checkpoints and restarts");
    const double rate = in_failures_per_1000_node_days(o.rate, q.node_size);
    out.begin(kind::number, "failure_rate_per_1000_node_days", "failure rate", rate);
    out.put_number(rate, 3);
    out.put(" per 1,000 node-days of ");
    out.put_number(q.node_size, 3);
    out.put(" chips");
    if (!q.rate_given) out.put(" (default: Kokolis et al. 2025)");
    out.begin(kind::number, "node_size", "", q.node_size);
    if (math::isinf(g.job.mttf.value())) {
        out.begin(kind::number, "job_mttf_s", "job mean time to failure", g.job.mttf.value());
        out.put("infinite (no failures)");
    } else {
        quantity_row(out, "job_mttf_s", "job mean time to failure", g.job.mttf);
    }
    const bool from_storage = math::isnan(o.checkpoint_write.value());
    const bandwidth storage = !from_storage ? bandwidth{detail::nan_value()}
                              : math::isnan(o.storage.value())
                                  ? default_storage_bandwidth_per_chip * chips
                                  : o.storage;
    quantity_row(out, "checkpoint_write_s", "checkpoint write", g.checkpoint_write);
    if (from_storage) {
        out.put(" (training state at ");
        out.put_quantity(storage);
        out.put(")");
    }
    out.begin(kind::number, "storage_bandwidth_bps", "", storage.value());
    out.begin(kind::boolean, "async_checkpoint", "asynchronous", o.asynchronous ? 1 : 0);
    if (o.asynchronous) {
        out.put("yes, training stalls ");
        out.put_quantity(g.job.checkpoint.blocking);
    } else {
        out.put("no, training waits for the write");
    }
    out.begin(kind::number, "checkpoint_blocking_s", "", g.job.checkpoint.blocking.value());
    quantity_row(out, "restart_s", "restart after a failure", g.job.restart);
    if (math::isinf(g.interval.value())) {
        out.begin(kind::number, "checkpoint_interval_s", "checkpoint interval", g.interval.value());
        out.put("none needed (no failures)");
    } else {
        quantity_row(out, "checkpoint_interval_s", "checkpoint interval", g.interval);
        out.put(g.optimal_interval ? " (optimal)" : " (given)");
    }
    text_row(out, "checkpoint_interval_choice", "", g.optimal_interval ? "optimal" : "given");
    out.begin(kind::text, "", "failure-free time", detail::nan_value());
    out.put_quantity(g.failure_free_time);
    quantity_row(out, "training_time_with_failures_s", "expected time with failures",
                 g.time_with_failures);
    out.begin(kind::number, "goodput", "goodput", g.goodput);
    out.put_number(g.goodput * 100, 4);
    out.put("% of the wall-clock trains");
    out.begin(kind::number, "expected_interruptions", "expected interruptions",
              g.expected_interruptions);
    out.put_count(nearest(g.expected_interruptions));
    out.begin(kind::number, "chip_hours_lost", "chip-hours lost", g.chip_hours_lost);
    out.put_scaled(g.chip_hours_lost);
    quantity_row(out, "energy_lost_j", "energy lost", g.energy_lost);
    quantity_row(out, "cost_lost_usd", "cost lost", g.cost_lost);
}

} // namespace fscli
