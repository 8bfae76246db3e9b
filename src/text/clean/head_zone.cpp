#include "clean/head_zone.hpp"

#include <string_view>

#include "clean/boilerplate_rules.hpp"

namespace nangdok {
namespace {

bool is_short_item(const LayoutLine& line) {
    constexpr int kMaxMenuChars = 15;
    return line.signals.words <= 2 && line.signals.characters < kMaxMenuChars && !line.signals.ends_like_sentence;
}

}  // namespace

std::vector<bool> menu_lines(const LayoutLines& lines, std::size_t limit) {
    constexpr int kMinMenuItems = 3;
    std::vector<bool> menu(lines.size(), false);
    std::vector<std::size_t> run;
    auto close_run = [&] {
        if (run.size() >= kMinMenuItems)
            for (std::size_t k : run) menu[k] = true;
        run.clear();
    };
    for (std::size_t i = 0; i < limit; ++i) {
        const LayoutLine& line = lines[i];
        if (line.empty || line.dropped) continue;
        if (is_short_item(line)) run.push_back(i);
        else close_run();
    }
    close_run();
    return menu;
}

namespace {

bool reads_like_ui_label(const LayoutLine& line) {
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

bool could_be_deck(const LayoutLine& line) {
    constexpr int kMinDeckChars = 10, kMaxDeckChars = 120, kMinDeckWords = 3;
    const ProseSignals& s = line.signals;
    return s.characters >= kMinDeckChars && s.characters <= kMaxDeckChars && s.words >= kMinDeckWords &&
           s.sentence_endings == 0 && has_hangul(line.text());
}

// Stricter than looks_like_title: used where an unknown toolbar line above the real headline
// would otherwise push the headline down to the deck.
bool looks_like_headline(const LayoutLine& line) {
    constexpr int kMinHeadlineChars = 10, kMinHeadlineWords = 3;
    return line.signals.characters >= kMinHeadlineChars && line.signals.words >= kMinHeadlineWords &&
           has_hangul(line.text());
}

// The non-empty line before i, or -1.
std::ptrdiff_t previous_non_empty(const LayoutLines& lines, std::size_t i) {
    while (i > 0)
        if (!lines[--i].empty) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

}  // namespace

ArticleHead find_head(const LayoutLines& lines, std::size_t body_begin) {
    const std::vector<bool> menu = menu_lines(lines, body_begin);
    std::vector<std::size_t> titles;
    std::vector<bool> is_title(lines.size(), false);
    std::ptrdiff_t first_meta = -1;
    for (std::size_t i = 0; i < body_begin; ++i) {
        const LayoutLine& line = lines[i];
        if ((line.kind == LineKind::byline || line.kind == LineKind::date) && first_meta < 0)
            first_meta = static_cast<std::ptrdiff_t>(i);
        if (line.empty || line.dropped || menu[i] || reads_like_ui_label(line) ||
            !looks_like_title(line.text(), line.signals))
            continue;
        titles.push_back(i);
        is_title[i] = true;
    }
    ArticleHead head;
    if (titles.empty()) return head;
    // Prefer lines with a headline's length: a stray two-word label ("경향신문 홈") is a title too.
    auto first_headlike = [&](auto first, auto last) {
        for (auto it = first; it != last; ++it)
            if (looks_like_headline(lines[*it])) return static_cast<std::ptrdiff_t>(*it);
        return std::ptrdiff_t{-1};
    };
    if (first_meta >= 0) {
        std::vector<std::size_t> before_meta, after_meta;
        for (std::size_t t : titles)
            (static_cast<std::ptrdiff_t>(t) < first_meta ? before_meta : after_meta).push_back(t);
        head.headline = first_headlike(before_meta.rbegin(), before_meta.rend());
        // Some layouts put the date above the title: look below the metadata before settling
        // for a short label above it.
        if (head.headline < 0) head.headline = first_headlike(after_meta.begin(), after_meta.end());
        if (head.headline < 0 && !before_meta.empty()) head.headline = static_cast<std::ptrdiff_t>(before_meta.back());
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
    if (head.headline < 0) head.headline = first_headlike(titles.begin(), titles.end());
    if (head.headline < 0) head.headline = static_cast<std::ptrdiff_t>(titles.front());

    // Otherwise a deck is the title line nearest the body, below the headline.
    const std::size_t nearest = titles.back();
    if (static_cast<std::ptrdiff_t>(nearest) > head.headline && could_be_deck(lines[nearest]))
        head.deck = static_cast<std::ptrdiff_t>(nearest);
    return head;
}

}  // namespace nangdok
