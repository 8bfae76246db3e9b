// Readings led by a currency or a unit rather than by the number: ₩3억5000만, a unit after an
// amount's magnitude word (5천t), before 당 (L당), or a compound of two units (㎍/㎥).
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// At a currency sign or code followed by an amount.
MaybeReading read_money(const Tokens& tokens, std::size_t i);

// At a unit written with no number right before it: after the magnitude word of an amount
// (5천t → 오천 톤), before 당 (L당 → 리터당) or as a compound of two units (㎍/㎥ → 마이크로그램 퍼
// 세제곱미터).
MaybeReading read_unit_without_number(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
