// Spells an English word in Hangul the way Korean loanword orthography (외래어 표기법) would,
// from the letters: a small set of English spelling-to-sound rules gives approximate phonemes
// (english_phones.hpp), then the orthography's rules give syllables (final p/t/k after a short
// vowel become 받침 as in 캣, other final consonants take ㅡ as in 테스트, l between vowels
// doubles as in 헬로).
// Not a dictionary: irregular words belong in the lexicon, which is consulted first.
#pragma once

#include <string>
#include <string_view>

namespace nangdok::normalize {

// `word` is ASCII letters; case is ignored. Returns Hangul only.
std::string english_to_hangul(std::string_view word);

}  // namespace nangdok::normalize
