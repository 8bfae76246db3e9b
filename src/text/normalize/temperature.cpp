#include "normalize/temperature.hpp"

#include "normalize/data/angle_words.hpp"

namespace nangdok::normalize {
namespace {

// How far around the number to look for a word of angles: a clause, not the whole text, so that
// reading stays linear.
constexpr std::size_t kContextTokens = 24;

bool speaks_of_angles(const Tokens& t, std::size_t i) {
    const std::size_t first = i > kContextTokens ? i - kContextTokens : 0;
    const std::size_t last = std::min(t.size(), i + kContextTokens);
    for (std::size_t k = first; k < last; ++k) {
        if (t[k].kind != TokenKind::hangul) continue;
        for (std::string_view word : kAngleWords)
            if (t[k].text.starts_with(word)) return true;
    }
    return false;
}

// -2~13도: the number at `begin` closes a range whose first bound is below zero.
bool closes_range_from_below_zero(const Tokens& t, std::size_t begin) {
    if (begin < 2 || t[begin - 1].kind != TokenKind::symbol || !is_range_mark(t[begin - 1].cp)) return false;
    std::size_t k = begin - 2;
    if (t[k].kind == TokenKind::hangul && t[k].text == "도" && k > 0) --k;  // -15도~1도
    if (t[k].kind != TokenKind::digits) return false;
    if (k >= 2 && symbol_at(t, k - 1, '.') && t[k - 2].kind == TokenKind::digits) k -= 2;  // -4.5
    if (k == 0 || t[k - 1].kind != TokenKind::symbol || !is_minus_sign(t[k - 1].cp)) return false;
    // A minus joined to a word before it is a hyphen (PM-10~20).
    return k < 2 || t[k - 2].kind == TokenKind::space || t[k - 2].kind == TokenKind::symbol;
}

}  // namespace

std::string_view temperature_sign(const Tokens& t, const WrittenNumber& number) {
    if (number.negative) return speaks_of_angles(t, number.begin) ? std::string_view{} : "영하";
    const bool above_zero = number.value() != 0 || !number.fraction.empty();
    if (above_zero && closes_range_from_below_zero(t, number.begin) && !speaks_of_angles(t, number.begin))
        return "영상";
    return {};
}

}  // namespace nangdok::normalize
