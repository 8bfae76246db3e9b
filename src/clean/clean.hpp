// Clean stage: decoded article text in, the article's headline and paragraphs out.
#pragma once

#include <string_view>

#include "core/article.hpp"

namespace nangdok {

// Keeps what a listener wants from a scraped page. paragraphs[0] is the headline.
Article clean_article(std::string_view text);

// The --no-clean reading: every non-empty line (trimmed, inner runs of spaces folded) is one
// paragraph, in order, nothing dropped.
Article article_from_lines(std::string_view text);

}  // namespace nangdok
