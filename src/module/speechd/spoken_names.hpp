// Names for what a screen reader asks to hear one at a time: a character (CHAR), a key (KEY), a
// word spelled out, and punctuation in the punctuation modes. Said the way Korean screen readers
// say them: ㄱ 기역, a 에이, 1 일, . 마침표, shift_a 시프트 에이, f5 에프 오.
#pragma once

#include <string>
#include <string_view>

#include "speechd/module_settings.hpp"

namespace nangdok::speechd {

// One character (a UTF-8 sequence). "space" and " " are 빈칸, as the server may send either.
// A capital Latin letter is 대문자 에이 when `capitals` is spell.
std::string korean_character_name(std::string_view character, CapitalLetters capitals);

// A key as SSIP names it: a character, a symbolic name (enter, kp-5, f12, prior, double-quote),
// or modifiers and a key joined by '_' (shift_a, control_alt_delete).
std::string korean_key_name(std::string_view key);

// Every character named, separated by commas so that eSpeak NG pauses between them; spaces
// between words become a longer pause.
std::string korean_spelling(std::string_view text, CapitalLetters capitals);

// The names of the punctuation marks that `mode` reads (some: symbols such as @ # * +; most: also
// . , ? ! : ; quotes and brackets; all: everything in the table) put into the text. A mark next to
// a digit is left alone: it is part of a number (3.5%, 1,000, 10:30, $5) and read with it.
// Sentence-ending marks stay after their name so that the sentence still ends there.
std::string name_punctuation(std::string_view text, PunctuationMode mode);

}  // namespace nangdok::speechd
