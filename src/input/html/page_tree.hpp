// The parsed page as a flat array in document order, built without recursion (a tree of any
// depth costs no stack), with what extraction asks of each element decided once: whether it is
// dropped with its content (dropped_tags_table.hpp, hidden, an ARIA furniture role), whether it
// is an unlikely candidate, whether it starts a new line, its class and id weight.
//
// Node i's subtree is [i, end); its parent comes before it. The tree borrows the text of the
// GumboDocument it was built from, which must outlive it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace nangdok {

struct PageNode {
    const GumboNode* node = nullptr;
    int parent = -1;
    int end = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool is_text = false;
    bool unlikely = false;         // removed before scoring unless a later pass keeps them
    bool block = false;            // a block-level element: its content starts and ends a line
    bool has_block_child = false;  // holds a block-level element (else it reads like a paragraph)
    bool link = false;             // <a href>
    int class_weight = 0;          // from class and id (class_hints.hpp), plus itemprop=articleBody
    bool furniture = false;        // class or id holds a furniture word (class_hints.hpp)
    std::string_view class_name;
};

class PageTree {
public:
    // From a document's root (all of <body>) or a fragment's root.
    explicit PageTree(const GumboNode* root);

    const std::vector<PageNode>& nodes() const { return nodes_; }
    const PageNode& operator[](int i) const { return nodes_[static_cast<std::size_t>(i)]; }
    int size() const { return static_cast<int>(nodes_.size()); }
    // Index of <body> (0, the root, when there is none).
    int body() const { return body_; }

    std::string_view text(int i) const;                        // a text node's text
    std::string_view attribute(int i, const char* name) const;  // empty when absent
    // Element children of i, in order.
    std::vector<int> children(int i) const;

private:
    std::vector<PageNode> nodes_;
    int body_ = 0;
};

// Helpers shared by the extraction passes.
bool is_heading(GumboTag tag);
// Elements a paragraph's text sits in: the element itself is the paragraph, its parent the
// container that gathers the score.
bool is_paragraph_tag(GumboTag tag);

}  // namespace nangdok
