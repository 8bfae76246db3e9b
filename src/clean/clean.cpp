#include "clean/clean.hpp"

#include "clean/line_tools.hpp"

namespace nangdok {

Article article_from_lines(std::string_view text) {
    Article article;
    for (std::string_view line : split_lines(text)) {
        std::string folded = fold_spaces(line);
        if (!folded.empty()) article.paragraphs.push_back(std::move(folded));
    }
    return article;
}

// First version: the page-chrome rules come with the cleaner issue.
Article clean_article(std::string_view text) { return article_from_lines(text); }

}  // namespace nangdok
