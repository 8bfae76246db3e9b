// The speech settings speech-dispatcher sends before each message (SET), and their values.
//
// The server sends every one of them with each message: pitch, pitch_range, rate and volume from
// -100 to 100 (0 is the voice's normal), punctuation_mode (none, some, most, all), spelling_mode
// (on, off), cap_let_recogn (none, spell, icon), voice (male1 ... child_female), language (an IETF
// tag such as ko or en-US) and synthesis_voice (a name from LIST VOICES). "NULL" means unset.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nangdok::speechd {

enum class PunctuationMode { none, some, most, all };
enum class CapitalLetters { none, spell, icon };
enum class VoiceType { male1, male2, male3, female1, female2, female3, child_male, child_female };

struct ModuleSettings {
    int rate = 0;         // -100..100
    int pitch = 0;        // -100..100
    int pitch_range = 0;  // -100..100 (accepted; eSpeak NG has no separate range setting)
    int volume = 100;     // -100..100; speech-dispatcher's default volume is 100
    PunctuationMode punctuation = PunctuationMode::none;
    bool spelling = false;
    CapitalLetters capitals = CapitalLetters::none;
    VoiceType voice = VoiceType::male1;
    std::string language = "ko";
    std::string synthesis_voice;  // empty: none chosen
};

enum class SettingResult { ok, bad_value };

// Sets one name=value pair. An unknown name or a value out of range leaves `settings` unchanged
// and is reported as bad_value (303); speech-dispatcher applies the other pairs of the same SET.
SettingResult apply_setting(ModuleSettings& settings, std::string_view name, std::string_view value);

bool is_korean(std::string_view language);
bool is_female(VoiceType voice);

}  // namespace nangdok::speechd
