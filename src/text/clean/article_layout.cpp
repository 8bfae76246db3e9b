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

std::string headline_text(const LayoutLine& line) { return strip_wrapping_quotes(strip_headline_suffix(line.text())); }

void fill_metadata(const LayoutLines& lines, const std::vector<std::string>& body_sources, CleanedPage& page) {
    read_metadata_lines(lines, page);
    if (page.outlet.empty() && !body_sources.empty()) page.outlet = outlet_from_dateline(body_sources.front());
}

// How sure the cleaner is that it read the whole article and nothing else. Besides the body's
// size and the page's landmarks, prose left outside the body before the tail is a rival reading:
// the more of it, the likelier the wrong block was chosen (or the article was split).
double confidence_of(const CleanedPage& page, int body_chars, std::size_t body_paragraphs, bool found_copyright,
                     int rival_prose_chars) {
    constexpr double kFullBodyChars = 600.0;
    double c = 0.5 + 0.4 * std::min(1.0, body_chars / kFullBodyChars);
    if (page.has_headline) c += 0.05;
    if (found_copyright || !page.date.empty() || !page.byline.empty()) c += 0.05;
    // One paragraph is rarely a whole article: more often the rest was taken for chrome.
    if (body_paragraphs < 2) c -= 0.2;
    if (page.permissive) c *= 0.5;
    if (body_chars > 0) c *= static_cast<double>(body_chars) / (body_chars + rival_prose_chars);
    if (body_chars == 0) c = 0.0;
    return std::clamp(c, 0.0, 1.0);
}

// A lone word the page also uses in another line ("디지털데일리" beside "[디지털데일리 홍길동기자]",
// "뉴스룸" printed twice) is a name or an image's alt text; a word found nowhere else is a heading.
bool said_elsewhere(const LayoutLines& lines, std::size_t i) {
    const std::string& word = lines[i].text();
    constexpr std::size_t kReach = 40;  // lines either side: a page's own chrome sits near
    const std::size_t from = i > kReach ? i - kReach : 0, to = std::min(lines.size(), i + kReach + 1);
    for (std::size_t k = from; k < to; ++k)
        if (k != i && !lines[k].empty && lines[k].text().find(word) != std::string::npos) return true;
    return false;
}

// The lead's own first word in brackets, one word without spaces or '=' ("[한빛월드] 오늘날 …"), is
// the outlet's tag: cut like a dateline. A column's label ("[한빛=김지은의 문화산책]") stays.
std::string without_outlet_tag(const std::string& paragraph) {
    constexpr std::size_t kMaxTagBytes = 40, kMinRestBytes = 40;
    if (!paragraph.starts_with('[')) return paragraph;
    const std::size_t close = paragraph.find(']');
    if (close == std::string::npos || close > kMaxTagBytes || close + 1 >= paragraph.size() || paragraph[close + 1] != ' ')
        return paragraph;
    const std::string_view tag(paragraph.data() + 1, close - 1);
    if (tag.empty() || tag.find_first_of(" =") != std::string_view::npos || paragraph.size() - close - 2 < kMinRestBytes)
        return paragraph;
    return paragraph.substr(close + 2);
}

// The headline again, or most of it: "제목" or "[사이트] 제목" cut at its quotation.
bool repeats_headline(const std::string& paragraph, const std::string& headline) {
    constexpr std::size_t kMinSharePercent = 60;
    if (paragraph == headline) return true;
    const std::string& shorter = paragraph.size() < headline.size() ? paragraph : headline;
    const std::string& longer = paragraph.size() < headline.size() ? headline : paragraph;
    return shorter.size() * 100 >= longer.size() * kMinSharePercent && longer.find(shorter) != std::string::npos;
}

// Suspect lines (notices about the page) that the body run did not take in are chrome.
void drop_suspects_outside(LayoutLines& lines, const BodyRun& run) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].suspect && !lines[i].dropped && (i < run.begin || i >= run.end)) lines[i].drop(Reason::ui);
}

}  // namespace

