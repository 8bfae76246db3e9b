// Which voice, rate, pitch and volume a message is spoken with, from speech-dispatcher's settings.
//
// Korean (language ko, or none given) is spoken with our voices: the one named by synthesis_voice
// when it is ours, else NangdokDefaultVoice for male voice types and NangdokFemaleVoice for the
// others. Any other language eSpeak NG has goes to its plain voice (en-US, de, ...; "+f3" for
// female voice types), so a user can switch languages without switching modules. A language
// eSpeak NG lacks falls back to Korean.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "speechd/module_config.hpp"
#include "speechd/module_settings.hpp"
#include "synth/speech_engine.hpp"
#include "synth/voice_catalog.hpp"

namespace nangdok::speechd {

struct VoiceSetup {
    bool korean = true;  // through the text stages; false: plain eSpeak NG
    VoiceChoice choice;
    ProsodySettings prosody;
    int sentence_pause_ms = 300;   // scaled with the rate: faster speech, shorter pauses
    int paragraph_pause_ms = 700;
};

struct VoiceListEntry {
    std::string name;
    std::string language;
};

class VoicePicker {
public:
    // Reads our voice files and eSpeak NG's language list once. Throws UsageError when a voice
    // named in the configuration does not exist.
    explicit VoicePicker(const ModuleConfig& config);

    VoiceSetup pick(const ModuleSettings& settings);

    // LIST VOICES: our voices (language ko), then one voice per eSpeak NG language but Korean.
    const std::vector<VoiceListEntry>& voices() const { return listing_; }

private:
    const VoiceChoice& ours(const std::string& name);
    std::string espeak_language(const std::string& tag) const;  // "" when eSpeak NG has none

    ModuleConfig config_;
    std::map<std::string, VoiceChoice> resolved_;
    std::vector<std::string> espeak_languages_;  // file names under espeak-ng-data/lang
    std::vector<VoiceListEntry> listing_;
};

}  // namespace nangdok::speechd
