// Raw mode on a real pseudo-terminal: keys unbuffered and unechoed, Ctrl-C still a signal, and
// the saved mode back when the scope ends, also by an exception.
#include <gtest/gtest.h>

#include <pty.h>
#include <stdexcept>
#include <unistd.h>

#include "core/errors.hpp"
#include "listen/terminal_mode.hpp"

using nangdok::listen::TerminalRawMode;

namespace {

struct Pty {
    int master = -1, slave = -1;
    Pty() {
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) throw std::runtime_error("openpty failed");
    }
    ~Pty() {
        ::close(master);
        ::close(slave);
    }
    termios mode() const {
        termios t{};
        ::tcgetattr(slave, &t);
        return t;
    }
};

}  // namespace

TEST(ListenTerminalMode, RawWhileAliveRestoredAfter) {
    Pty pty;
    const termios before = pty.mode();
    ASSERT_NE(before.c_lflag & ICANON, 0u);
    ASSERT_NE(before.c_lflag & ECHO, 0u);
    {
        TerminalRawMode raw(pty.slave);
        const termios during = pty.mode();
        EXPECT_EQ(during.c_lflag & (ICANON | ECHO), 0u);
        EXPECT_NE(during.c_lflag & ISIG, 0u) << "Ctrl-C must still raise SIGINT";
        EXPECT_EQ(during.c_cc[VMIN], 1);
    }
    const termios after = pty.mode();
    EXPECT_EQ(after.c_lflag, before.c_lflag);
    EXPECT_EQ(after.c_cc[VMIN], before.c_cc[VMIN]);
}

TEST(ListenTerminalMode, RestoredWhenAnExceptionLeavesTheScope) {
    Pty pty;
    const termios before = pty.mode();
    try {
        TerminalRawMode raw(pty.slave);
        throw std::runtime_error("device failed");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(pty.mode().c_lflag, before.c_lflag);
}

TEST(ListenTerminalMode, NotATerminalIsAnInputError) {
    int pipe_fds[2];
    ASSERT_EQ(::pipe(pipe_fds), 0);
    EXPECT_THROW(TerminalRawMode raw(pipe_fds[0]), nangdok::InputError);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
}
