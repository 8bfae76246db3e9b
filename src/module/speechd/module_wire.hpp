// What the module writes on standard output: replies, events and audio, byte for byte as
// speech-dispatcher 0.11 reads them (src/server/output.c in speech-dispatcher).
//
//   replies     "200 OK SPEAKING\n"; a multi-line reply has "NNN-" on every line but the last
//   events      700 index mark ("700-NAME\n700 INDEX MARK\n"), 701 BEGIN, 702 END, 703 STOP, 704 PAUSE
//   audio (705) "705-bits=16\n705-num_channels=1\n705-sample_rate=22050\n705-num_samples=N\n"
//               "705-big_endian=0\n705-AUDIO" NUL, the samples, LF, then "705 AUDIO\n". In the
//               samples every LF (0x0A) and 0x7D byte is sent as 0x7D followed by the byte with
//               bit 5 flipped (HDLC escaping), so the only bare LF is the one that ends them.
//
// The parser reads that stream back; the protocol tests and the latency benchmark use it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok::speechd {

namespace replies {
inline constexpr std::string_view loaded = "299 OK LOADED SUCCESSFULLY";
inline constexpr std::string_view cant_init = "399 ERR CANT INIT MODULE";
inline constexpr std::string_view module_closed = "399 ERR MODULE CLOSED";
inline constexpr std::string_view speaking = "200 OK SPEAKING";
inline constexpr std::string_view cant_speak = "301 ERROR CANT SPEAK";
inline constexpr std::string_view more_than_one_line = "305 DATA MORE THAN ONE LINE";
inline constexpr std::string_view settings_received = "203 OK SETTINGS RECEIVED";
inline constexpr std::string_view audio_initialized = "203 OK AUDIO INITIALIZED";
inline constexpr std::string_view loglevel_set = "203 OK LOGLEVEL SET";
inline constexpr std::string_view bad_syntax = "302 ERROR BAD SYNTAX";
inline constexpr std::string_view bad_value = "303 ERROR INVALID PARAMETER OR VALUE";
inline constexpr std::string_view voices_sent = "200 OK VOICE LIST SENT";
inline constexpr std::string_view cant_list_voices = "304 CANT LIST VOICES";
inline constexpr std::string_view unknown_command = "300 ERR UNKNOWN COMMAND";
inline constexpr std::string_view quit = "210 OK QUIT";
inline constexpr std::string_view begin = "701 BEGIN";
inline constexpr std::string_view end = "702 END";
inline constexpr std::string_view stop = "703 STOP";
inline constexpr std::string_view pause = "704 PAUSE";
}  // namespace replies

// "CODE-line\n" for each of `lines` and "CODE last\n": a multi-line reply.
std::string multiline_reply(int code, const std::vector<std::string>& lines, std::string_view last);

// The two lines of an index-mark event; line breaks in the name are dropped.
std::string index_mark_event(std::string_view name);

// One 705 audio event of signed 16-bit samples in this machine's byte order (interleaved when
// channels > 1).
std::string audio_event(std::span<const int16_t> samples, int sample_rate, int channels);

// The module's output, read back event by event.
struct ModuleMessage {
    std::string code;                 // "200", "701", "705", ...
    std::vector<std::string> lines;   // the text after "CODE-" / "CODE " of each line
    std::vector<int16_t> samples;     // 705: the audio
    int sample_rate = 0;              // 705
    int channels = 0;                 // 705
};

class ModuleOutputParser {
public:
    void feed(std::string_view bytes) { buffer_ += bytes; }
    // The next complete message, or nothing until more bytes arrive. Throws std::runtime_error
    // on output that breaks the format.
    std::optional<ModuleMessage> next();

private:
    std::optional<ModuleMessage> next_audio();
    std::string buffer_;
    std::size_t pos_ = 0;
};

}  // namespace nangdok::speechd
