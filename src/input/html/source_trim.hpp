// Before the parser: the page's markup with what no extractor reads taken out, and with its
// nesting bounded.
//
// Takes UTF-8 markup; returns it without <script> and <style> elements and comments (about half
// the bytes of a news page, and half of the parser's time), keeping the bodies of JSON-LD scripts
// aside for the structured-data reader. Script and style ends are found by the tokenizer's own
// rule (the first "</script" or "</style" followed by a space, '/' or '>'), raw-text elements such
// as <textarea> and <title> are stepped over whole, and tags are read with their quoted attribute
// values, so a '>' or "<script" inside a value or a title changes nothing.
//
// Nesting: the HTML5 tree builder scans its stack of open elements for many tags, which makes a
// page of deeply nested elements quadratic (80,000 nested <div> take gumbo 9 s; 10 MB of them,
// hours). Like Blink, which stops nesting at 512, start tags beyond kMaxNesting open elements are
// dropped with their end tags: their text stays, in order, one level up.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

inline constexpr std::size_t kMaxNesting = 512;

struct TrimmedHtml {
    std::string html;
    std::vector<std::string> json_ld;  // bodies of <script type="application/ld+json">, in page order
    std::size_t dropped_tags = 0;      // start and end tags dropped beyond kMaxNesting
};

TrimmedHtml trim_html_source(std::string_view html);

}  // namespace nangdok
