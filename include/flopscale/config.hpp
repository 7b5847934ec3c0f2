// flopscale/config.hpp — version and the precondition policy.
//
// Policy (DESIGN principle 6): a violated precondition inside a constant expression is a compile
// error whose notes quote the precondition's text; at run time the function returns its documented
// result (NaN for numeric answers, a null or error value for lookups) after calling the handler the
// user installed, if any. Nothing here throws, allocates or needs static initialisation.
#pragma once

#include <limits>

#define FLOPSCALE_VERSION_MAJOR 0
#define FLOPSCALE_VERSION_MINOR 1
#define FLOPSCALE_VERSION_PATCH 0
#define FLOPSCALE_VERSION_STRING "0.1.0"

namespace flopscale {

struct version_info {
    int major;
    int minor;
    int patch;
};
inline constexpr version_info version{FLOPSCALE_VERSION_MAJOR, FLOPSCALE_VERSION_MINOR,
                                      FLOPSCALE_VERSION_PATCH};

// Called at run time with the text of a violated precondition, e.g. "mfu must be in (0, 1]".
// It may log, count, trap or abort; when it returns, the library returns the documented result.
using precondition_handler = void (*)(const char* precondition) noexcept;

namespace detail {
// The documented run-time result of a numeric function whose precondition does not hold.
constexpr double nan_value() noexcept {
    return std::numeric_limits<double>::quiet_NaN();
}

// Constant-initialised (a null pointer), so it needs no static initialisation.
inline precondition_handler installed_precondition_handler = nullptr;

// Deliberately not constexpr: reaching it during constant evaluation is the compile error, and the
// compiler's "in call to ..." notes show the precondition text passed to it.
inline void precondition_violated(const char* precondition) noexcept {
    if (installed_precondition_handler != nullptr) installed_precondition_handler(precondition);
}
} // namespace detail

// Installs a run-time handler and returns the previous one (nullptr: none, the default).
inline precondition_handler set_precondition_handler(precondition_handler handler) noexcept {
    const precondition_handler previous = detail::installed_precondition_handler;
    detail::installed_precondition_handler = handler;
    return previous;
}

// Checks a precondition: true when it holds. When it does not, a constant evaluation stops here
// with a compile error, and a run-time call reports it to the handler and returns false so the
// caller can return its documented result.
constexpr bool expects(bool holds, const char* precondition) noexcept {
    if (!holds) detail::precondition_violated(precondition);
    return holds;
}

} // namespace flopscale
