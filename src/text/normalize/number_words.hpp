// Spells digit strings as Korean words. Sino-Korean and native readings come from ICU's ko
// RuleBasedNumberFormat; the digits are always taken from the text (never through a double), and
// numbers too long for a 64-bit integer are read digit by digit instead of failing.
#pragma once

#include <string>
#include <string_view>

namespace nangdok::normalize {

// Integers above this many digits are read digit by digit (ICU spells below 10^18 only, up to 경,
// and no listener follows a longer cardinal anyway).
inline constexpr std::size_t kMaxCardinalDigits = 18;

// "12300" → "만 이천삼백"; leading zeros ignored; "" and "0" → "영".
std::string sino_cardinal(std::string_view digits);

// Native numbers as they stand before a counter: 1 → 한, 20 → 스무, 24 → 스물네. ICU falls back
// to Sino-Korean for the hundreds and above, as speakers do.
std::string native_attributive(std::string_view digits);

// Ordinal counts with 번째: 1 → 첫 번째, 2 → 두 번째.
std::string native_ordinal_count(std::string_view digits);

// "010" → "공일공": each digit on its own, zero as `zero`.
std::string digit_by_digit(std::string_view digits, std::string_view zero = "공");

// "3", "14" → "삼 점 일사": the fraction is read digit by digit, zero as 영.
std::string decimal_reading(std::string_view integer_digits, std::string_view fraction_digits);

// English number names for the digits inside Latin acronyms (G7 → 세븐, 5G → 파이브). Up to 20;
// above that the Sino reading.
std::string english_number(std::string_view digits);

// "0012" → "12"; all zeros → "0".
std::string_view strip_leading_zeros(std::string_view digits);

// The value of a digit string that fits in a few digits; -1 when it is longer than max_digits.
long long small_value(std::string_view digits, std::size_t max_digits = 9);

}  // namespace nangdok::normalize
