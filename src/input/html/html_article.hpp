// Extraction stage for HTML: a page's bytes in, its article's blocks out, before the cleaner's
// Korean line rules (html_page.hpp applies them).
//
// In order: structured data when present and plausible (a JSON-LD articleBody at least about as
// long as what the DOM finds, and not cut short); else the DOM (dom_extraction.hpp); else, when
// no container scores or the DOM finds too little, every visible line of the page for the text
// cleaner to search. The
// headline comes from <h1>, og:title, JSON-LD or <title> (headline.hpp), the outlet, author and
// date from JSON-LD and <meta>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/block_cleaner.hpp"

namespace nangdok {

enum class ExtractionMethod { json_ld, dom, text };
const char* method_name(ExtractionMethod method);  // "json-ld", "dom", "text"

struct HtmlArticle {
    ExtractionMethod method = ExtractionMethod::text;
    std::string headline;           // empty when the page names none
    std::vector<PageBlock> blocks;  // text: every line of the page
    std::string outlet, author, date;
    std::string encoding;           // what the bytes were read as (html_decode.hpp)
    std::string encoding_note;      // non-empty when the declared charset was overruled
};

// transport_charset: the charset an HTTP Content-Type gave, empty for files.
HtmlArticle extract_html_article(std::string_view bytes, std::string_view transport_charset = {});

// Every visible line of the page, nothing dropped but what is never shown (for --no-clean).
HtmlArticle html_page_lines(std::string_view bytes, std::string_view transport_charset = {});

}  // namespace nangdok
