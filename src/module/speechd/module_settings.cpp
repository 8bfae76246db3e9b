#include "speechd/module_settings.hpp"

#include <array>
#include <charconv>
#include <utility>

namespace nangdok::speechd {
namespace {

std::optional<int> percent_value(std::string_view value) {
    int number = 0;
    const char* end = value.data() + value.size();
    if (!value.empty() && value.front() == '+') return std::nullopt;
    const auto [stop, error] = std::from_chars(value.data(), end, number);
    if (error != std::errc() || stop != end || number < -100 || number > 100) return std::nullopt;
    return number;
}

template <typename Enum, std::size_t N>
std::optional<Enum> named_value(std::string_view value, const std::array<std::pair<std::string_view, Enum>, N>& names) {
    for (const auto& [name, enumerator] : names)
        if (value == name) return enumerator;
    return std::nullopt;
}

constexpr std::array kPunctuation{
    std::pair{std::string_view("none"), PunctuationMode::none}, std::pair{std::string_view("some"), PunctuationMode::some},
    std::pair{std::string_view("most"), PunctuationMode::most}, std::pair{std::string_view("all"), PunctuationMode::all}};
constexpr std::array kCapitals{std::pair{std::string_view("none"), CapitalLetters::none},
                               std::pair{std::string_view("spell"), CapitalLetters::spell},
                               std::pair{std::string_view("icon"), CapitalLetters::icon}};
constexpr std::array kVoices{
    std::pair{std::string_view("male1"), VoiceType::male1},
    std::pair{std::string_view("male2"), VoiceType::male2},
    std::pair{std::string_view("male3"), VoiceType::male3},
    std::pair{std::string_view("female1"), VoiceType::female1},
    std::pair{std::string_view("female2"), VoiceType::female2},
    std::pair{std::string_view("female3"), VoiceType::female3},
    std::pair{std::string_view("child_male"), VoiceType::child_male},
    std::pair{std::string_view("child_female"), VoiceType::child_female}};

bool set_percent(int& field, std::string_view value) {
    const auto number = percent_value(value);
    if (!number) return false;
    field = *number;
    return true;
}

template <typename Enum, std::size_t N>
bool set_named(Enum& field, std::string_view value, const std::array<std::pair<std::string_view, Enum>, N>& names) {
    const auto named = named_value(value, names);
    if (!named) return false;
    field = *named;
    return true;
}

// A language tag or voice name: printable ASCII without spaces, as speech-dispatcher passes them.
bool plain_word(std::string_view value) {
    if (value.empty() || value.size() > 100) return false;
    for (char c : value)
        if (static_cast<unsigned char>(c) <= ' ' || static_cast<unsigned char>(c) >= 0x7f) return false;
    return true;
}

}  // namespace

SettingResult apply_setting(ModuleSettings& s, std::string_view name, std::string_view value) {
    bool ok = false;
    if (name == "rate") ok = set_percent(s.rate, value);
    else if (name == "pitch") ok = set_percent(s.pitch, value);
    else if (name == "pitch_range") ok = set_percent(s.pitch_range, value);
    else if (name == "volume") ok = set_percent(s.volume, value);
    else if (name == "punctuation_mode") ok = set_named(s.punctuation, value, kPunctuation);
    else if (name == "cap_let_recogn") ok = set_named(s.capitals, value, kCapitals);
    else if (name == "voice") ok = set_named(s.voice, value, kVoices);
    else if (name == "spelling_mode") {
        ok = value == "on" || value == "off";
        if (ok) s.spelling = value == "on";
    } else if (name == "language") {
        ok = value == "NULL" || plain_word(value);
        if (ok) s.language = value == "NULL" ? "ko" : std::string(value);
    } else if (name == "synthesis_voice") {
        // A voice name may hold spaces ("English (America)"), but never a line break.
        ok = !value.empty() && value.size() <= 200;
        if (ok) s.synthesis_voice = value == "NULL" ? "" : std::string(value);
    }
    return ok ? SettingResult::ok : SettingResult::bad_value;
}

bool is_korean(std::string_view language) {
    return language == "ko" || language.starts_with("ko-") || language.starts_with("ko_");
}

bool is_female(VoiceType voice) {
    return voice == VoiceType::female1 || voice == VoiceType::female2 || voice == VoiceType::female3 ||
           voice == VoiceType::child_female || voice == VoiceType::child_male;
}

}  // namespace nangdok::speechd
