// flopscale/scaling/fit.hpp — fitting L(N, D) = E + A/N^alpha + B/D^beta to one's own training
// runs.
//
// The procedure is Hoffmann et al. 2022's Approach 3 (§3.3 and App. D.2) as Besiroglu et al. 2024
// (arXiv:2404.10102, the data_analysis notebook of epoch-research/analyzing-chinchilla) re-ran it:
// the parameters are theta = (a, b, e, alpha, beta) with A = e^a, B = e^b, E = e^e; the prediction
// is the log-sum-exp LSE(a - alpha·ln N, b - beta·ln D, e) of ln L; the objective is the Huber loss
// with delta = 1e-3 of the residuals ln L - prediction, summed (not averaged) over the runs; L-BFGS
// (lbfgs.hpp, scipy's defaults) starts from every point of a 4,500-point grid, and the lowest
// objective among the converged starts wins. The gradient is analytic where scipy differenced it.
//
// No heap: the runs are a view of an array the caller owns, and each run carries the logarithms
// the objective needs, computed once when the run is made rather than at each of the million or so
// evaluations of a full-grid fit. A handful of runs with a small grid fits in a constant
// expression.
#pragma once

#include "flopscale/config.hpp"
#include "flopscale/math.hpp"
#include "flopscale/scaling/lbfgs.hpp"
#include "flopscale/scaling/parametric.hpp"
#include "flopscale/units.hpp"

#include <array>
#include <cstddef>
#include <limits>

namespace flopscale::scaling {

// A non-owning view of consecutive elements, made from a std::array, a built-in array or a pointer
// and a size (C++17 has no std::span).
template <class T>
class slice {
public:
    constexpr slice() noexcept = default;
    constexpr slice(T* data, std::size_t size) noexcept : data_(data), size_(size) {}
    template <class U, std::size_t N>
    constexpr slice(std::array<U, N>& elements) noexcept // NOLINT: implicit
        : data_(elements.data()), size_(N) {}
    template <class U, std::size_t N>
    constexpr slice(const std::array<U, N>& elements) noexcept // NOLINT: implicit
        : data_(elements.data()), size_(N) {}
    template <class U, std::size_t N>
    constexpr slice(U (&elements)[N]) noexcept // NOLINT: implicit
        : data_(elements), size_(N) {}

    constexpr T* begin() const noexcept { return data_; }
    constexpr T* end() const noexcept { return data_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr T& operator[](std::size_t i) const noexcept { return data_[i]; }
    // The first n elements.
    constexpr slice first(std::size_t n) const noexcept { return {data_, n < size_ ? n : size_}; }

private:
    T* data_ = nullptr;
    std::size_t size_ = 0;
};

// One training run: model size, training tokens and final loss (nats per token), with their
// natural logarithms.
class training_run {
public:
    constexpr training_run() noexcept = default;
    constexpr training_run(flopscale::parameters n, flopscale::tokens d, double loss) noexcept
        : params_(n.value()), tokens_(d.value()), loss_(loss), log_params_(math::log(n.value())),
          log_tokens_(math::log(d.value())), log_loss_(math::log(loss)) {}

