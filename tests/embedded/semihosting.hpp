// The two semihosting services the embedded programs need: text to the host's console and an exit
// status for the host. Arm "Semihosting for AArch32 and AArch64", version 2.0: SYS_WRITE0 (0x04)
// and SYS_EXIT_EXTENDED (0x20); on M-profile the call is BKPT 0xAB with the operation in r0.
//
// newlib's rdimon provides the same through its syscalls, but they bring stdio, malloc and about
// 2 KB of static RAM into every image, which would hide the library's own footprint.
#pragma once

namespace semihosting {

inline int call(int operation, const void* argument) noexcept {
    register int r0 __asm__("r0") = operation;
    register const void* r1 __asm__("r1") = argument;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

// Writes a NUL-terminated string to the debug console.
inline void write0(const char* text) noexcept {
    call(0x04, text);
}

// Ends the emulation with `status` as the host process's exit status.
[[noreturn]] inline void exit(int status) noexcept {
    // ADP_Stopped_ApplicationExit and the status, as SYS_EXIT_EXTENDED takes them.
    const int block[2] = {0x20026, status};
    call(0x20, block);
    for (;;) {
    }
}

} // namespace semihosting
