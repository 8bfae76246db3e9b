#include "html/page_tree.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "html/class_hints.hpp"
#include "html/dropped_tags_table.hpp"

namespace nangdok {
namespace {

std::string_view attribute_of(const GumboNode* node, const char* name) {
    if (node->type != GUMBO_NODE_ELEMENT) return {};
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

bool contains_nocase(std::string_view haystack, std::string_view needle) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(haystack[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

bool dropped_tag(GumboTag tag) {
    return std::find(std::begin(html_tables::kDroppedTags), std::end(html_tables::kDroppedTags), tag) !=
           std::end(html_tables::kDroppedTags);
}

// Hidden from readers: the hidden attribute, display:none or visibility:hidden, aria-hidden.
bool hidden(const GumboNode* node) {
    const GumboVector& attributes = node->v.element.attributes;
    if (gumbo_get_attribute(&attributes, "hidden") != nullptr) return true;
    std::string style;
    for (char c : attribute_of(node, "style"))
        if (c != ' ') style.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
        return true;
    return attribute_of(node, "aria-hidden") == "true";
}

bool furniture_role(const GumboNode* node) {
    const std::string_view role = attribute_of(node, "role");
    if (role.empty()) return false;
    for (std::string_view r : html_tables::kDroppedRoles)
        if (role == r) return true;
    return false;
}

bool dropped(const GumboNode* node) {
    if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // SVG, MathML
    return dropped_tag(node->v.element.tag) || hidden(node) || furniture_role(node);
}

bool is_block_tag(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
        case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
        case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
        case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND:
        case GUMBO_TAG_LI: case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P:
        case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_XMP:
        case GUMBO_TAG_UNKNOWN:  // custom elements (<article-body>, <amp-…>) are mostly blocks
            return true;
        default:
            return false;
    }
}

}  // namespace

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

bool is_paragraph_tag(GumboTag tag) {
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || is_heading(tag);
}

PageTree::PageTree(const GumboNode* root) {
    // Pre-order with an explicit stack: (node, parent index).
    std::vector<std::pair<const GumboNode*, int>> stack{{root, -1}};
    while (!stack.empty()) {
        const auto [node, parent] = stack.back();
        stack.pop_back();
        PageNode entry;
        entry.node = node;
        entry.parent = parent;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            entry.is_text = true;
            nodes_.push_back(entry);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;  // comments
        const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                                         : &node->v.element.children;
        if (node->type != GUMBO_NODE_DOCUMENT) {
            if (dropped(node)) continue;
            const GumboTag tag = node->v.element.tag;
            entry.tag = tag;
            entry.block = is_block_tag(tag);
            entry.link = tag == GUMBO_TAG_A && !attribute_of(node, "href").empty();
            entry.class_name = attribute_of(node, "class");
            const std::string_view id = attribute_of(node, "id");
            entry.class_weight = class_weight(entry.class_name, id);
            entry.furniture = entry.class_weight <= 0 && furniture_hint(entry.class_name, id);
            const std::string_view itemprop = attribute_of(node, "itemprop");
            if (contains_nocase(itemprop, "articlebody")) entry.class_weight += 2 * kHintWeight;
            const bool exempt = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_A || tag == GUMBO_TAG_ARTICLE ||
                                tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_HTML || !itemprop.empty();
            entry.unlikely = !exempt && unlikely_candidate(entry.class_name, id);
            if (tag == GUMBO_TAG_BODY && body_ == 0) body_ = static_cast<int>(nodes_.size());
            if (entry.block && parent >= 0) nodes_[static_cast<std::size_t>(parent)].has_block_child = true;
        }
        const int index = static_cast<int>(nodes_.size());
        nodes_.push_back(entry);
        for (unsigned int k = children->length; k-- > 0;)
            stack.emplace_back(static_cast<const GumboNode*>(children->data[k]), index);
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) nodes_[i].end = static_cast<int>(i) + 1;
    for (std::size_t i = nodes_.size(); i-- > 1;) {
        PageNode& parent = nodes_[static_cast<std::size_t>(nodes_[i].parent)];
        parent.end = std::max(parent.end, nodes_[i].end);
    }
}

std::string_view PageTree::text(int i) const {
    const GumboNode* node = (*this)[i].node;
    return node->v.text.text == nullptr ? std::string_view() : std::string_view(node->v.text.text);
}

std::string_view PageTree::attribute(int i, const char* name) const { return attribute_of((*this)[i].node, name); }

std::vector<int> PageTree::children(int i) const {
    std::vector<int> out;
    for (int k = i + 1; k < (*this)[i].end; k = (*this)[k].end)
        if (!(*this)[k].is_text) out.push_back(k);
    return out;
}

}  // namespace nangdok
