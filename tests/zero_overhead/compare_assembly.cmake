# Compiles QUANTITIES and RAW to assembly at -O2 and fails unless the code is identical.
foreach(which QUANTITIES RAW)
  execute_process(
    COMMAND "${CXX}" -std=c++17 -O2 -S -fno-asynchronous-unwind-tables -I "${INCLUDE}"
            "${${which}}" -o "${OUT}/${which}.s"
    RESULT_VARIABLE result ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "compiling ${${which}} failed:\n${err}")
  endif()
  # Keep instructions and labels; drop the lines that name the file or the compiler.
  file(STRINGS "${OUT}/${which}.s" lines)
  list(FILTER lines EXCLUDE REGEX "^[ \t]*\\.(file|ident|section[ \t]+\\.note)")
  string(REPLACE ";" "\n" code "${lines}")
  # GCC numbers function labels by how many functions the TU has seen (.LFB715 vs .LFB0).
  string(REGEX REPLACE "\\.LF([BE])[0-9]+" ".LF\\1" code_${which} "${code}")
endforeach()
if(NOT code_QUANTITIES STREQUAL code_RAW)
  message(FATAL_ERROR "quantities cost code: the assembly differs from raw doubles\n"
                      "--- quantities\n${code_QUANTITIES}\n--- doubles\n${code_RAW}")
endif()
string(REGEX MATCHALL "\n[ \t]+[a-z]" instructions "${code_RAW}")
list(LENGTH instructions count)
message(STATUS "zero overhead: identical code (${count} instructions) with ${CXX}")
