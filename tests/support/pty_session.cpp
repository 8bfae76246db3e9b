#include "support/pty_session.hpp"
#include "support/run_process.hpp"

#include <csignal>
#include <cstdlib>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nangdok::test_support {

PtySession::PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
    winsize size{};
    size.ws_row = 24;
    size.ws_col = 100;
    if (::openpty(&master_, &slave_, nullptr, nullptr, &size) != 0) throw std::runtime_error("openpty failed");
    ::tcgetattr(slave_, &initial_);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        ::setsid();
        ::ioctl(slave_, TIOCSCTTY, 0);
        ::dup2(slave_, 0);
        ::dup2(slave_, 1);
        ::dup2(slave_, 2);
        ::close(master_);
        ::close(slave_);
        exec_with_env(argv, env);
    }
}

PtySession::~PtySession() {
    if (pid_ > 0 && !exited_) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) ::close(master_);
    if (slave_ >= 0) ::close(slave_);
}

void PtySession::type(const std::string& keys) {
    if (::write(master_, keys.data(), keys.size()) != static_cast<ssize_t>(keys.size()))
        throw std::runtime_error("cannot type into the pty");
}

void PtySession::read_available(int timeout_ms) {
    pollfd fd{master_, POLLIN, 0};
    if (::poll(&fd, 1, timeout_ms) <= 0) return;
    char buffer[4096];
    const ssize_t n = ::read(master_, buffer, sizeof buffer);
    if (n > 0) output_.append(buffer, static_cast<std::size_t>(n));
}

bool PtySession::wait_for(const std::string& text, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (output_.find(text) == std::string::npos) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        read_available(5);
        if (!exited_ && wait_exit(std::chrono::milliseconds(0)) != -1) {
            read_available(0);
            return output_.find(text) != std::string::npos;
        }
    }
    return true;
}

void PtySession::pump(std::chrono::milliseconds duration) {
    const auto deadline = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < deadline) read_available(2);
}

int PtySession::wait_exit(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!exited_) {
        int status = 0;
        const pid_t done = ::waitpid(pid_, &status, WNOHANG);
        if (done == pid_) {
            exited_ = true;
            exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) return -1;
        read_available(5);
    }
    read_available(0);
    return exit_code_;
}

termios PtySession::mode() const {
    termios mode{};
    ::tcgetattr(slave_, &mode);
    return mode;
}

}  // namespace nangdok::test_support
