#include "normalize/tokenizer.hpp"

#include "core/utf8.hpp"

namespace nangdok::normalize {

bool is_hangul(char32_t cp) {
    // U+318D (araea) is excluded: Korean typesetting uses it as a middle dot between words.
    return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
           (cp >= 0x3131 && cp <= 0x318E && cp != 0x318D) || (cp >= 0xA960 && cp <= 0xA97F) ||
           (cp >= 0xD7B0 && cp <= 0xD7FF);
}

bool is_hanja(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F);
}

namespace {

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0xFEFF;
}

TokenKind kind_of(char32_t cp) {
    if (cp >= '0' && cp <= '9') return TokenKind::digits;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return TokenKind::latin;
    if (is_hangul(cp)) return TokenKind::hangul;
    if (is_hanja(cp)) return TokenKind::hanja;
    if (is_space(cp)) return TokenKind::space;
    return TokenKind::symbol;
}

}  // namespace

Tokens tokenize(std::string_view text) {
    Tokens tokens;
    tokens.reserve(text.size() / 3 + 1);
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = utf8_char_length(text, i);
        const char32_t cp = decode_utf8_char(text.substr(i, len));
        const TokenKind kind = kind_of(cp);
        if (kind == TokenKind::symbol) {
            tokens.push_back({kind, text.substr(i, len), cp});
            i += len;
            continue;
        }
        std::size_t end = i + len;
        while (end < text.size()) {
            const std::size_t next_len = utf8_char_length(text, end);
            if (kind_of(decode_utf8_char(text.substr(end, next_len))) != kind) break;
            end += next_len;
        }
        tokens.push_back({kind, text.substr(i, end - i), 0});
        i = end;
    }
    return tokens;
}

std::string_view span_text(const Tokens& t, std::size_t begin, std::size_t end) {
    if (begin >= end || end > t.size()) return {};
    const char* first = t[begin].text.data();
    const char* last = t[end - 1].text.data() + t[end - 1].text.size();
    return std::string_view(first, static_cast<std::size_t>(last - first));
}

bool is_range_mark(char32_t cp) { return cp == '~' || cp == 0x301C || cp == 0x223C || cp == 0xFF5E; }

bool is_middle_dot(char32_t cp) {
    return cp == 0x00B7 || cp == 0x30FB || cp == 0x2027 || cp == 0x318D || cp == 0x2022 || cp == 0x2219 || cp == 0xFF65;
}

}  // namespace nangdok::normalize
