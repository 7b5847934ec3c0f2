# The warning set every flopscale translation unit is held to (DESIGN: warnings are errors in CI).
option(FLOPSCALE_WARNINGS_AS_ERRORS "Treat warnings as errors in tests and examples" ON)
add_library(flopscale_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(flopscale_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow
    $<$<BOOL:${FLOPSCALE_WARNINGS_AS_ERRORS}>:-Werror>)
elseif(MSVC)
  target_compile_options(flopscale_warnings INTERFACE /W4 $<$<BOOL:${FLOPSCALE_WARNINGS_AS_ERRORS}>:/WX>)
endif()
