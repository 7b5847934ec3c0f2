# Compiles SOURCE, which must fail, and checks that the diagnostic contains every fragment the
# source lists on a line `// expect: <fragment>`. Run as a test by tests/CMakeLists.txt.
file(STRINGS "${SOURCE}" expectations REGEX "^// expect: ")
if(NOT expectations)
  message(FATAL_ERROR "${SOURCE} lists no '// expect: ' diagnostic fragment")
endif()
execute_process(
  COMMAND "${CXX}" -std=c++${STD} -fsyntax-only -I "${INCLUDE}" "${SOURCE}"
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must not")
endif()
string(REPLACE "\n" " " diagnostic "${out}${err}")
foreach(line ${expectations})
  string(REGEX REPLACE "^// expect: " "" fragment "${line}")
  string(FIND "${diagnostic}" "${fragment}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${SOURCE}: the diagnostic lacks \"${fragment}\":\n${out}${err}")
  endif()
endforeach()
