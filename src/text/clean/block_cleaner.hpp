// The cleaner's Korean line rules on an article region that the page's structure already found
// (an HTML page's article element): takes its blocks in reading order, one line of text each,
// and the headline found beside them; returns the article with bylines, captions, toolbar lines,
// summary boxes, repeated headlines and everything from the copyright line on removed. Unlike
// clean_page, it does not look for the body among the lines: every line no rule drops is kept.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/clean.hpp"

namespace nangdok {

struct PageBlock {
    std::string text;             // one line (no '\n')
    bool joins_previous = false;  // continues the paragraph of the block before (a single <br>)
};

// headline may be empty (then the article has none). The blocks' own metadata lines give the
// byline, date and outlet when they hold them.
CleanedPage clean_blocks(const std::vector<PageBlock>& blocks, std::string_view headline);

}  // namespace nangdok
