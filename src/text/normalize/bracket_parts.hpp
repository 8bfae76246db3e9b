// The shape of a bracket's content, for the bracket rules: its parts (split at · ㆍ , / and a
// period or colon before a space, but never between two digits, so 3·4분기 and 2.5 stay whole) and what
// kind of characters each holds.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// Reads a stretch of prepared text (part of a bracket) as the normalizer reads a sentence.
using ContentReader = std::function<std::string(std::string_view)>;

struct TokenRange {
    std::size_t begin = 0, end = 0;  // tokens; spaces at the edges are trimmed
    bool empty() const { return begin >= end; }
};

std::vector<TokenRange> split_parts(const Tokens& t, TokenRange content);

bool only_hanja(const Tokens& t, TokenRange r);         // 習近平, 海外屬領 (spaces allowed)
bool only_hangul(const Tokens& t, TokenRange r);        // 러브 다이브, 팝! (spaces, ! ? allowed)
bool only_latin_words(const Tokens& t, TokenRange r);   // Hang Tough, S-OIL, Proof of Concept
bool has_lower_case(const Tokens& t, TokenRange r);
// Words in English rather than an abbreviation: Hang Tough, Testbed, burnout (not PoC, iPhone, KBO).
bool is_english_words(const Tokens& t, TokenRange r);
bool is_acronym(const Tokens& t, TokenRange r);         // one run of capitals: KBO, RTA
std::size_t syllable_count(const Tokens& t, TokenRange r);

// A code nobody reads aloud in a bracket: digits of five or more or with a leading zero (005930,
// 04513), letters and digits mixed with three digits or more (65F9000, OGLE-2015-BLG-0954Lb),
// or anything after a label such as 모델명 (data/normalize/code_labels.tsv).
bool is_code(const Tokens& t, TokenRange r);

// A word that says what a code is (모델명, 종목코드, 우편번호).
bool is_code_label(std::string_view word);

// A date: 9일, 11월4일, 8일 오전 (a day, with its month, and what else).
bool is_date(const Tokens& t, TokenRange r);

}  // namespace nangdok::normalize
