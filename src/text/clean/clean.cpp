#include "clean/clean.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "clean/article_layout.hpp"
#include "clean/hard_wraps.hpp"
#include "core/line_tools.hpp"
#include "clean/mojibake.hpp"
#include "clean/page_text.hpp"

namespace nangdok {

Article article_from_lines(std::string_view text) {
    Article article;
    for (std::string_view line : split_lines(text)) {
        std::string folded = fold_spaces(line);
        if (!folded.empty()) article.paragraphs.push_back(std::move(folded));
    }
    return article;
}

CleanedPage clean_page(std::string_view text) {
    // Mojibake first: normalising would drop the soft hyphen (byte 0xAD, as in 서 = BC AD) that the
    // repair needs.
    const std::optional<std::string> repaired = repair_mojibake_lines(text);
    const std::string normalized = normalize_page_text(repaired ? std::string_view(*repaired) : text);
    std::vector<PageLine> lines = page_lines(normalized);
    join_hard_wrapped_lines(lines);
    return lay_out_article(lines);
}

std::string doubt_about(const CleanedPage& page) {
    constexpr double kSureConfidence = 0.6;
    const std::size_t body = page.article.paragraphs.size() - (page.has_headline ? 1 : 0) - page.deck_lines;
    if (page.confidence >= kSureConfidence && !page.permissive && body >= 2) return {};
    // Nothing was dropped, so nothing can be missing: a short text typed in, a one-line note.
    if (std::all_of(page.blocks.begin(), page.blocks.end(), [](const BlockDecision& b) { return b.kept; })) return {};
    char confidence[8];
    std::snprintf(confidence, sizeof confidence, "%.2f", page.confidence);
    return std::string("confidence ") + confidence + (body < 2 ? ", one paragraph" : "") +
           (page.permissive ? ", no clear article body" : "");
}

Article clean_article(std::string_view text) { return clean_page(text).article; }

}  // namespace nangdok
