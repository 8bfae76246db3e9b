// Numbers that are codes, not quantities: phone numbers (010-1234-5678, (02) 123-4567,
// +82 10-..., 555.555.5555, 010 1234 5678), IP addresses, card and account numbers, and
// dash-joined groups. Read digit by digit, zero as 공,
// one pause per group. Also year spans (2019-2020) and scores (3-1) that share the dash.
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// At a digit, "(" or "+".
MaybeReading read_digit_groups(const Tokens& tokens, std::size_t i);

// At a digit after a word that announces a code (번호는 830-291, 연락처를 604 812 930, 주문 번호는
// 4829.7301, 끝자리 3456): every group joined to the first by a dash, a dot or a space is part of it.
MaybeReading read_code_after_signal(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
