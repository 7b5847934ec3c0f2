# Install rules: headers, an exported CMake package with a version file, and a pkg-config file.
include(CMakePackageConfigHelpers)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/flopscale" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS flopscale EXPORT flopscale-targets)
install(EXPORT flopscale-targets NAMESPACE flopscale::
        DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/flopscale")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/flopscale-config.cmake.in"
  "${PROJECT_BINARY_DIR}/flopscale-config.cmake"
  INSTALL_DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/flopscale")
# A header-only library fits any architecture, so the version file does not check pointer size.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/flopscale-config-version.cmake"
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/flopscale-config.cmake"
              "${PROJECT_BINARY_DIR}/flopscale-config-version.cmake"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/flopscale")

configure_file("${PROJECT_SOURCE_DIR}/cmake/flopscale.pc.in" "${PROJECT_BINARY_DIR}/flopscale.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/flopscale.pc" DESTINATION "${CMAKE_INSTALL_DATADIR}/pkgconfig")
