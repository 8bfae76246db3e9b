#include "support/module_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

#include "support/run_process.hpp"

namespace nangdok::test_support {
namespace {

using Clock = std::chrono::steady_clock;

ModuleMessage marker(std::string code) {
    ModuleMessage message;
    message.code = std::move(code);
    return message;
}

}  // namespace

std::string module_binary() { return NANGDOK_MODULE_BINARY; }

ModuleProcess::ModuleProcess(const std::string& config, const std::vector<std::string>& env) {
    char pattern[] = "/tmp/nangdok-module-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
    err_dir_ = pattern;
    err_path_ = err_dir_ + "/stderr";
    int to_child[2], from_child[2];
    if (::pipe2(to_child, O_CLOEXEC) != 0 || ::pipe2(from_child, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        ::dup2(to_child[0], 0);
        ::dup2(from_child[1], 1);
        const int err = ::open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (err >= 0) ::dup2(err, 2);
        std::vector<std::string> argv{module_binary()};
        if (!config.empty()) argv.push_back(config);
        exec_with_env(argv, env);
    }
    ::close(to_child[0]);
    ::close(from_child[1]);
    in_ = to_child[1];
    out_ = from_child[0];
}

ModuleProcess::~ModuleProcess() {
    if (in_ >= 0) ::close(in_);
    if (exit_code_ == -2 && pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) ::close(out_);
    std::error_code ignored;
    std::filesystem::remove_all(err_dir_, ignored);
}

void ModuleProcess::send(std::string_view bytes) {
    std::signal(SIGPIPE, SIG_IGN);
    while (!bytes.empty() && in_ >= 0) {
        const ssize_t written = ::write(in_, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

void ModuleProcess::close_input() {
    if (in_ >= 0) ::close(in_);
    in_ = -1;
}

ModuleMessage ModuleProcess::next() {
    const auto give_up = Clock::now() + kHangLimit;
    while (true) {
        if (auto message = parser_.next()) return *message;
        if (out_closed_) return marker("EOF");
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
        if (left <= 0) return marker("HANG");
        pollfd ready{out_, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(left)) <= 0) continue;
        char chunk[65536];
        const ssize_t got = ::read(out_, chunk, sizeof chunk);
        if (got > 0) parser_.feed(std::string_view(chunk, static_cast<std::size_t>(got)));
        else if (!(got < 0 && errno == EINTR)) out_closed_ = true;
    }
}

std::vector<ModuleMessage> ModuleProcess::until(std::string_view code) {
    std::vector<ModuleMessage> messages;
    while (true) {
        messages.push_back(next());
        const std::string& got = messages.back().code;
        if (got == code || got == "EOF" || got == "HANG") return messages;
    }
}

int ModuleProcess::wait_exit() {
    if (exit_code_ != -2) return exit_code_;
    const auto give_up = Clock::now() + kHangLimit;
    int status = 0;
    while (::waitpid(pid_, &status, WNOHANG) == 0) {
        if (Clock::now() > give_up) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
            return exit_code_ = -1;
        }
        ::usleep(5000);
    }
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return exit_code_;
}

std::string ModuleProcess::error_output() const { return read_file(err_path_); }

bool ModuleProcess::start(std::string* log) {
    send("INIT\n");
    std::string seen;
    const auto init = until("299");
    for (const auto& m : init) seen += m.code + " " + (m.lines.empty() ? "" : m.lines.back()) + "\n";
    bool ok = init.back().code == "299" && init.back().lines.back() == "OK LOADED SUCCESSFULLY";
    if (ok) {
        send("AUDIO\naudio_output_method=server\n.\n");
        const ModuleMessage receiving = next();
        const ModuleMessage done = next();
        seen += receiving.code + " " + done.code + "\n";
        ok = receiving.code == "207" && done.code == "203" && done.lines.back() == "OK AUDIO INITIALIZED";
    }
    if (log != nullptr) *log = seen + error_output();
    return ok;
}

std::string Speech::summary() const {
    std::string text;
    std::size_t mark = 0;
    for (const std::string& code : codes)
        text += (text.empty() ? "" : " ") + code + (code == "700" && mark < marks.size() ? ":" + marks[mark++] : "");
    return text;
}

Speech collect_speech(ModuleProcess& module) {
    Speech speech;
    while (true) {
        ModuleMessage message = module.next();
        if (message.code == "705") {
            if (speech.codes.empty() || speech.codes.back() != "705") speech.codes.push_back("705");
            speech.samples.insert(speech.samples.end(), message.samples.begin(), message.samples.end());
            speech.sample_rate = message.sample_rate;
            speech.channels = message.channels;
            continue;
        }
        speech.codes.push_back(message.code);
        if (message.code == "700" && message.lines.size() == 2) speech.marks.push_back(message.lines[0]);
        if (message.code == "702" || message.code == "703" || message.code == "704" || message.code == "EOF" ||
            message.code == "HANG" || message.code[0] == '3')
            return speech;
    }
}

Speech speak(ModuleProcess& module, std::string_view command, std::string_view text) {
    std::string block = std::string(command) + "\n";
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        block += (line.starts_with(".") ? "." : "") + std::string(line) + "\n";
        start = end + 1;
    }
    module.send(block + ".\n");
    return collect_speech(module);
}

}  // namespace nangdok::test_support
