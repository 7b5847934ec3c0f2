// Text output for the embedded programs over semihosting, without stdio: strings, decimal integers
// and hexadecimal bit patterns, each line assembled in a small buffer on the stack.
#pragma once

#include "semihosting.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace console {

class line {
public:
    // User-provided, so that line{} leaves the buffer as it is instead of zeroing it first.
    line() noexcept {}

    line& operator<<(std::string_view text) noexcept {
        for (const char c : text)
            push(c);
        return *this;
    }
    line& operator<<(const char* text) noexcept {
        return *this << std::string_view(text == nullptr ? "(null)" : text);
    }
    line& operator<<(unsigned long value) noexcept {
        char digits[20];
        std::size_t n = 0;
        do {
            digits[n++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n != 0)
            push(digits[--n]);
        return *this;
    }
    line& operator<<(int value) noexcept {
        if (value < 0) push('-');
        const unsigned long magnitude =
            value < 0 ? 0ul - static_cast<unsigned long>(value) : static_cast<unsigned long>(value);
        return *this << magnitude;
    }
    // The bit pattern of an IEEE-754 value, as 0x plus 8 or 16 hex digits.
    line& hex(std::uint64_t bits, int digits) noexcept {
        *this << "0x";
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
            push("0123456789abcdef"[(bits >> shift) & 0xf]);
        return *this;
    }
    ~line() {
        push('\n');
        flush();
    }

private:
    void push(char c) noexcept {
        if (size_ == sizeof buffer_ - 1) flush();
        buffer_[size_++] = c;
    }
    void flush() noexcept {
        buffer_[size_] = '\0';
        semihosting::write0(buffer_);
        size_ = 0;
    }

    char buffer_[96];
    std::size_t size_ = 0;
};

} // namespace console
