// Hangul typed with the Korean input method switched off: "사진" comes out as "tkwl" on a
// 2-beolsik keyboard. In a scraped page this shows up in hand-typed captions
// ("…오세훈 서울시장tkwl오세훈 서울시장이…"), which the cleaner treats as caption evidence.
#pragma once

#include <string_view>

namespace nangdok {

// True when the lowercase Latin letters spell a sequence of 2-beolsik syllables
// (consonant, vowel, optional final), e.g. "tkwl" (사지), "dkssud" (안녕); false for "seoul".
bool spells_two_beolsik_syllables(std::string_view letters);

// True when the line holds a run of at least three lowercase letters glued to Hangul on at least
// one side that spells 2-beolsik syllables.
bool has_ime_garbage(std::string_view line);

}  // namespace nangdok
