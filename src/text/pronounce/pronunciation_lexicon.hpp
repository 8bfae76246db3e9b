// Word-specific pronunciations no rule can derive (표준 발음법 제28항 tensing without a written
// 사이시옷, 제29항 ㄴ insertion in compounds, 제20항 다만, …), compiled in.
//
// An entry is a word with marks between its syllables:
//   물*고기   tense the next onset (물꼬기)        솜^이불  insert ㄴ (솜니불)
//   생산=량   ㄴ+ㄹ read ㄴㄴ (생산냥)              값|어치  a content word starts (가버치)
//   서울_     nothing word-specific after this: keeps the guessing rules (제26항) away (서울시)
// An entry matches at the start of a word. One whose last mark is inside it matches only when the
// rest of the word is a particle (물고기를, not 물고기잡이); one ending in a mark matches any word
// it begins.
#pragma once

#include <span>
#include <string_view>

#include "pronounce/phrase.hpp"

namespace nangdok::pronounce {

std::span<const std::u32string_view> lexicon_entries();

// Sets phrase.marks for every word of the phrase that begins with an entry. Requires
// phrase.index_words() to have run.
void mark_lexicon_junctions(Phrase& phrase);

}  // namespace nangdok::pronounce
