// Whether an input is an HTML page or plain article text.
//
// Takes the input's bytes and its name (a path, a URL or "<stdin>"); says HTML when the name
// ends in .html/.htm/.xhtml, or when the content opens (after a byte order mark, white space, an
// XML declaration and comments) with a doctype or an <html> tag. Nothing else counts: a text
// article that quotes a tag stays text, and --html forces the other reading.
#pragma once

#include <string_view>

namespace nangdok {

// What the user asked for: decide from the input, or force one reading (--html, --no-html).
enum class HtmlChoice { detect, html, text };

bool looks_like_html(std::string_view bytes, std::string_view name);

// The choice applied: true when the input is to be read as HTML.
bool read_as_html(HtmlChoice choice, std::string_view bytes, std::string_view name);

}  // namespace nangdok
