// Units after a number (12km, 30%, 60km/h) and currencies before it (₩2000, US$ 5).
#pragma once

#include <cstddef>

#include "normalize/tokenizer.hpp"
#include "normalize/unit_table.hpp"

namespace nangdok::normalize {

// The token index just after `literal` when the tokens from `begin` spell it exactly and it ends
// on a token boundary; 0 when they do not.
std::size_t match_literal(const Tokens& tokens, std::size_t begin, std::string_view literal);

struct UnitMatch {
    const UnitEntry* unit = nullptr;
    std::size_t end = 0;
};

// The longest unit written at `begin`.
UnitMatch match_unit(const Tokens& tokens, std::size_t begin);

// The longest currency sign or code written at `begin`.
UnitMatch match_currency_prefix(const Tokens& tokens, std::size_t begin);

// Whether a Hangul word names a measured side (가로, 높이): x between two of them is 곱하기.
bool is_dimension_word(std::string_view word);

// Whether a Hangul word is one of the large-number words kept in an amount (억, 만, 조).
bool is_large_number_word(std::string_view word);

}  // namespace nangdok::normalize
