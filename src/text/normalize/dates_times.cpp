#include "normalize/dates_times.hpp"

#include <algorithm>

#include "normalize/context_words.hpp"
#include "normalize/counters.hpp"
#include "normalize/number_words.hpp"
#include "normalize/numbers.hpp"

namespace nangdok::normalize {
namespace {

bool digits_len(const Tokens& t, std::size_t i, std::size_t min, std::size_t max) {
    return kind_at(t, i, TokenKind::digits) && t[i].text.size() >= min && t[i].text.size() <= max;
}

bool valid_month_day(std::string_view month, std::string_view day) {
    const long long m = small_value(month), d = small_value(day);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string month_words(std::string_view month) {
    const std::string_view special = month_name(small_value(month));
    return (special.empty() ? sino_cardinal(month) : std::string(special)) + "월";
}

// Skips one space after a dotted date's separator (2024. 5. 8.).
std::size_t skip_space(const Tokens& t, std::size_t i, bool allowed) {
    return allowed && kind_at(t, i, TokenKind::space) ? i + 1 : i;
}

bool followed_by_word_or_digit(const Tokens& t, std::size_t i) {
    return kind_at(t, i, TokenKind::digits) || kind_at(t, i, TokenKind::latin);
}

}  // namespace

std::string_view meridiem(const Tokens& t, std::size_t i) {
    if (!kind_at(t, i, TokenKind::latin)) return {};
    const std::string_view w = t[i].text;
    if (w == "AM" || w == "am") return "오전";
    if (w == "PM" || w == "pm") return "오후";
    // a.m., p.m.
    if ((w == "a" || w == "p") && symbol_at(t, i + 1, '.') && kind_at(t, i + 2, TokenKind::latin) &&
        t[i + 2].text == "m")
        return w == "a" ? "오전" : "오후";
    return {};
}

std::size_t meridiem_end(const Tokens& t, std::size_t i) {
    if (t[i].text.size() == 2) return i + 1;
    return symbol_at(t, i + 3, '.') ? i + 4 : i + 3;
}

// 3PM, 11 a.m.: an hour with the half of the day after it.
MaybeReading read_hour_with_meridiem(const Tokens& t, std::size_t i) {
    if (!digits_len(t, i, 1, 2) || small_value(t[i].text) > 12) return std::nullopt;
    std::size_t after = i + 1;
    if (kind_at(t, after, TokenKind::space)) ++after;
    const std::string_view half = meridiem(t, after);
    if (half.empty()) return std::nullopt;
    return Reading{meridiem_end(t, after), concat(" ", half, " ", native_attributive(t[i].text), " 시 ")};
}

std::string say_date(std::string_view year, std::string_view month, std::string_view day) {
    std::string out;
    if (!year.empty()) out += sino_cardinal(year) + "년 ";
    if (!month.empty()) out += month_words(month) + " ";
    if (!day.empty()) out += sino_cardinal(day) + "일";
    return out;
}

// 01/30/2024 (month first) or 30/01/2024 (day first), said in the written order; a two-digit
// year only with slashes, where a fraction or a score is less likely.
MaybeReading read_year_last_date(const Tokens& t, std::size_t i) {
    if (!digits_len(t, i, 1, 2) || i + 4 >= t.size() || t[i + 1].kind != TokenKind::symbol) return std::nullopt;
    const char32_t sep = t[i + 1].cp;
    if ((sep != '/' && sep != '-' && sep != '.') || !digits_len(t, i + 2, 1, 2) || !symbol_at(t, i + 3, sep))
        return std::nullopt;
    const bool long_year = digits_len(t, i + 4, 4, 4);
    if (!long_year && !(sep == '/' && digits_len(t, i + 4, 2, 2))) return std::nullopt;
    if (symbol_at(t, i + 5, sep) || kind_at(t, i + 5, TokenKind::digits)) return std::nullopt;
    const std::string_view first = t[i].text, second = t[i + 2].text, year = t[i + 4].text;
    std::string spoken;
    if (valid_month_day(first, second))
        spoken = month_words(first) + " " + sino_cardinal(second) + "일 ";
    else if (valid_month_day(second, first))
        spoken = sino_cardinal(first) + "일 " + month_words(second) + " ";
    else
        return std::nullopt;
    return Reading{i + 5, concat(" ", spoken, sino_cardinal(year), "년 ")};
}

// Whether a bracketed weekday follows at token i, after one space at most: 10.03 (화).
bool weekday_follows(const Tokens& t, std::size_t i) {
    if (kind_at(t, i, TokenKind::space)) ++i;
    return read_bracketed_weekday(t, i).has_value();
}

// Whether token i ends a dotted date (2023.09.28 or 23.10.07), maybe with a bracketed weekday, then
// a range mark: what follows is the other end of the range, a date too (~ 10.03).
bool after_dotted_date_and_range(const Tokens& t, std::size_t i) {
    std::size_t k = i;
    if (k >= 1 && kind_at(t, k - 1, TokenKind::space)) --k;
    if (k < 1 || t[k - 1].kind != TokenKind::symbol || !is_range_mark(t[k - 1].cp)) return false;
    --k;
    if (k >= 1 && kind_at(t, k - 1, TokenKind::space)) --k;
    if (k >= 1 && symbol_at(t, k - 1, ')')) {  // (목)
        if (k < 4 || !symbol_at(t, k - 3, '(') || !kind_at(t, k - 2, TokenKind::hangul)) return false;
        k -= 3;
        if (k >= 1 && kind_at(t, k - 1, TokenKind::space)) --k;
    }
    return k >= 5 && digits_len(t, k - 1, 1, 2) && symbol_at(t, k - 2, '.') && digits_len(t, k - 3, 1, 2) &&
           symbol_at(t, k - 4, '.') && digits_len(t, k - 5, 2, 4);
}

// 10.03 (화), 23.10.07 (토), 2023.09.28 ~ 10.03: a month and a day, or a two-digit year, written
// with points; a weekday after them or the range they close says they are a date.
// 7. 27일, 7.27일(수): a month written with a point before a day written with 일. Without the space
// a weekday must follow (3.5일, 7.25일 are days and a fraction).
MaybeReading read_dotted_month_before_day(const Tokens& t, std::size_t i) {
    if (!digits_len(t, i, 1, 2) || !symbol_at(t, i + 1, '.')) return std::nullopt;
    if (i > 0 && (symbol_at(t, i - 1, '.') || kind_at(t, i - 1, TokenKind::digits))) return std::nullopt;
    const bool spaced = kind_at(t, i + 2, TokenKind::space) && t[i + 2].text == " ";
    const std::size_t day = spaced ? i + 3 : i + 2;
    if (!digits_len(t, day, 1, 2) || !kind_at(t, day + 1, TokenKind::hangul) || !t[day + 1].text.starts_with("일") ||
        !valid_month_day(t[i].text, t[day].text))
        return std::nullopt;
    if (!spaced && !(t[day + 1].text == "일" && weekday_follows(t, day + 2))) return std::nullopt;
    return Reading{day, concat(" ", say_date({}, t[i].text, {}), " ")};
}

MaybeReading read_dotted_short_date(const Tokens& t, std::size_t i) {
    if (auto month = read_dotted_month_before_day(t, i)) return month;
    if (!digits_len(t, i, 1, 2) || !symbol_at(t, i + 1, '.') || !digits_len(t, i + 2, 1, 2)) return std::nullopt;
    const bool with_year = symbol_at(t, i + 3, '.') && digits_len(t, i + 4, 1, 2);
    const std::size_t month = with_year ? i + 2 : i, day = with_year ? i + 4 : i + 2, end = day + 1;
    if (!valid_month_day(t[month].text, t[day].text) || symbol_at(t, end, '.') || kind_at(t, end, TokenKind::digits))
        return std::nullopt;
    if (i > 0 && (symbol_at(t, i - 1, '.') || kind_at(t, i - 1, TokenKind::digits))) return std::nullopt;
    // 23.09.28 ~ 09.29: a two-digit year opening a range to another dotted day.
    std::size_t k = end;
    if (kind_at(t, k, TokenKind::space)) ++k;
    const bool range_follows = k < t.size() && t[k].kind == TokenKind::symbol && is_range_mark(t[k].cp);
    if (kind_at(t, ++k, TokenKind::space)) ++k;
    const bool opens_range = with_year && range_follows && digits_len(t, k, 1, 2) && symbol_at(t, k + 1, '.') &&
                             digits_len(t, k + 2, 1, 2);
    if (!weekday_follows(t, end) && !opens_range && !(!with_year && after_dotted_date_and_range(t, i)))
        return std::nullopt;
    const std::string_view year = with_year ? t[i].text : std::string_view{};
    return Reading{end, concat(" ", say_date(year, t[month].text, t[day].text), " ")};
}

// 4/21 KST: a month and a day with a time zone after them, as news of a launch abroad writes it.
MaybeReading read_slashed_day_in_zone(const Tokens& t, std::size_t i) {
    static constexpr std::string_view kZones[] = {"KST", "EST", "EDT", "PST", "PDT", "UTC", "GMT", "CET", "JST", "ET", "PT"};
    if (!digits_len(t, i, 1, 2) || !symbol_at(t, i + 1, '/') || !digits_len(t, i + 2, 1, 2) ||
        !valid_month_day(t[i].text, t[i + 2].text))
        return std::nullopt;
    const std::size_t zone = kind_at(t, i + 3, TokenKind::space) ? i + 4 : i + 3;
    if (!kind_at(t, zone, TokenKind::latin) ||
        std::find(std::begin(kZones), std::end(kZones), t[zone].text) == std::end(kZones))
        return std::nullopt;
    return Reading{i + 3, concat(" ", say_date({}, t[i].text, t[i + 2].text), " ")};
}

MaybeReading read_numeric_date(const Tokens& t, std::size_t i) {
    if (auto year_last = read_year_last_date(t, i)) return year_last;
    if (auto zoned = read_slashed_day_in_zone(t, i)) return zoned;
    if (auto short_date = read_dotted_short_date(t, i)) return short_date;
    if (!digits_len(t, i, 4, 4)) return std::nullopt;
    const std::size_t sep1 = i + 1;
    if (sep1 >= t.size() || t[sep1].kind != TokenKind::symbol) return std::nullopt;
    const char32_t sep = t[sep1].cp;
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    const bool dotted = sep == '.';
    const std::size_t month = skip_space(t, sep1 + 1, dotted);
    if (!digits_len(t, month, 1, 2) || !symbol_at(t, month + 1, sep)) return std::nullopt;
    const std::size_t day = skip_space(t, month + 2, dotted);
    if (!digits_len(t, day, 1, 2) || !valid_month_day(t[month].text, t[day].text)) return std::nullopt;
    std::size_t end = day + 1;
    if (symbol_at(t, end, sep) && followed_by_word_or_digit(t, end + 1)) return std::nullopt;  // 1.2.3.4: not a date
    if (dotted && symbol_at(t, end, '.')) ++end;
    return Reading{end, concat(" ", say_date(t[i].text, t[month].text, t[day].text), " ")};
}

MaybeReading read_decimal_ratio(const Tokens& t, std::size_t i) {
    const auto left = parse_number(t, i);
    if (!left || left->fraction.empty() || !symbol_at(t, left->end, ':')) return std::nullopt;
    const auto right = parse_number(t, left->end + 1);
    if (!right || right->begin != left->end + 1) return std::nullopt;
    return Reading{right->end, concat(" ", spell_number(*left, CounterStyle::sino), " 대 ",
                                      spell_number(*right, CounterStyle::sino), " ")};
}

MaybeReading read_clock_time(const Tokens& t, std::size_t i) {
    if (!digits_len(t, i, 1, 2) || !symbol_at(t, i + 1, ':') || !kind_at(t, i + 2, TokenKind::digits))
        return std::nullopt;
    const long long hour = small_value(t[i].text);
    const std::string_view minutes = t[i + 2].text;
    if (minutes.size() != 2 || hour > 24 || small_value(minutes) > 59) {
        // 3:1 is a score or a ratio.
        if (minutes.size() > 3 || symbol_at(t, i + 3, ':')) return std::nullopt;
        return Reading{i + 3, concat(" ", sino_cardinal(t[i].text), " 대 ", sino_cardinal(minutes), " ")};
    }
    std::string spoken = concat(" ", native_attributive(t[i].text), " 시");
    if (small_value(minutes) != 0) spoken += concat(" ", sino_cardinal(minutes), " 분");
    std::size_t end = i + 3;
    if (symbol_at(t, end, ':') && digits_len(t, end + 1, 2, 2) && small_value(t[end + 1].text) <= 59) {
        if (small_value(t[end + 1].text) != 0) spoken += concat(" ", sino_cardinal(t[end + 1].text), " 초");
        end += 2;
    }
    // 10:30 AM → 오전 열 시 삼십 분: Korean says the half of the day first.
    std::size_t after = end;
    if (kind_at(t, after, TokenKind::space)) ++after;
    if (const std::string_view half = meridiem(t, after); !half.empty())
        return Reading{meridiem_end(t, after), concat(" ", half, spoken, " ")};
    return Reading{end, spoken + " "};
}

namespace {

bool named_date_word_follows(const Tokens& t, std::size_t i) {
    if (kind_at(t, i, TokenKind::space)) ++i;
    if (!kind_at(t, i, TokenKind::hangul)) return false;
    for (std::string_view word : kNamedDateWords)
        if (t[i].text.starts_with(word)) return true;
    return false;
}

std::string day_of_named_date(std::string_view day) {
    // 6·10 is 육십, not 육일영.
    return day.back() == '0' ? sino_cardinal(day) : digit_by_digit(day, "영");
}

}  // namespace

MaybeReading read_anniversary(const Tokens& t, std::size_t i) {
    if (!digits_len(t, i, 1, 2) || i + 2 >= t.size() || t[i + 1].kind != TokenKind::symbol ||
        !digits_len(t, i + 2, 1, 2))
        return std::nullopt;
    const bool dotted = t[i + 1].cp == '.' && valid_month_day(t[i].text, t[i + 2].text) && !symbol_at(t, i + 3, '.') &&
                        named_date_word_follows(t, i + 3);
    if (dotted) return Reading{i + 3, concat(" ", sino_cardinal(t[i].text), day_of_named_date(t[i + 2].text), " ")};
    if (!is_middle_dot(t[i + 1].cp)) return std::nullopt;
    // 1·2위, 3·4월: numbers sharing a counter are a list (number_phrase.cpp), not a named date.
    std::size_t last = i + 2;
    while (symbol_at(t, last + 1, t[i + 1].cp) && digits_len(t, last + 2, 1, 2)) last += 2;
    if (!named_date_word_follows(t, last + 1) && kind_at(t, last + 1, TokenKind::hangul) &&
        match_counter(t[last + 1].text).style != CounterStyle::none)
        return std::nullopt;
    // 10·20%, 3·5kg: so are numbers sharing a unit.
    if (symbol_at(t, last + 1, '%') || symbol_at(t, last + 1, U'℃') || kind_at(t, last + 1, TokenKind::latin))
        return std::nullopt;
    // Named dates are said as the month followed by the day's digits: 6·25 육이오, 4·19 사일구; a
    // day that repeats the month is said as the month was (12·12 십이 십이).
    std::string spoken = concat(" ", sino_cardinal(t[i].text));
    std::size_t end = i + 1;
    while (end + 1 < t.size() && t[end].kind == TokenKind::symbol && is_middle_dot(t[end].cp) &&
           digits_len(t, end + 1, 1, 2)) {
        const bool repeats = small_value(t[end + 1].text) == small_value(t[i].text);
        spoken += repeats ? concat(" ", sino_cardinal(t[end + 1].text)) : day_of_named_date(t[end + 1].text);
        end += 2;
    }
    return Reading{end, spoken + " "};
}

namespace {

std::string_view weekday_name(std::string_view abbreviation) {
    for (const auto& [short_form, name] : kWeekdayNames)
        if (abbreviation == short_form) return name;
    return {};
}

}  // namespace

// (화), (월~금), (토·일): weekday abbreviations in brackets after a date.
MaybeReading read_bracketed_weekday(const Tokens& t, std::size_t i) {
    if (!symbol_at(t, i, '(')) return std::nullopt;
    std::string spoken = " ";
    std::size_t j = i + 1;
    while (true) {
        if (!kind_at(t, j, TokenKind::hangul)) return std::nullopt;
        const std::string_view name = weekday_name(t[j].text);
        if (name.empty()) return std::nullopt;
        spoken += std::string(name);
        ++j;
        if (symbol_at(t, j, ')')) return Reading{j + 1, spoken + " "};
        if (j >= t.size() || t[j].kind != TokenKind::symbol) return std::nullopt;
        if (is_range_mark(t[j].cp) || t[j].cp == '-')
            spoken += "에서 ";
        else if (is_middle_dot(t[j].cp) || t[j].cp == ',')
            spoken += ", ";
        else
            return std::nullopt;
        ++j;
    }
}

}  // namespace nangdok::normalize
