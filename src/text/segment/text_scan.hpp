// Code-point stepping and character classes for the segmentation rules. Positions are byte
// offsets into UTF-8 text that the decode stage has validated.
#pragma once

#include <cstddef>
#include <string_view>

#include <unicode/uchar.h>

#include "core/utf8.hpp"

namespace nangdok::scan {

inline char32_t char_at(std::string_view s, std::size_t i) {
    return i < s.size() ? decode_utf8_char(s.substr(i, utf8_char_length(s, i))) : 0;
}

inline std::size_t next_pos(std::string_view s, std::size_t i) {
    return i < s.size() ? i + utf8_char_length(s, i) : s.size();
}

// Start of the character that ends just before byte i (0 stays 0).
inline std::size_t prev_pos(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    std::size_t j = i - 1;
    // At most three continuation bytes precede a lead byte; the bound keeps stray bytes cheap.
    for (int steps = 0; j > 0 && steps < 3 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; ++steps) --j;
    return j;
}

inline char32_t char_before(std::string_view s, std::size_t i) { return i == 0 ? 0 : char_at(s, prev_pos(s, i)); }

inline bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || (c > 0x7F && u_isUWhiteSpace(static_cast<UChar32>(c))); }
inline bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_latin_letter(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

inline std::size_t skip_spaces(std::string_view s, std::size_t pos) {
    while (pos < s.size() && is_space(char_at(s, pos))) pos = next_pos(s, pos);
    return pos;
}

// The characters after which ICU may end a Korean sentence and which our rules reason about.
inline bool is_terminal(char32_t c) {
    switch (c) {
        case '.': case '!': case '?': case 0x2026 /* … */: case 0x2025 /* ‥ */: case 0x22EF /* ⋯ */:
        case 0x3002 /* 。 */: case 0xFF01 /* ！ */: case 0xFF1F /* ？ */: case 0xFF0E /* ． */:
        case 0x203C /* ‼ */: case 0x2047: case 0x2048: case 0x2049:
            return true;
        default:
            return false;
    }
}

// The word (maximal run of non-space characters) that ends at byte `end`, at most `limit` bytes
// long; a longer run yields its last `limit` bytes cut at a character boundary, so callers that
// only need short words stay linear on text without spaces.
inline std::string_view word_ending_at(std::string_view s, std::size_t end, std::size_t limit) {
    std::size_t begin = end;
    while (begin > 0 && end - begin < limit) {
        const std::size_t p = prev_pos(s, begin);
        if (is_space(char_at(s, p))) break;
        begin = p;
    }
    return s.substr(begin, end - begin);
}

// The run of Hangul syllables starting at byte `begin`, at most `limit` bytes.
inline std::string_view hangul_run_at(std::string_view s, std::size_t begin, std::size_t limit) {
    std::size_t end = begin;
    while (end < s.size() && end - begin < limit && is_hangul_syllable(char_at(s, end))) end = next_pos(s, end);
    return s.substr(begin, end - begin);
}

}  // namespace nangdok::scan
