// Voices nangdok can speak with: our voice files in voices/ (eSpeak NG's voice-file format plus a
// few "nangdok-" keys of our own), any voice file given by path, and eSpeak NG's own voice names
// such as "ko" or "ko+f3".
//
// voices/ is searched in: $NANGDOK_VOICES, <binary dir>/voices (build tree),
// <binary dir>/../share/nangdok/voices and the configured install prefix.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

// Settings a voice file may suggest; command-line options given explicitly win.
struct VoiceDefaults {
    std::optional<int> rate_wpm;
    std::optional<int> sentence_pause_ms;
    std::optional<int> paragraph_pause_ms;
};

struct VoiceChoice {
    enum class Kind { voice_file, espeak_name };
    Kind kind = Kind::espeak_name;
    std::string name;           // as listed or given ("default", "ko+f3", "/path/my.voice")
    std::string espeak_name;    // for espeak_name: what eSpeak NG's SetVoiceByName receives
    std::string espeak_text;    // for voice_file: the file with our own keys removed
    VoiceDefaults defaults;
    std::string description;
};

struct VoiceListing {
    std::string name;
    std::string kind;          // "nangdok" or "espeak-ng"
    std::string description;
};

inline constexpr std::string_view kDefaultVoice = "default";

std::vector<std::filesystem::path> voice_directories();

// Throws UsageError naming the voices that are available when `name` matches none.
VoiceChoice resolve_voice(std::string_view name);

// Parses a voice file; throws UsageError when it cannot be read or a nangdok key is malformed.
VoiceChoice load_voice_file(const std::filesystem::path& file, std::string name);

// Our voices first, then eSpeak NG's Korean voice and its variants.
std::vector<VoiceListing> list_voices();

}  // namespace nangdok
