# Runs the flopscale tool once and checks what it did.
#   TOOL          the executable
#   ARGS          its arguments, separated by @@
#   EXIT          the expected exit code
#   STDOUT        regular expressions stdout must match, separated by @@
#   STDERR        regular expressions stderr must match, separated by @@
#   ERROR         when true: stdout empty, stderr exactly one line starting "flopscale: "
#   JSON_NUMBERS  keys of the JSON object on stdout that must hold numbers, separated by @@
#   JSON_VALUES   key=regex pairs, separated by @@: the key's JSON text must match the regex
cmake_minimum_required(VERSION 3.19)

string(REPLACE "@@" ";" args "${ARGS}")
execute_process(COMMAND "${TOOL}" ${args}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)

set(context "flopscale ${args}\n--- exit ${code}\n--- stdout\n${out}--- stderr\n${err}")
if(NOT code STREQUAL "${EXIT}")
  message(FATAL_ERROR "expected exit code ${EXIT}\n${context}")
endif()

# A function, not a macro: a macro would substitute the patterns into its body and lose their
# backslashes.
function(require_matches text patterns what)
  string(REPLACE "@@" ";" list "${patterns}")
  foreach(pattern IN LISTS list)
    if(NOT "${text}" MATCHES "${pattern}")
      message(FATAL_ERROR "${what} does not match '${pattern}'\n${context}")
    endif()
  endforeach()
endfunction()
require_matches("${out}" "${STDOUT}" "stdout")
require_matches("${err}" "${STDERR}" "stderr")

if(ERROR)
  if(NOT out STREQUAL "")
    message(FATAL_ERROR "an error must print nothing on stdout\n${context}")
  endif()
  if(NOT err MATCHES "^flopscale: [^\n]+\n$")
    message(FATAL_ERROR "an error must be one line 'flopscale: ...' on stderr\n${context}")
  endif()
endif()

if(JSON_NUMBERS OR JSON_VALUES)
  string(JSON keys ERROR_VARIABLE json_error LENGTH "${out}")
  if(json_error)
    message(FATAL_ERROR "stdout is not a JSON object: ${json_error}\n${context}")
  endif()
endif()
string(REPLACE "@@" ";" numbers "${JSON_NUMBERS}")
foreach(key IN LISTS numbers)
  string(JSON type ERROR_VARIABLE json_error TYPE "${out}" "${key}")
  if(json_error OR NOT type STREQUAL "NUMBER")
    message(FATAL_ERROR "JSON key '${key}' must hold a number (${type}${json_error})\n${context}")
  endif()
endforeach()
string(REPLACE "@@" ";" values "${JSON_VALUES}")
foreach(pair IN LISTS values)
  string(FIND "${pair}" "=" eq)
  string(SUBSTRING "${pair}" 0 ${eq} key)
  math(EXPR start "${eq} + 1")
  string(SUBSTRING "${pair}" ${start} -1 pattern)
  string(JSON value ERROR_VARIABLE json_error GET "${out}" "${key}")
  if(json_error OR NOT "${value}" MATCHES "${pattern}")
    message(FATAL_ERROR "JSON key '${key}' = '${value}' does not match '${pattern}'\n${context}")
  endif()
endforeach()
