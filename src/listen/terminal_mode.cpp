#include "listen/terminal_mode.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include "core/errors.hpp"

namespace nangdok::listen {

TerminalRawMode::TerminalRawMode(int fd) : fd_(fd) {
    if (::tcgetattr(fd, &saved_) != 0)
        throw InputError(std::string("cannot read the terminal's mode: ") + std::strerror(errno));
    termios raw = saved_;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (::tcsetattr(fd, TCSANOW, &raw) != 0)
        throw InputError(std::string("cannot set the terminal's mode: ") + std::strerror(errno));
}

TerminalRawMode::~TerminalRawMode() {
    // TCSANOW rather than TCSADRAIN: a status line still in the output queue must not delay exit.
    ::tcsetattr(fd_, TCSANOW, &saved_);
}

}  // namespace nangdok::listen
