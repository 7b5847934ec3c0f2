# Writes one plot with the flopscale tool, then checks it: well-formed XML (xmllint), renders
# (rsvg-convert) and the picture is not blank (png_nonblank.py).
#   TOOL, KIND, OUT (the .svg path), XMLLINT, RSVG, PYTHON, CHECKER, RUNS (the CSV of plot fit)
cmake_minimum_required(VERSION 3.14)

file(REMOVE "${OUT}")
set(runs_flag)
if(KIND STREQUAL "fit")
  set(runs_flag --runs "${RUNS}")
endif()
execute_process(COMMAND "${TOOL}" plot ${KIND} ${runs_flag} --out "${OUT}" RESULT_VARIABLE code
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT EXISTS "${OUT}")
  message(FATAL_ERROR "flopscale plot ${KIND} failed (${code}): ${out}${err}")
endif()
file(READ "${OUT}" svg)
if(NOT svg MATCHES "<svg" OR NOT svg MATCHES "<polyline|<circle")
  message(FATAL_ERROR "${OUT} has no drawing in it")
endif()

execute_process(COMMAND "${XMLLINT}" --noout "${OUT}" RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "xmllint rejects ${OUT}: ${err}")
endif()

string(REGEX REPLACE "\\.svg$" ".png" png "${OUT}")
file(REMOVE "${png}")
execute_process(COMMAND "${RSVG}" --background-color=white -o "${png}" "${OUT}"
                RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT EXISTS "${png}")
  message(FATAL_ERROR "rsvg-convert cannot render ${OUT}: ${err}")
endif()

execute_process(COMMAND "${PYTHON}" "${CHECKER}" "${png}" RESULT_VARIABLE code
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "${png}: ${out}${err}")
endif()
message(STATUS "${out}")
