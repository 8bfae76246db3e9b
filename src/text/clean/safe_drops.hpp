// The passes that drop lines wherever they stand: each line's wording (classify_lines), summary
// boxes, lists under a related-article header, IME-garbage captions, caption titles above a
// credit line, and earlier copies of later blocks.
#pragma once

#include <vector>

#include "clean/layout_line.hpp"

namespace nangdok {

LayoutLines classify_lines(const std::vector<PageLine>& page);
void drop_summary_boxes(LayoutLines& lines);
void drop_listed_headlines(LayoutLines& lines);
// Two or more links to earlier reports in a row, each ending with the report's date.
void drop_dated_link_lists(LayoutLines& lines);
void drop_ime_captions(LayoutLines& lines);
void drop_caption_titles(LayoutLines& lines);
// Bylines and dates within [begin, end), the body, are kept, unless they sign off with an e-mail.
void keep_metadata_inside_body(LayoutLines& lines, std::size_t begin, std::size_t end);
// Only lines before `tail` count as the later copy.
void drop_earlier_copies(LayoutLines& lines, std::size_t tail);

// Every pass above after classify_lines, in order (the text and HTML paths share it); returns where
// the page's tail starts (tail_start in body_run.hpp).
std::size_t drop_wherever_they_stand(LayoutLines& lines);

}  // namespace nangdok
