// An input as a cleaned page: plain text through the decode and clean stages, an HTML page (by
// its name, its opening bytes, its Content-Type or --html) through the HTML stages.
#pragma once

#include <string>

#include "clean/clean.hpp"
#include "decode/read_source.hpp"
#include "html/html_sniff.hpp"

namespace nangdok {

struct ReadPage {
    CleanedPage page;
    bool html = false;
    std::string method = "text";  // how the article was found: "json-ld", "dom" or "text"
    std::string encoding;         // what the bytes were read as
    std::string note;             // for the user: the page's declared charset was overruled; else empty
    std::string doubt;            // the cleaner's doubt about the article (doubt_about); empty when sure
};

// clean false: every line (of an HTML page, every visible line) is a paragraph, nothing dropped.
// Throws InputError for undecodable text; never for an HTML page's bytes.
ReadPage read_page(const SourceBytes& source, HtmlChoice choice, bool clean);

// read_page, refusing a page with nothing to read: InputError naming the source.
ReadPage read_article_page(const SourceBytes& source, HtmlChoice choice, bool clean);

// Whether the source is read as HTML: the choice, else an HTTP Content-Type, else the bytes and name.
bool source_is_html(const SourceBytes& source, HtmlChoice choice);

}  // namespace nangdok
