#include "normalize/numbers.hpp"

#include "normalize/concat.hpp"
#include "normalize/number_words.hpp"

namespace nangdok::normalize {
namespace {

bool digits_of_length(const Tokens& t, std::size_t i, std::size_t min, std::size_t max) {
    return kind_at(t, i, TokenKind::digits) && t[i].text.size() >= min && t[i].text.size() <= max;
}

bool minus_can_be_sign(const Tokens& t, std::size_t i) {
    if (i == 0) return true;
    const Token& before = t[i - 1];
    if (before.kind == TokenKind::space) return true;
    if (before.kind != TokenKind::symbol) return false;
    // After a closing bracket or a digit-like symbol the dash joins two things; after an opening
    // bracket, a quote or a sign like ▲ it is a sign.
    return before.cp != ')' && before.cp != ']' && before.cp != '%' && before.cp != '.';
}

// In statistics △ before a percentage is a fall ("액정디바이스(△12.9%)"); before other numbers it
// is a list mark ("△3일 개막식 △4일 공연").
bool triangle_is_minus(const Tokens& t, std::size_t i) {
    if (!symbol_at(t, i, U'△') || !kind_at(t, i + 1, TokenKind::digits)) return false;
    std::size_t k = i + 2;
    if (symbol_at(t, k, '.') && kind_at(t, k + 1, TokenKind::digits)) k += 2;
    return symbol_at(t, k, '%');
}

}  // namespace

bool is_minus_sign(char32_t cp) { return cp == '-' || cp == 0x2212 || cp == 0x2013; }

long long WrittenNumber::value() const {
    if (!is_plain_integer()) return -1;
    return small_value(integer, 12);
}

std::optional<WrittenNumber> parse_number(const Tokens& t, std::size_t i) {
    WrittenNumber number;
    number.begin = i;
    const bool digits_next = kind_at(t, i + 1, TokenKind::digits) ||
                             (symbol_at(t, i + 1, U'√') && kind_at(t, i + 2, TokenKind::digits));
    if (i < t.size() && t[i].kind == TokenKind::symbol &&
        ((is_minus_sign(t[i].cp) && digits_next) || triangle_is_minus(t, i)) && minus_can_be_sign(t, i)) {
        number.negative = true;
        ++i;
    }
    // .5 is 영 점 오 when the point starts the number.
    if (symbol_at(t, i, '.') && kind_at(t, i + 1, TokenKind::digits) && (i == 0 || t[i - 1].kind == TokenKind::space)) {
        number.integer = "0";
        number.fraction = std::string(t[i + 1].text);
        number.end = i + 2;
        return number;
    }
    if (symbol_at(t, i, U'√') && kind_at(t, i + 1, TokenKind::digits)) {
        number.root = true;
        ++i;
    }
    if (!kind_at(t, i, TokenKind::digits)) return std::nullopt;
    number.integer = std::string(t[i].text);
    ++i;
    // Grouping commas only when every group after the first has three digits (1,234,567).
    if (number.integer.size() <= 3 && symbol_at(t, i, ',') && digits_of_length(t, i + 1, 3, 3)) {
        while (symbol_at(t, i, ',') && digits_of_length(t, i + 1, 3, 3)) {
            number.integer += t[i + 1].text;
            i += 2;
        }
    }
    if (symbol_at(t, i, '.') && kind_at(t, i + 1, TokenKind::digits)) {
        number.fraction = std::string(t[i + 1].text);
        i += 2;
    } else if (symbol_at(t, i, '/') || symbol_at(t, i, 0x2044)) {
        const bool root = symbol_at(t, i + 1, U'√');
        const std::size_t d = root ? i + 2 : i + 1;
        // 2024/25 and 2024/2025 are a season spanning two years, not a fraction.
        const auto is_year = [](std::string_view digits) {
            return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        };
        const bool year_span = !root && is_year(number.integer) && kind_at(t, d, TokenKind::digits) &&
                               (t[d].text.size() == 2 || is_year(t[d].text));
        // 128/256/512GB: numbers in a list of slashes are no fraction.
        const bool slash_list = number.begin >= 2 && symbol_at(t, number.begin - 1, '/') &&
                                t[number.begin - 2].kind == TokenKind::digits;
        if (kind_at(t, d, TokenKind::digits) && !symbol_at(t, d + 1, '/') && !year_span && !slash_list &&
            t[d].text.find_first_not_of('0') != std::string_view::npos) {
            number.denominator = std::string(t[d].text);
            number.root_denominator = root;
            i = d + 1;
        }
    }
    number.end = i;
    return number;
}

std::string spell_number(const WrittenNumber& number, CounterStyle style) {
    std::string words = number.negative ? "마이너스 " : "";
    const std::string root = number.root ? "루트 " : "";
    if (!number.denominator.empty())
        return concat(words, number.root_denominator ? "루트 " : "", sino_cardinal(number.denominator), "분의 ", root,
                      sino_cardinal(number.integer));
    if (!number.fraction.empty()) return concat(words, root, decimal_reading(number.integer, number.fraction));
    if (number.root) return concat(words, root, sino_cardinal(number.integer));
    // A leading zero marks a code (000739), not a quantity.
    if (number.integer.size() > 1 && number.integer.front() == '0') return words + digit_by_digit(number.integer, "공");
    switch (style) {
        case CounterStyle::native:
            // Native numbers stop at 아흔아홉; news reads 3,456명 as 삼천사백오십육 명, not ICU's
            // mixed 삼천사백쉰여섯.
            if (number.value() < 0 || number.value() >= 100) return words + sino_cardinal(number.integer);
            return words + native_attributive(number.integer);
        case CounterStyle::ordinal_count:
            // Native ordinals stop at 서른아홉 번째; from 40 news Korean counts 사십 번째.
            if (number.value() < 0 || number.value() >= 40) return words + sino_cardinal(number.integer) + " 번째";
            return words + native_ordinal_count(number.integer);
        case CounterStyle::english:
            // 노아웃, 원 볼: baseball counts in English up to twenty.
            if (number.value() == 0) return words + "노";
            if (number.value() < 0 || number.value() > 20) return words + sino_cardinal(number.integer);
            return words + english_number(number.integer);
        case CounterStyle::month: {
            const std::string_view special = month_name(number.value());
            return words + (special.empty() ? sino_cardinal(number.integer) : std::string(special));
        }
        default:
            return words + sino_cardinal(number.integer);
    }
}

}  // namespace nangdok::normalize
