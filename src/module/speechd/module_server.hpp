// sd_nangdok's main loop: reads the server's commands on standard input and answers them.
//
// The calling thread reads and answers commands, so a STOP or PAUSE is seen at once even while
// the engine thread synthesizes and the writer thread sends audio (see engine_worker.hpp and
// output_channel.hpp). Exit codes: 0 after QUIT, 1 when the module cannot start (its reason is
// sent as a 399 reply to INIT), 2 when standard input closes without QUIT, 3 when the first line
// is not INIT.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "speechd/module_config.hpp"
#include "speechd/module_settings.hpp"
#include "speechd/protocol_reader.hpp"

namespace nangdok::speechd {

class OutputChannel;
class EngineWorker;
class VoicePicker;

class ModuleServer {
public:
    ModuleServer(int in_fd, int out_fd, std::filesystem::path config_file);
    ~ModuleServer();
    int run();

private:
    bool start(std::string& status);  // after INIT; false with the reason in `status`
    void handle(const Request& request);
    void speak(const Request& request);
    void set(const Request& request);
    void audio(const Request& request);
    void loglevel(const Request& request);
    void debug(const Request& request);
    void list_voices();
    void send(std::string_view line);
    void log(const std::string& message) const;
    void shut_down();

    int in_fd_;
    int out_fd_;
    std::filesystem::path config_file_;
    ModuleConfig config_;
    ModuleSettings settings_;
    int log_level_ = 3;
    std::FILE* debug_file_ = nullptr;
    std::uint64_t next_message_ = 1;
    std::unique_ptr<OutputChannel> channel_;
    std::unique_ptr<VoicePicker> voices_;
    std::unique_ptr<EngineWorker> engine_;
};

// The message text as clean UTF-8 (decode stage: NFC, LF line ends, no control characters).
// Bytes that are not UTF-8 are dropped rather than refusing the message. Empty when nothing is left.
std::string decode_message(const std::string& bytes);

}  // namespace nangdok::speechd
