// Normalising pasted page text before any rule sees it, and cutting it into prepared lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

// HTML entities left in copied text (&quot; &amp; &#39; &#x27; &nbsp; …), decoded up to twice so
// that a doubly escaped "&amp;#39;" becomes "'". Unknown entities stay as they are.
std::string decode_html_entities(std::string_view text);

// NFC, LF line ends, NBSP and other odd spaces as ' ', zero-width characters removed, entities
// decoded, line-break tags left as characters ("<br />", "</p>") turned into line ends.
// The decode stage already does most of this; the cleaner does not rely on it.
std::string normalize_page_text(std::string_view text);

struct PageLine {
    std::string text;     // spaces folded, bullet markers removed
    bool listed = false;  // indented or bulleted in the page: list or box markup, not prose
};

// One entry per input line (blank lines give empty text), so line numbers stay meaningful.
std::vector<PageLine> page_lines(std::string_view normalized_text);

// Removes quotes that wrap a whole headline ("…", “…”, '…'), a copy artefact.
std::string strip_wrapping_quotes(std::string_view line);

}  // namespace nangdok
