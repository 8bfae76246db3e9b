// What eSpeak NG's installed data offers, read from its data folder without starting the engine.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

// The espeak-ng-data folder eSpeak NG will use (its own search: $ESPEAK_DATA_PATH, then the
// compiled-in default).
std::filesystem::path espeak_data_dir();

// Names of the voice variants ("f3", "m1", "Alex", ...), sorted.
std::vector<std::string> espeak_variant_names();

// "ko", "ko+f3", "en": a language eSpeak NG has, optionally with a variant it has.
bool is_espeak_voice_name(std::string_view name);

}  // namespace nangdok
