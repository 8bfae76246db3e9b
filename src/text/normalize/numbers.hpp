// Written numbers: parsing 1,234.5, -3, 1/2 from tokens and reading them with a given counter style.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "normalize/counters.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

struct WrittenNumber {
    std::size_t begin = 0, end = 0;  // tokens
    bool negative = false;
    std::string integer;      // digits only, grouping commas removed
    std::string fraction;     // digits after the decimal point
    std::string denominator;  // a/b: integer is a, denominator b
    bool root = false;              // √2: the integer (or numerator) is under a root
    bool root_denominator = false;  // 1/√2

    bool is_plain_integer() const { return fraction.empty() && denominator.empty() && !root; }
    // -1 when not a plain integer or too long to matter for counter rules.
    long long value() const;
};

bool is_minus_sign(char32_t cp);

// A number starting at token i (a minus sign counts only where it cannot be a hyphen).
std::optional<WrittenNumber> parse_number(const Tokens& tokens, std::size_t i);

// The number's words. ordinal_count includes its 번째; month gives 유월/시월 and the like without
// the 월 (the caller keeps the word it came with).
std::string spell_number(const WrittenNumber& number, CounterStyle style);

}  // namespace nangdok::normalize
