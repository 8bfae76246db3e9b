// The HTML5 parser (gumbo, Debian's libgumbo-dev) behind one owning handle.
//
// Gumbo builds the tree a browser builds, by the WHATWG tree-construction rules, from any bytes:
// unclosed tags, stray end tags and misnested formatting all come out as in a browser's DOM, which
// is what publishers' markup is tested against. It takes UTF-8 (invalid bytes become U+FFFD) and
// never fails. libxml2's HTML parser, the other Debian choice, follows HTML 4 error recovery and
// builds different trees for the same misnested markup.
#pragma once

#include <memory>
#include <string>

#include <gumbo.h>

namespace nangdok {

class GumboDocument {
public:
    // Parses a whole document. The markup is copied: the tree's text points into the copy.
    explicit GumboDocument(std::string html);
    // Parses a fragment as the content of a <div> (markup inside a JSON-LD articleBody).
    static GumboDocument fragment(std::string html);

    const GumboNode* root() const { return output_->root; }

private:
    GumboDocument(std::string html, bool as_fragment);

    struct Destroy {
        void operator()(GumboOutput* output) const;
    };
    std::unique_ptr<std::string> html_;  // stable address for the tree's text pointers
    std::unique_ptr<GumboOutput, Destroy> output_;
};

}  // namespace nangdok
