// Names that end in a number said their own way (뉴스1 → 뉴스원), from
// data/normalize/numbered_names.tsv.
#pragma once

#include <cstddef>

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// At a Hangul word followed by digits: the name's reading, or nullopt when it is no such name.
MaybeReading read_numbered_name(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
