#include "html/gumbo_document.hpp"

#include <stdexcept>

namespace nangdok {
namespace {

GumboOptions options(bool fragment) {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;  // we never report parse errors: recording them costs time and memory
    if (fragment) o.fragment_context = GUMBO_TAG_DIV;
    return o;
}

}  // namespace

void GumboDocument::Destroy::operator()(GumboOutput* output) const {
    const GumboOptions o = options(false);
    gumbo_destroy_output(&o, output);
}

GumboDocument::GumboDocument(std::string html) : GumboDocument(std::move(html), false) {}

GumboDocument GumboDocument::fragment(std::string html) { return GumboDocument(std::move(html), true); }

GumboDocument::GumboDocument(std::string html, bool as_fragment) : html_(std::make_unique<std::string>(std::move(html))) {
    const GumboOptions o = options(as_fragment);
    output_.reset(gumbo_parse_with_options(&o, html_->data(), html_->size()));
    if (!output_) throw std::runtime_error("the HTML parser ran out of memory");
}

}  // namespace nangdok
