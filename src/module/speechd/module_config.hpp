// nangdok.conf, the module's configuration file, which speech-dispatcher names as the module's
// only argument. Its format is speech-dispatcher's (dotconf): one "Key value" per line, names in
// any case, values optionally in double quotes, '#' starts a comment.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nangdok::speechd {

struct ModuleConfig {
    std::string default_voice = "default";  // NangdokDefaultVoice: male voice types, and no type given
    std::string female_voice = "female";    // NangdokFemaleVoice: female and child voice types
    // NangdokMinRate / NangdokNormalRate / NangdokMaxRate, in words per minute: speech-dispatcher's
    // rate -100 gives the minimum, 0 the voice's own rate (a nangdok-rate key in its voice file, else
    // the normal rate) and 100 the maximum, linearly in between.
    int min_rate = 80;
    int normal_rate = 175;
    int max_rate = 450;
    // NangdokAudioAhead: how far the audio sent to the server may run ahead of real time, in ms.
    // The server plays what it has been sent before it sees a STOP, so this bounds how long
    // speech goes on after one; too small a value lets the sound card run dry. 0 sends the audio
    // as fast as it is made (for tests, and for servers that drop queued audio on STOP).
    int audio_ahead_ms = 100;
    std::filesystem::path sound_icon_folder = "/usr/share/sounds/sound-icons";  // NangdokSoundIconFolder
    bool debug = false;  // Debug: log each command on standard error (speech-dispatcher's module log)
    std::vector<std::string> warnings;  // unknown keys and bad values, which are skipped
};

// Reads `file`; a missing file gives the defaults with a warning. Throws UsageError when a value
// is out of range (so that the module refuses to start rather than speak at a surprising rate).
ModuleConfig load_module_config(const std::filesystem::path& file);

// Speech-dispatcher's rate (-100..100) in words per minute for a voice whose own rate is `voice_wpm`.
int rate_in_wpm(const ModuleConfig& config, int rate, int voice_wpm);

}  // namespace nangdok::speechd
