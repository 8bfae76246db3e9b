// The article's lines found from the DOM alone: Readability.js's passes. The first removes
// unlikely candidates, weighs class and id hints and cleans the region conditionally; when that
// leaves less than 500 characters, the page is tried again with fewer of these, and the longest
// result is kept. In the region, a paragraph that is mostly link text ("Read more: …", a list of
// other stories) is left out, with a short label just above such a list ("You may also like").
#pragma once

#include <vector>

#include "html/page_tree.hpp"
#include "html/text_lines.hpp"

namespace nangdok {

struct DomArticle {
    std::vector<TextLine> lines;  // in reading order; joins_previous marks a single <br>
    int chars = 0;                // characters other than spaces, in all lines
    int length = 0;               // characters, spaces included
    bool marked = false;          // the region's best container is marked as the article (<article>, class hints)
    bool scored = false;          // some container scored (else the region is the whole body)
};

DomArticle extract_dom_article(const PageTree& tree);

// Every visible line of the page, nothing scored or dropped but what is never read (scripts,
// navigation, hidden blocks): the fallback's input, and --no-clean's.
std::vector<TextLine> all_page_lines(const PageTree& tree);

}  // namespace nangdok
