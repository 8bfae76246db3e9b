#include "clean/hard_wraps.hpp"

#include <string_view>

#include "core/utf8.hpp"

namespace nangdok {
namespace {

std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); i += utf8_char_length(s, i)) ++n;
    return n;
}

bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

// Also a line ending in a figure: dates and counters ("2023. 3. 24. 16:01") stand alone.
bool ends_sentence(std::string_view line) {
    if (!line.empty() && line.back() >= '0' && line.back() <= '9') return true;
    while (!line.empty() && (line.back() == '"' || line.back() == '\'' || line.ends_with("”") || line.ends_with("’"))) {
        line.remove_suffix(line.back() == '"' || line.back() == '\'' ? 1 : std::string_view("”").size());
    }
    return line.ends_with('.') || line.ends_with('?') || line.ends_with('!') || line.ends_with("//") ||
           line.ends_with("▶") || line.ends_with("…") || line.ends_with(']') || line.ends_with('>');
}

// Structure, not text: stage markers, bracketed cues, bullets.
bool is_marker(std::string_view line) {
    for (std::string_view start : {"◀", "[", "<", "【", "■", "▶", "▷", "●", "-", "#"})
        if (line.starts_with(start)) return true;
    return false;
}

bool continues_text(std::string_view line) {
    if (line.empty() || is_marker(line)) return false;
    const char32_t first = decode_utf8_char(line.substr(0, utf8_char_length(line, 0)));
    return is_hangul_syllable(first) || first == '"' || first == U'“' || first == '(' || (first >= '0' && first <= '9');
}

bool looks_hard_wrapped(const std::vector<PageLine>& lines, std::size_t begin, std::size_t end) {
    constexpr std::size_t kMinLines = 4, kMinWrapChars = 8, kMaxWrapChars = 45;
    constexpr std::size_t kMinShortPercent = 70, kMinBrokenPercent = 30;
    const std::size_t n = end - begin;
    if (n < kMinLines) return false;
    std::size_t short_lines = 0, broken = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const std::size_t length = characters(lines[i].text);
        if (length >= kMinWrapChars && length <= kMaxWrapChars) ++short_lines;
        if (i + 1 < end && !is_marker(lines[i].text) && !ends_sentence(lines[i].text) && continues_text(lines[i + 1].text))
            ++broken;
    }
    return short_lines * 100 >= n * kMinShortPercent && broken * 100 >= n * kMinBrokenPercent;
}

}  // namespace

void join_hard_wrapped_lines(std::vector<PageLine>& lines) {
    std::size_t begin = 0;
    while (begin < lines.size()) {
        if (lines[begin].text.empty()) {
            ++begin;
            continue;
        }
        std::size_t end = begin;
        while (end < lines.size() && !lines[end].text.empty()) ++end;
        if (looks_hard_wrapped(lines, begin, end)) {
            for (std::size_t i = begin; i < end; ++i) {
                if (lines[i].text.empty() || is_marker(lines[i].text) || ends_sentence(lines[i].text)) continue;
                // Only pieces that finish a sentence within a few lines are joined: stacked deck
                // lines end no sentence at all.
                constexpr std::size_t kMaxPieces = 5;
                std::size_t last = i;
                while (last + 1 < end && last + 1 < i + kMaxPieces && continues_text(lines[last + 1].text) &&
                       !ends_sentence(lines[last].text))
                    ++last;
                if (last == i || !ends_sentence(lines[last].text)) continue;
                for (std::size_t next = i + 1; next <= last; ++next) {
                    lines[i].text += ' ';
                    lines[i].text += lines[next].text;
                    lines[next].text.clear();
                }
                i = last;
            }
        }
        begin = end;
    }
}

}  // namespace nangdok
