#include "clean/block_cleaner.hpp"

#include <algorithm>

#include "clean/layout_line.hpp"
#include "core/line_tools.hpp"
#include "clean/page_metadata.hpp"
#include "clean/page_text.hpp"
#include "clean/safe_drops.hpp"
#include "clean/body_run.hpp"

namespace nangdok {
namespace {

PageLine prepared(const std::string& text) {
    const std::vector<PageLine> lines = page_lines(normalize_page_text(text));
    PageLine line;
    for (const PageLine& part : lines) {  // entities may have decoded to line breaks
        if (part.text.empty()) continue;
        line.text += (line.text.empty() ? "" : " ") + part.text;
        line.listed = line.listed || part.listed;
    }
    return line;
}

}  // namespace

CleanedPage clean_blocks(const std::vector<PageBlock>& blocks, std::string_view headline_text) {
    std::vector<PageLine> page;
    page.reserve(blocks.size());
    for (const PageBlock& block : blocks) page.push_back(prepared(block.text));

    LayoutLines lines = classify_lines(page);
    const std::size_t tail = drop_wherever_they_stand(lines);

    // Bylines and dates are metadata at the edges of the article; between its prose lines they
    // close a quoted statement and stay, as in clean_page.
    std::size_t first_prose = lines.size(), last_prose = 0;
    for (std::size_t i = 0; i < tail; ++i)
        if (lines[i].prose) first_prose = std::min(first_prose, i), last_prose = i;
    if (first_prose <= last_prose) keep_metadata_inside_body(lines, first_prose, std::min(tail, last_prose + 1));

    CleanedPage out;
    const std::string headline = strip_wrapping_quotes(fold_spaces(normalize_page_text(headline_text)));
    if (!headline.empty()) {
        out.article.paragraphs.push_back(headline);
        out.has_headline = true;
    }
    int body_chars = 0;
    std::string paragraph;
    auto close_paragraph = [&] {
        if (!paragraph.empty() && strip_wrapping_quotes(paragraph) != headline) out.article.paragraphs.push_back(paragraph);
        paragraph.clear();
    };
    for (std::size_t i = 0; i < tail; ++i) {
        if (!blocks[i].joins_previous) close_paragraph();
        const LayoutLine& line = lines[i];
        if (line.empty || line.dropped) continue;
        const std::string text = cut_inline_credits(strip_sentence_prefix(std::string(line.readable_text())));
        if (text.empty()) continue;
        paragraph += (paragraph.empty() ? "" : " ") + text;
        body_chars += line.signals.characters;
    }
    close_paragraph();

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty) continue;
        const bool kept = i < tail && !line.dropped;
        const Reason why = kept ? Reason::body : line.reason != Reason::none ? line.reason : Reason::after_tail;
        out.blocks.push_back({static_cast<int>(i) + 1, line.text(), kept, reason_name(why)});
    }
    read_metadata_lines(lines, out);
    if (out.outlet.empty())
        for (std::size_t i = 0; i < tail && out.outlet.empty(); ++i)
            if (lines[i].prose) out.outlet = outlet_from_dateline(lines[i].text());
    constexpr double kFullBodyChars = 600.0;
    out.confidence = body_chars == 0 ? 0.0 : std::min(1.0, 0.55 + 0.4 * std::min(1.0, body_chars / kFullBodyChars) +
                                                             (out.has_headline ? 0.05 : 0.0));
    return out;
}

}  // namespace nangdok
