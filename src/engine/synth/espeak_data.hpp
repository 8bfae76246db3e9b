// What eSpeak NG's installed data offers, read from its data folder without starting the engine.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

// Points eSpeak NG at its data: $NANGDOK_ESPEAK_DATA when set (a folder holding phontab, or
// holding espeak-ng-data/ with it), else eSpeak's own search ($ESPEAK_DATA_PATH, then the
// compiled-in default). eSpeak silently falls back to its default for a folder without data, so
// we check it ourselves and throw EngineError naming it. Records the path only; safe before init.
void locate_espeak_data();

// The espeak-ng-data folder eSpeak NG will use.
std::filesystem::path espeak_data_dir();

// Names of the voice variants ("f3", "m1", "Alex", ...), sorted.
std::vector<std::string> espeak_variant_names();

// "ko", "ko+f3", "en": a language eSpeak NG has, optionally with a variant it has.
bool is_espeak_voice_name(std::string_view name);

}  // namespace nangdok
