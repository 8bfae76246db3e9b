// What an element's class and id say about it (positive_hints_table.hpp, negative_hints_table.hpp,
// unlikely_hints_table.hpp).
#pragma once

#include <string_view>

namespace nangdok {

inline constexpr int kHintWeight = 25;

// -2·kHintWeight … +2·kHintWeight: each of class and id adds kHintWeight for an article word and
// takes it away for a furniture word (both can apply), as in Readability.js.
int class_weight(std::string_view class_name, std::string_view id);

// Class or id holds a furniture word, whatever else it holds: inside an article, "article__byline"
// and "entry-share" are the byline and the share bar, not more article.
bool furniture_hint(std::string_view class_name, std::string_view id);

// A block to remove before scoring: an unlikely word in class or id, and no article word.
bool unlikely_candidate(std::string_view class_name, std::string_view id);

// True when `hints` (lower case) contains one of the words as a whole word (split at anything
// that is not an ASCII letter or digit).
bool has_hint_word(std::string_view lowered, std::string_view word);

}  // namespace nangdok
