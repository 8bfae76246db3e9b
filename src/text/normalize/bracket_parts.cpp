#include "normalize/bracket_parts.hpp"

#include "core/utf8.hpp"
#include "normalize/data/code_labels.hpp"

namespace nangdok::normalize {
namespace {

bool is_separator(const Tokens& t, std::size_t k) {
    if (t[k].kind != TokenKind::symbol) return false;
    const char32_t cp = t[k].cp;
    const bool between_digits = k > 0 && t[k - 1].kind == TokenKind::digits && kind_at(t, k + 1, TokenKind::digits);
    if (between_digits) return false;
    // 토트넘. 24, NPU: Neural …; and 27.미국, a point between an age and a country.
    if (cp == '.' && k > 0 && t[k - 1].kind == TokenKind::digits && kind_at(t, k + 1, TokenKind::hangul)) return true;
    if (cp == '.' || cp == ':') return kind_at(t, k + 1, TokenKind::space);
    // km/h, m/s, mg/L: a slash inside a unit joins it.
    const bool inside_unit = cp == '/' && k > 0 && t[k - 1].kind == TokenKind::latin && kind_at(t, k + 1, TokenKind::latin) &&
                             k > 1 && t[k - 2].kind == TokenKind::digits;
    return cp == ',' || (cp == '/' && !inside_unit) || is_middle_dot(cp);
}

TokenRange trimmed(const Tokens& t, TokenRange r) {
    while (r.begin < r.end && t[r.begin].kind == TokenKind::space) ++r.begin;
    while (r.end > r.begin && t[r.end - 1].kind == TokenKind::space) --r.end;
    return r;
}

template <typename Pred>
bool all_of(const Tokens& t, TokenRange r, Pred pred) {
    if (r.empty()) return false;
    for (std::size_t k = r.begin; k < r.end; ++k)
        if (!pred(t[k])) return false;
    return true;
}

template <typename Pred>
bool any_of(const Tokens& t, TokenRange r, Pred pred) {
    for (std::size_t k = r.begin; k < r.end; ++k)
        if (pred(t[k])) return true;
    return false;
}

bool is_kind(const Token& token, TokenKind kind) { return token.kind == kind; }

}  // namespace

bool is_code_label(std::string_view word) {
    for (std::string_view label : kCodeLabels)
        if (word == label) return true;
    return false;
}

std::vector<TokenRange> split_parts(const Tokens& t, TokenRange content) {
    std::vector<TokenRange> parts;
    std::size_t start = content.begin;
    for (std::size_t k = content.begin; k <= content.end; ++k) {
        if (k < content.end && !is_separator(t, k)) continue;
        if (const TokenRange part = trimmed(t, {start, k}); !part.empty()) parts.push_back(part);
        start = k + 1;
    }
    return parts;
}

bool only_hanja(const Tokens& t, TokenRange r) {
    return all_of(t, r, [](const Token& x) { return x.kind == TokenKind::hanja || x.kind == TokenKind::space; }) &&
           any_of(t, r, [](const Token& x) { return is_kind(x, TokenKind::hanja); });
}

bool only_hangul(const Tokens& t, TokenRange r) {
    return all_of(t, r,
                  [](const Token& x) {
                      return x.kind == TokenKind::hangul || x.kind == TokenKind::space ||
                             (x.kind == TokenKind::symbol && (x.cp == '!' || x.cp == '?'));
                  }) &&
           any_of(t, r, [](const Token& x) { return is_kind(x, TokenKind::hangul); });
}

bool only_latin_words(const Tokens& t, TokenRange r) {
    // www.nesdc.go.kr is an address, not words.
    for (std::size_t k = r.begin; k + 1 < r.end; ++k)
        if (symbol_at(t, k, '.') && t[k + 1].kind == TokenKind::latin) return false;
    return all_of(t, r,
                  [](const Token& x) {
                      return x.kind == TokenKind::latin || x.kind == TokenKind::space ||
                             (x.kind == TokenKind::symbol &&
                              (x.cp == '-' || x.cp == '\'' || x.cp == '&' || x.cp == '.' || x.cp == '!'));
                  }) &&
           any_of(t, r, [](const Token& x) { return is_kind(x, TokenKind::latin); });
}

bool has_lower_case(const Tokens& t, TokenRange r) {
    return any_of(t, r, [](const Token& x) {
        if (x.kind != TokenKind::latin) return false;
        for (char c : x.text)
            if (c >= 'a' && c <= 'z') return true;
        return false;
    });
}

bool is_english_words(const Tokens& t, TokenRange r) {
    if (!only_latin_words(t, r)) return false;
    // Several tokens: words when some are in lower case (Hang Tough, Red Green Blue); P-HBM and
    // R&D are abbreviations.
    if (r.end > r.begin + 1) return has_lower_case(t, r);
    // One word: lower case or capitalized (Testbed, burnout); PoC, iPhone and KBO are abbreviations.
    const std::string_view word = t[r.begin].text;
    for (std::size_t k = 1; k < word.size(); ++k)
        if (word[k] >= 'A' && word[k] <= 'Z') return false;
    return true;
}

bool is_acronym(const Tokens& t, TokenRange r) {
    if (r.end != r.begin + 1 || t[r.begin].kind != TokenKind::latin) return false;
    for (char c : t[r.begin].text)
        if (!(c >= 'A' && c <= 'Z')) return false;
    return true;
}

std::size_t syllable_count(const Tokens& t, TokenRange r) {
    std::size_t n = 0;
    for (std::size_t k = r.begin; k < r.end; ++k)
        if (t[k].kind == TokenKind::hangul)
            for (std::size_t b = 0; b < t[k].text.size(); b += utf8_char_length(t[k].text, b)) ++n;
    return n;
}

// www.letskorail.com, cafe.naver.com/name, @handle, name@host.kr: an address is for the eye; beside
// the name it belongs to, a listener gains nothing from hearing it spelt.
bool is_web_address(const Tokens& t, TokenRange r) {
    bool at_sign = false, dotted_word = false;
    for (std::size_t k = r.begin; k < r.end; ++k) {
        const Token& x = t[k];
        if (x.kind == TokenKind::symbol) {
            if (x.cp == '@') at_sign = true;
            else if (x.cp == '.' && k > r.begin && t[k - 1].kind == TokenKind::latin && kind_at(t, k + 1, TokenKind::latin))
                dotted_word = true;
            else if (x.cp != '/' && x.cp != ':' && x.cp != '_' && x.cp != '-' && x.cp != '~')
                return false;
        } else if (x.kind != TokenKind::latin && x.kind != TokenKind::digits) {
            return false;  // a space or a word: a phrase
        }
    }
    return at_sign || dotted_word;
}

bool is_code(const Tokens& t, TokenRange r) {
    if (is_web_address(t, r)) return true;
    bool labelled = false;
    if (!r.empty() && t[r.begin].kind == TokenKind::hangul && is_code_label(t[r.begin].text)) {
        labelled = true;
        ++r.begin;
        if (r.begin < r.end && t[r.begin].kind == TokenKind::space) ++r.begin;
        if (r.begin < r.end && symbol_at(t, r.begin, ':')) ++r.begin;
        if (r.begin < r.end && t[r.begin].kind == TokenKind::space) ++r.begin;
    }
    std::size_t digits = 0, letters = 0;
    bool leading_zero = false;
    for (std::size_t k = r.begin; k < r.end; ++k) {
        const Token& x = t[k];
        if (x.kind == TokenKind::digits) {
            if (digits == 0 && letters == 0 && x.text.front() == '0') leading_zero = true;
            digits += x.text.size();
        } else if (x.kind == TokenKind::latin) {
            // 3920x2160 is a size, not a code.
            const bool times = (x.text == "x" || x.text == "X") && k > r.begin && t[k - 1].kind == TokenKind::digits &&
                               kind_at(t, k + 1, TokenKind::digits);
            if (times) return false;
            letters += x.text.size();
        } else if (!(x.kind == TokenKind::symbol && (x.cp == '-' || x.cp == '.' || x.cp == '_' || x.cp == '/'))) {
            return false;  // a space or a word: a phrase, not a code (SHV-E270S/K/L lists its variants)
        }
    }
    if (digits == 0) return false;
    if (labelled) return true;
    // 2891.35 is a number; 005930 and 04513 are codes.
    const bool single_run = r.end == r.begin + 1;
    if (letters == 0) return single_run && (digits >= 5 || (leading_zero && digits >= 3));
    return digits >= 3 && digits + letters >= 5 && r.end > r.begin + 1;
}

bool is_date(const Tokens& t, TokenRange r) {
    std::size_t k = r.begin;
    if (!kind_at(t, k, TokenKind::digits) || k + 1 >= r.end || t[k + 1].kind != TokenKind::hangul) return false;
    if (t[k + 1].text.starts_with("월")) {
        k += 2;
        if (kind_at(t, k, TokenKind::space)) ++k;
        if (!kind_at(t, k, TokenKind::digits) || k + 1 >= r.end || t[k + 1].kind != TokenKind::hangul) return false;
    }
    return t[k + 1].text.starts_with("일") && k + 8 >= r.end;
}

}  // namespace nangdok::normalize
