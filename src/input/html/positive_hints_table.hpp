// Class and id words that mark an article's container: "article-body", "articleBody", "dic_area"
// (Naver), "news_body", "entry-content". Matched as substrings of the lower-cased class and id, as
// Readability.js does; each of class and id that holds one adds kHintWeight to its element.
#pragma once

#include <string_view>

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/positive_hints.hpp"
