// Date lines at the edges of an article region ("Nov. 20, 2019 5:52 AM EST", "Updated at 1:23
// p.m.", "sexta-feira, 22 de outubro de 2010 às 20:13"): the page's dateline, which the metadata
// gives, in any language. A line counts when it is short, does not end a sentence, and holds a
// clock time, a numeric date (2019-11-20, 05/10/2018, 2025.03.14) or a year beside a day number;
// only lines before the first paragraph of prose or after the last are taken out.
#pragma once

#include <string_view>
#include <vector>

#include "html/text_lines.hpp"

namespace nangdok {

bool looks_like_date_line(std::string_view line);

std::vector<TextLine> without_edge_dates(std::vector<TextLine> lines);

}  // namespace nangdok
