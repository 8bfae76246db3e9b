#include "clean/safe_drops.hpp"

#include <string>
#include <unordered_map>

#include "clean/body_run.hpp"
#include "clean/ime_garbage.hpp"
#include "clean/line_shapes.hpp"
#include "clean/near_duplicates.hpp"

namespace nangdok {

namespace {

// The sentences right under a summary label, not marked as list items: a box when some of them
// recur later on the page (the rest repeat what the copy of the page did not reach).
void drop_unmarked_box_items(LayoutLines& lines, std::size_t label) {
    constexpr int kMaxBoxItems = 6;
    std::vector<std::size_t> items;
    bool repeats_the_body = false;
    for (std::size_t j = label + 1; j < lines.size() && items.size() < kMaxBoxItems; ++j) {
        const LayoutLine& item = lines[j];
        if (item.empty) continue;
        const bool copy = item.reason == Reason::duplicate;
        const bool sentence = !item.dropped && item.kind == LineKind::text && item.signals.sentence_endings >= 1;
        if (!copy && !sentence) break;
        repeats_the_body = repeats_the_body || copy;
        items.push_back(j);
    }
    if (!repeats_the_body) return;
    for (std::size_t j : items) {
        lines[j].reason = Reason::none;
        lines[j].drop(Reason::summary);
    }
}

// "ⓒ Getty Images Bank" before more paragraphs credits a photo; the publisher's copyright line
// names its rights ("무단 전재 금지", "All rights reserved") or ends the page.
// A paragraph whose last sentence carries a photo credit ("… 요청했다. [한빛시 제공]") rather than a
// caption: once the credit is cut, two sentences or a long one remain. The credit is cut on output.
bool is_paragraph_with_glued_credit(const std::string& text) {
    constexpr int kMinParagraphChars = 100;
    const std::string rest = cut_inline_credits(text);
    if (rest.size() == text.size()) return false;
    const ProseSignals s = measure_prose(rest);
    return s.ends_like_sentence && (s.sentence_endings >= 2 || s.characters >= kMinParagraphChars);
}

// Short, and naming no rights: "ⓒ 한빛일보 홍길동 기자" credits a photo; a copyright line names its rights.
bool reads_as_credit(const LayoutLine& line) {
    constexpr int kMaxCreditChars = 30;
    if (line.signals.characters > kMaxCreditChars) return false;
    for (std::string_view rights : {"무단", "금지", "저작권", "eserved", "opyright", "OPYRIGHT", "(c)", "(C)"})
        if (line.text().find(rights) != std::string::npos) return false;
    return true;
}

bool is_photo_credit(const LayoutLines& lines, std::size_t i) {
    constexpr int kMinProseAfter = 2;
    if (!reads_as_credit(lines[i])) return false;
    int prose_after = 0;
    for (std::size_t k = i + 1; k < lines.size() && prose_after < kMinProseAfter; ++k) {
        // Two pictures in a row leave two credits; only a line naming rights ends the article.
        if (lines[k].kind == LineKind::copyright && !reads_as_credit(lines[k])) return false;
        if (lines[k].prose) ++prose_after;
    }
    return prose_after >= kMinProseAfter;
}

}  // namespace

LayoutLines classify_lines(const std::vector<PageLine>& page) {
    LayoutLines lines(page.size());
    for (std::size_t i = 0; i < page.size(); ++i) {
        LayoutLine& line = lines[i];
        line.page = &page[i];
        line.empty = page[i].text.empty();
        if (line.empty) continue;
        const std::string& text = page[i].text;
        line.kind = classify_line(text);
        if (line.kind == LineKind::copyright) {
            line.glued_tail_at = glued_copyright_offset(text);
            if (line.glued_tail_at != std::string::npos) line.kind = LineKind::text;
        }
        if (line.kind == LineKind::caption && !has_ime_garbage(text) && is_paragraph_with_glued_credit(text))
            line.kind = LineKind::text;
        // Measured without a sign-off glued to its end ("…등이다. 홍길동 기자 hong@…"), which would
        // hide that the paragraph ends a sentence; only a line that does not already end one pays
        // for the regular expressions.
        line.signals = measure_prose(line.readable_text());
        if (!line.signals.ends_like_sentence) {
            const std::string cut = cut_inline_credits(line.readable_text());
            if (cut.size() != line.readable_text().size()) line.signals = measure_prose(cut);
        }
        if (line.kind == LineKind::text && looks_like_breadcrumb(text)) line.kind = LineKind::ui;
        // A speaker's line ("홍길동 기자 :") names who speaks next, inside the body too: a label, not
        // metadata that the body keeps.
        const bool speaker = line.kind == LineKind::text && is_speaker_label(text, line.signals);
        if (line.kind == LineKind::text && !speaker && looks_like_metadata(text, line.signals))
            line.kind = names_a_reporter(text) ? LineKind::byline : LineKind::date;
        if (line.kind != LineKind::text) line.drop(reason_for(line.kind));
        else if (speaker || is_bracketed_label(text, line.signals)) line.drop(Reason::label);
        line.suspect = !line.dropped && addresses_reader_about_page(text, line.signals);
        line.prose = !line.dropped && !line.suspect && looks_like_prose(line.signals);
    }
    // A short line printed twice word for word, not ending with a period, is a title shown twice
    // (<title> and <h1>, "…돌파구?"): not prose, and not a copy to drop; the head zone decides
    // which copy is the headline.
    constexpr int kMaxTitleChars = 80;
    std::unordered_map<std::string_view, int> printed;
    for (const LayoutLine& line : lines)
        if (!line.empty) ++printed[line.text()];
    for (LayoutLine& line : lines) {
        if (line.empty || line.dropped) continue;
        line.repeated_title = printed[line.text()] > 1 && line.signals.characters <= kMaxTitleChars &&
                              line.signals.sentence_endings <= 1 && !line.text().ends_with('.');
        if (line.repeated_title) line.prose = false;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].kind == LineKind::copyright && is_photo_credit(lines, i)) {
            lines[i].kind = LineKind::caption;
            lines[i].reason = Reason::caption;
    }
    return lines;
}


