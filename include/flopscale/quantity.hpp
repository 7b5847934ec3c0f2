// flopscale/quantity.hpp — dimensions and quantity<Dim, Rep>.
//
// A dimension is a vector of integer exponents over the base dimensions of AI compute. Operations
// (FLOP), tokens and parameters are separate base dimensions although all three are counts, so a
// FLOP count never mixes with a token count. Energy is a base dimension (power is energy per
// time); nothing here needs mass or length.
#pragma once

#include <type_traits>

namespace flopscale {

template <int Operations, int Tokens, int Parameters, int Bytes, int Time, int Energy, int Money>
struct dim {
    static constexpr int operations = Operations;
    static constexpr int tokens = Tokens;
    static constexpr int parameters = Parameters;
    static constexpr int bytes = Bytes;
    static constexpr int time = Time;
    static constexpr int energy = Energy;
    static constexpr int money = Money;
};

using dimensionless = dim<0, 0, 0, 0, 0, 0, 0>;

template <class A, class B>
using dim_product =
    dim<A::operations + B::operations, A::tokens + B::tokens, A::parameters + B::parameters,
        A::bytes + B::bytes, A::time + B::time, A::energy + B::energy, A::money + B::money>;

template <class A, class B>
using dim_quotient =
    dim<A::operations - B::operations, A::tokens - B::tokens, A::parameters - B::parameters,
        A::bytes - B::bytes, A::time - B::time, A::energy - B::energy, A::money - B::money>;

template <class D, class Rep = double>
class quantity;

namespace detail {
template <class T>
inline constexpr bool always_false = false;

template <class T>
inline constexpr bool is_number = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;

// The tag of quantity's deleted cross-dimension constructor: its name is the error message.
struct cannot_convert_between_quantities_of_different_dimensions_or_kinds {};

// A product or quotient whose dimensions cancel is a plain number, not a quantity.
template <class D, class Rep>
constexpr auto make_quantity(Rep value) noexcept {
    if constexpr (std::is_same_v<D, dimensionless>) {
        return value;
    } else {
        return quantity<D, Rep>{value};
    }
}
} // namespace detail

template <class D, class Rep>
class quantity {
    static_assert(std::is_floating_point_v<Rep>,
                  "flopscale: a quantity's representation must be a floating-point type");

public:
    using dimension = D;
    using rep = Rep;

    constexpr quantity() noexcept = default;

    // Construction from a raw number is explicit: `flops{3.8e25}` says which quantity it is.
    template <class T, std::enable_if_t<detail::is_number<T>, int> = 0>
    constexpr explicit quantity(T value) noexcept : value_(static_cast<Rep>(value)) {}

    // A change of representation (double <-> float) is explicit.
    template <class Rep2, std::enable_if_t<!std::is_same_v<Rep, Rep2>, int> = 0>
    constexpr explicit quantity(const quantity<D, Rep2>& other) noexcept
        : value_(static_cast<Rep>(other.value())) {}

    // A change of dimension never compiles, and the type traits say so: std::is_convertible and
    // std::is_constructible are false, so concepts and SFINAE see no conversion. The constructor is
    // deleted rather than absent so that the error names the mistake in words, through the tag
    // type in its signature (GCC's message) and on its line (Clang's note quotes the line).
    // clang-format off
    template <class D2, class Rep2, std::enable_if_t<!std::is_same_v<D, D2>, int> = 0>
    quantity(const quantity<D2, Rep2>&, detail::cannot_convert_between_quantities_of_different_dimensions_or_kinds = {}) = delete; // tokens are not parameters, FLOP/s are not FLOP
    // clang-format on

    // The value in the base unit of the dimension (FLOP, FLOP/s, tokens, bytes, s, W, J, USD, ...).
    [[nodiscard]] constexpr Rep value() const noexcept { return value_; }

    // The value in a named unit of the same dimension: `rate.in(units::TFLOP_per_s)`.
    template <class Unit>
    [[nodiscard]] constexpr Rep in(const Unit& unit) const noexcept {
        static_assert(std::is_same_v<typename Unit::dimension, D>,
                      "flopscale: the unit's dimension does not match the quantity's");
        return static_cast<Rep>(value_ / unit.factor);
    }

    constexpr quantity operator+() const noexcept { return *this; }
    constexpr quantity operator-() const noexcept { return quantity{-value_}; }

