// The page's headline, from what the page says it is: an <h1> that matches the page's own title
// (og:title, JSON-LD headline or <title>), else og:title or the JSON-LD headline, else a visible
// line near the top that <title> holds (old layouts set the headline in <b> or a table cell),
// else <title>, else the first <h1>; a title loses the site's name ("제목 | 한빛일보" → "제목").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

struct HeadlineSources {
    std::vector<std::string> h1s;  // visible <h1> texts, in page order
    std::vector<std::string> top_lines;  // the page's first visible lines, in order
    std::string og_title, structured_headline, title, site_name;
};

std::string choose_headline(const HeadlineSources& sources);

// "Headline | Site", "Site - Headline" → "Headline"; site_name, when known, is removed wherever it
// is. Unchanged when no separator leaves a headline-sized part.
std::string strip_site_name(std::string_view title, std::string_view site_name);

// The site's name as a title gives it ("제목 - 남도신문" → "남도신문"): the short part a separator
// sets apart at the end; empty when there is none.
std::string site_name_from_title(std::string_view title);

}  // namespace nangdok
