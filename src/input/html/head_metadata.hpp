// What a page's <head> says about it: <title>, and the <meta> tags publishers fill for link
// previews and search engines (Open Graph og:title and og:site_name, twitter:title, author,
// article:published_time and its variants). Values are as written, white space folded.
#pragma once

#include <string>

#include <gumbo.h>

namespace nangdok {

struct HeadMetadata {
    std::string title;      // <title>
    std::string og_title;   // og:title, else twitter:title
    std::string site_name;  // og:site_name, else application-name
    std::string author;     // author, article:author, byl (a URL is not a name and is skipped)
    std::string date;       // article:published_time, pubdate, date, …
};

// Reads the <head> of a parsed document (the root GumboDocument::root() gives).
HeadMetadata read_head_metadata(const GumboNode* document_root);

}  // namespace nangdok
