// The visible text of a part of the page, as a browser lays it out: one line per run of inline
// content, a new line at every block-level element and at <br>; white space collapsed; control
// characters and U+FFFD dropped. A table row of one-line cells (a data table) is one line, its
// cells separated by spaces; a cell holding paragraphs (a layout table) is a block like a <div>.
// A single <br> joins the next line to the same paragraph, two in a row (or a block boundary)
// start a new paragraph. Each line keeps the measures the scoring uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/page_tree.hpp"

namespace nangdok {

struct TextLine {
    std::string text;
    int container = 0;    // the nearest block-level element around the text
    int chars = 0;        // characters other than spaces
    int length = 0;       // characters, spaces included
    int link_chars = 0;   // of them, inside <a href>
    int commas = 0;
    bool joins_previous = false;  // the line before ended at a single <br>: same paragraph
};

// Lines of the subtree at `root`; a node with skip[i] set is left out with its subtree.
std::vector<TextLine> text_lines(const PageTree& tree, int root, const std::vector<char>& skip);

// Text that did not come from the page's elements (JSON-LD, attributes) laid out the same way, as
// one line: escapes there can spell any control character.
std::string single_text_line(std::string_view text);

}  // namespace nangdok
