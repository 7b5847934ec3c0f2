# For testing the single-header edition: every flopscale/<name>.hpp in a build-tree include
# directory forwards to single_include/, so the unchanged tests compile against the generated
# files. Sets flopscale_shim_dir.
set(flopscale_shim_dir "${PROJECT_BINARY_DIR}/single_header_shims")
set(single "${PROJECT_SOURCE_DIR}/single_include")
file(GLOB_RECURSE headers RELATIVE "${PROJECT_SOURCE_DIR}/include" CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/include/flopscale/*.hpp")
# A header inlined in the core edition carries its "// ---- <header>" marker there.
file(READ "${single}/flopscale.hpp" core_edition)
foreach(header IN LISTS headers)
  string(FIND "${core_edition}" "// ---- ${header}\n" in_core)
  if(header MATCHES "^flopscale/io/(.+)\\.hpp$")
    set(target "${single}/flopscale_${CMAKE_MATCH_1}.hpp")
  elseif(in_core EQUAL -1)
    set(target "${single}/flopscale_full.hpp")
  else()
    set(target "${single}/flopscale.hpp")
  endif()
  file(WRITE "${flopscale_shim_dir}/${header}" "#include \"${target}\"\n")
endforeach()
