#include "clean/head_zone.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "clean/boilerplate_rules.hpp"
#include "clean/line_rules.hpp"

namespace nangdok {
namespace {

bool is_short_item(const LayoutLine& line) {
    constexpr int kMaxMenuChars = 15;
    return line.signals.words <= 2 && line.signals.characters < kMaxMenuChars && !line.signals.ends_like_sentence;
}

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

// Korean text, not a widget's Latin label ("번역beta Translated by …"): most letters are Hangul.
bool mostly_hangul(std::string_view s) {
    int hangul = 0, latin = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xEA && b <= 0xED && i + 2 < s.size()) {
            ++hangul;
            i += 2;
        } else if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
            ++latin;
        }
    }
    return hangul > 0 && hangul * 2 >= latin;
}

// Every word of the line is in the headline: a label cut from it ("한빛일보 창간 기획"), not a deck.
bool words_all_in(std::string_view line, std::string_view headline) {
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t end = line.find(' ', start);
        if (end == std::string_view::npos) end = line.size();
        const std::string_view word = line.substr(start, end - start);
        // A site's tag in brackets ("[한빛뉴스] 제목…") is not the deck's own word.
        const bool tag = word.starts_with('[') && word.ends_with(']');
        if (!word.empty() && !tag && headline.find(word) == std::string_view::npos) return false;
        start = end + 1;
    }
    return true;
}

bool could_be_deck(const LayoutLine& line) {
    constexpr int kMinDeckChars = 8, kMaxDeckChars = 120, kMinDeckWords = 2;
    const ProseSignals& s = line.signals;
    return s.characters >= kMinDeckChars && s.characters <= kMaxDeckChars && s.words >= kMinDeckWords &&
           s.sentence_endings == 0 && !s.truncated && mostly_hangul(line.text());
}

// Stricter than looks_like_title: a stray two-word label ("경향신문 홈") is a title too.
bool looks_like_headline(const LayoutLine& line) {
    constexpr int kMinHeadlineChars = 10, kMinHeadlineWords = 3;
    return line.signals.characters >= kMinHeadlineChars && line.signals.words >= kMinHeadlineWords &&
           has_hangul(line.text());
}

// Counters and tickers ("확진 92,471명완치 83,220명", "코스피 2,416.86 ▲2.00"): figures, not words.
// A title full of figures still has more Hangul than digits ("38년간 결승골 5778회…통산 224골 중 63골").
bool mostly_figures(std::string_view text) {
    constexpr int kMaxFigurePercent = 40;
    int digits = 0, visible = 0, hangul = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b == ' ') continue;
        // Count characters, not bytes: only the first byte of a UTF-8 sequence.
        if ((b & 0xC0) != 0x80) ++visible;
        if (b >= '0' && b <= '9') ++digits;
        if (b >= 0xEA && b <= 0xED && i + 2 < text.size()) ++hangul;
    }
    return visible > 0 && digits * 100 > visible * kMaxFigurePercent && digits >= hangul;
}

// The texts of the page's photo captions without their leading mark ("▲ 홍길동 과장" → "홍길동 과장"):
// a title line the page also prints as a caption names a photo.
std::unordered_set<std::string_view> caption_texts(const LayoutLines& lines) {
    std::unordered_set<std::string_view> texts;
    for (const LayoutLine& line : lines) {
        if (line.kind != LineKind::caption) continue;
        std::string_view text = line.text();
        if (text.starts_with("▲")) text.remove_prefix(std::string_view("▲").size());
        while (text.starts_with(' ')) text.remove_prefix(1);
        texts.insert(text);
    }
    return texts;
}

bool is_metadata(const LayoutLine& line) { return line.kind == LineKind::byline || line.kind == LineKind::date; }

