// How one Latin word is said, from its spelling and its case:
//  - a lexicon word (data/normalize/latin_lexicon.tsv) as the lexicon has it;
//  - capitals: an English word of the lexicon (ACHIEVE 어치브, and MIC, MY, CAR beside another
//    Latin word: MIC Drop, MY CAR) as that word; a word that can be pronounced (KOREA, SUHO) by the
//    English spelling rules; anything else letter by letter (KBO, OECD);
//  - mixed case, cut where the case changes: capitals are letters and the rest words (KMTNet →
//    케이엠티 넷, iPlayer → 아이 플레이어, IDidThat → 아이 디드 댓); a short lower-case piece in
//    the middle marks an abbreviation said letter by letter (PoC, MoU);
//  - other words by the English spelling rules (english_hangul.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok::normalize {

// `beside_latin`: an English word stands next to this one (one space apart), so capitals that
// spell a short English word are that word (MIC Drop, MY CAR) rather than an abbreviation (KBO 리그).
std::string read_latin_word(std::string_view word, bool beside_latin = false);

// KMTNet → KMT, Net; iPlayer → i, Player; IDidThat → I, Did, That.
std::vector<std::string_view> case_parts(std::string_view word);

// Whether `word` reads as an English word rather than an abbreviation: it has lower case, or its
// lower case is a lexicon word (CAR, DROP).
bool is_english_word(std::string_view word);

// A word said as a word, not letter by letter: an English word we know, or capitals of four or
// more that can be pronounced (PAGE, CHEER).
bool reads_as_word(std::string_view word);

// A capital after the first letter (KMTNet, iPlayer): the word is cut where its case changes.
bool has_inner_capital(std::string_view word);

}  // namespace nangdok::normalize
