// Cuts a prepared sentence into tokens that the rule modules match as patterns: digit runs,
// Hangul runs, Latin-letter runs, hanja runs, spaces, and single symbols. One pass, linear time;
// every byte of the input lands in exactly one token.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace nangdok::normalize {

enum class TokenKind { digits, hangul, latin, hanja, space, symbol };

struct Token {
    TokenKind kind;
    std::string_view text;
    char32_t cp = 0;  // the code point of a symbol token
};

using Tokens = std::vector<Token>;

Tokens tokenize(std::string_view text);

bool is_hangul(char32_t cp);
bool is_hanja(char32_t cp);
// Marks that join numbers into a range (~, 〜, ∼, ～) and into a list (·, ・, ‧, ㆍ, •, ∙, ･).
bool is_range_mark(char32_t cp);
bool is_middle_dot(char32_t cp);

// Small accessors so that rules read as patterns and never index out of range.
inline bool kind_at(const Tokens& t, std::size_t i, TokenKind k) { return i < t.size() && t[i].kind == k; }
inline bool symbol_at(const Tokens& t, std::size_t i, char32_t cp) {
    return i < t.size() && t[i].kind == TokenKind::symbol && t[i].cp == cp;
}
inline std::string_view text_at(const Tokens& t, std::size_t i) { return i < t.size() ? t[i].text : std::string_view{}; }

// The text of the token run that a rule consumed ([begin, end)), for rules that keep it verbatim.
std::string_view span_text(const Tokens& t, std::size_t begin, std::size_t end);

}  // namespace nangdok::normalize