// A summary box is its label followed by indented or bulleted items, or by sentences that recur
// in the body.
void drop_summary_boxes(LayoutLines& lines) {
    constexpr int kMaxBoxItems = 6;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::summary_label) continue;
        int items = 0;
        for (std::size_t j = i + 1; j < lines.size() && items < kMaxBoxItems; ++j) {
            LayoutLine& item = lines[j];
            if (item.empty) continue;
            const bool box_item = item.page->listed && (item.kind == LineKind::text || item.kind == LineKind::summary_label);
            if (!box_item) break;
            item.drop(Reason::summary);
            ++items;
        }
        if (items == 0) drop_unmarked_box_items(lines, i);
    }
}

// Under a related-article or most-read header come other stories' headlines. When they are
// teasers cut short ("…최종 조…"), the first whole title after them is no longer the list: on a
// portal, the article's own headline follows its list of top stories.
void drop_listed_headlines(LayoutLines& lines) {
    constexpr int kMaxHeadlineChars = 60;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::list_header) continue;
        int cut_short = 0;
        std::vector<std::size_t> items;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            const LayoutLine& item = lines[j];
            if (item.empty || item.dropped) continue;
            if (item.prose || item.signals.characters > kMaxHeadlineChars) break;
            const int count = static_cast<int>(items.size());
            if (count >= 2 && cut_short == count && !item.signals.truncated) break;
            items.push_back(j);
            if (item.signals.truncated) ++cut_short;
        }
        // One title alone under the header, with the article's date or byline right after it, is
        // the article's headline: the header's list was left out of the copy.
        std::size_t next = items.empty() ? lines.size() : items.back() + 1;
        while (next < lines.size() && (lines[next].empty || lines[next].kind == LineKind::ui)) ++next;
        const bool headline_above_metadata = items.size() == 1 && next < lines.size() &&
                                             (lines[next].kind == LineKind::date || lines[next].kind == LineKind::byline);
        if (headline_above_metadata) continue;
        for (std::size_t k : items) lines[k].drop(Reason::headline_list);
    }
}

namespace {

// "… (2017년 3월 30일)", "… (2017.03.30)": a line ending in the date of the report it links to.
bool ends_with_dated_reference(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (!text.ends_with(')')) return false;
    const std::size_t open = text.rfind('(');
    if (open == std::string_view::npos) return false;
    const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    constexpr std::size_t kYearDigits = 4;
    if (inside.size() <= kYearDigits) return false;
    for (std::size_t k = 0; k < kYearDigits; ++k)
        if (inside[k] < '0' || inside[k] > '9') return false;
    for (std::string_view rest = inside.substr(kYearDigits); !rest.empty();) {
        if (rest.front() == ' ' || rest.front() == '.' || rest.front() == '-' || rest.front() == '/' ||
            (rest.front() >= '0' && rest.front() <= '9')) {
            rest.remove_prefix(1);
        } else if (rest.starts_with("년") || rest.starts_with("월") || rest.starts_with("일")) {
            rest.remove_prefix(std::string_view("년").size());
        } else {
            return false;
        }
    }
    return true;
}

bool is_listed_title(const LayoutLine& line) {
    constexpr int kMaxTitleChars = 100;
    return !line.empty && !line.dropped && !line.signals.ends_like_sentence &&
           line.signals.characters <= kMaxTitleChars;
}

}  // namespace

