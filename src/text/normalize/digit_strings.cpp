#include "normalize/digit_strings.hpp"

#include <algorithm>
#include <vector>

#include "core/line_tools.hpp"
#include "normalize/context_words.hpp"
#include "normalize/counter_table.hpp"
#include "normalize/counters.hpp"
#include "normalize/number_words.hpp"
#include "normalize/unit_table.hpp"

namespace nangdok::normalize {
namespace {

bool is_dash(const Tokens& t, std::size_t i) {
    return i < t.size() && t[i].kind == TokenKind::symbol && (t[i].cp == '-' || t[i].cp == 0x2010 || t[i].cp == 0x2011);
}

// Digit groups joined by dashes from token i: the groups and the index after the last.
std::vector<std::string_view> dash_groups(const Tokens& t, std::size_t i, std::size_t& end) {
    std::vector<std::string_view> groups;
    if (!kind_at(t, i, TokenKind::digits)) return groups;
    groups.push_back(t[i].text);
    end = i + 1;
    while (is_dash(t, end) && kind_at(t, end + 1, TokenKind::digits)) {
        groups.push_back(t[end + 1].text);
        end += 2;
    }
    return groups;
}

std::string say_groups(const std::vector<std::string_view>& groups) {
    std::string out;
    for (std::string_view group : groups) {
        out += ' ';
        out += digit_by_digit(group, "공");
        out += ',';
    }
    out.back() = ' ';
    return out;
}

bool plausible_year(std::string_view digits) {
    const long long year = small_value(digits);
    return digits.size() == 4 && year >= 1000 && year <= 2999;
}

// 010.777.8888, 555.555.5555, 123.456-7890, 010 1234 5678: three groups with a four-digit last
// group, joined by dots (dashes may mix in), or by single spaces when the number starts with the
// zero of an area or mobile prefix. Dates (2024.5.8) end in one or two digits; decimals have two
// groups.
MaybeReading read_dotted_phone(const Tokens& t, std::size_t i) {
    const auto separator_at = [&](std::size_t k) -> char32_t {
        if (symbol_at(t, k, '.') || is_dash(t, k)) return t[k].cp;
        if (kind_at(t, k, TokenKind::space) && t[k].text == " ") return ' ';
        return 0;
    };
    const char32_t first = separator_at(i + 1), second = separator_at(i + 3);
    if (!kind_at(t, i, TokenKind::digits) || first == 0 || second == 0) return std::nullopt;
    const bool spaced = first == ' ' || second == ' ';
    if (spaced && (first != second || t[i].text.front() != '0' || t[i].text.size() > 3)) return std::nullopt;
    if (!spaced && first != '.' && second != '.') return std::nullopt;  // all dashes: read_dash_groups
    if (t[i].text.size() < 2 || t[i].text.size() > 4 || !kind_at(t, i + 2, TokenKind::digits) ||
        t[i + 2].text.size() < 3 || t[i + 2].text.size() > 4 || !kind_at(t, i + 4, TokenKind::digits) ||
        t[i + 4].text.size() != 4)
        return std::nullopt;
    // A fourth group or a decimal tail makes it something else (an address, a version).
    if (separator_at(i + 5) != 0 && separator_at(i + 5) != ' ' && kind_at(t, i + 6, TokenKind::digits))
        return std::nullopt;
    return Reading{i + 5, say_groups({t[i].text, t[i + 2].text, t[i + 4].text})};
}

// 192.168.0.1: four dotted groups of at most three digits, each read digit by digit.
MaybeReading read_ip_address(const Tokens& t, std::size_t i) {
    std::vector<std::string_view> groups;
    std::size_t k = i;
    while (kind_at(t, k, TokenKind::digits) && t[k].text.size() <= 3 && small_value(t[k].text) <= 255) {
        groups.push_back(t[k].text);
        if (groups.size() == 4 || !symbol_at(t, k + 1, '.')) break;
        k += 2;
    }
    if (groups.size() != 4 || (symbol_at(t, k + 1, '.') && kind_at(t, k + 2, TokenKind::digits))) return std::nullopt;
    std::string spoken = " ";
    for (std::size_t g = 0; g < groups.size(); ++g) spoken += digit_by_digit(groups[g], "공") + (g + 1 < groups.size() ? " 점 " : " ");
    return Reading{k + 1, spoken};
}

// (02) 1234-5678, (415) 555-0123: an area code in brackets before dash groups.
// 290-4345/4347, 031-249-8444, 7444: the last digits of another line at the same number;
// 380-3410~3420: a run of lines, from the first to the last.
Reading with_other_lines(const Tokens& t, Reading number, std::size_t last) {
    constexpr std::size_t kMinLineDigits = 3;
    if (last < kMinLineDigits) return number;
    for (;;) {
        std::size_t k = number.end;
        const bool run = k < t.size() && t[k].kind == TokenKind::symbol && is_range_mark(t[k].cp);
        if (!symbol_at(t, k, '/') && !symbol_at(t, k, ',') && !run) break;
        ++k;
        if (kind_at(t, k, TokenKind::space) && t[k].text == " ") ++k;
        if (!kind_at(t, k, TokenKind::digits) || t[k].text.size() != last) break;
        if (symbol_at(t, k + 1, '-') || symbol_at(t, k + 1, '.') || kind_at(t, k + 1, TokenKind::latin)) break;
        while (run && !number.spoken.empty() && number.spoken.back() == ' ') number.spoken.pop_back();
        number.spoken += concat(run ? "에서 " : ", ", digit_by_digit(t[k].text, "공"), " ");
        number.end = k + 1;
    }
    return number;
}

MaybeReading read_bracketed_area_code(const Tokens& t, std::size_t i) {
    if (!symbol_at(t, i, '(') || !kind_at(t, i + 1, TokenKind::digits) || t[i + 1].text.size() < 2 ||
        t[i + 1].text.size() > 4 || !symbol_at(t, i + 2, ')'))
        return std::nullopt;
    std::size_t j = i + 3;
    if (kind_at(t, j, TokenKind::space) || is_dash(t, j)) ++j;
    std::size_t end = j;
    auto groups = dash_groups(t, j, end);
    if (groups.size() < 2 || groups.back().size() != 4) return std::nullopt;
    groups.insert(groups.begin(), t[i + 1].text);
    return with_other_lines(t, Reading{end, say_groups(groups)}, groups.back().size());
}

MaybeReading read_dash_groups(const Tokens& t, std::size_t i) {
    std::size_t end = i;
    const auto groups = dash_groups(t, i, end);
    if (groups.size() < 2) return std::nullopt;
    // Letters or a further digit right after the last group make it a product code we leave alone.
    if (kind_at(t, end, TokenKind::latin)) return std::nullopt;
    if (groups.size() == 2) {
        const auto a = groups[0], b = groups[1];
        if (plausible_year(a) && plausible_year(b) && small_value(b) > small_value(a))
            return Reading{end, concat(" ", sino_cardinal(a), "에서 ", sino_cardinal(b), " ")};
        // A lone 0 is a score (0-1로 뒤진); a zero that pads a group marks a code (02-1234).
        const bool padded = (a.size() > 1 && a.front() == '0') || (b.size() > 1 && b.front() == '0');
        const bool code = padded || (a.size() >= 3 && b.size() >= 4) || (a.size() >= 4 && b.size() >= 3);
        if (!code) {
            // 3-1 between two small numbers is a score in news text, but 3-4일 is a range.
            if (kind_at(t, end, TokenKind::hangul) && match_counter(t[end].text).style != CounterStyle::none)
                return std::nullopt;
            // 아이폰15-15플러스-15프로: names that go on after the second number, dash after dash,
            // are a list of models.
            const bool names_go_on = (kind_at(t, end, TokenKind::hangul) || kind_at(t, end, TokenKind::latin)) &&
                                     is_dash(t, end + 1) && kind_at(t, end + 2, TokenKind::digits);
            if (names_go_on) return Reading{end, concat(" ", sino_cardinal(a), ", ", sino_cardinal(b))};
            // 제1-3형사부, 101-2호: glued to the word before, the dash numbers a part of the first.
            if (i > 0 && t[i - 1].kind == TokenKind::hangul)
                return Reading{end, concat(" ", sino_cardinal(a), "의 ", sino_cardinal(b), " ")};
            // 10-10 클럽, 30-30 클럽: a club of players who reached both marks, not a score.
            std::size_t next = end;
            if (kind_at(t, next, TokenKind::space) && t[next].text == " ") ++next;
            // 3-5 킬로그램: a unit written out after the second number makes a range, not a score.
            if (next != end && kind_at(t, next, TokenKind::hangul) && small_value(a) < small_value(b) &&
                std::any_of(std::begin(kUnits), std::end(kUnits), [&](const UnitEntry& u) {
                    return t[next].text.starts_with(u.spoken) && !u.spoken.empty();
                }))
                return std::nullopt;
            if (kind_at(t, next, TokenKind::hangul) && t[next].text.starts_with("클럽"))
                return Reading{end, concat(" ", sino_cardinal(a), " ", sino_cardinal(b), " ")};
            if (a.size() <= 2 && b.size() <= 2) {
                // 7-6<5>, 7-6(5): a tie-break's points after a set's score are for the eye.
                const bool tiebreak = kind_at(t, end + 1, TokenKind::digits) && t[end + 1].text.size() <= 2 &&
                                      ((symbol_at(t, end, '<') && symbol_at(t, end + 2, '>')) ||
                                       (symbol_at(t, end, '(') && symbol_at(t, end + 2, ')') &&
                                        (small_value(a) == 7 || small_value(b) == 7)));
                return Reading{tiebreak ? end + 3 : end, concat(" ", sino_cardinal(a), " 대 ", sino_cardinal(b), " ")};
            }
            // 108-73으로 이겼다, 126-128로 패했다: basketball and volleyball totals reach three digits;
            // with a particle after them, two close totals are still a score.
            // (A lot number, 123-45, has a small second part.)
            constexpr long long kMinTotal = 50, kMaxTotal = 199, kMaxMargin = 50;
            const long long x = small_value(a), y = small_value(b);
            const bool close_totals = a.size() <= 3 && b.size() <= 3 && std::min(x, y) >= kMinTotal &&
                                      std::max(x, y) <= kMaxTotal && (x > y ? x - y : y - x) <= kMaxMargin;
            if (close_totals && kind_at(t, end, TokenKind::hangul) && starts_with_any(t[end].text, kParticlesAfterCounter))
                return Reading{end, concat(" ", sino_cardinal(a), " 대 ", sino_cardinal(b), " ")};
            return std::nullopt;
        }
    }
    // 274타(70-68-71-65): a golfer's rounds or a game's quarters, numbers in a row. No phone or
    // account number is made of two-digit groups only, and a zero-padded group marks a date or code.
    if (groups.size() >= 3 && std::all_of(groups.begin(), groups.end(), [](std::string_view g) {
            return g.size() == 2 && g.front() != '0';
        })) {
        std::string rounds;
        for (std::string_view g : groups) rounds += concat(rounds.empty() ? " " : ", ", sino_cardinal(g));
        return Reading{end, rounds + " "};
    }
    return with_other_lines(t, Reading{end, say_groups(groups)}, groups.back().size());
}

// A word that announces a code just before token i: 예약 번호는, 연락처를, 끝자리, 마지막 4자리.
bool follows_code_signal(const Tokens& t, std::size_t i) {
    std::size_t k = i;
    if (k >= 1 && t[k - 1].kind == TokenKind::space) --k;
    if (k < 1 || t[k - 1].kind != TokenKind::hangul) return false;
    for (std::string_view signal : kCodeSignals)
        if (t[k - 1].text.find(signal) != std::string_view::npos) return true;
    // 마지막 4자리 3456: digits counted in 자리 are the digits of a code.
    return t[k - 1].text.starts_with("자리") && k >= 2 && t[k - 2].kind == TokenKind::digits;
}

}  // namespace

MaybeReading read_code_after_signal(const Tokens& t, std::size_t i) {
    if (!kind_at(t, i, TokenKind::digits) || t[i].text.size() < 3 || !follows_code_signal(t, i)) return std::nullopt;
    std::vector<std::string_view> groups{t[i].text};
    std::size_t end = i + 1;
    for (;;) {
        const bool spaced = kind_at(t, end, TokenKind::space) && t[end].text == " ";
        const bool joiner = is_dash(t, end) || symbol_at(t, end, '.') || spaced;
        if (!joiner || !kind_at(t, end + 1, TokenKind::digits)) break;
        // A spaced group must look like part of a number (604 812), not a count that follows (123 2개).
        if (spaced && t[end + 1].text.size() < 3) break;
        groups.push_back(t[end + 1].text);
        end += 2;
    }
    return Reading{end, say_groups(groups)};
}

MaybeReading read_digit_groups(const Tokens& t, std::size_t i) {
    if (i >= t.size()) return std::nullopt;
    if (t[i].kind == TokenKind::digits) {
        if (auto address = read_ip_address(t, i)) return address;
        if (auto dotted = read_dotted_phone(t, i)) return dotted;
        return read_dash_groups(t, i);
    }
    if (auto bracketed = read_bracketed_area_code(t, i)) return bracketed;
    // +82 10-1234-5678, +1 (415) 555-0123: a country code.
    if (symbol_at(t, i, '+') && kind_at(t, i + 1, TokenKind::digits) && t[i + 1].text.size() <= 3) {
        std::size_t j = i + 2;
        if (kind_at(t, j, TokenKind::space) || is_dash(t, j)) ++j;
        const std::string country = concat(" 국가번호 ", digit_by_digit(t[i + 1].text, "공"), ",");
        if (auto bracketed = read_bracketed_area_code(t, j))
            return Reading{bracketed->end, country + bracketed->spoken};
        if (auto dotted = read_dotted_phone(t, j)) return Reading{dotted->end, country + dotted->spoken};
        std::size_t end = j;
        const auto groups = dash_groups(t, j, end);
        if (groups.size() < 2) return std::nullopt;
        return Reading{end, country + say_groups(groups)};
    }
    return std::nullopt;
}

}  // namespace nangdok::normalize
