// A bracket right after a word is read as one unit, decided by what it holds:
//  - a gloss that only repeats the word before it is not said: hanja (시진핑(習近平)), an English
//    or Korean equivalent (트래시(Trash), 장소(Testbed), 수호 (SUHO)), a unit's or abbreviation's
//    name (2GB(기가바이트), 0.25%포인트(P)), an acronym's Korean expansion (AI(인공지능));
//  - a Hangul reading of a Latin title or word is said instead of it ('POP!'(팝!) → 팝);
//  - a code (삼성전자(005930), (모델명 65F9000)) and a date that repeats 오늘, 내일… are not said;
//  - an age beside a name is said as an age (ages.hpp): before a titled name, else as an aside;
//  - anything else is an aside, said after a short pause.
// Parts of a bracket (MERS·메르스, #Me Too·나도 당했다) are judged one by one, and a part that
// repeats another is said once. The particle after the bracket is chosen again by the normalizer
// from the last word actually said (particles.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/bracket_parts.hpp"
#include "normalize/spoken_text.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

struct BracketReading {
    enum class Use { skip, aside, replace, before } use = Use::skip;
    std::size_t end = 0;   // the token after the closing bracket
    std::string words;     // aside: said after a pause; replace: said instead; before: said before
    std::size_t from = 0;  // replace, before: the first token of the words replaced or preceded
    std::string aside;     // before: said after a pause where the bracket stood (the details that are not an age)
};

// At an opening bracket `(` at token i that follows a word: how to read the bracket. nullopt when
// token i is not such a bracket (no word before it, no closing bracket near, nested brackets) or
// when a more specific rule owns it: (화) after a date, (02) before a phone number.
std::optional<BracketReading> read_bracket(const Tokens& t, std::size_t i, const SpokenText& spoken,
                                           const ContentReader& read);

// (주) and (株) beside a company's name (㈜ arrives folded to "(주)"): the legal form, which an
// anchor leaves out. The token after the mark, or 0 when token i does not start one.
std::size_t company_mark_end(const Tokens& t, std::size_t i);

}  // namespace nangdok::normalize
