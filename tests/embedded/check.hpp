// A minimal harness for the on-target self-test: each check evaluates one expression twice, once
// in a constant expression and once at run time on inputs the compiler cannot see, and requires
// the two results to be the same bits.
//
//   SAME(math::exp(in(2.5)));                    // in(x) is x, opaque to the optimiser at run time
//   SAME_EACH(4, math::pow(in(xs[i]), in(ys[i]))); // for i in [0, 4)
//
// NaN matches NaN whatever its payload: a payload carries no value, and hardware and compiler may
// produce different ones for the same invalid operation.
#pragma once

#include "console.hpp"

#include <flopscale/quantity.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace check {

template <class T, std::size_t N>
constexpr std::size_t count(const T (&)[N]) noexcept {
    return N;
}

inline unsigned long passed = 0;
inline unsigned long failed = 0;

// A value the optimiser must assume can be anything: a number goes through a volatile round trip;
// an object (a model shape, say) through an empty asm that claims to rewrite its bytes.
template <class T>
T opaque(T value) noexcept {
    if constexpr (std::is_scalar_v<T>) {
        volatile T copy = value;
        return copy;
    } else {
        __asm__ volatile("" : : "r"(&value) : "memory");
        return value;
    }
}

struct at_compile_time {
    template <class T>
    constexpr T operator()(T value) const noexcept {
        return value;
    }
};
struct at_run_time {
    template <class T>
    T operator()(T value) const noexcept {
        return opaque(value);
    }
};

template <class T>
std::uint64_t bits_of(T value) noexcept {
    if constexpr (sizeof(T) == 8) {
        std::uint64_t bits;
        std::memcpy(&bits, &value, 8);
        return bits;
    } else {
        std::uint32_t bits;
        std::memcpy(&bits, &value, 4);
        return bits;
    }
}

template <class T>
void record_numbers(const char* what, std::size_t index, T run_time, T compile_time) noexcept {
    bool same;
    if constexpr (std::is_floating_point_v<T>)
        same = bits_of(run_time) == bits_of(compile_time) ||
               (run_time != run_time && compile_time != compile_time);
    else
        same = run_time == compile_time;
    if (same) {
        ++passed;
        return;
    }
    ++failed;
    console::line out;
    out << "FAIL [" << static_cast<unsigned long>(index) << "] " << what << ": run time ";
    if constexpr (std::is_floating_point_v<T>) {
        out.hex(bits_of(run_time), 2 * int(sizeof(T))) << ", compile time ";
        out.hex(bits_of(compile_time), 2 * int(sizeof(T)));
    } else {
        out << static_cast<int>(run_time) << ", compile time " << static_cast<int>(compile_time);
    }
}

// Text written by the library into a buffer, kept by value so that a constant expression can
// return it.
struct text {
    std::array<char, 72> chars{};
    std::size_t size = 0;
    constexpr std::string_view view() const noexcept { return {chars.data(), size}; }
};

inline void record_text(const char* what, std::size_t index, const text& run_time,
                        const text& compile_time) noexcept {
    if (run_time.view() == compile_time.view()) {
        ++passed;
        return;
    }
    ++failed;
    console::line{} << "FAIL [" << static_cast<unsigned long>(index) << "] " << what
                    << ": run time \"" << run_time.view() << "\", compile time \""
                    << compile_time.view() << "\"";
}

template <class T>
void record(const char* what, std::size_t index, const T& run_time,
            const T& compile_time) noexcept {
    if constexpr (std::is_same_v<T, text>)
        record_text(what, index, run_time, compile_time);
    else if constexpr (flopscale::is_quantity_v<T>)
        record_numbers(what, index, run_time.value(), compile_time.value());
    else
        record_numbers(what, index, run_time, compile_time);
}

// A run-time fact, for what has no compile-time counterpart (handlers, text written to buffers).
inline void that(bool holds, const char* what) noexcept {
    if (holds) {
        ++passed;
        return;
    }
    ++failed;
    console::line{} << "FAIL " << what;
}

template <std::size_t N, class F>
constexpr auto compile_time_results(F f) noexcept {
    std::array<decltype(f(at_compile_time{}, std::size_t{0})), N> results{};
    for (std::size_t i = 0; i < N; ++i)
        results[i] = f(at_compile_time{}, i);
    return results;
}

template <class F, class R, std::size_t N>
void run_time_results(const char* what, F f, const std::array<R, N>& expected) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        record(what, i, f(at_run_time{}, opaque(i)), expected[i]);
}

// A precondition handler that counts, as a user's logging hook would, and keeps the last text.
inline int violations = 0;
inline const char* last_violation = nullptr;
inline void count_violation(const char* precondition) noexcept {
    ++violations;
    last_violation = precondition;
}

inline int summary() noexcept {
    console::line{} << passed << " passed, " << failed << " failed";
    return failed == 0 ? 0 : 1;
}

} // namespace check

#define CHECK_SAME_(count, name, parameters, ...)                                                  \
    do {                                                                                           \
        constexpr auto check_f_ = [] parameters { return __VA_ARGS__; };                           \
        constexpr auto check_expected_ = ::check::compile_time_results<count>(check_f_);           \
        ::check::run_time_results(name, check_f_, check_expected_);                                \
    } while (false)

#define SAME_EACH(count, ...)                                                                      \
    CHECK_SAME_(count, #__VA_ARGS__, (auto in, std::size_t i), __VA_ARGS__)
#define SAME(...) CHECK_SAME_(1, #__VA_ARGS__, (auto in, std::size_t), __VA_ARGS__)
