// Structured data: the schema.org article described by a page's JSON-LD scripts (also inside
// "@graph" and arrays). Takes the scripts' bodies (source_trim.hpp); returns the first article's
// fields, empty strings for what it does not give. A script that is not valid JSON is skipped
// (raw line breaks inside strings, common on news sites, are tolerated).
#pragma once

#include <string>
#include <vector>

namespace nangdok {

struct StructuredArticle {
    std::string headline;
    std::string body;       // articleBody as given: plain text, or markup on some sites
    std::string author;     // names joined with ", "
    std::string date;       // datePublished
    std::string publisher;  // publisher.name
};

StructuredArticle read_json_ld(const std::vector<std::string>& scripts);

}  // namespace nangdok
