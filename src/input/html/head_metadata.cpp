#include "html/head_metadata.hpp"

#include "core/line_tools.hpp"

#include <string_view>
#include <vector>

namespace nangdok {
namespace {

std::string_view attribute(const GumboNode* node, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}


// The text of an element's text children (a <title> holds only text).
std::string text_content(const GumboNode* node) {
    std::string text;
    const GumboVector& children = node->v.element.children;
    for (unsigned int k = 0; k < children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) text += child->v.text.text;
    }
    return fold_spaces(text);
}

void set_once(std::string& field, std::string_view value) {
    if (field.empty() && !value.empty()) field = fold_spaces(value);
}

void read_meta(const GumboNode* meta, HeadMetadata& out) {
    std::string key = lowered(attribute(meta, "property"));
    if (key.empty()) key = lowered(attribute(meta, "name"));
    if (key.empty()) key = lowered(attribute(meta, "itemprop"));
    const std::string_view content = attribute(meta, "content");
    if (key.empty() || content.empty()) return;
    if (key == "og:title" || key == "twitter:title") set_once(out.og_title, content);
    else if (key == "og:site_name" || key == "application-name") set_once(out.site_name, content);
    else if (key == "author" || key == "article:author" || key == "byl" || key == "dable:author") {
        if (content.find("://") == std::string_view::npos) set_once(out.author, content);
    } else if (key == "article:published_time" || key == "og:article:published_time" || key == "pubdate" ||
               key == "publishdate" || key == "date" || key == "datepublished" || key == "dc.date" ||
               key == "parsely-pub-date" || key == "sailthru.date") {
        set_once(out.date, content);
    }
}

}  // namespace

HeadMetadata read_head_metadata(const GumboNode* root) {
    HeadMetadata out;
    // <head> is a child of <html>, itself a child of the document; gumbo always builds both.
    std::vector<const GumboNode*> pending;
    const GumboVector& top = root->v.document.children;
    for (unsigned int k = 0; k < top.length; ++k) pending.push_back(static_cast<const GumboNode*>(top.data[k]));
    while (!pending.empty()) {
        const GumboNode* node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) continue;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_META) read_meta(node, out);
        else if (tag == GUMBO_TAG_TITLE && out.title.empty()) out.title = text_content(node);
        else if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_HEAD) {
            const GumboVector& children = node->v.element.children;
            for (unsigned int k = children.length; k-- > 0;)
                pending.push_back(static_cast<const GumboNode*>(children.data[k]));
        }
    }
    return out;
}

}  // namespace nangdok
