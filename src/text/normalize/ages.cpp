#include "normalize/ages.hpp"

#include <array>
#include <utility>

#include "normalize/number_words.hpp"

namespace nangdok::normalize {
namespace {

// The titles news puts beside a name with an age: Mr/Ms (씨), boy (군), girl (양), old man (옹).
constexpr std::array<std::string_view, 4> kPersonTitles = {"씨", "군", "양", "옹"};

bool ends_with_title(std::string_view word) {
    for (std::string_view title : kPersonTitles)
        if (word.ends_with(title)) return true;
    return false;
}

bool starts_with_title(std::string_view word) {
    for (std::string_view title : kPersonTitles)
        if (word.starts_with(title)) return true;
    return false;
}

// Particles that take another form after a vowel. Matched as the whole word, except 으로 which
// begins longer particles (으로부터, 으로는); 이 begins too many words (이었다) to match as a start.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kParticleAfterVowel = {{
    {"으로", "로"}, {"은", "는"}, {"을", "를"}, {"과", "와"}, {"이", "가"},
}};

}  // namespace

MaybeReading read_bracketed_age(const Tokens& t, std::size_t i) {
    if (!symbol_at(t, i, '(') || i == 0 || !kind_at(t, i + 1, TokenKind::digits) || !symbol_at(t, i + 2, ')'))
        return std::nullopt;
    const std::string_view digits = t[i + 1].text;
    if (digits.size() > 3 || digits.front() == '0') return std::nullopt;
    // The bracket is attached to the name: 김모(45), A씨(45); the title comes before or after it.
    const Token& before = t[i - 1];
    if (before.kind != TokenKind::hangul && before.kind != TokenKind::latin) return std::nullopt;
    std::size_t after = i + 3;
    if (kind_at(t, after, TokenKind::space)) ++after;
    const bool titled = (before.kind == TokenKind::hangul && ends_with_title(before.text)) ||
                        (kind_at(t, after, TokenKind::hangul) && starts_with_title(t[after].text));
    if (!titled) return std::nullopt;
    const std::string age = concat(" ", sino_cardinal(digits), " 세");
    if (!kind_at(t, i + 3, TokenKind::hangul)) return Reading{i + 3, age + " "};
    const std::string_view next = t[i + 3].text;
    if (starts_with_title(next)) return Reading{i + 3, age + " "};
    // A particle after the bracket now follows 세, which ends in a vowel: B양(17)은 → 십칠 세는.
    for (const auto& [consonant_form, vowel_form] : kParticleAfterVowel)
        if (next == consonant_form || (consonant_form == "으로" && next.starts_with(consonant_form)))
            return Reading{i + 4, concat(age, vowel_form, next.substr(consonant_form.size()), " ")};
    return Reading{i + 3, age};
}

}  // namespace nangdok::normalize
