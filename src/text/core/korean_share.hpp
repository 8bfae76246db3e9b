// Whether decoded bytes read as Korean: a legacy encoding guessed wrong turns Korean into hanja and
// symbols, so most non-ASCII characters being Hangul is the test that a guess was right.
#pragma once

#include <unicode/unistr.h>

namespace nangdok {

// True when there is non-ASCII text and at least half of it is Hangul (syllables, jamo, letters).
bool reads_as_korean(const icu::UnicodeString& text);

}  // namespace nangdok
