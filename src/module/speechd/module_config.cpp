#include "speechd/module_config.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>

#include "core/errors.hpp"

namespace nangdok::speechd {
namespace {

std::string lowercase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trim(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The value after the key: a quoted string (up to its closing quote) or a bare word.
std::string value_of(const std::string& rest) {
    if (!rest.empty() && rest.front() == '"') {
        const std::size_t close = rest.find('"', 1);
        return rest.substr(1, close == std::string::npos ? std::string::npos : close - 1);
    }
    const std::size_t comment = rest.find('#');
    return trim(rest.substr(0, comment));
}

int whole_number(const std::string& value, int low, int high, const std::string& where) {
    int number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size() || number < low || number > high)
        throw UsageError(where + ": needs a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", not '" + value + "'");
    return number;
}

}  // namespace

ModuleConfig load_module_config(const std::filesystem::path& file) {
    ModuleConfig config;
    std::ifstream in(file);
    if (!in) {
        config.warnings.push_back(file.string() + ": cannot be read; using the defaults");
        return config;
    }
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        line = trim(line);
        if (line.empty() || line.front() == '#') continue;
        const std::size_t space = line.find_first_of(" \t");
        const std::string key = lowercase(line.substr(0, space));
        const std::string value = space == std::string::npos ? "" : value_of(trim(line.substr(space)));
        const std::string where = file.string() + ":" + std::to_string(line_no) + ": " + line.substr(0, space);
        if (key == "nangdokdefaultvoice") config.default_voice = value;
        else if (key == "nangdokfemalevoice") config.female_voice = value;
        else if (key == "nangdokminrate") config.min_rate = whole_number(value, 80, 450, where);
        else if (key == "nangdoknormalrate") config.normal_rate = whole_number(value, 80, 450, where);
        else if (key == "nangdokmaxrate") config.max_rate = whole_number(value, 80, 450, where);
        else if (key == "nangdokaudioahead") config.audio_ahead_ms = whole_number(value, 0, 5000, where);
        else if (key == "nangdoksoundiconfolder") config.sound_icon_folder = value;
        else if (key == "debug") config.debug = whole_number(value, 0, 1, where) == 1;
        else config.warnings.push_back(where + ": unknown setting, skipped");
    }
    if (config.min_rate > config.normal_rate || config.normal_rate > config.max_rate)
        throw UsageError(file.string() + ": NangdokMinRate <= NangdokNormalRate <= NangdokMaxRate does not hold");
    if (config.default_voice.empty() || config.female_voice.empty())
        throw UsageError(file.string() + ": a voice setting is empty");
    return config;
}

int rate_in_wpm(const ModuleConfig& config, int rate, int voice_wpm) {
    const int normal = std::clamp(voice_wpm, config.min_rate, config.max_rate);
    const int edge = rate < 0 ? config.min_rate : config.max_rate;
    const int scaled = normal + static_cast<int>(std::lround((edge - normal) * std::abs(rate) / 100.0));
    return std::clamp(scaled, 80, 450);
}

}  // namespace nangdok::speechd
