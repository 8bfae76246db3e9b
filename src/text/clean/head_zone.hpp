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
    std::ptrdiff_t headline = -1, deck = -1;
};

// The headline is the title line just above the byline/date block (or the first title line when
// the page has none); the deck is a short title line below it, before the body.
ArticleHead find_head(const LayoutLines& lines, std::size_t body_begin);

}  // namespace nangdok
