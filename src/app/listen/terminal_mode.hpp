// The listener's terminal in raw mode for as long as this object lives.
//
// Keys must arrive one at a time and unechoed, so canonical mode and echo are switched off; ISIG
// stays on so that Ctrl-C still raises SIGINT, which the rest of nangdok handles as a polled flag
// (core/interrupt.hpp) and unwinds through this destructor. The saved mode is restored on every
// way out of the scope: normal end, q, Ctrl-C, SIGTERM and exceptions.
// Ctrl-Z restores the saved mode before the process stops (the shell needs its line editing) and
// `fg` brings raw mode back; the first object alive handles this (SIGTSTP and SIGCONT handlers).
#pragma once

#include <termios.h>

namespace nangdok::listen {

class TerminalRawMode {
public:
    // Throws InputError when `fd` is not a terminal or its mode cannot be changed.
    explicit TerminalRawMode(int fd);
    ~TerminalRawMode();
    TerminalRawMode(const TerminalRawMode&) = delete;
    TerminalRawMode& operator=(const TerminalRawMode&) = delete;

    int fd() const { return fd_; }

private:
    int fd_;
    termios saved_{};
    bool handles_job_control_ = false;
};

}  // namespace nangdok::listen
