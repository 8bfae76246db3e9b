#include "html/region_cleaning.hpp"

#include "html/class_hints.hpp"

namespace nangdok {
namespace {

bool cleaned_conditionally(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HEADER: case GUMBO_TAG_DL:
            return true;
        default:
            return false;
    }
}

bool inside_figure(const PageTree& tree, int i) {
    for (int a = tree[i].parent; a >= 0; a = tree[a].parent)
        if (tree[a].tag == GUMBO_TAG_FIGURE) return true;
    return false;
}

// Readability.js's shadiness checks on a block with its (already cleaned) measures.
bool shady(const PageTree& tree, int i, const NodeStats& s, int weight) {
    if (weight < 0) return true;
    constexpr int kManyCommas = 10;
    if (s.commas >= kManyCommas) return false;
    const GumboTag tag = tree[i].tag;
    const bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || (s.chars > 0 && s.list_chars * 10 > s.chars * 9);
    const double link_density = s.link_density();
    const double heading_density = s.chars > 0 ? static_cast<double>(s.heading_chars) / s.chars : 0.0;
    const bool figure = inside_figure(tree, i);
    bool remove = false;
    if (!figure && s.images > 1 && s.paragraphs * 2 < s.images) remove = true;
    if (!list && s.list_items - 100 > s.paragraphs) remove = true;
    if (!list && !figure && heading_density < 0.9 && s.chars < 25 && (s.images == 0 || s.images > 2) && link_density > 0)
        remove = true;
    if (!list && weight < kHintWeight && link_density > 0.2) remove = true;
    if (weight >= kHintWeight && link_density > 0.5) remove = true;
    // A list of images (every item one picture) is part of the article.
    if (remove && list && s.images > 0 && s.images == s.list_items) return false;
    return remove;
}

}  // namespace

void clean_region(const PageTree& tree, int top, const std::vector<int>& roots, const std::vector<NodeStats>& own,
                  const std::vector<char>& skip, bool weight_classes, std::vector<char>& removed) {
    std::vector<NodeStats> stats = own;
    int region_chars = 0;
    for (int root : roots)
        for (int i = root; i < tree[root].end; ++i) region_chars += own[static_cast<std::size_t>(i)].chars;
    // A block marked as furniture that holds this much of the region is the article itself, misnamed.
    const int kMaxFurnitureChars = region_chars * 3 / 10;
    for (int root : roots) {
        for (int i = tree[root].end; i-- > root;) {
            NodeStats& s = stats[static_cast<std::size_t>(i)];
            const PageNode& node = tree[i];
            if (skip[static_cast<std::size_t>(i)]) continue;
            apply_tag(node.tag, s);
            const int weight = weight_classes ? node.class_weight : 0;
            bool remove = false;
            if (i != top) {
                if (node.tag == GUMBO_TAG_H1 || node.tag == GUMBO_TAG_HEADER) remove = true;
                else if (weight < 0 && !node.is_text) remove = true;
                else if (weight_classes && node.furniture && (s.chars <= kMaxFurnitureChars || s.link_density() > 0.5))
                    remove = true;
                else if (cleaned_conditionally(node.tag)) remove = shady(tree, i, s, weight);
            }
            if (remove) {
                removed[static_cast<std::size_t>(i)] = 1;
                continue;
            }
            if (i != root) stats[static_cast<std::size_t>(node.parent)].add(s);
        }
    }
}

}  // namespace nangdok
