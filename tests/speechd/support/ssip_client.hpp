// A minimal SSIP client (speech-dispatcher's client protocol, CRLF lines) for what spd-say cannot
// do: SSML messages and the index-mark events a screen reader receives.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nangdok::test_support {

struct SsipMessage {
    std::string code;                // "208", "700", ..., or "EOF"/"HANG"
    std::vector<std::string> lines;  // the text after "CODE-"/"CODE " of each line
};

class SsipClient {
public:
    explicit SsipClient(const std::string& socket_path);
    ~SsipClient();
    bool connected() const { return fd_ >= 0; }

    // Sends one command (CRLF added) and returns its reply; events that arrive meanwhile are kept.
    SsipMessage command(const std::string& line);
    // SPEAK with `text` (lines escaped); returns the final reply ("225 OK MESSAGE QUEUED").
    SsipMessage speak(const std::string& text);
    // The next event (7xx), or "HANG" after the hang limit.
    SsipMessage next_event();

private:
    SsipMessage read_message();
    void send(const std::string& bytes);

    int fd_ = -1;
    std::string buffer_;
    std::vector<SsipMessage> events_;
};

}  // namespace nangdok::test_support
