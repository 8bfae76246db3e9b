#include "normalize/number_phrase.hpp"

#include <algorithm>
#include <iterator>

#include "core/line_tools.hpp"
#include "normalize/counter_table.hpp"
#include "normalize/data/english_number_heads.hpp"
#include "normalize/data/english_ordinals.hpp"
#include "normalize/data/fixed_number_words.hpp"
#include "normalize/data/generation_words.hpp"
#include "normalize/data/section_counters.hpp"
#include "normalize/data/term_words.hpp"
#include "normalize/latin.hpp"
#include "normalize/number_words.hpp"
#include "normalize/numbers.hpp"
#include "normalize/particles.hpp"
#include "normalize/temperature.hpp"
#include "normalize/units_money.hpp"

namespace nangdok::normalize {
namespace {

// What follows a number and decides how it is read.
struct Suffix {
    enum class Kind { none, unit, counter } kind = Kind::none;
    std::string unit_spoken;       // 킬로미터, or 킬로그램 퍼 제곱미터 for kg/m2
    std::string_view unit_before;  // said before the number: 시속
    CounterMatch counter;
    std::string_view word;  // the Hangul word holding the counter
    std::size_t end = 0;    // first token after the unit, or after the Hangul word
};

std::string_view hangul_word_before(const Tokens& t, std::size_t i) {
    if (i >= 1 && t[i - 1].kind == TokenKind::hangul) return t[i - 1].text;
    return {};
}

// A unit written at `at` (km, %, mg/L), with what the number says about it.
std::optional<Suffix> unit_suffix(const Tokens& t, std::size_t at, const WrittenNumber& number) {
    const UnitMatch unit = match_unit(t, at);
    if (unit.unit == nullptr) return std::nullopt;
    // 32N형, 84A형: a letter before 형 (type) names a floor plan or a model, not a unit.
    if (unit.unit->written.size() == 1 && kind_at(t, unit.end, TokenKind::hangul) && t[unit.end].text.starts_with("형"))
        return std::nullopt;
    // 아이폰 6s, iPhone 6s: a small whole number with an s after a product's name is a model. A
    // product line's Hangul name is three syllables or more (아이폰, 갤럭시), unlike 후 or 광고.
    constexpr std::size_t kMinProductNameBytes = 9;
    const std::size_t b = number.begin;
    const bool after_name = b >= 2 && kind_at(t, b - 1, TokenKind::space) && t[b - 1].text == " " &&
                            ((t[b - 2].kind == TokenKind::hangul && t[b - 2].text.size() >= kMinProductNameBytes) ||
                             t[b - 2].kind == TokenKind::latin);
    if (unit.unit->written == "s" && number.is_plain_integer() && number.integer.size() <= 2 && after_name &&
        !kind_at(t, unit.end, TokenKind::latin))
        return std::nullopt;
    Suffix found{Suffix::Kind::unit, std::string(unit.unit->spoken), unit.unit->spoken_before, {}, {}, unit.end};
    // 1990s is a decade, not seconds.
    if (unit.unit->written == "s" && number.is_plain_integer() && number.integer.size() >= 3 &&
        number.integer.back() == '0')
        found.unit_spoken = "년대";
    // Compound units: mg/L → 밀리그램 퍼 리터.
    if (found.unit_before.empty() && symbol_at(t, unit.end, '/')) {
        const UnitMatch per = match_unit(t, unit.end + 1);
        if (per.unit != nullptr && per.unit->spoken_before.empty()) {
            found.unit_spoken += concat(" 퍼 ", per.unit->spoken);
            found.end = per.end;
        }
    }
    return found;
}

// After a word for a sentence or term (징역, 구형, 집행유예… in term_words.tsv), or after a few
// years (1년 6월, not 2024년 6월), N월 is a number of months.
bool is_term_of_months(const Tokens& t, const WrittenNumber& number, std::string_view word_before) {
    if (std::any_of(std::begin(kTermWords), std::end(kTermWords),
                    [&](std::string_view word) { return word_before == word; }))
        return true;
    const std::size_t b = number.begin;
    return b >= 3 && kind_at(t, b - 1, TokenKind::space) && t[b - 2].kind == TokenKind::hangul && t[b - 2].text == "년" &&
           t[b - 3].kind == TokenKind::digits && small_value(t[b - 3].text, 2) >= 1 &&
           !(b >= 4 && symbol_at(t, b - 4, '.'));
}

// The counter at the start of the Hangul word at `at`, decided in its context.
Suffix counter_suffix(const Tokens& t, std::size_t at, const WrittenNumber& number) {
    CounterContext context{t[at].text, {}, hangul_word_before(t, number.begin), number.value(), false, {}};
    context.word_before = context.previous_word;
    if (number.begin >= 2 && t[number.begin - 1].kind == TokenKind::space && t[number.begin - 2].kind == TokenKind::hangul)
        context.word_before = t[number.begin - 2].text;
    if (kind_at(t, at + 1, TokenKind::space) && kind_at(t, at + 2, TokenKind::hangul)) context.next_word = t[at + 2].text;
    // 3대 1 is a score; 3대 2곳 is a count followed by another count.
    const std::size_t n = kind_at(t, at + 1, TokenKind::space) ? at + 2 : at + 1;
    context.number_follows =
        kind_at(t, n, TokenKind::digits) &&
        !(kind_at(t, n + 1, TokenKind::hangul) && match_counter(t[n + 1].text).style != CounterStyle::none);
    // 1천7백38명: the digits end an amount written with magnitude words, a thousand and more, so a
    // native counter takes Sino numbers as it does from a hundred (천칠백삼십팔 명, not 서른여덟).
    const bool ends_written_amount = number.begin >= 2 && t[number.begin - 1].kind == TokenKind::hangul &&
                                     t[number.begin - 2].kind == TokenKind::digits &&
                                     (is_large_number_word(t[number.begin - 1].text) || t[number.begin - 1].text == "백");
    CounterMatch counter = counter_in_context(context);
    if (counter.style == CounterStyle::none) return {};
    if (ends_written_amount && counter.style == CounterStyle::native) counter.style = CounterStyle::sino;
    // 징역 6월, 1년 6월: in a sentence of the court 월 counts months (육 월), it is not June.
    if (counter.style == CounterStyle::month && is_term_of_months(t, number, context.word_before))
        counter.style = CounterStyle::sino;
    return {Suffix::Kind::counter, {}, {}, counter, t[at].text, at + 1};
}

bool only_particles_after(std::string_view rest) { return rest.empty() || starts_with_any(rest, kParticlesAfterCounter); }

// Counters of time, the only ones 간 (for a span of) follows: 3 개월간, 2 주간.
constexpr std::string_view kSpanCounters[] = {"년", "개월", "달", "주", "주일", "일", "시간", "분", "초", "세기", "박"};

// Written apart, a word is a counter only when a particle at most follows it: 3 개월간 counts,
// 15 개발자 and 2024 시즌 do not, nor 5 기간 (a period, not 기 and 간).
bool counter_written_apart(const Suffix& counter) {
    const std::string_view written = counter.word.substr(0, counter.counter.length);
    const std::string_view rest = counter.word.substr(counter.counter.length);
    if (rest.starts_with("간") && std::find(std::begin(kSpanCounters), std::end(kSpanCounters), written) == std::end(kSpanCounters))
        return false;
    return only_particles_after(rest);
}

// The unit or counter right after the number, or after one space.
Suffix find_suffix(const Tokens& t, const WrittenNumber& number) {
    const std::size_t j = number.end;
    const bool spaced = kind_at(t, j, TokenKind::space) && t[j].text == " ";
    for (std::size_t at : {j, spaced ? j + 1 : t.size()}) {
        if (at >= t.size()) continue;
        if (auto unit = unit_suffix(t, at, number)) {
            // A spaced one-letter unit is too likely to be a word of its own (3 m 떨어진 vs 3 A).
            if (at != j && match_unit(t, at).unit->written.size() < 2) continue;
            return *unit;
        }
        if (t[at].kind == TokenKind::hangul) {
            Suffix counter = counter_suffix(t, at, number);
            if (at != j && counter.kind == Suffix::Kind::counter && !counter_written_apart(counter)) return {};
            return counter;
        }
    }
    return {};
}

bool says_degrees(const Suffix& suffix) {
    if (suffix.kind == Suffix::Kind::unit) return suffix.unit_spoken == "도" && suffix.unit_before.empty();
    return suffix.kind == Suffix::Kind::counter && suffix.counter.length == std::string_view("도").size() &&
           suffix.word.starts_with("도");
}

// The number said with its suffix. `copy_counter_only` drops the particle after a counter, for
// the first half of a range.
std::string say(const Tokens& t, const WrittenNumber& written, const Suffix& suffix, bool copy_counter_only) {
    // Before a unit or counter a leading zero is padding (09분), not a code.
    WrittenNumber number = written;
    if (suffix.kind != Suffix::Kind::none) number.integer = std::string(strip_leading_zeros(number.integer));
    std::string out;
    if (says_degrees(suffix))
        if (const std::string_view sign = temperature_sign(t, number); !sign.empty()) {
            number.negative = false;
            out = concat(sign, " ");
        }
    if (suffix.kind == Suffix::Kind::unit) {
        // 시속 250km/h: the text has said 시속 already.
        const std::size_t b = written.begin;
        const std::size_t word = b >= 2 && kind_at(t, b - 1, TokenKind::space) ? b - 2 : b - 1;
        const bool said_before = b >= 1 && kind_at(t, word, TokenKind::hangul) && t[word].text.ends_with(suffix.unit_before);
        if (!suffix.unit_before.empty() && !said_before) out = concat(suffix.unit_before, " ", out);
        return out + spell_number(number, CounterStyle::sino) + " " + suffix.unit_spoken;
    }
    if (suffix.kind == Suffix::Kind::none) return spell_number(number, CounterStyle::sino);
    const CounterStyle style = suffix.counter.style;
    const std::string_view counter = suffix.word.substr(0, suffix.counter.length);
    const std::string_view rest = copy_counter_only ? std::string_view{} : suffix.word.substr(suffix.counter.length);
    if (style == CounterStyle::ordinal_count) return spell_number(number, style) + std::string(rest);
    if (style == CounterStyle::month) return spell_number(number, style) + std::string(counter) + std::string(rest);
    // 만 and 천 alone are the number; 일만 sounds like a mistake (1억 keeps its 일).
    const bool bare_large = counter == "만" || counter == "천";
    if (bare_large && number.is_plain_integer() && number.value() == 1 && !number.negative)
        return std::string(counter) + std::string(rest);
    const bool large = bare_large || counter == "억" || counter == "조" || counter == "경";
    return out + spell_number(number, style) + (large ? "" : " ") + std::string(counter) + std::string(rest);
}

struct Joiner {
    std::size_t next;   // token after the joiner
    std::string words;  // what it is said as
    bool is_range;      // a range mark is said as 에서 even without a counter to copy
};

// What may stand between two numbers that share a counter.
std::optional<Joiner> find_joiner(const Tokens& t, std::size_t k) {
    if (k >= t.size()) return std::nullopt;
    if (t[k].kind == TokenKind::symbol) {
        if (is_range_mark(t[k].cp)) return Joiner{k + 1, "에서 ", true};
        if (t[k].cp == '-') return Joiner{k + 1, "에서 ", false};
        if (t[k].cp == ',' || is_middle_dot(t[k].cp)) return Joiner{k + 1, ", ", false};
    }
    if (t[k].kind == TokenKind::hangul && (t[k].text == "에서" || t[k].text == "부터"))
        return Joiner{k + 1, std::string(t[k].text) + " ", false};
    return std::nullopt;
}

// How many items a list may run on before the counter they share: 26·29·34기.
constexpr int kMaxListItems = 8;

// The unit or counter of `number`, or, in a list whose items are joined like `joiner` (· or ,),
// of the first later item that has one: every item takes it (이십육 기, 이십구 기, 삼십사 기).
Suffix list_counter(const Tokens& t, WrittenNumber number, const Token& joiner) {
    Suffix suffix = find_suffix(t, number);
    const bool list = joiner.kind == TokenKind::symbol && (joiner.cp == ',' || is_middle_dot(joiner.cp));
    for (int items = 0; list && suffix.kind == Suffix::Kind::none && items < kMaxListItems; ++items) {
        if (!(symbol_at(t, number.end, joiner.cp))) break;
        std::size_t b = number.end + 1;
        if (kind_at(t, b, TokenKind::space)) ++b;
        const auto next = parse_number(t, b);
        if (!next) break;
        number = *next;
        suffix = find_suffix(t, number);
    }
    return suffix;
}

// 부, 호, 번지: counters of a section of something numbered (data/normalize/section_counters.tsv).
bool is_section_counter(const Suffix& suffix) {
    const std::string_view counter = suffix.word.substr(0, suffix.counter.length);
    return std::any_of(std::begin(kSectionCounters), std::end(kSectionCounters),
                       [&](std::string_view section) { return counter == section; });
}

// 2030, 4050: two consecutive decades of age.
bool is_decade_pair(std::string_view digits) {
    return digits[1] == '0' && digits[3] == '0' && digits[0] != '0' && digits[2] == digits[0] + 1;
}

// Whether a word for people (세대, 여성, MZ…, data/normalize/generation_words.tsv) is attached to the
// number, or is one of the two words after it or the word before it.
bool names_generation(const Tokens& t, const WrittenNumber& number) {
    const auto people = [&](std::size_t k) {
        if (k >= t.size() || (t[k].kind != TokenKind::hangul && t[k].kind != TokenKind::latin)) return false;
        return std::any_of(std::begin(kGenerationWords), std::end(kGenerationWords),
                           [&](std::string_view word) { return t[k].text.starts_with(word); });
    };
    if (kind_at(t, number.end, TokenKind::hangul)) return people(number.end);
    if (number.begin >= 2 && kind_at(t, number.begin - 1, TokenKind::space) && people(number.begin - 2)) return true;
    std::size_t k = number.end;
    for (int words = 0; words < 2 && kind_at(t, k, TokenKind::space); ++words, k += 2)
        if (people(k + 1)) return true;
    return false;
}

// 5G, 3D: digits read in English before capitals that are not a unit.
MaybeReading read_digits_before_capitals(const Tokens& t, const WrittenNumber& number) {
    const std::size_t j = number.end;
    if (!number.is_plain_integer() || number.negative || !kind_at(t, j, TokenKind::latin)) return std::nullopt;
    const std::string_view letters = t[j].text;
    // 30X40: a product, read by the Latin rule.
    if ((letters == "x" || letters == "X") && kind_at(t, j + 1, TokenKind::digits)) return std::nullopt;
    // 2NE1: a name of digits and letters is looked up whole.
    if (kind_at(t, j + 1, TokenKind::digits))
        if (auto word = latin_lexicon_lookup(span_text(t, number.begin, j + 2))) return Reading{j + 2, concat(" ", *word, " ")};
    const std::string combined = std::string(span_text(t, number.begin, j + 1));
    if (auto word = latin_lexicon_lookup(combined)) return Reading{j + 1, concat(" ", *word, " ")};
    // 2nd, 3rd: English ordinals, as in English titles.
    if (letters == "st" || letters == "nd" || letters == "rd" || letters == "th")
        for (const auto& [digits, spoken] : kEnglishOrdinals)
            if (digits == number.integer) return Reading{j + 1, concat(" ", spoken, " ")};
    // 6Play, 4Runner: a number that begins an English name is English too.
    const bool capitalized_word = letters.size() >= 3 && is_all_capitals(letters.substr(0, 1)) &&
                                  !is_all_capitals(letters.substr(1, 1));
    if (capitalized_word && number.integer.size() <= 2)
        return Reading{j + 1, concat(" ", english_number(number.integer), " ", read_latin_word(letters), " ")};
    if (letters.size() > 3 || !is_all_capitals(letters)) return std::nullopt;
    // One digit is English (5G, 3D, 2PM); more are a quantity of whatever the letters stand for (24K).
    const std::string said = number.integer.size() == 1 ? english_number(number.integer) : sino_cardinal(number.integer);
    return Reading{j + 1, concat(" ", said, letter_names(letters), " ")};
}


// 38선, 4대강: a number that is part of a name (data/normalize/fixed_number_words.tsv).
MaybeReading read_fixed_number_word(const Tokens& t, std::size_t i) {
    if (!kind_at(t, i, TokenKind::digits) || !kind_at(t, i + 1, TokenKind::hangul)) return std::nullopt;
    if (i > 0 && (t[i - 1].kind == TokenKind::digits || symbol_at(t, i - 1, '.'))) return std::nullopt;
    const std::string_view digits = t[i].text, word = t[i + 1].text;
    for (const auto& [written, spoken] : kFixedNumberWords) {
        if (!written.starts_with(digits)) continue;
        const std::string_view hangul = written.substr(digits.size());
        if (hangul.empty() || (hangul[0] >= '0' && hangul[0] <= '9') || !word.starts_with(hangul)) continue;
        return Reading{i + 2, concat(" ", spoken, word.substr(hangul.size()), " ")};
    }
    return std::nullopt;
}

}  // namespace

// 빅4, 톱10, '톱 5': after these loanwords a number is English, as in the English they come from.
bool after_english_number_head(const Tokens& t, const WrittenNumber& number) {
    std::size_t head = number.begin;
    if (head >= 2 && t[head - 1].kind == TokenKind::space && t[head - 1].text == " ") --head;
    if (head == 0 || t[head - 1].kind != TokenKind::hangul || !number.is_plain_integer() || number.negative ||
        number.value() < 1 || number.value() > 20)
        return false;
    return std::any_of(std::begin(kEnglishNumberHeads), std::end(kEnglishNumberHeads),
                       [&](std::string_view word) { return t[head - 1].text == word; });
}

MaybeReading read_number_phrase(const Tokens& t, std::size_t i) {
    if (auto fixed = read_fixed_number_word(t, i)) return fixed;
    const auto number = parse_number(t, i);
    if (!number) return std::nullopt;
    // 종로3가, 을지로1가: a street's section, not the particle 가 to choose again.
    if (number->is_plain_integer() && number->begin > 0 && t[number->begin - 1].kind == TokenKind::hangul &&
        (t[number->begin - 1].text.ends_with("로") || t[number->begin - 1].text.ends_with("동")) &&
        kind_at(t, number->end, TokenKind::hangul) && t[number->end].text.starts_with("가") &&
        !t[number->end].text.starts_with("가지"))
        return Reading{number->end + 1, concat(" ", sino_cardinal(number->integer), t[number->end].text, " ")};
    // 5⅓이닝: a whole number and a vulgar fraction (prepare_characters spaces them apart) are one
    // amount, 오와 삼분의 일 이닝.
    if (number->is_plain_integer() && !number->negative && kind_at(t, number->end, TokenKind::space) &&
        t[number->end].text == " " && kind_at(t, number->end + 1, TokenKind::digits) &&
        symbol_at(t, number->end + 2, 0x2044))
        if (const auto fraction = read_number_phrase(t, number->end + 1)) {
            const std::string whole = sino_cardinal(number->integer);
            return Reading{fraction->end, concat(" ", whole, particle_after(whole, "과").value_or("과"), fraction->spoken)};
        }
    if (after_english_number_head(t, *number) && find_suffix(t, *number).kind == Suffix::Kind::none)
        return Reading{number->end, concat(" ", english_number(number->integer), " ")};
    // 2030세대, 2030 여성: the twenties and thirties together, 이공삼공, beside a word for people.
    if (number->is_plain_integer() && number->integer.size() == 4 && is_decade_pair(number->integer) &&
        names_generation(t, *number))
        return Reading{number->end, concat(" ", digit_by_digit(number->integer, "공"), " ")};
    // 1분00초03: hundredths after the seconds, read digit by digit with 영 as a timer says it.
    const bool after_seconds = number->begin >= 1 && t[number->begin - 1].kind == TokenKind::hangul &&
                               t[number->begin - 1].text.ends_with("초");
    if (number->is_plain_integer() && !number->negative && number->end == number->begin + 1 &&
        number->integer.size() == 2 && number->integer.front() == '0' && after_seconds)
        return Reading{number->end, concat(" ", digit_by_digit(number->integer, "영"), " ")};
    // A-12345: four digits or more after letters and a dash are a code, not a quantity.
    const bool after_letters_and_dash = number->begin >= 2 && symbol_at(t, number->begin - 1, '-') &&
                                        t[number->begin - 2].kind == TokenKind::latin;
    if (number->is_plain_integer() && !number->negative && number->end == number->begin + 1 &&
        number->integer.size() >= 4 && after_letters_and_dash)
        return Reading{number->end, concat(" ", digit_by_digit(number->integer, "공"), " ")};
    const Suffix suffix = find_suffix(t, *number);
    if (suffix.kind == Suffix::Kind::none)
        if (auto mixed = read_digits_before_capitals(t, *number)) return mixed;
    std::size_t end = suffix.kind == Suffix::Kind::none ? number->end : suffix.end;

    // 1816.6원/L, 3000원/kg: a price per unit (천팔백십육 점 육 원 퍼 리터).
    if (suffix.kind == Suffix::Kind::counter && suffix.counter.length == suffix.word.size() && symbol_at(t, end, '/')) {
        const UnitMatch per = match_unit(t, end + 1);
        if (per.unit != nullptr && per.unit->spoken_before.empty())
            return Reading{per.end, concat(" ", say(t, *number, suffix, false), " 퍼 ", per.unit->spoken, " ")};
    }

    // A bare number opening a range or a list takes the unit or counter of the number after it:
    // 20~30대 → 이십 대에서 삼십 대, 3에서 6개월 → 삼 개월에서 육 개월, 20, 30대 → 이십 대, 삼십 대.
    if (suffix.kind == Suffix::Kind::none) {
        if (const auto joiner = find_joiner(t, end)) {
            std::size_t b = joiner->next;
            if (kind_at(t, b, TokenKind::space)) ++b;
            if (const auto second = parse_number(t, b)) {
                const Suffix closing = list_counter(t, *second, t[end]);
                // 스냅드래곤 835, 6GB: items of a list written with commas are alike; a first
                // number longer than the second is something else, not sharing its unit.
                // 2015시즌 4.87, 2016시즌: nor is a decimal beside a whole number, and a counter that
                // only begins a longer word (시즌) is that word's, not the list's.
                const bool unlike = number->integer.size() > second->integer.size() ||
                                    number->fraction.empty() != second->fraction.empty() ||
                                    (closing.kind == Suffix::Kind::counter &&
                                     !only_particles_after(closing.word.substr(closing.counter.length)));
                // 2,371.67·5월 29일: no decimal is a month; the date after it is another item.
                const bool decimal_before_month = !number->fraction.empty() && closing.kind == Suffix::Kind::counter &&
                                                  closing.counter.style == CounterStyle::month;
                if (t[end].kind == TokenKind::symbol && ((t[end].cp == ',' && unlike) || decimal_before_month))
                    return Reading{end, concat(" ", say(t, *number, suffix, false), " ")};
                // 6만9000~7만5000원: the 만 of the second bound is its own magnitude, not a unit to share.
                // (15~20만원 shares it: 십오만에서 이십만 원).
                const bool own_magnitude = number->begin > 0 && t[number->begin - 1].kind == TokenKind::hangul &&
                                           is_large_number_word(t[number->begin - 1].text);
                // 72·6천536: a magnitude inside the second number (digits follow it) is not shared.
                const bool inner = kind_at(t, closing.end, TokenKind::digits);
                // 900~1천달러: a first bound above the second's number does not share its magnitude.
                const bool above = number->value() < 0 || second->value() < 0 || number->value() >= second->value();
                const bool magnitude = (own_magnitude || inner || above) && closing.kind == Suffix::Kind::counter &&
                                       is_large_number_word(closing.word.substr(0, closing.counter.length));
                // 1·4분기, 3·4분기: the quarter is a fraction of the year, said 일사분기.
                if (is_middle_dot(t[end].cp) && second->integer == "4" && closing.kind == Suffix::Kind::counter &&
                    closing.word.starts_with("분기") && number->is_plain_integer() && number->value() >= 1 &&
                    number->value() <= 4)
                    return Reading{closing.end, concat(" ", sino_cardinal(number->integer), "사", closing.word, " ")};
                // 형사12-1부, 산23-4번지: a dash before a smaller number, or before a section's
                // counter, numbers a part of the first: 십이의 일 부.
                if (t[end].kind == TokenKind::symbol && t[end].cp == '-' && closing.kind == Suffix::Kind::counter &&
                    number->is_plain_integer() && second->is_plain_integer() &&
                    (number->value() >= second->value() || is_section_counter(closing)))
                    return Reading{joiner->next, concat(" ", spell_number(*number, CounterStyle::sino), "의 ")};
                // 1·2위, 1, 2, 3등, 26·29·34기: a list says its numbers and the counter once, at the
                // end (일, 이 위), each number in the counter's style (세, 네 개); that is how every
                // reader we asked wrote it. A month is said with each (유월, 칠월), and a range
                // repeats its counter (이십 대에서 삼십 대).
                const bool list = !joiner->is_range && t[end].kind == TokenKind::symbol &&
                                  (t[end].cp == ',' || is_middle_dot(t[end].cp));
                if (list && closing.kind == Suffix::Kind::counter && closing.counter.style != CounterStyle::month &&
                    !magnitude && number->is_plain_integer())
                    return Reading{joiner->next, concat(" ", spell_number(*number, closing.counter.style), ", ")};
                // So does a unit: 블루투스 3.0, 1.2GHz → 삼 점 영, 일 점 이 기가헤르츠.
                if (list && closing.kind == Suffix::Kind::unit && closing.unit_before.empty())
                    return Reading{joiner->next, concat(" ", spell_number(*number, CounterStyle::sino), ", ")};
                // 0~35㎍/㎥: a unit of two parts is too long to say twice; the range says it once.
                const bool long_unit = closing.kind == Suffix::Kind::unit &&
                                       closing.unit_spoken.find(" 퍼 ") != std::string::npos;
                if (joiner->is_range && long_unit)
                    return Reading{joiner->next, concat(" ", say(t, *number, suffix, false), joiner->words)};
                if (closing.kind != Suffix::Kind::none && !magnitude)
                    return Reading{joiner->next,
                                   concat(" ", say(t, *number, closing, /*copy_counter_only=*/true), joiner->words)};
                // 501-516 킬로그램: a dash between rising numbers before a unit written out is a range.
                const bool unit_written_out = closing.kind == Suffix::Kind::none &&
                                              kind_at(t, second->end, TokenKind::space) &&
                                              kind_at(t, second->end + 1, TokenKind::hangul) &&
                                              match_counter(t[second->end + 1].text).style != CounterStyle::none;
                const bool rising_dash = t[end].kind == TokenKind::symbol && t[end].cp == '-' &&
                                         number->is_plain_integer() && second->is_plain_integer() &&
                                         number->value() >= 0 && number->value() < second->value();
                if (joiner->is_range || (rising_dash && unit_written_out))
                    return Reading{joiner->next, concat(" ", say(t, *number, suffix, false), "에서 ")};
            }
        }
    }
    return Reading{end, concat(" ", say(t, *number, suffix, false), " ")};
}

}  // namespace nangdok::normalize
