// Raw mode on a real pseudo-terminal: keys unbuffered and unechoed, Ctrl-C still a signal, and
// the saved mode back when the scope ends, also by an exception.
#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <pty.h>
#include <sys/wait.h>
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

namespace {

bool canonical(int fd) {
    termios t{};
    ::tcgetattr(fd, &t);
    return (t.c_lflag & ICANON) != 0;
}

bool eventually(const std::function<bool()>& condition) {
    for (int i = 0; i < 200; ++i) {
        if (condition()) return true;
        ::usleep(10000);
    }
    return false;
}

}  // namespace

TEST(ListenTerminalMode, CtrlZGivesTheShellItsModeAndFgTakesRawModeBack) {
    Pty pty;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // A process group of its own, as a shell puts a job, so that SIGTSTP stops it (in an
        // orphaned group, as after setsid() here, the kernel would drop the stop).
        ::setpgid(0, 0);
        TerminalRawMode raw(pty.slave);
        for (;;) ::pause();
    }
    ASSERT_TRUE(eventually([&] { return !canonical(pty.slave); })) << "raw mode never came";

    ::kill(child, SIGTSTP);  // what the terminal sends on Ctrl-Z
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, WUNTRACED), child);
    ASSERT_TRUE(WIFSTOPPED(status)) << "Ctrl-Z must still stop the process";
    EXPECT_TRUE(canonical(pty.slave)) << "the shell got a terminal in raw mode";

    ::kill(child, SIGCONT);  // fg
    EXPECT_TRUE(eventually([&] { return !canonical(pty.slave); })) << "raw mode did not come back after fg";

    ::kill(child, SIGKILL);
    ::waitpid(child, &status, 0);
}
