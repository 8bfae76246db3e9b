// Class and id words of blocks that are removed before any scoring (Readability.js's "unlikely
// candidates"), unless the same class or id also holds a word of kMaybeArticle ("main-sidebar"
// is dropped, "article-sidebar-wrap" is kept for scoring). Substrings of the lower-cased class
// and id. A page where this leaves too little text is extracted again without it.
#pragma once

#include <string_view>

namespace nangdok::html_tables {

inline constexpr std::string_view kUnlikelyHints[] = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
    "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "reply", "rss", "shoutbox",
    "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
    "popup", "yom-remote", "gnb", "lnb",
    // pop-ups inside paragraphs, shown on hover: their text is not the sentence's
    "rollover", "tooltip", "popover",
};

inline constexpr std::string_view kMaybeArticle[] = {
    "and", "article", "body", "column", "content", "main", "shadow",
};

}  // namespace nangdok::html_tables
