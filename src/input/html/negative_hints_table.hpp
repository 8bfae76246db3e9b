// Class and id words that mark page furniture beside an article: navigation, share bars, comment
// sections, related-article lists, ads. Substrings of the lower-cased class and id (the first
// list) or whole words of it, split at anything not a letter or digit (the second list: "ad" must
// not match "head" or "download"). Each of class and id that holds one takes kHintWeight away.
#pragma once

#include <string_view>

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/negative_hints.hpp"
#include "html/data/negative_words.hpp"
