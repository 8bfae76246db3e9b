// Exception types for every failure nangdok reports. Each carries the exit code main() returns,
// so the code that detects a problem decides how it is reported and nothing below main() exits.
#pragma once

#include <stdexcept>
#include <string>

namespace nangdok {

// Exit codes are part of the command-line contract (README.md, "Exit codes").
enum class ExitCode : int {
    ok = 0,
    usage = 1,         // bad option or option value
    bad_input = 2,     // the article cannot be decoded or holds nothing to read
    audio_device = 3,  // no audio device, or the device failed
    output = 4,        // an output file cannot be written
    engine = 5,        // eSpeak NG failed to start or to synthesize
    network = 6,       // a URL could not be fetched (DNS, connection, time-out, HTTP status, not HTML)
    interrupted = 130  // SIGINT or SIGTERM
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode code() const noexcept { return code_; }

private:
    ExitCode code_;
};

struct UsageError : Error {
    explicit UsageError(const std::string& m) : Error(ExitCode::usage, m) {}
};
struct InputError : Error {
    explicit InputError(const std::string& m) : Error(ExitCode::bad_input, m) {}
};
struct AudioDeviceError : Error {
    explicit AudioDeviceError(const std::string& m) : Error(ExitCode::audio_device, m) {}
};
struct OutputError : Error {
    explicit OutputError(const std::string& m) : Error(ExitCode::output, m) {}
};
// The reader of our standard output went away (`nangdok read -o - | head -c 100`): nothing is
// wrong with nangdok, so main() exits non-zero without a message.
struct BrokenPipe : Error {
    BrokenPipe() : Error(ExitCode::output, "the reader closed the pipe") {}
};
struct EngineError : Error {
    explicit EngineError(const std::string& m) : Error(ExitCode::engine, m) {}
};
// One line naming the URL and the reason ("https://…: HTTP 404").
struct NetworkError : Error {
    explicit NetworkError(const std::string& m) : Error(ExitCode::network, m) {}
};
struct Interrupted : Error {
    explicit Interrupted(const std::string& m) : Error(ExitCode::interrupted, m) {}
};

}  // namespace nangdok
