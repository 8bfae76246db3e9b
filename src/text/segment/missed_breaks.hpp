// Candidate breaks that ICU's sentence rules never offer in Korean text. They go through the same
// post-rules as ICU's own candidates (a break inside a quotation is still dropped).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace nangdok {

// Before a dash bullet after a sentence end: `…입력한다. - 다음 항목` (ICU reads the dash as a
// continuation of the sentence).
std::vector<std::size_t> dash_bullet_breaks(std::string_view text);

// Before a lowercase Latin word after a period that follows Hangul: `…했다. iPhone은` (ICU keeps
// English `e.g. this` together, which is right only after Latin text).
std::vector<std::size_t> lowercase_start_breaks(std::string_view text);

// After an ellipsis character (… or ⋯) that follows a sentence-final syllable and precedes a space:
// `좋았다… 결국` (ICU does not count U+2026 as sentence punctuation).
std::vector<std::size_t> ellipsis_character_breaks(std::string_view text);

// After a period glued to the next sentence: `낮아졌다.1-5로`, `밝혔다.그는` (no space, so ICU
// sees one word). Only after a sentence-final syllable, so `3.45` and `가.나.다` stay whole.
std::vector<std::size_t> glued_sentence_breaks(std::string_view text);

}  // namespace nangdok