CleanedPage lay_out_article(const std::vector<PageLine>& page_lines) {
    LayoutLines lines = classify_lines(page_lines);
    const std::size_t tail = drop_wherever_they_stand(lines);

    const bool found_copyright = tail < lines.size();
    const BodyRun run = find_body_run(lines, tail);
    drop_suspects_outside(lines, run);
    keep_metadata_inside_body(lines, run.begin, run.end);

    CleanedPage page;
    ArticleHead head = find_head(lines, run.found() ? run.begin : tail, tail);
    std::vector<std::size_t> body;
    auto in_head = [&](std::size_t i) {
        return static_cast<std::ptrdiff_t>(i) == head.headline ||
               std::find(head.decks.begin(), head.decks.end(), i) != head.decks.end();
    };
    auto kept_line = [&](std::size_t i) { return !lines[i].empty && !lines[i].dropped && !in_head(i); };
    int body_chars = 0;
    for (std::size_t i = run.begin; i < run.end; ++i)
        if (kept_line(i)) {
            body.push_back(i);
            body_chars += lines[i].signals.characters;
        }

    constexpr int kMinBodyChars = 40;
    if (body_chars < kMinBodyChars) {
        // Too little prose for a strict reading: keep every line no rule dropped, in page order
        // (a deck would jump ahead of the lines above it), rather than reading nothing, and say
        // so through the confidence.
        head.decks.clear();
        const std::vector<bool> menu = menu_lines(lines, tail);
        body.clear();
        for (std::size_t i = 0; i < tail; ++i) {
            if (menu[i] && !lines[i].dropped) lines[i].drop(Reason::menu);
            if (kept_line(i) || static_cast<std::ptrdiff_t>(i) == head.headline) body.push_back(i);
        }
        if (!body.empty()) {
            head.headline = static_cast<std::ptrdiff_t>(body.front());
            body.erase(body.begin());
        }
        page.permissive = true;
    }

    std::vector<Reason> decided(lines.size(), Reason::none);
    std::string headline;
    if (head.headline >= 0) {
        headline = headline_text(lines[static_cast<std::size_t>(head.headline)]);
        page.article.paragraphs.push_back(headline);
        page.has_headline = true;
        decided[static_cast<std::size_t>(head.headline)] = Reason::headline;
    }
    for (std::size_t i : head.decks) {
        page.article.paragraphs.push_back(lines[i].text());
        decided[i] = Reason::deck;
    }
    page.deck_lines = head.decks.size();
    std::vector<std::string> sources;
    body_chars = 0;
    // A sentence signed by a reporter with more article after it is a photo caption; a lone word
    // between paragraphs (the outlet's name, an image's alt text, a keyword) is a label, unless it
    // signs a statement under its date.
    auto signs_under_a_date = [&](std::size_t i) {
        while (i > 0 && lines[i - 1].empty) --i;
        return i > 0 && (lines[i - 1].kind == LineKind::date || lines[i - 1].kind == LineKind::byline);
    };
    std::erase_if(body, [&](std::size_t i) {
        constexpr int kMaxLabelChars = 12;
        const ProseSignals& s = lines[i].signals;
        if (i != body.back() && ends_with_reporter_credit(lines[i].text())) lines[i].drop(Reason::caption);
        else if (s.words == 1 && s.characters <= kMaxLabelChars && !s.ends_like_sentence && !signs_under_a_date(i) &&
                 said_elsewhere(lines, i))
            lines[i].drop(Reason::label);
        return lines[i].dropped;
    });
    int decided_body = 0;
    for (std::size_t i : body) {
        sources.push_back(lines[i].text());
        std::string paragraph = spoken_paragraph(std::string(lines[i].readable_text()));
        if (paragraph.empty()) {
            decided[i] = Reason::empty_after_cut;
            continue;
        }
        // A headline repeated inside the body container, whole or cut short, is read once.
        if (page.has_headline && repeats_headline(strip_wrapping_quotes(paragraph), headline)) {
            decided[i] = Reason::headline_copy;
            continue;
        }
        if (decided_body == 0) paragraph = without_outlet_tag(paragraph);
        ++decided_body;
        decided[i] = Reason::body;
        body_chars += lines[i].signals.characters;
        page.article.paragraphs.push_back(std::move(paragraph));
    }
    fill_metadata(lines, sources, page);
    const std::size_t body_paragraphs = page.article.paragraphs.size() - (page.has_headline ? 1 : 0) - page.deck_lines;
    int rival_prose_chars = 0;
    for (std::size_t i = 0; i < tail; ++i)
        if (lines[i].prose && decided[i] == Reason::none) rival_prose_chars += lines[i].signals.characters;
    page.confidence = confidence_of(page, body_chars, body_paragraphs, found_copyright, rival_prose_chars);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty) continue;
        Reason why = decided[i];
        const bool kept = why == Reason::headline || why == Reason::deck || why == Reason::body;
        if (why == Reason::none) why = line.reason != Reason::none ? line.reason : i >= tail ? Reason::after_tail : Reason::outside_body;
        page.blocks.push_back({static_cast<int>(i) + 1, line.text(), kept, reason_name(why)});
    }
    return page;
}

}  // namespace nangdok
