#include "synth/voice_catalog.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/errors.hpp"
#include "decode/decode.hpp"
#include "synth/espeak_data.hpp"

#ifndef NANGDOK_INSTALLED_VOICES
#define NANGDOK_INSTALLED_VOICES ""
#endif

namespace nangdok {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kVoiceExtension = ".voice";
constexpr std::string_view kOwnKeyPrefix = "nangdok-";

fs::path executable_dir() {
    std::error_code error;
    fs::path exe = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : exe.parent_path();
}

int parse_setting(const std::string& key, const std::string& value, const fs::path& file, int line_no) {
    try {
        std::size_t used = 0;
        int number = std::stoi(value, &used);
        if (used == value.size() && number >= 0) return number;
    } catch (const std::exception&) {
    }
    throw UsageError(file.string() + ":" + std::to_string(line_no) + ": " + key +
                     " needs a whole number, not '" + value + "'");
}

// eSpeak NG 1.51 accepts a voice file naming a language it does not have, then crashes in the
// first synthesis: such a file is refused here.
void check_language(const std::string& line, const fs::path& file, int line_no) {
    std::istringstream fields(line);
    std::string key, language;
    fields >> key >> language;
    if (key != "language" || language.empty() || is_espeak_voice_name(language)) return;
    throw UsageError(file.string() + ":" + std::to_string(line_no) + ": eSpeak NG has no language '" + language + "'");
}

// eSpeak NG reads any file as a voice and ignores what it does not understand, so random bytes or
// a text file would silently give its default voice: a line that is not text refuses the file.
void check_text(const std::string& line, const fs::path& file, int line_no) {
    const bool binary = find_invalid_utf8(line) != std::string::npos ||
                        std::any_of(line.begin(), line.end(), [](char c) {
                            const auto byte = static_cast<unsigned char>(c);
                            return (byte < 0x20 && c != '\t' && c != '\r') || byte == 0x7F;
                        });
    if (binary)
        throw UsageError(file.string() + ":" + std::to_string(line_no) +
                         ": binary data; this is not an eSpeak NG voice file");
}

bool is_language_line(const std::string& line) {
    std::istringstream fields(line);
    std::string key, language;
    fields >> key >> language;
    return key == "language" && !language.empty();
}

std::string join_names(const std::vector<VoiceListing>& voices) {
    std::string names;
    for (const auto& voice : voices) names += (names.empty() ? "" : ", ") + voice.name;
    return names;
}

}  // namespace

std::vector<fs::path> voice_directories() {
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("NANGDOK_VOICES"); env && *env) dirs.emplace_back(env);
    if (fs::path exe_dir = executable_dir(); !exe_dir.empty()) {
        dirs.push_back(exe_dir / "voices");
        dirs.push_back(exe_dir.parent_path() / "share" / "nangdok" / "voices");
    }
    if (std::string_view installed = NANGDOK_INSTALLED_VOICES; !installed.empty()) dirs.emplace_back(installed);
    return dirs;
}

VoiceChoice load_voice_file(const fs::path& file, std::string name) {
    std::ifstream in(file);
    if (!in) throw UsageError("voice file " + file.string() + ": cannot be read");
    VoiceChoice voice;
    voice.kind = VoiceChoice::Kind::voice_file;
    voice.name = std::move(name);
    std::string line;
    int line_no = 0;
    bool has_language = false;
    while (std::getline(in, line)) {
        ++line_no;
        check_text(line, file, line_no);
        if (line.rfind(kOwnKeyPrefix, 0) != 0) {
            check_language(line, file, line_no);
            has_language = has_language || is_language_line(line);
            voice.espeak_text += line + "\n";
            continue;
        }
        std::istringstream fields(line);
        std::string key, value;
        fields >> key;
        std::getline(fields >> std::ws, value);
        if (key == "nangdok-description") voice.description = value;
        else if (key == "nangdok-rate") voice.defaults.rate_wpm = parse_setting(key, value, file, line_no);
        else if (key == "nangdok-sentence-pause") voice.defaults.sentence_pause_ms = parse_setting(key, value, file, line_no);
        else if (key == "nangdok-paragraph-pause") voice.defaults.paragraph_pause_ms = parse_setting(key, value, file, line_no);
        else throw UsageError(file.string() + ":" + std::to_string(line_no) + ": unknown key " + key);
    }
    // Without a language eSpeak NG would speak with its default (English) voice.
    if (!has_language)
        throw UsageError(file.string() + ": no \"language\" line; this is not an eSpeak NG voice file");
    return voice;
}

VoiceChoice resolve_voice(std::string_view requested) {
    const std::string name(requested.empty() ? kDefaultVoice : requested);
    std::error_code error;
    // A path: anything with a slash, or an existing file named with our extension.
    if (name.find('/') != std::string::npos || (name.ends_with(kVoiceExtension) && fs::is_regular_file(name, error))) {
        if (!fs::is_regular_file(name, error)) throw UsageError("voice file " + name + ": no such file");
        return load_voice_file(name, name);
    }
    for (const fs::path& dir : voice_directories()) {
        fs::path candidate = dir / (name + std::string(kVoiceExtension));
        if (fs::is_regular_file(candidate, error)) return load_voice_file(candidate, name);
    }
    if (is_espeak_voice_name(name)) {
        VoiceChoice voice;
        voice.kind = VoiceChoice::Kind::espeak_name;
        voice.name = name;
        voice.espeak_name = name;
        return voice;
    }
    throw UsageError("unknown voice '" + name + "'; available: " + join_names(list_voices()));
}

std::vector<VoiceListing> list_voices() {
    std::vector<VoiceListing> voices;
    auto already_listed = [&](const std::string& name) {
        return std::any_of(voices.begin(), voices.end(), [&](const auto& v) { return v.name == name; });
    };
    for (const fs::path& dir : voice_directories()) {
        std::error_code error;
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir, error))
            if (entry.path().extension() == kVoiceExtension) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            std::string name = file.stem().string();
            if (already_listed(name)) continue;
            std::string description;
            try {
                description = load_voice_file(file, name).description;
            } catch (const UsageError& bad) {
                description = std::string("(unusable: ") + bad.what() + ")";
            }
            voices.push_back({name, "nangdok", description});
        }
    }
    voices.push_back({"ko", "espeak-ng", "eSpeak NG Korean"});
    for (const std::string& variant : espeak_variant_names())
        voices.push_back({"ko+" + variant, "espeak-ng", "eSpeak NG Korean, variant " + variant});
    return voices;
}

}  // namespace nangdok
