// How consonants sound in a coda and what they turn into next to others: the vocabulary of the
// sound rules (표준 발음법 제9–11항 for codas; tense, aspirated and nasal partners).
#pragma once

#include "core/hangul_jamo.hpp"

namespace nangdok::pronounce {

// The sound rules are written in terms of onsets, vowels and codas.
using namespace hangul;

// The seven sounds a coda can have (제8항): ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ. ㄲ ㅋ → ㄱ; ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ → ㄷ;
// ㅍ → ㅂ. Clusters go through simplify_cluster first.
Consonant neutralized(Consonant c);

// The consonant a cluster keeps before a consonant or at a word end (제10항, 제11항) in the
// ordinary case; the exceptions (밟-, 넓죽-, 맑- before ㄱ) need the word and live in the rules.
Consonant simplified_cluster(const Coda& coda);

// The coda as heard before a consonant or a pause: cluster simplified, then neutralized.
Consonant surface_coda(const Coda& coda);

bool is_obstruent(Consonant c);
// ㄱ ㄷ ㅂ ㅅ ㅈ: the lenis consonants that turn tense.
bool is_lenis(Consonant c);
Consonant tense_of(Consonant lenis);
// ㄱ-class → ㅋ, ㄷ-class → ㅌ, ㅂ-class → ㅍ, ㅈ → ㅊ (after neutralizing, ㅈ would give ㅌ).
Consonant aspirated_of(Consonant c);
// ㄱ → ㅇ, ㄷ → ㄴ, ㅂ → ㅁ for a neutralized obstruent; any other consonant is returned unchanged.
Consonant nasal_of(Consonant neutral_obstruent);

// Does the coda, as written, end in an obstruent sound (so that a following lenis turns tense,
// 제23항)? ㄳ ㄺ ㄿ ㅄ do; ㄵ ㄻ ㄼ ㄽ ㄾ ㅀ ㄶ and sonorants do not (제24항, 제25항 cover those).
bool ends_in_obstruent(const Coda& written);
bool has_h(const Coda& coda);
// The coda with its ㅎ taken out (ㄶ → ㄴ, ㅀ → ㄹ, ㅎ → none).
Coda without_h(const Coda& coda);

}  // namespace nangdok::pronounce