    constexpr quantity& operator+=(const quantity& other) noexcept {
        value_ += other.value_;
        return *this;
    }
    constexpr quantity& operator-=(const quantity& other) noexcept {
        value_ -= other.value_;
        return *this;
    }
    constexpr quantity& operator*=(Rep factor) noexcept {
        value_ *= factor;
        return *this;
    }
    constexpr quantity& operator/=(Rep divisor) noexcept {
        value_ /= divisor;
        return *this;
    }

private:
    Rep value_{};
};

// Sums, differences and comparisons exist only within one dimension. They are declared for any
// two quantities so that a mismatch reaches the static_assert below and is reported in words,
// not as a list of failed overload candidates.
namespace detail {
template <class D1, class D2>
constexpr void require_same_dimension() noexcept {
    static_assert(std::is_same_v<D1, D2>,
                  "flopscale: cannot add, subtract or compare quantities of different dimensions "
                  "or kinds (e.g. FLOP + tokens)");
}
} // namespace detail

template <class D1, class R1, class D2, class R2>
constexpr auto operator+(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    detail::require_same_dimension<D1, D2>();
    return quantity<D1, std::common_type_t<R1, R2>>{a.value() + b.value()};
}

template <class D1, class R1, class D2, class R2>
constexpr auto operator-(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    detail::require_same_dimension<D1, D2>();
    return quantity<D1, std::common_type_t<R1, R2>>{a.value() - b.value()};
}

template <class D1, class R1, class D2, class R2>
constexpr bool operator==(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    detail::require_same_dimension<D1, D2>();
    return a.value() == b.value();
}
template <class D1, class R1, class D2, class R2>
constexpr bool operator!=(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    return !(a == b);
}
template <class D1, class R1, class D2, class R2>
constexpr bool operator<(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    detail::require_same_dimension<D1, D2>();
    return a.value() < b.value();
}
template <class D1, class R1, class D2, class R2>
constexpr bool operator>(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    return b < a;
}
template <class D1, class R1, class D2, class R2>
constexpr bool operator<=(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    return !(b < a);
}
template <class D1, class R1, class D2, class R2>
constexpr bool operator>=(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    return !(a < b);
}

// Products and quotients form derived dimensions: FLOP / (FLOP/s) is a duration, W * s is energy.
template <class D1, class R1, class D2, class R2>
constexpr auto operator*(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    return detail::make_quantity<dim_product<D1, D2>>(
        static_cast<std::common_type_t<R1, R2>>(a.value() * b.value()));
}

template <class D1, class R1, class D2, class R2>
constexpr auto operator/(const quantity<D1, R1>& a, const quantity<D2, R2>& b) noexcept {
    return detail::make_quantity<dim_quotient<D1, D2>>(
        static_cast<std::common_type_t<R1, R2>>(a.value() / b.value()));
}

// Scaling by a plain number keeps the dimension.
template <class D, class R, class T, std::enable_if_t<detail::is_number<T>, int> = 0>
constexpr auto operator*(const quantity<D, R>& q, T factor) noexcept {
    using result = std::common_type_t<R, T>;
    return quantity<D, result>{static_cast<result>(q.value()) * static_cast<result>(factor)};
}
template <class D, class R, class T, std::enable_if_t<detail::is_number<T>, int> = 0>
constexpr auto operator*(T factor, const quantity<D, R>& q) noexcept {
    return q * factor;
}
template <class D, class R, class T, std::enable_if_t<detail::is_number<T>, int> = 0>
constexpr auto operator/(const quantity<D, R>& q, T divisor) noexcept {
    using result = std::common_type_t<R, T>;
    return quantity<D, result>{static_cast<result>(q.value()) / static_cast<result>(divisor)};
}
// A number divided by a quantity has the inverse dimension (1 / duration is a frequency).
template <class D, class R, class T, std::enable_if_t<detail::is_number<T>, int> = 0>
constexpr auto operator/(T numerator, const quantity<D, R>& q) noexcept {
    using result = std::common_type_t<R, T>;
    return quantity<dim_quotient<dimensionless, D>, result>{static_cast<result>(numerator) /
                                                            static_cast<result>(q.value())};
}

template <class T>
struct is_quantity : std::false_type {};
template <class D, class R>
struct is_quantity<quantity<D, R>> : std::true_type {};
template <class T>
inline constexpr bool is_quantity_v = is_quantity<T>::value;

// Same dimension, other representation: `quantity_cast<float>(budget)` for an FPU without double.
template <class ToRep, class D, class R>
constexpr quantity<D, ToRep> quantity_cast(const quantity<D, R>& q) noexcept {
    return quantity<D, ToRep>{static_cast<ToRep>(q.value())};
}

} // namespace flopscale
