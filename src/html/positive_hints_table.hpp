// Class and id words that mark an article's container: "article-body", "articleBody", "dic_area"
// (Naver), "news_body", "entry-content". Matched as substrings of the lower-cased class and id, as
// Readability.js does; each of class and id that holds one adds kHintWeight to its element.
#pragma once

#include <string_view>

namespace nangdok::html_tables {

inline constexpr std::string_view kPositiveHints[] = {
    "article", "body", "content", "entry", "main", "page", "post", "text", "txt", "blog", "story",
    "dic_area", "hentry", "h-entry",
};

}  // namespace nangdok::html_tables
