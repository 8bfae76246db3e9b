// sd_nangdok as a child process on pipes, the way speech-dispatcher runs it, for the protocol
// tests. Every wait has a generous limit: a module that hangs fails the test (and is killed)
// instead of hanging the suite. The limits detect hangs; they are not latency assertions.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

#include "speechd/module_wire.hpp"

namespace nangdok::test_support {

using speechd::ModuleMessage;

inline constexpr std::chrono::seconds kHangLimit{60};

class ModuleProcess {
public:
    // Starts the module built with the tests; `config` is its argument (none when empty).
    explicit ModuleProcess(const std::string& config = "", const std::vector<std::string>& env = {});
    ~ModuleProcess();
    ModuleProcess(const ModuleProcess&) = delete;
    ModuleProcess& operator=(const ModuleProcess&) = delete;

    void send(std::string_view bytes);  // ignores a module that is gone (EPIPE)
    void close_input();

    // The next message, or a message with code "EOF" when the module closed its output, or
    // "HANG" after kHangLimit without one.
    ModuleMessage next();
    // Reads messages until one with `code`, returning every message read, that one last.
    std::vector<ModuleMessage> until(std::string_view code);

    // The exit code (128 + signal when killed by one), or -1 when it did not exit within
    // kHangLimit (it is then killed).
    int wait_exit();
    std::string error_output() const;

    // INIT and AUDIO as speech-dispatcher 0.11 sends them; false (with the replies in `log`) when
    // the module did not answer 299 and 203.
    bool start(std::string* log = nullptr);

private:
    pid_t pid_ = -1;
    int in_ = -1;
    int out_ = -1;
    std::string err_path_;
    std::string err_dir_;
    speechd::ModuleOutputParser parser_;
    bool out_closed_ = false;
    int exit_code_ = -2;
};

// What a spoken message produced: the codes of its messages in order (audio once per run of
// frames, as "705"), the index marks and the audio.
struct Speech {
    std::vector<std::string> codes;
    std::vector<std::string> marks;
    std::vector<int16_t> samples;
    int sample_rate = 0;
    int channels = 0;
    std::string summary() const;  // "202 200 701 705 700:m1 705 702" for failure messages
};

// Collects messages up to and including the first of 702, 703 or 704 (or EOF/HANG).
Speech collect_speech(ModuleProcess& module);

// SPEAK (or CHAR, KEY, SOUND_ICON) with its text, dots escaped, and everything up to its END.
Speech speak(ModuleProcess& module, std::string_view command, std::string_view text);

std::string module_binary();

}  // namespace nangdok::test_support
