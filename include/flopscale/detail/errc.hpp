// flopscale/detail/errc.hpp — std::errc without the cost of <system_error>.
//
// <system_error> brings in <string> and more and doubles the compile time of the core. Where the
// standard library keeps std::errc in a small header of its own, that header is included
// instead; it defines the very same std::errc, so results compare with std::to_chars_result's.
#pragma once

#include <cstddef> // defines the standard library's identification macros

#if defined(__has_include)
#if defined(__GLIBCXX__) && __has_include(<bits/error_constants.h>)
#include <bits/error_constants.h>
#define FLOPSCALE_ERRC_INCLUDED 1
#elif defined(_LIBCPP_VERSION) && __has_include(<__system_error/errc.h>)
#include <__system_error/errc.h>
#define FLOPSCALE_ERRC_INCLUDED 1
#endif
#endif

#if !defined(FLOPSCALE_ERRC_INCLUDED)
#include <system_error>
#endif
