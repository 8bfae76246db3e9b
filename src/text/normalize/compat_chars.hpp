// Prepares a sentence for tokenizing: circled and Roman numerals are spelled first (NFKC would
// turn ① into a bare 1 and Ⅲ into the letters III), then every other compatibility character
// that is not Hangul is folded by NFKC: full-width forms to ASCII, ㎞ to km, ℃ to °C, ㈜ to (주),
// ½ to 1⁄2. Hangul compatibility jamo are kept (NFKC would turn them into conjoining jamo), and
// control characters become spaces. Conjoining jamo are composed into syllables (NFC); those that
// make none (old Hangul such as U+D7D7, a lone ᆞ) become spaces: eSpeak NG has no sound for them,
// and some of them after a syllable make it read freed memory.
#pragma once

#include <string>
#include <string_view>

namespace nangdok::normalize {

std::string prepare_characters(std::string_view sentence);

// The value of a circled, parenthesized or Roman numeral character; 0 for any other.
int enclosed_number_value(char32_t cp);

}  // namespace nangdok::normalize
