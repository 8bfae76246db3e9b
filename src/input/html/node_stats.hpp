// Text measures of every element's subtree, summed from the lines laid out under it: what the
// scoring and the cleaning compare (length, links, commas, paragraphs, images, list items).
#pragma once

#include <vector>

#include "html/page_tree.hpp"
#include "html/text_lines.hpp"

namespace nangdok {

struct NodeStats {
    int chars = 0;
    int link_chars = 0;
    int commas = 0;
    int paragraphs = 0;     // <p> elements and paragraphs of text sitting directly in a block
    int images = 0;
    int list_items = 0;
    int list_chars = 0;     // characters inside <ul>/<ol>
    int heading_chars = 0;  // characters inside <h1>…<h6>

    double link_density() const { return chars > 0 ? static_cast<double>(link_chars) / chars : 0.0; }
    void add(const NodeStats& o) {
        chars += o.chars, link_chars += o.link_chars, commas += o.commas, paragraphs += o.paragraphs;
        images += o.images, list_items += o.list_items, list_chars += o.list_chars, heading_chars += o.heading_chars;
    }
};

// The measures each node holds by itself (its own lines and its own tag), not yet summed up.
std::vector<NodeStats> own_stats(const PageTree& tree, const std::vector<TextLine>& lines,
                                 const std::vector<char>& skip);

// Sums own measures into every ancestor (one pass from the last node back), leaving out skipped
// subtrees.
std::vector<NodeStats> subtree_stats(const PageTree& tree, std::vector<NodeStats> own, const std::vector<char>& skip);

// Adds the measures a subtree contributes by its tag (a list's characters are list characters,
// a heading's are heading characters) after its children have been summed in.
void apply_tag(GumboTag tag, NodeStats& stats);

}  // namespace nangdok
