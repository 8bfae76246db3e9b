// Dates (2024-05-08, 2024/01/30, 2024. 5. 8.), clock times (14:05, 11:50:05), scores (3:1),
// anniversaries written with a middle dot (6·25 → 육이오) and weekdays in brackets ((화) → 화요일).
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

MaybeReading read_numeric_date(const Tokens& tokens, std::size_t i);
// 33.14:1, 2.5:1: a decimal is never an hour, so the colon after it is a ratio (대).
MaybeReading read_decimal_ratio(const Tokens& tokens, std::size_t i);
MaybeReading read_clock_time(const Tokens& tokens, std::size_t i);
MaybeReading read_hour_with_meridiem(const Tokens& tokens, std::size_t i);
MaybeReading read_anniversary(const Tokens& tokens, std::size_t i);
MaybeReading read_bracketed_weekday(const Tokens& tokens, std::size_t i);

// Year, month and day as words: 2024, 6, 8 → 이천이십사 년 유월 팔 일.
std::string say_date(std::string_view year, std::string_view month, std::string_view day);

// AM, pm, a.m. at token i: 오전 or 오후, empty when none; meridiem_end is the token after it.
std::string_view meridiem(const Tokens& tokens, std::size_t i);
std::size_t meridiem_end(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
