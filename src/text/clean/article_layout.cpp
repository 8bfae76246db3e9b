#include "clean/article_layout.hpp"

#include <algorithm>
#include <string>

#include "clean/body_run.hpp"
#include "clean/head_zone.hpp"
#include "clean/layout_line.hpp"
#include "clean/line_rules.hpp"
#include "clean/page_metadata.hpp"
#include "clean/safe_drops.hpp"

namespace nangdok {
namespace {

std::string spoken_paragraph(const std::string& text) {
    return cut_inline_credits(strip_sentence_prefix(text));
}

void fill_metadata(const LayoutLines& lines, const std::vector<std::string>& body_sources, CleanedPage& page) {
    for (const LayoutLine& line : lines) {
        if (line.empty) continue;
        if (page.outlet.empty() && line.kind == LineKind::copyright) page.outlet = outlet_from_copyright(line.text());
        if (page.byline.empty() && line.kind == LineKind::byline) page.byline = byline_from_line(line.text());
        // ndsoft pages put the date on the byline line ("기자명 박찬 기자 입력 2025.06.18 18:05").
        if (page.date.empty() && (line.kind == LineKind::date || line.kind == LineKind::byline))
            page.date = date_from_line(line.text());
    }
    if (page.outlet.empty() && !body_sources.empty()) page.outlet = outlet_from_dateline(body_sources.front());
}

double confidence_of(const CleanedPage& page, int body_chars, bool found_copyright) {
    constexpr double kFullBodyChars = 600.0;
    double c = 0.5 + 0.4 * std::min(1.0, body_chars / kFullBodyChars);
    if (page.has_headline) c += 0.05;
    if (found_copyright || !page.date.empty() || !page.byline.empty()) c += 0.05;
    if (page.permissive) c *= 0.5;
    if (body_chars == 0) c = 0.0;
    return std::clamp(c, 0.0, 1.0);
}

}  // namespace

CleanedPage lay_out_article(const std::vector<PageLine>& page_lines) {
    LayoutLines lines = classify_lines(page_lines);
    drop_summary_boxes(lines);
    drop_listed_headlines(lines);
    drop_ime_captions(lines);
    drop_caption_titles(lines);
    drop_earlier_copies(lines);

    const std::size_t tail = tail_start(lines);
    const bool found_copyright = tail < lines.size();
    const BodyRun run = find_body_run(lines, tail);
    // Bylines and dates are risky rules: inside the body they close a quoted statement and stay.
    for (std::size_t i = run.begin; i < run.end; ++i)
        if (lines[i].kind == LineKind::byline || lines[i].kind == LineKind::date) lines[i].dropped = false;

    CleanedPage page;
    ArticleHead head = find_head(lines, run.found() ? run.begin : tail);
    std::string headline =
        head.headline >= 0
            ? strip_wrapping_quotes(strip_headline_suffix(lines[static_cast<std::size_t>(head.headline)].text()))
            : "";
    if (head.deck >= 0 && strip_wrapping_quotes(lines[static_cast<std::size_t>(head.deck)].text()) == headline)
        head.deck = -1;

    auto body_line = [&](std::size_t i) {
        const LayoutLine& line = lines[i];
        return !line.empty && !line.dropped && static_cast<std::ptrdiff_t>(i) != head.headline &&
               static_cast<std::ptrdiff_t>(i) != head.deck;
    };
    std::vector<std::size_t> body;
    int body_chars = 0;
    for (std::size_t i = run.begin; i < run.end; ++i)
        if (body_line(i)) {
            body.push_back(i);
            body_chars += lines[i].signals.characters;
        }

    constexpr int kMinBodyChars = 40;
    if (body_chars < kMinBodyChars) {
        // Too little prose for a strict reading: keep every line no rule dropped, in page order
        // (a deck would jump ahead of the lines above it), rather than reading nothing, and say
        // so through the confidence.
        head.deck = -1;
        const std::vector<bool> menu = menu_lines(lines, tail);
        body.clear();
        for (std::size_t i = 0; i < tail; ++i)
            if ((body_line(i) || static_cast<std::ptrdiff_t>(i) == head.headline) && !menu[i]) body.push_back(i);
        if (!body.empty()) {
            head.headline = static_cast<std::ptrdiff_t>(body.front());
            body.erase(body.begin());
        }
        page.permissive = true;
    }

    if (page.permissive && head.headline >= 0)
        headline = strip_wrapping_quotes(strip_headline_suffix(lines[static_cast<std::size_t>(head.headline)].text()));
    if (head.headline >= 0) {
        page.article.paragraphs.push_back(headline);
        page.has_headline = true;
    }
    if (head.deck >= 0) {
        page.article.paragraphs.push_back(lines[static_cast<std::size_t>(head.deck)].text());
        page.has_deck = true;
    }
    std::vector<std::string> sources;
    body_chars = 0;
    for (std::size_t i : body) {
        sources.push_back(lines[i].text());
        std::string paragraph = spoken_paragraph(lines[i].text());
        // A headline repeated inside the body container is read once, as the headline.
        if (paragraph.empty() || (page.has_headline && strip_wrapping_quotes(paragraph) == headline)) continue;
        body_chars += lines[i].signals.characters;
        page.article.paragraphs.push_back(std::move(paragraph));
    }
    fill_metadata(lines, sources, page);
    page.confidence = confidence_of(page, body_chars, found_copyright);
    return page;
}

}  // namespace nangdok
