// Minimal Cortex-M startup: vector table, reset handler and a fault handler.
//
// The reset handler does only what the C++ abstract machine needs before main: copy initialised
// data, zero the rest, enable the FPU where there is one. It runs no static constructors, because
// flopscale promises to need none; a stray one shows up in the map check instead of being run.
#include "semihosting.hpp"

#include <cstdint>

extern "C" {
extern std::uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[], _estack[];
// C++ forbids calling main, so the reset handler reaches it under another name.
int application_main() __asm__("main");
[[noreturn]] void reset_handler();
[[noreturn]] void fault_handler();
}

namespace {
using handler = void (*)();

struct vector_table {
    std::uint32_t* initial_stack;
    handler exceptions[15];
};
} // namespace

// Armv7-M ARM, B1.5.3: initial SP, then Reset, NMI, HardFault, MemManage, BusFault, UsageFault,
// four reserved words, SVCall, DebugMonitor, reserved, PendSV, SysTick. No interrupt is used.
extern "C" __attribute__((section(".isr_vector"), used)) const vector_table flopscale_vectors = {
    _estack,
    {reset_handler, fault_handler, fault_handler, fault_handler, fault_handler, fault_handler,
     nullptr, nullptr, nullptr, nullptr, fault_handler, fault_handler, nullptr, fault_handler,
     fault_handler}};

extern "C" [[noreturn]] void reset_handler() {
#if defined(__ARM_FP)
    // Full access to coprocessors 10 and 11, the FPU (Armv7-M ARM, B3.2.20, CPACR).
    *reinterpret_cast<volatile std::uint32_t*>(0xE000ED88u) |= 0xFu << 20;
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
    for (std::uint32_t *from = _sidata, *to = _sdata; to < _edata;)
        *to++ = *from++;
    for (std::uint32_t* to = _sbss; to < _ebss;)
        *to++ = 0;
    semihosting::exit(application_main());
}

// Any fault ends the emulation with a status no test result uses, so CI cannot mistake it for a
// pass or an ordinary failure.
extern "C" [[noreturn]] void fault_handler() {
    semihosting::write0("fatal: processor fault\n");
    semihosting::exit(125);
}