// Stacks of title lines: titles with nothing between them but empty or dropped lines. Metadata
// and any other kept line end a stack.
std::vector<std::vector<std::size_t>> title_stacks(const LayoutLines& lines, const std::vector<bool>& is_title,
                                                   std::size_t limit) {
    std::vector<std::vector<std::size_t>> stacks;
    std::vector<std::size_t> current;
    auto close = [&] {
        if (!current.empty()) stacks.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < limit; ++i) {
        const LayoutLine& line = lines[i];
        // A lone word (the outlet's name, a section) neither joins nor breaks a stack.
        const bool lone_word = line.signals.words == 1 && !line.signals.ends_like_sentence;
        if (is_title[i]) current.push_back(i);
        else if (is_metadata(line) || (!line.empty && !line.dropped && !lone_word)) close();
    }
    close();
    return stacks;
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

// What the head zone holds: its title lines, their stacks, where the metadata is, and how often
// each line is printed before the tail.
struct HeadZone {
    std::vector<bool> is_title;
    std::vector<std::vector<std::size_t>> stacks;
    std::ptrdiff_t first_meta = -1, last_meta = -1;
    std::unordered_map<std::string_view, int> printed;
};

HeadZone read_head_zone(const LayoutLines& lines, std::size_t body_begin, std::size_t page_end) {
    HeadZone zone;
    const std::vector<bool> menu = menu_lines(lines, body_begin);
    zone.is_title.assign(lines.size(), false);
    const std::unordered_set<std::string_view> captions = caption_texts(lines);
    for (std::size_t i = 0; i < page_end; ++i)
        if (!lines[i].empty) ++zone.printed[lines[i].text()];
    for (std::size_t i = 0; i < body_begin; ++i) {
        const LayoutLine& line = lines[i];
        if (is_metadata(line)) {
            if (zone.first_meta < 0) zone.first_meta = static_cast<std::ptrdiff_t>(i);
            zone.last_meta = static_cast<std::ptrdiff_t>(i);
        }
        // A long line ending a sentence is a lead or a caption, whatever else it looks like.
        constexpr int kMaxTitleWithSentenceChars = 60;
        const bool sentence = line.signals.sentence_endings > 0 && line.signals.characters > kMaxTitleWithSentenceChars;
        zone.is_title[i] = !line.empty && !line.dropped && !menu[i] && !reads_like_ui_label(line) &&
                           !line.signals.truncated && !sentence && !mostly_figures(line.text()) &&
                           looks_like_title(line.text(), line.signals) && !ends_with_reporter_credit(line.text()) &&
                           !captions.contains(line.text());
    }
    zone.stacks = title_stacks(lines, zone.is_title, body_begin);
    return zone;
}

// The stack that holds the headline: the one just above the first metadata line, else the nearest
// one below it (some layouts print the date first), else the one nearest the body.
const std::vector<std::size_t>& headline_stack(const LayoutLines& lines, const HeadZone& zone) {
    const std::vector<std::size_t>* chosen = nullptr;
    if (zone.first_meta >= 0) {
        for (const auto& stack : zone.stacks)
            if (static_cast<std::ptrdiff_t>(stack.back()) < zone.first_meta) chosen = &stack;
        auto has_headline = [&](const std::vector<std::size_t>* stack) {
            return stack != nullptr &&
                   std::any_of(stack->begin(), stack->end(), [&](std::size_t i) { return looks_like_headline(lines[i]); });
        };
        if (!has_headline(chosen))
            for (const auto& stack : zone.stacks)
                if (static_cast<std::ptrdiff_t>(stack.front()) > zone.first_meta) {
                    chosen = &stack;
                    break;
                }
    }
    return chosen != nullptr ? *chosen : zone.stacks.back();
}

// Within the stack, the first line with a headline's length among the last few (older lines of a
// long stack are chrome); a short kicker above a longer title ("영상 기자가 본 세상") gives way to it.
std::size_t headline_in_stack(const LayoutLines& lines, const std::vector<std::size_t>& stack) {
    constexpr int kMaxKickerChars = 12;
    const std::size_t from = stack.size() > kMaxDeckLines + 1 ? stack.size() - kMaxDeckLines - 1 : 0;
    std::size_t pick = from;
    for (std::size_t k = from; k < stack.size(); ++k)
        if (looks_like_headline(lines[stack[k]])) {
            pick = k;
            break;
        }
    if (pick + 1 < stack.size() && lines[stack[pick]].signals.characters <= kMaxKickerChars &&
        looks_like_headline(lines[stack[pick + 1]]) &&
        lines[stack[pick + 1]].signals.characters > lines[stack[pick]].signals.characters)
        ++pick;
    return pick;
}

}  // namespace

ArticleHead find_head(const LayoutLines& lines, std::size_t body_begin, std::size_t page_end) {
    const HeadZone zone = read_head_zone(lines, body_begin, page_end);
    ArticleHead head;
    if (zone.stacks.empty()) return head;
    const auto printed = [&](std::size_t i) { return zone.printed.at(lines[i].text()); };

    // A title the page prints twice (its <title> and its <h1>) is the headline, wherever it stands.
    const std::vector<std::size_t>* chosen = nullptr;
    std::size_t pick = 0;
    for (const auto& stack : zone.stacks) {
        for (std::size_t k = 0; k < stack.size() && chosen == nullptr; ++k)
            if (printed(stack[k]) > 1 && looks_like_headline(lines[stack[k]])) {
                chosen = &stack;
                pick = k;
            }
        if (chosen != nullptr) break;
    }
    const bool printed_twice = chosen != nullptr;
    if (!printed_twice) {
        chosen = &headline_stack(lines, zone);
        pick = headline_in_stack(lines, *chosen);
    }
    head.headline = static_cast<std::ptrdiff_t>((*chosen)[pick]);

    // The deck: the rest of the stack, then the stack right above the body when the metadata, or
    // the chrome between a repeated title and the article, stands between them.
    std::vector<std::size_t> decks(chosen->begin() + static_cast<std::ptrdiff_t>(pick) + 1, chosen->end());
    const std::vector<std::size_t>& nearest = zone.stacks.back();
    const bool nearest_touches_body = std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(nearest.back()) + 1,
                                                  lines.begin() + static_cast<std::ptrdiff_t>(body_begin),
                                                  [](const LayoutLine& l) { return l.empty || l.dropped; });
    const bool metadata_between = static_cast<std::ptrdiff_t>(nearest.front()) > zone.last_meta && zone.last_meta > head.headline;
    if (&nearest != chosen && nearest_touches_body && (metadata_between || printed_twice))
        decks.insert(decks.end(), nearest.begin(), nearest.end());
    // A line the page prints twice that is not the headline is a toolbar.
    const std::string headline = strip_wrapping_quotes(lines[static_cast<std::size_t>(head.headline)].text());
    std::erase_if(decks, [&](std::size_t i) {
        return !could_be_deck(lines[i]) || strip_wrapping_quotes(lines[i].text()) == headline || printed(i) > 1 ||
               words_all_in(lines[i].text(), headline);
    });
    if (decks.size() <= kMaxDeckLines) head.decks = std::move(decks);
    return head;
}

}  // namespace nangdok
