// Latin script: lexicon words, acronyms read as Korean letter names (AI → 에이아이, PoC → 피오씨),
// letters with digits (G7, mp3), and other English words spelled in Hangul.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "normalize/latin_words.hpp"
#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

std::optional<std::string> latin_lexicon_lookup(std::string_view written);

// "CCTV" → "씨씨티비": every letter by its Korean name, case ignored.
std::string letter_names(std::string_view letters);

bool is_all_capitals(std::string_view letters);


// At a Latin token, with the digits or hyphenated parts attached to it.
// 5-Cycle, 3-Way, 24-Hour: a small number joined to an English word by a hyphen is said in
// English with it (파이브 사이클). At a digits token; nullopt otherwise.
MaybeReading read_number_dash_word(const Tokens& t, std::size_t i);

MaybeReading read_latin(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
