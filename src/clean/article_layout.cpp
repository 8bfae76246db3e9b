#include "clean/article_layout.hpp"

#include <algorithm>
#include <string>

#include "clean/boilerplate_rules.hpp"
#include "clean/ime_garbage.hpp"
#include "clean/korean_signals.hpp"
#include "clean/line_rules.hpp"
#include "clean/near_duplicates.hpp"
#include "clean/page_metadata.hpp"

namespace nangdok {
namespace {

struct Line {
    const PageLine* page = nullptr;
    LineKind kind = LineKind::text;
    ProseSignals signals;
    bool empty = true;
    bool prose = false;
    bool dropped = false;

    const std::string& text() const { return page->text; }
};

using Lines = std::vector<Line>;

Lines classify(const std::vector<PageLine>& page) {
    Lines lines(page.size());
    for (std::size_t i = 0; i < page.size(); ++i) {
        Line& line = lines[i];
        line.page = &page[i];
        line.empty = page[i].text.empty();
        if (line.empty) continue;
        line.kind = classify_line(page[i].text);
        line.signals = measure_prose(page[i].text);
        line.dropped = line.kind != LineKind::text;
        line.prose = !line.dropped && looks_like_prose(line.signals);
    }
    return lines;
}

// A summary box is its label followed by indented or bulleted items; they repeat the body.
void drop_summary_boxes(Lines& lines) {
    constexpr int kMaxBoxItems = 6;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::summary_label) continue;
        int items = 0;
        for (std::size_t j = i + 1; j < lines.size() && items < kMaxBoxItems; ++j) {
            Line& item = lines[j];
            if (item.empty) continue;
            const bool box_item = item.page->listed && (item.kind == LineKind::text || item.kind == LineKind::summary_label);
            if (!box_item) break;
            item.dropped = true;
            item.prose = false;
            ++items;
        }
    }
}

// Under a related-article or most-read header come other stories' headlines.
void drop_listed_headlines(Lines& lines) {
    constexpr int kMaxHeadlineChars = 60;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::list_header) continue;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            Line& item = lines[j];
            if (item.empty || item.dropped) continue;
            if (item.prose || item.signals.characters > kMaxHeadlineChars) break;
            item.dropped = true;
        }
    }
}

// IME garbage before the first clean prose line belongs to a hand-typed photo caption.
void drop_ime_captions(Lines& lines) {
    for (Line& line : lines) {
        if (line.empty || line.dropped) continue;
        if (has_ime_garbage(line.text())) {
            line.dropped = true;
            line.prose = false;
            line.kind = LineKind::caption;
        } else if (line.prose) {
            return;
        }
    }
}

// A credit on a line of its own ("[연합뉴스 자료사진]") closes a caption whose text is the short
// line above it ("부산항 신항 컨테이너 부두").
void drop_caption_titles(Lines& lines) {
    constexpr int kMaxCreditChars = 30, kMaxCaptionTitleChars = 80;
    std::ptrdiff_t previous = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        if (line.empty) continue;
        const bool credit_alone = line.kind == LineKind::caption && line.signals.characters <= kMaxCreditChars &&
                                  (line.text().starts_with('[') || line.text().starts_with('('));
        if (credit_alone && previous >= 0) {
            Line& title = lines[static_cast<std::size_t>(previous)];
            if (!title.dropped && !title.prose && title.signals.characters <= kMaxCaptionTitleChars) {
                title.dropped = true;
                title.kind = LineKind::caption;
            }
        }
        previous = static_cast<std::ptrdiff_t>(i);
    }
}

void drop_earlier_copies(Lines& lines) {
    std::vector<std::string> texts(lines.size());
    std::vector<bool> candidates(lines.size()), witnesses(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        if (line.empty || line.dropped) continue;
        texts[i] = line.text();
        candidates[i] = line.signals.sentence_endings >= 1;
        witnesses[i] = true;
    }
    const std::vector<bool> copies = earlier_copies(texts, candidates, witnesses);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (copies[i]) {
            lines[i].dropped = true;
            lines[i].prose = false;
        }
}

std::size_t first_prose(const Lines& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].prose) return i;
    return lines.size();
}

// The publisher's copyright line after the body has begun, or a comment section after a few
// paragraphs of it: from there on everything is tail.
std::size_t tail_start(const Lines& lines) {
    constexpr int kProseBeforeComments = 2;
    int prose_seen = 0;
    for (std::size_t i = first_prose(lines); i < lines.size(); ++i) {
        if (lines[i].kind == LineKind::copyright) return i;
        if (lines[i].kind == LineKind::tail_anchor && prose_seen >= kProseBeforeComments) return i;
        if (lines[i].prose) ++prose_seen;
    }
    return lines.size();
}

