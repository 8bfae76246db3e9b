// A number with what qualifies it: a currency before it, a unit or a counter after it, and the
// range it may open (20~30대 → 이십 대에서 삼십 대).
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// At a currency sign or code followed by an amount.
MaybeReading read_money(const Tokens& tokens, std::size_t i);

// At a digit or a minus sign. Consumes the number and its unit or counter word.
MaybeReading read_number_phrase(const Tokens& tokens, std::size_t i);

// At a unit written with no number before it: before 당 (L당 → 리터당) or as a compound of two
// units (㎍/㎥ → 마이크로그램 퍼 세제곱미터).
MaybeReading read_unit_without_number(const Tokens& tokens, std::size_t i);

// At a Hangul word followed by digits: a name that ends in a number said its own way (뉴스1 → 뉴스원,
// data/normalize/numbered_names.tsv).
MaybeReading read_numbered_name(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
