# Cross-compiling for bare-metal Arm Cortex-M with the GNU Arm toolchain and newlib.
#
# Only the compiler is chosen here; the CPU, FPU and float ABI are per target (tests/embedded
# builds a Cortex-M4F and a Cortex-M3 image in one tree), so they are not baked into the flags.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(FLOPSCALE_ARM_PREFIX "arm-none-eabi-" CACHE STRING "Prefix of the cross tools")
find_program(CMAKE_C_COMPILER ${FLOPSCALE_ARM_PREFIX}gcc REQUIRED)
find_program(CMAKE_CXX_COMPILER ${FLOPSCALE_ARM_PREFIX}g++ REQUIRED)
find_program(CMAKE_ASM_COMPILER ${FLOPSCALE_ARM_PREFIX}gcc REQUIRED)
find_program(CMAKE_OBJCOPY ${FLOPSCALE_ARM_PREFIX}objcopy)
find_program(CMAKE_SIZE ${FLOPSCALE_ARM_PREFIX}size)
find_program(CMAKE_NM ${FLOPSCALE_ARM_PREFIX}nm)

# A bare-metal program needs a startup file and a linker script, so the compiler check can only
# build a static library.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# ISO C++ rather than the GNU dialect: with -std=gnu++17 GCC contracts a*b+c into a fused
# multiply-add on FPU targets, which changes the last bit against the compile-time result.
set(CMAKE_CXX_EXTENSIONS OFF)

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
