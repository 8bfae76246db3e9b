// Where the article sits on the page. Wording rules (line_rules.hpp) say what a line looks like;
// the layout decides by position: safe rules drop lines anywhere, metadata and menus only count
// in the head, the copyright line cuts the tail, and the body is the best contiguous run of prose
// (jusText-style), with the headline and deck found just above it.
#pragma once

#include <vector>

#include "clean/clean.hpp"
#include "clean/page_text.hpp"

namespace nangdok {

CleanedPage lay_out_article(const std::vector<PageLine>& lines);

}  // namespace nangdok