// How much a line argues for or against being inside the article body.
int body_weight(const Line& line) {
    if (line.empty) return 0;
    if (line.prose) return line.signals.characters;
    switch (line.kind) {
        case LineKind::list_header:
        case LineKind::tail_anchor: return -100;
        case LineKind::tail:
        case LineKind::copyright: return -50;
        case LineKind::byline:
        case LineKind::date: return -30;
        case LineKind::text: if (!line.dropped) return -std::clamp(line.signals.characters / 2, 3, 20); break;
        default: break;
    }
    return -10;
}

struct Run {
    std::size_t begin = 0, end = 0;  // [begin, end)
    bool found() const { return end > begin; }
};

// The contiguous stretch with the highest total weight (Kadane): prose adds its length, chrome
// between paragraphs costs a little, bylines, tails and list headers cost a lot.
Run best_body_run(const Lines& lines, std::size_t limit) {
    Run best, current;
    long best_sum = 0, sum = 0;
    for (std::size_t i = 0; i < limit; ++i) {
        const int w = body_weight(lines[i]);
        if (sum <= 0) {
            if (w <= 0) continue;
            sum = 0;
            current.begin = i;
        }
        sum += w;
        if (sum > best_sum) {
            best_sum = sum;
            best = {current.begin, i + 1};
        }
    }
    return best;
}

// A related-article box in the middle of the article (header, then other stories' headlines)
// costs the run more than a short lead or closing paragraph weighs, so Kadane alone would cut
// that paragraph off. The run is extended over such a box to the prose beyond it; any other line
// (metadata, copyright, an unknown short line) stops the extension.
Run extend_over_related_boxes(const Lines& lines, Run run, std::size_t limit) {
    auto gap_kind_allowed = [&](const Line& line) {
        return line.empty || (line.dropped && (line.kind == LineKind::text || line.kind == LineKind::ui ||
                                               line.kind == LineKind::caption || line.kind == LineKind::list_header));
    };
    for (bool moved = true; moved && run.found();) {
        moved = false;
        bool saw_header = false;
        for (std::size_t i = run.begin; i-- > 0;) {
            const Line& line = lines[i];
            if (line.prose && saw_header) {
                run.begin = i;
                moved = true;
                break;
            }
            if (!gap_kind_allowed(line)) break;
            saw_header = saw_header || line.kind == LineKind::list_header;
        }
        saw_header = false;
        for (std::size_t i = run.end; i < limit; ++i) {
            const Line& line = lines[i];
            if (line.prose && saw_header) {
                run.end = i + 1;
                moved = true;
                break;
            }
            if (!gap_kind_allowed(line)) break;
            saw_header = saw_header || line.kind == LineKind::list_header;
        }
    }
    return run;
}

bool is_short_item(const Line& line) {
    constexpr int kMaxMenuChars = 15;
    return line.signals.words <= 2 && line.signals.characters < kMaxMenuChars && !line.signals.ends_like_sentence;
}

// Navigation menus: three or more short items in a row (dropped chrome between them neither
// breaks nor extends the run).
std::vector<bool> menu_lines(const Lines& lines, std::size_t limit) {
    constexpr int kMinMenuItems = 3;
    std::vector<bool> menu(lines.size(), false);
    std::vector<std::size_t> run;
    auto close_run = [&] {
        if (run.size() >= kMinMenuItems)
            for (std::size_t k : run) menu[k] = true;
        run.clear();
    };
    for (std::size_t i = 0; i < limit; ++i) {
        const Line& line = lines[i];
        if (line.empty || line.dropped) continue;
        if (is_short_item(line)) run.push_back(i);
        else close_run();
    }
    close_run();
    return menu;
}

bool reads_like_ui_label(const Line& line) {
    constexpr int kMaxLabelChars = 30;
    if (line.signals.characters > kMaxLabelChars) return false;
    for (std::string_view ending : clean_rules::kUiLabelEndings)
        if (line.text().ends_with(ending)) return true;
    return false;
}

bool has_hangul(std::string_view s) {
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xEA && b <= 0xED) return true;
    }
    return false;
}

struct Head {
    std::ptrdiff_t headline = -1, deck = -1;
};

// The headline is the title line just above the byline/date block (or the first title line when
// the page has none); the deck is a later short title line before the body.
bool could_be_deck(const Line& line) {
    constexpr int kMinDeckChars = 10, kMaxDeckChars = 120, kMinDeckWords = 3;
    const ProseSignals& s = line.signals;
    return s.characters >= kMinDeckChars && s.characters <= kMaxDeckChars && s.words >= kMinDeckWords &&
           s.sentence_endings == 0 && has_hangul(line.text());
}

