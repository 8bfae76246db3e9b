// The sound rules of 표준 발음법 that eSpeak NG lacks, one named entry per rule, applied in table
// order at each junction (a coda and the next onset). Rules that may reach across a space say so
// themselves: only those the standard writes for two words said together (제12항, 제15항,
// 제18항, 제27항, 제29항).
#pragma once

#include <span>
#include <string_view>

#include "pronounce/phrase.hpp"

namespace nangdok::pronounce {

struct SoundRule {
    std::string_view name;     // stable, shown by traces and named by the tests
    std::string_view article;  // where 표준 발음법 states it
    bool (*apply)(Junction&);  // true when it changed the junction
};

std::span<const SoundRule> sound_rules();

// Rules about one syllable on its own (vowels), applied to every syllable after the junctions.
struct SyllableRule {
    std::string_view name;
    std::string_view article;
    bool (*apply)(Syllable& sound, char32_t written);
};

std::span<const SyllableRule> syllable_rules();

// The coda heard before a pause (end of a phrase): clusters simplified, then neutralized
// (제9–11항). Written syllable given for the word-specific clusters (밟-).
Coda coda_before_pause(const Coda& coda, char32_t written_syllable);

}  // namespace nangdok::pronounce
