// Class and id words of blocks that are removed before any scoring (Readability.js's "unlikely
// candidates"), unless the same class or id also holds a word of kMaybeArticle ("main-sidebar"
// is dropped, "article-sidebar-wrap" is kept for scoring). Substrings of the lower-cased class
// and id. A page where this leaves too little text is extracted again without it.
#pragma once

#include <string_view>

// The tables themselves, compiled from data/html/ (see data/input_tables.cmake).
#include "html/data/unlikely_hints.hpp"
#include "html/data/maybe_article.hpp"
