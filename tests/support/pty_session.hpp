// Runs a program in a pseudo-terminal of its own, as a listener's shell would: the pty is its
// controlling terminal and its standard input, output and error. The test types keys into the
// master side and reads what the program draws there.
#pragma once

#include <chrono>
#include <string>
#include <termios.h>
#include <vector>

#include <sys/types.h>

namespace nangdok::test_support {

class PtySession {
public:
    // env entries ("NAME=value") are added to ours. Throws std::runtime_error when no pty is free.
    PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env);
    ~PtySession();  // kills the child if it is still running
    PtySession(const PtySession&) = delete;
    PtySession& operator=(const PtySession&) = delete;

    pid_t pid() const { return pid_; }

    void type(const std::string& keys);
    // Reads output until `text` has appeared (true) or `timeout` passes (false).
    bool wait_for(const std::string& text, std::chrono::milliseconds timeout);
    // Reads output for `duration` (the child must never block on a full pty).
    void pump(std::chrono::milliseconds duration);
    // Waits for the child to exit, reading its output meanwhile. -1 on timeout; 128 + signal when
    // killed by a signal.
    int wait_exit(std::chrono::milliseconds timeout);

    const std::string& output() const { return output_; }
    // The terminal's mode as the child left it (the pty's line discipline settings).
    termios mode() const;
    termios initial_mode() const { return initial_; }

private:
    void read_available(int timeout_ms);

    int master_ = -1;
    int slave_ = -1;  // kept open so the mode can be read after the child exits
    pid_t pid_ = -1;
    bool exited_ = false;
    int exit_code_ = -1;
    termios initial_{};
    std::string output_;
};

}  // namespace nangdok::test_support
