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

char32_t first_char(std::string_view s) { return s.empty() ? 0 : decode_utf8_char(s.substr(0, utf8_char_length(s, 0))); }

char32_t last_char(std::string_view s) {
    std::size_t start = s.size();
    while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
    return start == 0 ? 0 : decode_utf8_char(s.substr(start - 1));
}

std::string_view without_closing_quotes(std::string_view line) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view quote : {"\"", "'", "”", "’"})
            if (line.ends_with(quote)) {
                line.remove_suffix(quote.size());
                again = true;
            }
    }
    return line;
}

// A Korean sentence ends here: a syllable, then . ? ! (a closing quote may follow), or the script's
// own end mark "//".
bool ends_sentence(std::string_view line) {
    line = without_closing_quotes(line);
    if (line.ends_with("//")) return true;
    if (!(line.ends_with('.') || line.ends_with('?') || line.ends_with('!'))) return false;
    line.remove_suffix(1);
    return is_hangul_syllable(last_char(line));
}

// A piece of a wrapped sentence: text that stops on a syllable or a comma, mid-phrase.
bool stops_mid_sentence(std::string_view line) {
    const char32_t last = last_char(line);
    return is_hangul_syllable(last) || last == ',';
}

// Structure, not text: stage markers, bracketed cues, bullets, breadcrumbs.
bool is_marker(std::string_view line) {
    for (std::string_view start : {"◀", "[", "<", "【", "■", "▶", "▷", "●", "-", "#", ">", "(S.U"})
        if (line.starts_with(start)) return true;
    return false;
}

bool continues_text(std::string_view line) {
    if (line.empty() || is_marker(line)) return false;
    const char32_t first = first_char(line);
    return is_hangul_syllable(first) || first == '"' || first == U'“' || (first >= '0' && first <= '9');
}

bool is_piece(std::string_view line, std::string_view next) {
    return !is_marker(line) && stops_mid_sentence(line) && continues_text(next);
}

// Mostly short lines, many of them pieces of a sentence the next line finishes, and sentences
// among them: a wrapped script, not a head of stacked titles and metadata.
bool looks_hard_wrapped(const std::vector<PageLine>& lines, std::size_t begin, std::size_t end) {
    constexpr std::size_t kMinLines = 4, kMinWrapChars = 8, kMaxWrapChars = 45, kMinSentences = 2;
    constexpr std::size_t kMinShortPercent = 70, kMinPiecePercent = 30;
    const std::size_t n = end - begin;
    if (n < kMinLines) return false;
    std::size_t short_lines = 0, pieces = 0, sentences = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const std::size_t length = characters(lines[i].text);
        if (length >= kMinWrapChars && length <= kMaxWrapChars) ++short_lines;
        if (ends_sentence(lines[i].text)) ++sentences;
        if (i + 1 < end && is_piece(lines[i].text, lines[i + 1].text)) ++pieces;
    }
    return short_lines * 100 >= n * kMinShortPercent && pieces * 100 >= n * kMinPiecePercent && sentences >= kMinSentences;
}

void join_block(std::vector<PageLine>& lines, std::size_t begin, std::size_t end) {
    // A sentence is finished within a few lines, or its pieces are left alone (stacked deck lines
    // finish none).
    constexpr std::size_t kMaxPieces = 5;
    for (std::size_t i = begin; i < end; ++i) {
        std::size_t last = i;
        while (last + 1 < end && last + 1 < i + kMaxPieces && is_piece(lines[last].text, lines[last + 1].text)) ++last;
        if (last == i || !ends_sentence(lines[last].text)) continue;
        for (std::size_t next = i + 1; next <= last; ++next) {
            lines[i].text += ' ';
            lines[i].text += lines[next].text;
            lines[next].text.clear();
        }
        i = last;
    }
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
        if (looks_hard_wrapped(lines, begin, end)) join_block(lines, begin, end);
        begin = end;
    }
}

}  // namespace nangdok
