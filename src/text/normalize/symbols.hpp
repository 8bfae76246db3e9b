// Symbols between words: spoken names, pauses, or silence (symbol_table.hpp), with the few that
// depend on their neighbours (~ between numbers is 에서; a dash inside a word is a space).
// Anything unknown (emoji, other scripts' punctuation) is silent, so eSpeak never names it.
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

MaybeReading read_symbol(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