// Links to earlier reports, each with its date, sit in the body of investigative and series
// pages ("… 동영상 발굴 (2016년 9월 29일)"): two or more in a row are a list, never the story. A title
// between two of them belongs to the list.
void drop_dated_link_lists(LayoutLines& lines) {
    std::vector<std::size_t> dated;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (is_listed_title(lines[i]) && ends_with_dated_reference(lines[i].text())) dated.push_back(i);
    auto next_text_line = [&](std::size_t i) {
        while (++i < lines.size() && lines[i].empty) {}
        return i;
    };
    std::vector<bool> in_list(lines.size());
    for (std::size_t k = 0; k + 1 < dated.size(); ++k) {
        // The next dated line follows with nothing but listed titles, and no blank gap, between.
        std::size_t i = dated[k];
        bool joined = true;
        for (std::size_t j = next_text_line(i); j < dated[k + 1]; j = next_text_line(j)) {
            const bool same_block = !lines[j - 1].empty;
            if (!same_block || !is_listed_title(lines[j])) {
                joined = false;
                break;
            }
        }
        if (!joined) continue;
        for (std::size_t j = i; j <= dated[k + 1]; ++j) in_list[j] = !lines[j].empty;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (in_list[i]) lines[i].drop(Reason::headline_list);
}

// IME garbage before the first clean prose line belongs to a hand-typed photo caption.
void drop_ime_captions(LayoutLines& lines) {
    for (LayoutLine& line : lines) {
        if (line.empty || line.dropped) continue;
        if (has_ime_garbage(line.text())) {
            line.drop(Reason::caption);
            line.kind = LineKind::caption;
        } else if (line.prose) {
            return;
        }
    }
}

// A credit on a line of its own ("[연합뉴스 자료사진]") closes a caption whose text is the short
// line above it ("부산항 신항 컨테이너 부두").
void drop_caption_titles(LayoutLines& lines) {
    constexpr int kMaxCreditChars = 30, kMaxCaptionTitleChars = 80;
    std::ptrdiff_t previous = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty) continue;
        const bool credit_alone = line.kind == LineKind::caption && line.signals.characters <= kMaxCreditChars &&
                                  (line.text().starts_with('[') || line.text().starts_with('('));
        if (credit_alone && previous >= 0) {
            LayoutLine& title = lines[static_cast<std::size_t>(previous)];
            if (!title.dropped && !title.prose && title.signals.characters <= kMaxCaptionTitleChars) {
                title.drop(Reason::caption);
                title.kind = LineKind::caption;
            }
        }
        previous = static_cast<std::ptrdiff_t>(i);
    }
}

void drop_earlier_copies(LayoutLines& lines, std::size_t tail) {
    std::vector<std::string> texts(lines.size());
    std::vector<bool> candidates(lines.size()), witnesses(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty || line.dropped) continue;
        texts[i] = line.text();
        candidates[i] = !line.repeated_title;
        // A teaser after the sign-off or copyright that repeats the whole report must not take
        // the report's own lines with it.
        witnesses[i] = i < tail;
    }
    const std::vector<bool> copies = earlier_copies(texts, candidates, witnesses);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (copies[i]) lines[i].drop(Reason::duplicate);
}

// Bylines and dates are risky rules: between the body's prose lines they close a quoted statement
// and stay. A reporter's e-mail address closes no statement: a byline giving one is the reporter's
// sign-off, dropped wherever it stands (a script's stand-up part names its reporter mid-body).
void keep_metadata_inside_body(LayoutLines& lines, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        LayoutLine& line = lines[i];
        const bool signs_off = line.kind == LineKind::byline && line.text().find('@') != std::string::npos;
        if ((line.kind == LineKind::byline || line.kind == LineKind::date) && !signs_off) {
            line.dropped = false;
            line.reason = Reason::none;
        }
    }
}

std::size_t drop_wherever_they_stand(LayoutLines& lines) {
    drop_listed_headlines(lines);
    drop_dated_link_lists(lines);
    drop_ime_captions(lines);
    drop_caption_titles(lines);
    const std::size_t tail = tail_start(lines);
    drop_earlier_copies(lines, tail);
    drop_summary_boxes(lines);
    return tail;
}

}  // namespace nangdok
