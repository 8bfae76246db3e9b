// HTML page in, cleaned article out: extraction (html_article.hpp), then the cleaner's Korean
// line rules on what it kept (clean_blocks), or, when the DOM showed no article, the text
// cleaner's own search of the page's lines. Metadata from the page's markup beats what the
// cleaner reads from lines.
#pragma once

#include <string>
#include <string_view>

#include "clean/clean.hpp"
#include "html/html_article.hpp"

namespace nangdok {

struct HtmlCleanedPage {
    CleanedPage page;
    ExtractionMethod method = ExtractionMethod::text;
    std::string encoding;
    std::string encoding_note;  // non-empty when the page's declared charset was overruled
};

HtmlCleanedPage clean_html_page(std::string_view bytes, std::string_view transport_charset = {});

}  // namespace nangdok
