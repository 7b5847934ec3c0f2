// flopscale/scaling/random.hpp — a small deterministic random generator for resampling and for
// synthetic data.
//
// The bootstrap must give the same intervals on every platform and in a constant expression, which
// no standard engine-plus-distribution pair promises (std::uniform_int_distribution's algorithm is
// unspecified). SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number
// generators", OOPSLA; the mixing constants are Stafford's "Mix13") has one 64-bit word of state,
// passes BigCrush, and every step is integer arithmetic, so its sequence is fixed by the seed
// alone.
#pragma once

#include "flopscale/math.hpp"

#include <cstdint>

namespace flopscale::scaling {

class random_generator {
public:
    constexpr explicit random_generator(std::uint64_t seed) noexcept : state_(seed) {}

    // The next 64 random bits.
    constexpr std::uint64_t next() noexcept {
        state_ += 0x9e3779b97f4a7c15u; // 2^64 / golden ratio, the Weyl sequence step
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        return z ^ (z >> 31);
    }

    // A uniform integer in [0, bound), bound > 0, without modulo bias: draws in the incomplete last
    // block of 2^64 mod bound values are rejected (at most one draw in 2^64 / bound is).
    constexpr std::uint64_t below(std::uint64_t bound) noexcept {
        const std::uint64_t rejected = (0 - bound) % bound; // 2^64 mod bound
        std::uint64_t bits = next();
        while (bits < rejected)
            bits = next();
        return bits % bound;
    }

    // A uniform double in [0, 1): the top 53 bits scaled by 2^-53, every value equally likely.
    constexpr double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1p-53; }

    // A standard normal variate by Marsaglia's polar method (Marsaglia and Bray 1964), which needs
    // only log and sqrt; the second variate of each pair is discarded to keep the state one word.
    constexpr double normal() noexcept {
        for (;;) {
            const double u = 2.0 * uniform() - 1.0;
            const double v = 2.0 * uniform() - 1.0;
            const double s = u * u + v * v;
            if (s > 0.0 && s < 1.0) return u * math::sqrt(-2.0 * math::log(s) / s);
        }
    }

private:
    std::uint64_t state_;
};

} // namespace flopscale::scaling
