// Records the run-time precondition violations reported while one object is alive.
//
//     precondition_recorder violations;
//     REQUIRE(is_nan(training_time(budget, bad_cluster).value()));
//     REQUIRE(violations.count() == 1);
//     REQUIRE(violations.last() == "mfu must be in (0, 1]");
//
// The library's handler is a plain function pointer, so the recorder installs a static function
// that forwards to the innermost live recorder; the destructor puts back the handler (and the
// recorder) that was there before, so recorders nest and a failing REQUIRE cannot leak one.
#pragma once

#include "flopscale/config.hpp"

#include <string_view>

class precondition_recorder {
public:
    precondition_recorder() noexcept
        : outer_{innermost_}, previous_{flopscale::set_precondition_handler(&record)} {
        innermost_ = this;
    }
    ~precondition_recorder() {
        flopscale::set_precondition_handler(previous_);
        innermost_ = outer_;
    }
    precondition_recorder(const precondition_recorder&) = delete;
    precondition_recorder& operator=(const precondition_recorder&) = delete;

    // Violations since construction or the last reset().
    int count() const noexcept { return count_; }
    // The text of the latest violation; empty before the first.
    std::string_view last() const noexcept { return last_; }
    void reset() noexcept {
        count_ = 0;
        last_ = {};
    }
    // Whether this recorder is still the installed handler (nothing replaced it meanwhile).
    bool installed() const noexcept {
        const flopscale::precondition_handler current =
            flopscale::set_precondition_handler(&record);
        flopscale::set_precondition_handler(current);
        return current == &record && innermost_ == this;
    }

private:
    static void record(const char* text) noexcept {
        ++innermost_->count_;
        innermost_->last_ = text;
    }

    inline static precondition_recorder* innermost_ = nullptr;
    precondition_recorder* outer_;
    flopscale::precondition_handler previous_;
    int count_ = 0;
    std::string_view last_;
};
