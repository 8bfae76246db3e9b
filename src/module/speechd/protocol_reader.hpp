// speech-dispatcher's output-module protocol, the server's side of it: lines in, requests out.
//
// The server writes commands on the module's standard input, one per line ending in LF (see
// speech-dispatcher's manual, "Communication Protocol for Output Modules"). Most are one line
// (STOP, PAUSE, LIST VOICES, QUIT, DEBUG ...); SPEAK, CHAR, KEY and SOUND_ICON are followed by their
// text and SET, AUDIO and LOGLEVEL by name=value lines, both ended by a line holding a single dot
// (a text line starting with a dot has a second dot prepended). The reader is a pure state
// machine with no I/O, so every case can be tested without a module process or audio.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nangdok::speechd {

enum class RequestKind {
    init, speak, character, key, sound_icon, stop, pause, set, audio, loglevel, list_voices, debug, quit,
    unknown
};

struct Request {
    RequestKind kind = RequestKind::unknown;
    std::string text;        // speak/character/key/sound_icon: the lines joined with LF; debug: the line
    int text_lines = 0;      // how many lines the text had (CHAR, KEY and SOUND_ICON take one)
    bool text_too_long = false;  // the text passed kMaxTextBytes and was cut there
    std::vector<std::pair<std::string, std::string>> settings;  // set/audio/loglevel, in order
    bool bad_syntax = false;     // set/audio/loglevel: a line without "name=value"
};

// A screen reader never sends this much at once; a larger message is refused (301), not buffered.
inline constexpr std::size_t kMaxTextBytes = 16u << 20;

class RequestReader {
public:
    struct Step {
        std::optional<std::string> reply;  // to send at once (the "202 OK RECEIVING MESSAGE" of SPEAK)
        std::optional<Request> request;    // complete: to be answered by the module
    };

    // One line without its LF. A finished request comes back in the Step that ends it.
    Step feed(std::string_view line);

    // True between SPEAK (or SET, ...) and its closing dot: a closed input here cut a block short.
    bool inside_block() const { return block_.has_value(); }

private:
    std::optional<Request> block_;
};

std::string_view request_name(RequestKind kind);

}  // namespace nangdok::speechd
