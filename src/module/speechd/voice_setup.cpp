#include "speechd/voice_setup.hpp"

#include <algorithm>
#include <filesystem>

#include "core/errors.hpp"
#include "synth/espeak_data.hpp"

namespace nangdok::speechd {
namespace fs = std::filesystem;
namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::vector<std::string> espeak_language_files() {
    std::vector<std::string> names;
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(espeak_data_dir() / "lang", error);
         it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error) break;
        if (it->is_regular_file(error)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

int scaled_pause(int pause_ms, int normal_wpm, int wpm) {
    return wpm > 0 ? static_cast<int>(static_cast<long long>(pause_ms) * normal_wpm / wpm) : pause_ms;
}

}  // namespace

VoicePicker::VoicePicker(const ModuleConfig& config) : config_(config) {
    locate_espeak_data();
    espeak_languages_ = espeak_language_files();
    ours(config_.default_voice);
    ours(config_.female_voice);
    for (const VoiceListing& voice : list_voices())
        if (voice.kind == "nangdok") listing_.push_back({voice.name, "ko"});
    for (const std::string& language : espeak_languages_)
        if (!is_korean(lowercase(language))) listing_.push_back({language, language});
}

const VoiceChoice& VoicePicker::ours(const std::string& name) {
    auto found = resolved_.find(name);
    if (found == resolved_.end()) found = resolved_.emplace(name, resolve_voice(name)).first;
    return found->second;
}

std::string VoicePicker::espeak_language(const std::string& tag) const {
    const std::string wanted = lowercase(tag);
    for (const std::string& wanted_form : {wanted, wanted.substr(0, wanted.find_first_of("-_"))})
        for (const std::string& language : espeak_languages_)
            if (lowercase(language) == wanted_form) return language;
    return {};
}

VoiceSetup VoicePicker::pick(const ModuleSettings& settings) {
    VoiceSetup setup;
    std::string espeak_voice;
    if (!is_korean(settings.language)) espeak_voice = espeak_language(settings.language);
    if (!espeak_voice.empty()) {
        if (const std::string chosen = espeak_language(settings.synthesis_voice);
            !settings.synthesis_voice.empty() && !chosen.empty())
            espeak_voice = chosen;
        setup.korean = false;
        setup.choice.kind = VoiceChoice::Kind::espeak_name;
        setup.choice.name = setup.choice.espeak_name = espeak_voice + (is_female(settings.voice) ? "+f3" : "");
    } else {
        const bool ours_named = std::any_of(listing_.begin(), listing_.end(), [&](const VoiceListEntry& v) {
            return v.language == "ko" && v.name == settings.synthesis_voice;
        });
        const std::string& name = ours_named ? settings.synthesis_voice
                                  : is_female(settings.voice) ? config_.female_voice
                                                              : config_.default_voice;
        setup.choice = ours(name);
    }
    const int normal = setup.choice.defaults.rate_wpm.value_or(config_.normal_rate);
    setup.prosody.rate_wpm = rate_in_wpm(config_, settings.rate, normal);
    setup.prosody.pitch = std::clamp(50 + settings.pitch / 2, 0, 99);
    setup.prosody.volume = (settings.volume + 100) / 2;  // speech-dispatcher's 100 is eSpeak NG's normal 100
    setup.sentence_pause_ms = scaled_pause(setup.choice.defaults.sentence_pause_ms.value_or(300), normal,
                                           setup.prosody.rate_wpm);
    setup.paragraph_pause_ms = scaled_pause(setup.choice.defaults.paragraph_pause_ms.value_or(700), normal,
                                            setup.prosody.rate_wpm);
    return setup;
}

}  // namespace nangdok::speechd