// Stricter than looks_like_title: used where an unknown toolbar line above the real headline
// would otherwise push the headline down to the deck.
bool looks_like_headline(const Line& line) {
    constexpr int kMinHeadlineChars = 10, kMinHeadlineWords = 3;
    return line.signals.characters >= kMinHeadlineChars && line.signals.words >= kMinHeadlineWords &&
           has_hangul(line.text());
}

// The non-empty line before i, or -1.
std::ptrdiff_t previous_non_empty(const Lines& lines, std::size_t i) {
    while (i > 0)
        if (!lines[--i].empty) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

Head find_head(const Lines& lines, std::size_t body_begin) {
    const std::vector<bool> menu = menu_lines(lines, body_begin);
    std::vector<std::size_t> titles;
    std::vector<bool> is_title(lines.size(), false);
    std::ptrdiff_t first_meta = -1;
    for (std::size_t i = 0; i < body_begin; ++i) {
        const Line& line = lines[i];
        if ((line.kind == LineKind::byline || line.kind == LineKind::date) && first_meta < 0)
            first_meta = static_cast<std::ptrdiff_t>(i);
        if (line.empty || line.dropped || menu[i] || reads_like_ui_label(line) ||
            !looks_like_title(line.text(), line.signals))
            continue;
        titles.push_back(i);
        is_title[i] = true;
    }
    Head head;
    if (titles.empty()) return head;
    // Prefer lines with a headline's length: a stray two-word label ("경향신문 홈") is a title too.
    auto pick = [&](auto first, auto last) {
        std::ptrdiff_t any = -1;
        for (auto it = first; it != last; ++it) {
            if (looks_like_headline(lines[*it])) return static_cast<std::ptrdiff_t>(*it);
            if (any < 0) any = static_cast<std::ptrdiff_t>(*it);
        }
        return any;
    };
    if (first_meta >= 0) {
        std::vector<std::size_t> before_meta;
        for (std::size_t t : titles)
            if (static_cast<std::ptrdiff_t>(t) < first_meta) before_meta.push_back(t);
        head.headline = pick(before_meta.rbegin(), before_meta.rend());
        // Title and deck stacked right above the byline/date block: the first is the headline.
        if (head.headline >= 0) {
            const std::ptrdiff_t above = previous_non_empty(lines, static_cast<std::size_t>(head.headline));
            if (above >= 0 && is_title[static_cast<std::size_t>(above)] && looks_like_headline(lines[static_cast<std::size_t>(above)]) &&
                could_be_deck(lines[static_cast<std::size_t>(head.headline)])) {
                head.deck = head.headline;
                head.headline = above;
                return head;
            }
        }
    }
    if (head.headline < 0) head.headline = pick(titles.begin(), titles.end());

    // Otherwise a deck is the title line nearest the body, below the headline.
    const std::size_t nearest = titles.back();
    if (static_cast<std::ptrdiff_t>(nearest) > head.headline && could_be_deck(lines[nearest]))
        head.deck = static_cast<std::ptrdiff_t>(nearest);
    return head;
}

std::string spoken_paragraph(const std::string& text) {
    return cut_inline_credits(strip_sentence_prefix(text));
}

void fill_metadata(const Lines& lines, const std::vector<std::string>& body_sources, CleanedPage& page) {
    for (const Line& line : lines) {
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
    Lines lines = classify(page_lines);
    drop_summary_boxes(lines);
    drop_listed_headlines(lines);
    drop_ime_captions(lines);
    drop_caption_titles(lines);
    drop_earlier_copies(lines);

    const std::size_t tail = tail_start(lines);
    const bool found_copyright = tail < lines.size();
    const Run run = extend_over_related_boxes(lines, best_body_run(lines, tail), tail);
    // Bylines and dates are risky rules: inside the body they close a quoted statement and stay.
    for (std::size_t i = run.begin; i < run.end; ++i)
        if (lines[i].kind == LineKind::byline || lines[i].kind == LineKind::date) lines[i].dropped = false;

    CleanedPage page;
    Head head = find_head(lines, run.found() ? run.begin : tail);
    std::string headline =
        head.headline >= 0
            ? strip_wrapping_quotes(strip_headline_suffix(lines[static_cast<std::size_t>(head.headline)].text()))
            : "";
    if (head.deck >= 0 && strip_wrapping_quotes(lines[static_cast<std::size_t>(head.deck)].text()) == headline)
        head.deck = -1;

    auto body_line = [&](std::size_t i) {
        const Line& line = lines[i];
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
