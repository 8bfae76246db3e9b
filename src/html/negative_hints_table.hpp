// Class and id words that mark page furniture beside an article: navigation, share bars, comment
// sections, related-article lists, ads. Substrings of the lower-cased class and id (the first
// list) or whole words of it, split at anything not a letter or digit (the second list: "ad" must
// not match "head" or "download"). Each of class and id that holds one takes kHintWeight away.
#pragma once

#include <string_view>

namespace nangdok::html_tables {

inline constexpr std::string_view kNegativeHints[] = {
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr", "masthead", "media", "meta",
    "outbrain", "taboola", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags", "tool", "widget", "social", "reply", "recommend", "popular", "newsletter", "subscribe",
    "copyright", "caption", "byline", "breadcrumb", "navigation", "menu",
};

inline constexpr std::string_view kNegativeWords[] = {
    "ad", "ads", "advert", "advertisement", "hid", "nav", "aside", "sns", "gnb", "lnb", "snb", "util", "btn",
    "rank", "ranking", "most",
    // metadata the page shows around the article: read from <meta> and JSON-LD instead
    "date", "dateline", "time", "timestamp", "byline", "author", "submitted", "posted", "published", "updated",
    "credit",
};

}  // namespace nangdok::html_tables
