// Keeps every clause short enough for eSpeak NG 1.51, which silently drops the words of a Korean
// clause that overflows its 800-byte per-clause buffer (espeak-ng issue 1860).
//
// eSpeak NG decomposes each Hangul syllable into 2 or 3 jamo of 3 UTF-8 bytes each before that
// buffer, so we count a clause's cost as it will be inside eSpeak, not as its UTF-8 length, and
// insert ", " (which ends a clause in eSpeak) at the last space that keeps the cost in budget, or
// at a character boundary when a clause has no space at all.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nangdok {

// Bytes a clause may occupy inside eSpeak NG. Measured here: clauses up to 770 bytes survive and
// 800 do not; the margin leaves room for words eSpeak expands further.
inline constexpr std::size_t kClauseBudget = 600;

// Returns the text with ", " inserted where a clause would exceed the budget. Idempotent: text
// whose clauses all fit comes back unchanged.
std::string cut_long_clauses(std::string_view text, std::size_t budget = kClauseBudget);

// The cost of one UTF-8 character inside eSpeak NG's clause buffer.
std::size_t espeak_clause_cost(std::string_view utf8_char);

}  // namespace nangdok
