// Numbers to call, said digit by digit as their callers say them: the well-known service numbers
// (112, 119, 1339 …, data/normalize/service_numbers.tsv) wherever no counter makes them a
// quantity (119구급대, 112에 신고, 국번없이 1339번 → 일일구, 일일이, 일삼삼구 번), and any three or
// four digits after ☎ or a word such as 국번없이 or 콜센터, or before 번 and a verb of calling
// (109번으로 전화하면 → 일공구 번).
#pragma once

#include <string>
#include <string_view>

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

MaybeReading read_service_number(const Tokens& tokens, std::size_t i);

// For brackets: whether `word` announces a number to call (콜센터 (109번)).
bool is_service_number_cue(std::string_view word);

// "109" → 일공구.
std::string say_service_number(std::string_view digits);

}  // namespace nangdok::normalize
