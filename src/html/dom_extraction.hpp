// The article's lines found from the DOM alone: Readability.js's passes. The first removes
// unlikely candidates, weighs class and id hints and cleans the region conditionally; when that
// leaves less than kEnoughChars, the page is tried again with fewer of these, and the longest
// result is kept.
#pragma once

#include <vector>

#include "html/page_tree.hpp"
#include "html/text_lines.hpp"

namespace nangdok {

struct DomArticle {
    std::vector<TextLine> lines;  // in reading order; joins_previous marks a single <br>
    int chars = 0;                // characters other than spaces, in all lines
};

DomArticle extract_dom_article(const PageTree& tree);

// Every visible line of the page, nothing scored or dropped but what is never read (scripts,
// navigation, hidden blocks): the fallback's input, and --no-clean's.
std::vector<TextLine> all_page_lines(const PageTree& tree);

}  // namespace nangdok
