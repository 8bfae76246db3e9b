#include "normalize/unit_readings.hpp"

#include <string>

#include "normalize/concat.hpp"
#include "normalize/numbers.hpp"
#include "normalize/units_money.hpp"

namespace nangdok::normalize {

MaybeReading read_money(const Tokens& t, std::size_t i) {
    const UnitMatch currency = match_currency_prefix(t, i);
    if (currency.unit == nullptr) return std::nullopt;
    std::size_t j = currency.end;
    if (kind_at(t, j, TokenKind::space) && t[j].text.size() <= 2) ++j;
    std::string spoken;
    for (bool first = true;; first = false) {
        const auto number = parse_number(t, j);
        if (!number) {
            if (first) return std::nullopt;
            break;
        }
        WrittenNumber amount = *number;
        // $1.50 is 일 점 오 달러: trailing zeros of cents are not said.
        while (!amount.fraction.empty() && amount.fraction.back() == '0') amount.fraction.pop_back();
        spoken += spell_number(amount, CounterStyle::sino);
        j = number->end;
        // ₩3억5000만: the large-number words belong to the amount.
        if (!kind_at(t, j, TokenKind::hangul) || !is_large_number_word(t[j].text)) break;
        spoken += std::string(t[j].text) + " ";
        ++j;
    }
    // ₩1,000원 names its currency twice in writing, once in speech.
    if (kind_at(t, j, TokenKind::hangul) && t[j].text.starts_with(currency.unit->spoken))
        return Reading{j, concat(" ", spoken, " ")};
    return Reading{j, concat(" ", spoken, " ", std::string(currency.unit->spoken), " ")};
}

MaybeReading read_unit_without_number(const Tokens& t, std::size_t i) {
    // After digits the number's own rule has had its chance; the unit is that number's.
    if (i > 0 && (t[i - 1].kind == TokenKind::digits || t[i - 1].kind == TokenKind::latin)) return std::nullopt;
    const UnitMatch unit = match_unit(t, i);
    if (unit.unit == nullptr) return std::nullopt;
    // 5천t, 67만8천㏊: after the magnitude word of an amount the unit is that amount's.
    const bool after_magnitude = i >= 2 && t[i - 1].kind == TokenKind::hangul && is_large_number_word(t[i - 1].text) &&
                                 t[i - 2].kind == TokenKind::digits;
    if (after_magnitude && unit.unit->spoken_before.empty() && !kind_at(t, unit.end, TokenKind::latin))
        return Reading{unit.end, concat(" ", unit.unit->spoken, " ")};
    // km/h is named as a speed: 시속 킬로미터.
    if (!unit.unit->spoken_before.empty()) {
        if (unit.unit->written.find('/') == std::string_view::npos || kind_at(t, unit.end, TokenKind::latin))
            return std::nullopt;
        return Reading{unit.end, concat(" ", unit.unit->spoken_before, " ", unit.unit->spoken, " ")};
    }
    // L당, km당: a unit before 당 ("per") is said as a unit.
    if (kind_at(t, unit.end, TokenKind::hangul) && t[unit.end].text.starts_with("당") &&
        !kind_at(t, unit.end + 1, TokenKind::digits))
        return Reading{unit.end, concat(" ", unit.unit->spoken)};
    // 전용 ㎡ 면적당: an area or a volume unit (m2, ㎤ folded to cm3) is no word or letters, even
    // without a number.
    const bool squared_or_cubed = unit.unit->written.ends_with('2') || unit.unit->written.ends_with('3');
    if (squared_or_cubed && unit.unit->written.size() >= 2 && !kind_at(t, unit.end, TokenKind::latin) &&
        !kind_at(t, unit.end, TokenKind::digits))
        return Reading{unit.end, concat(" ", unit.unit->spoken, " ")};
    // ㎍/㎥ heading a table of levels: a compound unit of two written units cannot be a word.
    if (!symbol_at(t, unit.end, '/') || unit.unit->written.size() < 2) return std::nullopt;
    const UnitMatch per = match_unit(t, unit.end + 1);
    if (per.unit == nullptr || !per.unit->spoken_before.empty() ||
        kind_at(t, per.end, TokenKind::latin) || kind_at(t, per.end, TokenKind::digits))
        return std::nullopt;
    return Reading{per.end, concat(" ", unit.unit->spoken, " 퍼 ", per.unit->spoken, " ")};
}

}  // namespace nangdok::normalize
