#include "synth/espeak_data.hpp"

#include <algorithm>
#include <cstdlib>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "core/errors.hpp"

namespace nangdok {
namespace fs = std::filesystem;

void locate_espeak_data() {
    const char* wanted = std::getenv("NANGDOK_ESPEAK_DATA");
    if (wanted == nullptr || *wanted == '\0') {
        espeak_ng_InitializePath(nullptr);
        return;
    }
    std::error_code error;
    const fs::path root(wanted);
    if (!fs::is_regular_file(root / "phontab", error) && !fs::is_regular_file(root / "espeak-ng-data" / "phontab", error))
        throw EngineError(std::string("no eSpeak NG data in ") + wanted + " (NANGDOK_ESPEAK_DATA): phontab not found");
    espeak_ng_InitializePath(wanted);
}

fs::path espeak_data_dir() {
    locate_espeak_data();
    const char* path = nullptr;
    espeak_Info(&path);
    return path ? fs::path(path) : fs::path();
}

std::vector<std::string> espeak_variant_names() {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(espeak_data_dir() / "voices" / "!v", error))
        if (entry.is_regular_file(error)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

bool is_espeak_voice_name(std::string_view name) {
    const std::size_t plus = name.find('+');
    const std::string language(name.substr(0, plus));
    if (language.empty() || language.find('/') != std::string::npos) return false;
    if (plus != std::string_view::npos) {
        const auto variants = espeak_variant_names();
        if (std::find(variants.begin(), variants.end(), name.substr(plus + 1)) == variants.end()) return false;
    }
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(espeak_data_dir() / "lang", error);
         it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error) break;
        if (it->is_regular_file(error) && it->path().filename() == language) return true;
    }
    return false;
}

}  // namespace nangdok