    constexpr flopscale::parameters params() const noexcept {
        return flopscale::parameters{params_};
    }
    constexpr flopscale::tokens tokens() const noexcept { return flopscale::tokens{tokens_}; }
    constexpr double loss() const noexcept { return loss_; }
    constexpr double log_params() const noexcept { return log_params_; }
    constexpr double log_tokens() const noexcept { return log_tokens_; }
    constexpr double log_loss() const noexcept { return log_loss_; }
    // Positive and finite in all three values, which the fit requires.
    constexpr bool valid() const noexcept {
        return params_ > 0 && tokens_ > 0 && loss_ > 0 && math::isfinite(log_params_) &&
               math::isfinite(log_tokens_) && math::isfinite(log_loss_);
    }

private:
    double params_ = 0;
    double tokens_ = 0;
    double loss_ = 0;
    double log_params_ = 0;
    double log_tokens_ = 0;
    double log_loss_ = 0;
};

using run_view = slice<const training_run>;

// Values first, first + step, ..., count of them (numpy's arange(first, first + count·step, step)).
struct grid_axis {
    double first;
    double step;
    int count;
    constexpr double at(int i) const noexcept { return first + step * i; }
};

// Start points of the fit, one per combination of the axes' values.
struct start_grid {
    grid_axis alpha;
    grid_axis beta;
    grid_axis e; // ln E
    grid_axis a; // ln A
    grid_axis b; // ln B
    constexpr int size() const noexcept {
        return alpha.count * beta.count * e.count * a.count * b.count;
    }
};

// Hoffmann et al. 2022, App. D.2: alpha, beta in {0, 0.5, ..., 2}, e in {-1, -0.5, ..., 1}, a, b in
// {0, 5, ..., 25}: 5·5·5·6·6 = 4,500 starts (Besiroglu et al. 2024's notebook, cell 18, uses the
// same np.arange ranges).
inline constexpr start_grid hoffmann2022_grid{
    {0.0, 0.5, 5}, {0.0, 0.5, 5}, {-1.0, 0.5, 5}, {0.0, 5.0, 6}, {0.0, 5.0, 6}};

// Hoffmann et al. 2022, §3.3: "We use ... the Huber loss with delta = 10^-3".
inline constexpr double hoffmann2022_huber_delta = 1e-3;

// The parameters needed: E, A, B, alpha and beta.
inline constexpr std::size_t law_parameters = 5;

struct fit_options {
    start_grid grid = hoffmann2022_grid;
    double huber_delta = hoffmann2022_huber_delta;
    lbfgs_options optimizer{};
};

struct fit_result {
    parametric_law law; // NaN constants unless `converged`
    double objective;   // summed Huber loss at `law`
    bool converged;     // whether any start converged (the law is the best of those that did)
    int starts;
    int starts_converged;
    int iterations;  // L-BFGS iterations of the winning start
    int evaluations; // objective evaluations over all starts
};

namespace detail {
// theta = (ln A, ln B, ln E, alpha, beta), the order of Besiroglu et al.'s notebook.
using fit_parameters = std::array<double, law_parameters>;

constexpr parametric_law law_of(const fit_parameters& theta) noexcept {
    return {math::exp(theta[2]), math::exp(theta[0]), math::exp(theta[1]), theta[3], theta[4]};
}
constexpr fit_parameters parameters_of(const parametric_law& law) noexcept {
    return {math::log(law.a), math::log(law.b), math::log(law.e), law.alpha, law.beta};
}

// The runs in their own order; a bootstrap replaces it with a resample's (bootstrap.hpp).
struct every_run {
    constexpr std::size_t operator()(std::size_t i) const noexcept { return i; }
};

inline constexpr double max_finite = std::numeric_limits<double>::max();

// The summed Huber loss and its gradient. `order` is taken by value, so a stateful order (a
// resample drawn from a random generator) restarts from the same state at every evaluation.
// This is the fit's hot loop: two exponentials and one logarithm per run.
template <class Order>
constexpr double huber_objective(run_view runs, Order order, const fit_parameters& theta,
                                 double delta, fit_parameters& gradient) noexcept {
    const double a = theta[0];
    const double b = theta[1];
    const double e = theta[2];
    const double alpha = theta[3];
    const double beta = theta[4];
    double sum = 0;
    double g_a = 0;
    double g_b = 0;
    double g_e = 0;
    double g_alpha = 0;
    double g_beta = 0;
    const double term_e = math::exp(e);
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const training_run& run = runs[order(k)];
        const double u = a - alpha * run.log_params();
        const double v = b - beta * run.log_tokens();
        // LSE(u, v, e) = ln(e^u + e^v + e^e), summed directly while the sum is finite and
        // positive: the shift by the largest term would cost a third exponential.
        double term_u = math::exp(u);
        double term_v = math::exp(v);
        double weight_e = term_e;
        double total = term_u + term_v + term_e;
        double prediction = math::log(total);
        if (!(total > 0 && total < max_finite)) {
            // Far from any sensible law a term over- or underflows: LSE(u, v, e) shifted by its
            // largest term, as scipy.special.logsumexp computes it everywhere.
            const double largest = u > v ? (u > e ? u : e) : (v > e ? v : e);
            term_u = math::exp(u - largest);
            term_v = math::exp(v - largest);
            weight_e = math::exp(e - largest);
            total = term_u + term_v + weight_e;
            prediction = largest + math::log(total);
        }
        const double residual = run.log_loss() - prediction;
        // Huber: r²/2 inside delta, delta·(|r| - delta/2) outside, both c·(r - c/2) with c the
        // derivative, r clipped to [-delta, delta]; one formula and no branch on r's sign, which
        // is random near an optimum (the same roundings: r - r/2 is exact).
        const double slope = residual < -delta ? -delta : (residual > delta ? delta : residual);
        sum += slope * (residual - 0.5 * slope);
        // d(prediction)/d(term) is the term's share of the total; d(residual) = -d(prediction).
        const double scaled = slope / total;
        g_a -= scaled * term_u;
        g_b -= scaled * term_v;
        g_e -= scaled * weight_e;
        g_alpha += scaled * term_u * run.log_params();
        g_beta += scaled * term_v * run.log_tokens();
    }
    gradient = {g_a, g_b, g_e, g_alpha, g_beta};
    return sum;
}

constexpr bool valid_runs(run_view runs) noexcept {
    if (!expects(runs.size() >= law_parameters,
                 "a fit needs at least as many runs as parameters (5)"))
        return false;
    bool positive = true;
    for (const training_run& run : runs)
        positive = positive && run.valid();
    return expects(positive, "run parameters, tokens and losses must be positive and finite");
}

constexpr fit_result failed_fit(int starts = 0) noexcept {
    const double nan = flopscale::detail::nan_value();
    return {{nan, nan, nan, nan, nan}, nan, false, starts, 0, 0, 0};
}

// One L-BFGS run from theta0 over the runs in `order`.
template <class Order>
constexpr lbfgs_result<law_parameters> fit_from(run_view runs, Order order,
                                                const fit_parameters& theta0,
                                                const fit_options& options) noexcept {
    const auto objective = [runs, order, delta = options.huber_delta](const fit_parameters& theta,
                                                                      fit_parameters& gradient) {
        return huber_objective(runs, order, theta, delta, gradient);
    };
    return minimize_lbfgs(objective, theta0, options.optimizer);
}
} // namespace detail

// The objective of the fit at a law: the Huber loss (delta) of ln L - ln L̂ summed over the runs,
// with ln L̂ in the log-sum-exp form. Preconditions: at least 5 runs, all values positive and
// finite, delta > 0 (run time: NaN).
constexpr double huber_objective(run_view runs, const parametric_law& law,
                                 double delta = hoffmann2022_huber_delta) noexcept {
    if (!detail::valid_runs(runs) || !expects(delta > 0, "the Huber delta must be positive"))
        return flopscale::detail::nan_value();
    detail::fit_parameters gradient{};
    return detail::huber_objective(runs, detail::every_run{}, detail::parameters_of(law), delta,
                                   gradient);
}

// Fits E, A, B, alpha and beta to the runs from every start of options.grid and returns the best
// converged fit. Preconditions: at least 5 runs (one per parameter), every parameter count, token
// count and loss positive and finite, delta > 0, a grid of at least one point; at run time a
// violation gives NaN constants, NaN objective and converged = false. No converged start gives the
// same (with `starts` counted).
constexpr fit_result fit_parametric_law(run_view runs, const fit_options& options = {}) noexcept {
    if (!detail::valid_runs(runs) ||
        !expects(options.huber_delta > 0, "the Huber delta must be positive") ||
        !expects(options.grid.size() > 0, "the start grid must have at least one point"))
        return detail::failed_fit();
    fit_result best = detail::failed_fit(options.grid.size());
    detail::fit_parameters best_theta{};
    const start_grid& grid = options.grid;
    // Loop order alpha, beta, e, a, b as in Besiroglu et al.'s notebook; on a tie the first wins.
    for (int i_alpha = 0; i_alpha < grid.alpha.count; ++i_alpha)
        for (int i_beta = 0; i_beta < grid.beta.count; ++i_beta)
            for (int i_e = 0; i_e < grid.e.count; ++i_e)
                for (int i_a = 0; i_a < grid.a.count; ++i_a)
                    for (int i_b = 0; i_b < grid.b.count; ++i_b) {
                        const detail::fit_parameters start{grid.a.at(i_a), grid.b.at(i_b),
                                                           grid.e.at(i_e), grid.alpha.at(i_alpha),
                                                           grid.beta.at(i_beta)};
                        const auto run =
                            detail::fit_from(runs, detail::every_run{}, start, options);
                        best.evaluations += run.evaluations;
                        if (!run.converged) continue;
                        ++best.starts_converged;
                        if (best.converged && !(run.value < best.objective)) continue;
                        best.converged = true;
                        best.objective = run.value;
                        best.iterations = run.iterations;
                        best_theta = run.x;
                    }
    if (best.converged) best.law = detail::law_of(best_theta);
    return best;
}

} // namespace flopscale::scaling
