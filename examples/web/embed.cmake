# Prints flopscale.wasm's size against its budget, and writes flopscale-wasm.js: the module's bytes
# as a hexadecimal string in a classic script, so the page loads it from file:// too (browsers
# fetch nothing from file:// and load no ES module from there).
#   cmake -DWASM=flopscale.wasm -DJS=flopscale-wasm.js -DBUDGET=bytes -P embed.cmake
file(SIZE "${WASM}" size)
math(EXPR kib "(${size} + 1023) / 1024")
message(STATUS "flopscale.wasm: ${size} bytes (${kib} KiB; budget ${BUDGET} bytes)")
if(size GREATER BUDGET)
  message(FATAL_ERROR "flopscale.wasm is ${size} bytes, over its budget of ${BUDGET}")
endif()
file(READ "${WASM}" hex HEX)
file(WRITE "${JS}" "// Generated from flopscale.wasm by embed.cmake; do not edit.\n"
                   "var flopscale_wasm_hex = \"${hex}\";\n")
