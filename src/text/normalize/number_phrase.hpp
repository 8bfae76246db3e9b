// A number with what qualifies it: a unit or a counter after it, and the
// range it may open (20~30대 → 이십 대에서 삼십 대).
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// At a digit or a minus sign. Consumes the number and its unit or counter word.
MaybeReading read_number_phrase(const Tokens& tokens, std::size_t i);


}  // namespace nangdok::normalize
