#include "normalize/ball_counts.hpp"

#include "normalize/concat.hpp"
#include "normalize/number_words.hpp"

namespace nangdok::normalize {
namespace {

bool one_digit(const Tokens& t, std::size_t i) { return kind_at(t, i, TokenKind::digits) && t[i].text.size() == 1; }

bool letter_at(const Tokens& t, std::size_t i, std::string_view letter) {
    return kind_at(t, i, TokenKind::latin) && t[i].text == letter;
}

std::string called(std::string_view digit) { return digit == "0" ? std::string("노") : english_number(digit); }

std::string count_words(std::string_view balls, std::string_view strikes) {
    return concat(" ", called(balls), " 볼 ", called(strikes), " 스트라이크 ");
}

// The word before token i, across one space: 볼카운트 2-2.
bool after_count_word(const Tokens& t, std::size_t i) {
    std::size_t k = i;
    if (k >= 1 && t[k - 1].kind == TokenKind::space) --k;
    return k >= 1 && t[k - 1].kind == TokenKind::hangul && t[k - 1].text.ends_with("볼카운트");
}

}  // namespace

MaybeReading read_ball_count(const Tokens& t, std::size_t i) {
    if (!one_digit(t, i)) return std::nullopt;
    // 2B2S (balls, strikes), with or without the outs after them.
    if (letter_at(t, i + 1, "B") && one_digit(t, i + 2) && letter_at(t, i + 3, "S"))
        return Reading{i + 4, count_words(t[i].text, t[i + 2].text)};
    if (after_count_word(t, i) && symbol_at(t, i + 1, '-') && one_digit(t, i + 2) && !kind_at(t, i + 3, TokenKind::digits))
        return Reading{i + 3, count_words(t[i].text, t[i + 2].text)};
    return std::nullopt;
}

}  // namespace nangdok::normalize
