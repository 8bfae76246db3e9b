#include "segment/missed_breaks.hpp"

#include <algorithm>

#include "segment/paired_marks.hpp"
#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"

namespace nangdok {
namespace {

constexpr std::size_t kMarkRun = 16;  // quotes and brackets around a break, at most

bool is_mark_of_shape(char32_t c, bool closing) {
    const auto mark = classify_mark(c);
    if (!mark) return false;
    return mark->shape == MarkShape::symmetric || (mark->shape == MarkShape::closing) == closing;
}

// From pos: closing marks, then at least one space. Returns where the next sentence would start,
// or 0 when there is no space.
std::size_t after_closers_and_space(std::string_view text, std::size_t pos) {
    for (std::size_t n = 0; n < kMarkRun && pos < text.size() && is_mark_of_shape(scan::char_at(text, pos), true); ++n)
        pos = scan::next_pos(text, pos);
    if (pos >= text.size() || !scan::is_space(scan::char_at(text, pos))) return 0;
    while (pos < text.size() && scan::is_space(scan::char_at(text, pos))) pos = scan::next_pos(text, pos);
    return pos < text.size() ? pos : 0;
}

}  // namespace

std::vector<std::size_t> dash_bullet_breaks(std::string_view text) {
    std::vector<std::size_t> breaks;
    for (std::size_t i = 1; i + 1 < text.size(); i = scan::next_pos(text, i)) {
        const char32_t c = scan::char_at(text, i);
        if (c != '-' && c != 0x2013 && c != 0x2014) continue;
        if (text[i - 1] != ' ' || scan::char_at(text, scan::next_pos(text, i)) != ' ') continue;
        std::size_t end = i;
        for (std::size_t n = 0; end > 0 && n < kMarkRun * 4; ++n) {
            const char32_t before = scan::char_before(text, end);
            if (!scan::is_space(before) && !classify_mark(before)) break;
            end = scan::prev_pos(text, end);
        }
        if (end > 0 && scan::is_terminal(scan::char_before(text, end))) breaks.push_back(i);
    }
    return breaks;
}

std::vector<std::size_t> lowercase_start_breaks(std::string_view text) {
    std::vector<std::size_t> breaks;
    for (std::size_t i = text.find('.'); i != std::string_view::npos; i = text.find('.', i + 1)) {
        if (!scan::is_hangul_syllable(scan::char_before(text, i))) continue;
        const std::size_t start = after_closers_and_space(text, i + 1);
        if (start == 0) continue;
        std::size_t word = start;
        for (std::size_t n = 0; n < kMarkRun && word < text.size() && is_mark_of_shape(scan::char_at(text, word), false); ++n)
            word = scan::next_pos(text, word);
        if (word < text.size() && text[word] >= 'a' && text[word] <= 'z') breaks.push_back(start);
    }
    return breaks;
}

std::vector<std::size_t> ellipsis_character_breaks(std::string_view text) {
    std::vector<std::size_t> breaks;
    for (std::size_t i = 0; i < text.size(); i = scan::next_pos(text, i)) {
        const char32_t c = scan::char_at(text, i);
        if (c != 0x2026 && c != 0x22EF) continue;
        // Edited text uses … as a pause inside a sentence (`친해지지만… 그녀는`, `해가… 나야`);
        // only after a sentence-final syllable does it end one.
        const std::size_t before = scan::prev_pos(text, i);
        if (!segment_words::contains(segment_words::kSentenceFinalSyllables, text.substr(before, i - before))) continue;
        std::size_t end = i;
        while (end < text.size() && scan::is_terminal(scan::char_at(text, end))) end = scan::next_pos(text, end);
        if (const std::size_t start = after_closers_and_space(text, end)) breaks.push_back(start);
    }
    return breaks;
}

std::vector<std::size_t> glued_sentence_breaks(std::string_view text) {
    std::vector<std::size_t> breaks;
    for (std::size_t i = text.find('.'); i != std::string_view::npos; i = text.find('.', i + 1)) {
        if (i == 0 || i + 1 >= text.size()) continue;
        const std::size_t before = scan::prev_pos(text, i);
        if (!segment_words::contains(segment_words::kSentenceFinalSyllables, text.substr(before, i - before))) continue;
        const char32_t next = scan::char_at(text, i + 1);
        if (scan::is_ascii_digit(next) || scan::is_hangul_syllable(next)) breaks.push_back(i + 1);
    }
    return breaks;
}

}  // namespace nangdok
