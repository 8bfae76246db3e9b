#include "html/node_stats.hpp"

namespace nangdok {

std::vector<NodeStats> own_stats(const PageTree& tree, const std::vector<TextLine>& lines,
                                 const std::vector<char>& skip) {
    std::vector<NodeStats> own(static_cast<std::size_t>(tree.size()));
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const TextLine& line = lines[k];
        NodeStats& s = own[static_cast<std::size_t>(line.container)];
        s.chars += line.chars;
        s.link_chars += line.link_chars;
        s.commas += line.commas;
        // Text directly in a <div> or <td> is a paragraph of its own, as Readability.js makes it.
        if (!line.joins_previous && !is_paragraph_tag(tree[line.container].tag)) ++s.paragraphs;
    }
    for (int i = 0; i < tree.size(); ++i) {
        if (skip[static_cast<std::size_t>(i)]) continue;
        NodeStats& s = own[static_cast<std::size_t>(i)];
        switch (tree[i].tag) {
            case GUMBO_TAG_P: ++s.paragraphs; break;
            case GUMBO_TAG_IMG: ++s.images; break;
            case GUMBO_TAG_LI: ++s.list_items; break;
            default: break;
        }
    }
    return own;
}

void apply_tag(GumboTag tag, NodeStats& s) {
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) s.list_chars = s.chars;
    if (is_heading(tag)) s.heading_chars = s.chars;
}

std::vector<NodeStats> subtree_stats(const PageTree& tree, std::vector<NodeStats> stats, const std::vector<char>& skip) {
    for (int i = tree.size(); i-- > 0;) {
        if (skip[static_cast<std::size_t>(i)]) {
            stats[static_cast<std::size_t>(i)] = NodeStats{};
            continue;
        }
        apply_tag(tree[i].tag, stats[static_cast<std::size_t>(i)]);
        if (tree[i].parent >= 0) stats[static_cast<std::size_t>(tree[i].parent)].add(stats[static_cast<std::size_t>(i)]);
    }
    return stats;
}

}  // namespace nangdok
