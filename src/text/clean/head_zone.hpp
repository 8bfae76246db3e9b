// Above the body: navigation menus, the headline and the deck.
#pragma once

#include <cstddef>
#include <vector>

#include "clean/layout_line.hpp"

namespace nangdok {

// Navigation menus: three or more short items in a row (dropped chrome between them neither
// breaks nor extends the run).
std::vector<bool> menu_lines(const LayoutLines& lines, std::size_t limit);

struct ArticleHead {
    std::ptrdiff_t headline = -1;
    std::vector<std::size_t> decks;  // in page order
};

// The most deck lines an article has; a longer stack of short lines is a list of other stories.
inline constexpr std::size_t kMaxDeckLines = 3;

// The headline is a title the page prints twice before `page_end` (its tail), else the first line
// of the stack of title lines nearest the article's own metadata (byline, date) above the body, or
// nearest the body when the page shows none. The deck is the other title lines of that stack, and
// those between the metadata and the body, at most kMaxDeckLines of them.
ArticleHead find_head(const LayoutLines& lines, std::size_t body_begin, std::size_t page_end);

}  // namespace nangdok
