#include "support/run_process.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <thread>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace nangdok::test_support {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + path);
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "nangdok-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string source_path(const std::string& relative) { return std::string(NANGDOK_SOURCE_DIR) + "/" + relative; }

void exec_with_env(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
    for (const std::string& entry : env) ::putenv(const_cast<char*>(entry.c_str()));
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
}

namespace {

ProcessResult run_child(const std::vector<std::string>& argv, const std::string& stdin_text,
                        const std::vector<std::string>& env, int delay_ms, int signal_number,
                        double* seconds_to_exit) {
    // Files rather than pipes for the child's output: no deadlock on large output, no threads.
    TempDir io;
    const std::string in_path = io / "stdin", out_path = io / "stdout", err_path = io / "stderr";
    write_file(in_path, stdin_text);
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        if (!std::freopen(in_path.c_str(), "rb", stdin) || !std::freopen(out_path.c_str(), "wb", stdout) ||
            !std::freopen(err_path.c_str(), "wb", stderr))
            ::_exit(126);
        exec_with_env(argv, env);
    }
    if (signal_number != 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        ::kill(pid, signal_number);
    }
    const auto signalled = std::chrono::steady_clock::now();
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (seconds_to_exit != nullptr)
        *seconds_to_exit = std::chrono::duration<double>(std::chrono::steady_clock::now() - signalled).count();
    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text,
                          const std::vector<std::string>& env) {
    return run_child(argv, stdin_text, env, 0, 0, nullptr);
}

ProcessResult run_process_and_signal(const std::vector<std::string>& argv, const std::string& stdin_text,
                                     const std::vector<std::string>& env, int delay_ms, int signal_number,
                                     double& seconds_to_exit) {
    return run_child(argv, stdin_text, env, delay_ms, signal_number, &seconds_to_exit);
}

ProcessResult run_nangdok(const std::vector<std::string>& args, const std::string& stdin_text,
                          const std::vector<std::string>& env) {
    std::vector<std::string> argv{NANGDOK_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, stdin_text, env);
}

}  // namespace nangdok::test_support
