// What sits between a headline and the site's or section's name in a <title> or og:title
// ("제목 | 한빛일보", "Headline - Section - Site"). Spaces around them are part of the entry, so a
// hyphen inside a word or a date is never taken for one. A title is cut at its last separator
// only when what follows is a name's length (headline.cpp), so "Trump : …" keeps its colon.
#pragma once

#include <string_view>

namespace nangdok::html_tables {

inline constexpr std::string_view kTitleSeparators[] = {
    " | ", " - ", " – ", " — ", " :: ", " : ", " · ", " » ", " / ", " ｜ ", " < ", " > ",
};

}  // namespace nangdok::html_tables
