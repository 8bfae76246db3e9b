// Runs the nangdok binary (or any program) as a child process for end-to-end tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nangdok::test_support {

struct ProcessResult {
    int exit_code = -1;  // 128 + signal number when killed by a signal
    std::string out;
    std::string err;
};

// stdin_text is fed to the child's standard input; env entries ("NAME=value") are added to ours.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text = "",
                          const std::vector<std::string>& env = {});

// Like run_process, but sends `signal_number` to the child after `delay_ms` and reports how long
// the child took to exit after that, in seconds.
ProcessResult run_process_and_signal(const std::vector<std::string>& argv, const std::string& stdin_text,
                                     const std::vector<std::string>& env, int delay_ms, int signal_number,
                                     double& seconds_to_exit);

// In a forked child: adds `env` to the environment and executes argv (argv[0] a path); exits 127
// if that fails. Shared by every helper that starts a program.
[[noreturn]] void exec_with_env(const std::vector<std::string>& argv, const std::vector<std::string>& env);

// Runs the nangdok binary built with these tests.
ProcessResult run_nangdok(const std::vector<std::string>& args, const std::string& stdin_text = "",
                          const std::vector<std::string>& env = {});

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);

// A fresh folder under the test's temporary directory, removed at destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return path_; }
    std::string operator/(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

std::string source_path(const std::string& relative);  // a file in the source tree

}  // namespace nangdok::test_support
