#include "listen/terminal_mode.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <unistd.h>

#include "core/errors.hpp"

namespace nangdok::listen {
namespace {

// For the job-control handlers: the terminal in raw mode (one at a time) and its two modes.
int g_fd = -1;
termios g_saved{}, g_raw{};
struct sigaction g_previous_stop {}, g_previous_continue {};

void set_handler(int signal_number, void (*handler)(int), struct sigaction* previous) {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal_number, &action, previous);
}

// Ctrl-Z: the shell gets its terminal back as it was, then the process stops as SIGTSTP would
// stop it (the raised signal stays pending until this handler returns).
extern "C" void on_stop_key(int) {
    const int saved_errno = errno;
    ::tcsetattr(g_fd, TCSANOW, &g_saved);
    set_handler(SIGTSTP, SIG_DFL, nullptr);
    ::raise(SIGTSTP);
    errno = saved_errno;
}

// fg: keys one at a time again. Continued in the background (bg), the terminal is left alone: a
// background process changing its controlling terminal would be stopped by SIGTTOU.
extern "C" void on_continue(int) {
    const int saved_errno = errno;
    set_handler(SIGTSTP, &on_stop_key, nullptr);
    const pid_t foreground = ::tcgetpgrp(g_fd);  // fails when it is not our controlling terminal
    if (foreground < 0 || foreground == ::getpgrp()) ::tcsetattr(g_fd, TCSANOW, &g_raw);
    errno = saved_errno;
}

}  // namespace

TerminalRawMode::TerminalRawMode(int fd) : fd_(fd) {
    if (::tcgetattr(fd, &saved_) != 0)
        throw InputError(std::string("cannot read the terminal's mode: ") + std::strerror(errno));
    termios raw = saved_;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (::tcsetattr(fd, TCSANOW, &raw) != 0)
        throw InputError(std::string("cannot set the terminal's mode: ") + std::strerror(errno));
    if (g_fd < 0) {
        g_fd = fd;
        g_saved = saved_;
        g_raw = raw;
        handles_job_control_ = true;
        set_handler(SIGTSTP, &on_stop_key, &g_previous_stop);
        set_handler(SIGCONT, &on_continue, &g_previous_continue);
    }
}

TerminalRawMode::~TerminalRawMode() {
    if (handles_job_control_) {
        ::sigaction(SIGTSTP, &g_previous_stop, nullptr);
        ::sigaction(SIGCONT, &g_previous_continue, nullptr);
        g_fd = -1;
    }
    // TCSANOW rather than TCSADRAIN: a status line still in the output queue must not delay exit.
    ::tcsetattr(fd_, TCSANOW, &saved_);
}

}  // namespace nangdok::listen
