#include "normalize/brackets.hpp"

#include <algorithm>
#include <vector>

#include "normalize/ages.hpp"
#include "normalize/data/bracket_abbreviations.hpp"
#include "normalize/data/relative_day_words.hpp"
#include "normalize/dates_times.hpp"
#include "normalize/digit_strings.hpp"
#include "normalize/english_hangul.hpp"
#include "normalize/number_words.hpp"
#include "normalize/service_numbers.hpp"
#include "normalize/sound_alike.hpp"
#include "normalize/units_money.hpp"

namespace nangdok::normalize {
namespace {

// A bracket longer than this is a sentence of its own; it is read as written.
constexpr std::size_t kMaxBracketTokens = 48;

// ( … ) and [ … ] (삼성전자[005930]); a bracket of either kind inside makes it no unit.
std::optional<std::size_t> closing_bracket(const Tokens& t, std::size_t open) {
    const char32_t closer = t[open].cp == '(' ? U')' : U']';
    for (std::size_t k = open + 1; k < t.size() && k <= open + kMaxBracketTokens; ++k) {
        if (t[k].kind != TokenKind::symbol) continue;
        if (t[k].cp == closer) return k;
        if (t[k].cp == '(' || t[k].cp == '[' || t[k].cp == ')' || t[k].cp == ']') return std::nullopt;
    }
    return std::nullopt;
}

char32_t opening_quote_for(char32_t cp) {
    switch (cp) {
        case U'’': return U'‘';
        case U'”': return U'“';
        case '\'': return '\'';
        case '"': return '"';
        case U'」': return U'「';
        case U'』': return U'『';
        case U'》': return U'《';
        case U'〉': return U'〈';
        default: return 0;
    }
}

// Latin words with the marks that join or shorten them, and nothing else.
bool latin_content(const Tokens& t, TokenRange r) {
    bool letters = false;
    for (std::size_t k = r.begin; k < r.end; ++k) {
        const Token& x = t[k];
        letters = letters || x.kind == TokenKind::latin;
        const bool mark = x.kind == TokenKind::symbol && (x.cp == '.' || x.cp == '-' || x.cp == '&' || x.cp == '\'' ||
                                                          x.cp == ',' || x.cp == '!');
        if (!(x.kind == TokenKind::latin || x.kind == TokenKind::space || mark)) return false;
    }
    return letters;
}

// What the bracket follows: a word, a Latin phrase (S-OIL, iPhone X), or a quoted title.
struct Anchor {
    std::size_t first = 0, last = 0;
    bool quoted = false;
    bool latin = false;  // Latin letters with digits, spaces and marks, no Hangul
};

bool is_word(const Token& x) {
    return x.kind == TokenKind::hangul || x.kind == TokenKind::latin || x.kind == TokenKind::digits ||
           x.kind == TokenKind::hanja;
}

bool latin_only(const Tokens& t, std::size_t first, std::size_t last) {
    bool letters = false;
    for (std::size_t k = first; k <= last; ++k) {
        if (t[k].kind == TokenKind::hangul || t[k].kind == TokenKind::hanja) return false;
        letters = letters || t[k].kind == TokenKind::latin;
    }
    return letters;
}

// The opening bracket of the bracket that closes at `close`, if it is near and holds no other.
std::optional<std::size_t> opening_bracket(const Tokens& t, std::size_t close) {
    const char32_t opener = t[close].cp == ')' ? U'(' : U'[';
    for (std::size_t k = close; k-- > 0 && close - k <= kMaxBracketTokens;) {
        if (t[k].kind != TokenKind::symbol) continue;
        if (t[k].cp == opener) return k;
        if (t[k].cp == '(' || t[k].cp == '[' || t[k].cp == ')' || t[k].cp == ']') return std::nullopt;
    }
    return std::nullopt;
}

// Brackets in a row belong to the word before the first: LG화학(051910)(-11.14%)이.
constexpr int kMaxBracketsInARow = 3;

std::optional<Anchor> find_anchor(const Tokens& t, std::size_t open) {
    if (open == 0) return std::nullopt;
    std::size_t j = open - 1;
    for (int n = 0; n < kMaxBracketsInARow && (symbol_at(t, j, ')') || symbol_at(t, j, ']')); ++n) {
        const auto before = opening_bracket(t, j);
        if (!before || *before == 0) return std::nullopt;
        j = *before - 1;
    }
    if (t[j].kind == TokenKind::space) {  // KIA 타이거즈 (KIA Tigers): one space at most
        if (t[j].text != " " || j == 0) return std::nullopt;
        --j;
    }
    Anchor a;
    if (const char32_t opener = t[j].kind == TokenKind::symbol ? opening_quote_for(t[j].cp) : 0; opener != 0) {
        for (std::size_t k = j; k-- > 0 && j - k <= kMaxBracketTokens;) {
            if (!symbol_at(t, k, opener)) continue;
            if (k + 1 >= j) return std::nullopt;
            a = {k + 1, j - 1, true, latin_only(t, k + 1, j - 1)};
            return a;
        }
        return std::nullopt;
    }
    if (!is_word(t[j]) && !symbol_at(t, j, '%')) return std::nullopt;
    a.first = a.last = j;
    // A Latin phrase: words joined by hyphens or single spaces (S-OIL, iPhone X, MY CAR).
    if (t[j].kind == TokenKind::latin || t[j].kind == TokenKind::digits) {
        while (a.first >= 2) {
            const Token& joiner = t[a.first - 1];
            const bool joined = (joiner.kind == TokenKind::space && joiner.text == " ") ||
                                (joiner.kind == TokenKind::symbol && joiner.cp == '-');
            const std::size_t before = joined ? a.first - 2 : a.first - 1;
            // Digits before the letters are a number with its unit (512GB): not part of a name.
            if (t[before].kind != TokenKind::latin) break;
            a.first = before;
        }
        a.latin = latin_only(t, a.first, a.last);
    }
    return a;
}

bool anchor_is_relative_day(const Tokens& t, const Anchor& a) {
    if (a.quoted || t[a.last].kind != TokenKind::hangul) return false;
    for (std::string_view word : kRelativeDayWords)
        if (t[a.last].text == word) return true;
    return false;
}

// The last `count` words said (split at spaces and pauses).
std::string_view last_words(std::string_view said, std::size_t count) {
    while (!said.empty() && (said.back() == ' ' || said.back() == ',')) said.remove_suffix(1);
    std::size_t k = said.size();
    for (std::size_t n = 0; n < count; ++n) {
        while (k > 0 && said[k - 1] != ' ' && said[k - 1] != ',') --k;
        if (n + 1 < count)
            while (k > 0 && (said[k - 1] == ' ' || said[k - 1] == ',')) --k;
        if (k == 0) break;
    }
    return said.substr(k);
}

// Whether `words` repeat what was just said: the last word (or its start or end), or the last
// two or three words as a whole (KIA 타이거즈 (KIA Tigers)).
bool repeats_what_was_said(std::string_view words, std::string_view said) {
    if (sounds_alike(words, last_words(said, 1))) return true;
    for (std::size_t n : {2, 3}) {
        const std::string a = sound_skeleton(words), b = sound_skeleton(last_words(said, n));
        if (!a.empty() && a == b) return true;
        if (sounds_alike(words, last_words(said, n)) && a.size() * 2 >= b.size()) return true;
    }
    return false;
}

bool has_digits(const Tokens& t, TokenRange part) {
    for (std::size_t k = part.begin; k < part.end; ++k)
        if (t[k].kind == TokenKind::digits) return true;
    return false;
}

// Whether `words` are the last one, two or three words said, sound for sound.
bool says_again(std::string_view words, std::string_view said) {
    const std::string a = sound_skeleton(words);
    for (std::size_t n : {1, 2, 3})
        if (!a.empty() && a == sound_skeleton(last_words(said, n))) return true;
    return false;
}

// 2GB(기가바이트), %p(포인트), 포인트(P), 마이크로미터(㎛): the name of a unit or an abbreviation,
// next to the word that says it.
bool names_the_unit_said(const Tokens& t, TokenRange part, std::string_view said, std::string_view part_said) {
    const std::string_view last = last_words(said, 1);
    const UnitMatch unit = match_unit(t, part.begin);
    if (unit.unit != nullptr && unit.end == part.end && last.ends_with(unit.unit->spoken)) return true;
    const std::string_view written = span_text(t, part.begin, part.end);
    for (const auto& [abbreviation, spoken] : kBracketAbbreviations)
        if (written == abbreviation && last.ends_with(spoken)) return true;
    const std::string_view trimmed = last_words(part_said, 1);
    return only_hangul(t, part) && !trimmed.empty() && last.ends_with(trimmed) && last.size() > trimmed.size();
}

// Capitals read as English words rather than letters (HOT → 핫, NATO → 나토), to compare with a
// Hangul word that may be their transliteration.
std::string capitals_as_words(const Tokens& t, TokenRange part) {
    std::string out;
    for (std::size_t k = part.begin; k < part.end; ++k)
        if (t[k].kind == TokenKind::latin) out += english_to_hangul(t[k].text);
    return out;
}

// A part that adds nothing: hanja, an English equivalent, a hashtag of the word, or the word again.
bool is_gloss_part(const Tokens& t, TokenRange part, std::string_view said, std::string_view part_said) {
    if (only_hanja(t, part)) return true;
    // 핫(HOT), 나토(NATO): capitals that, said as a word, are the word before.
    if (only_latin_words(t, part) && repeats_what_was_said(capitals_as_words(t, part), said)) return true;
    if (symbol_at(t, part.begin, '#')) {
        const TokenRange body{part.begin + 1, part.end};
        return body.empty() || only_latin_words(t, body) || repeats_what_was_said(part_said, said);
    }
    // Words in English (not an acronym) beside a Korean word are its equivalent: 장소(Testbed).
    if (is_english_words(t, part)) return true;
    return names_the_unit_said(t, part, said, part_said) || repeats_what_was_said(part_said, said);
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) {
        if (w.empty()) continue;
        if (!out.empty()) out += ", ";
        out += w;
    }
    return out;
}

// Hangul after a Latin word or title: its reading ('POP!'(팝!), IVE (아이브)), said instead of it,
// or the Korean an acronym stands for (AI(인공지능)), which is a gloss.
std::optional<BracketReading> read_hangul_after_latin(const Tokens& t, const Anchor& a, TokenRange content,
                                                       std::size_t end, const SpokenText& spoken,
                                                       const ContentReader& read) {
    // ‘SMR-190’(모델명): the bracket says what the code is, for the eye; the code is what is said.
    if (content.end == content.begin + 1 && is_code_label(t[content.begin].text))
        return BracketReading{BracketReading::Use::skip, end, {}, 0};
    const std::string words = read(span_text(t, content.begin, content.end));
    // A Latin word read as part of a number (2GB, 30%p) cannot be replaced on its own.
    const bool alone = spoken.reading_began_at(a.first) == a.first;
    const std::string_view latin_said = std::string_view(spoken.text()).substr(spoken.offset_of(a.first));
    // 아이폰 X(아이폰 텐): a reading that starts with the Hangul word before the Latin one.
    const bool repeats_word_before = a.first >= 2 && t[a.first - 1].kind == TokenKind::space &&
                                     t[a.first - 2].kind == TokenKind::hangul &&
                                     t[content.begin].text == t[a.first - 2].text &&
                                     spoken.reading_began_at(a.first - 2) == a.first - 2;
    // 'Parasite'(기생충): a quoted title's Korean name; 'Golden'(케이팝 데몬 헌터스) names the film the
    // song is from, longer than any translation of the title: an aside.
    const auto words_in = [&](std::size_t first, std::size_t last) {
        std::size_t n = 0;
        for (std::size_t k = first; k <= last && k < t.size(); ++k)
            if (t[k].kind != TokenKind::space && t[k].kind != TokenKind::symbol && (k == first || t[k - 1].kind == TokenKind::space)) ++n;
        return n;
    };
    const bool translation = a.quoted && words_in(content.begin, content.end - 1) <= words_in(a.first, a.last) + 1;
    if (alone && (translation || repeats_word_before || sounds_alike(words, latin_said))) {
        BracketReading reading{BracketReading::Use::replace, end, words, a.first};
        if (!a.quoted && repeats_word_before) reading.from = a.first - 2;
        return reading;
    }
    if (repeats_what_was_said(words, spoken.text()) || names_the_unit_said(t, content, spoken.text(), words))
        return BracketReading{BracketReading::Use::skip, end, {}, 0};
    if (alone && !a.quoted && a.first == a.last && is_acronym(t, {a.first, a.first + 1}) &&
        t[a.first].text.size() >= 2 && syllable_count(t, content) >= 3)
        return BracketReading{BracketReading::Use::skip, end, {}, 0};
    return std::nullopt;
}

// 마카우(26·사진), 방탄소년단(BTS·사진), (사진 왼쪽): a pointer to the photo beside the text, for
// the eye only.
std::vector<TokenRange> without_photo_pointers(const Tokens& t, std::vector<TokenRange> parts) {
    static constexpr std::string_view kPointers[] = {"사진", "사진 왼쪽", "사진 오른쪽", "사진 가운데", "왼쪽 사진",
                                                     "오른쪽 사진", "위 사진", "아래 사진", "사진 위", "사진 아래"};
    std::erase_if(parts, [&](const TokenRange& part) {
        const std::string_view text = span_text(t, part.begin, part.end);
        return std::find(std::begin(kPointers), std::end(kPointers), text) != std::end(kPointers);
    });
    return parts;
}

// A bracket holding only a year and a two-digit month (2019.08): nothing else written
// that way fits in a bracket beside a name.
std::optional<std::string> year_and_month(const Tokens& t, TokenRange content) {
    if (content.end != content.begin + 3 || !kind_at(t, content.begin, TokenKind::digits) ||
        !symbol_at(t, content.begin + 1, '.') || !kind_at(t, content.begin + 2, TokenKind::digits))
        return std::nullopt;
    const std::string_view year = t[content.begin].text, month = t[content.begin + 2].text;
    if (year.size() != 4 || month.size() != 2) return std::nullopt;
    const long long y = small_value(year, 4), m = small_value(month, 2);
    constexpr long long kFirstYear = 1900, kLastYear = 2099;
    if (y < kFirstYear || y > kLastYear || m < 1 || m > 12) return std::nullopt;
    return say_date(year, month, {});
}

// A bracket holding only a month and a day (개소(10.1), 설명회(3.15)): an event's date, as the
// notices of public offices write it. After a rate or an index the same shape is a value.
std::optional<std::string> month_and_day(const Tokens& t, const Anchor& anchor, TokenRange content) {
    if (content.end != content.begin + 3 || !kind_at(t, content.begin, TokenKind::digits) ||
        !symbol_at(t, content.begin + 1, '.') || !kind_at(t, content.begin + 2, TokenKind::digits))
        return std::nullopt;
    const std::string_view month = t[content.begin].text, day = t[content.begin + 2].text;
    if (month.size() > 2 || day.size() > 2 || month.front() == '0') return std::nullopt;
    const long long m = small_value(month, 2), d = small_value(day, 2);
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    if (anchor.quoted || t[anchor.last].kind != TokenKind::hangul) return std::nullopt;
    static constexpr std::string_view kValueWords[] = {"률", "율", "지수", "점수", "평점", "배율", "비율", "지표", "버전", "등급",
                                                       "이상", "이하", "미만", "초과"};
    for (std::string_view word : kValueWords)
        if (t[anchor.last].text.ends_with(word)) return std::nullopt;
    // A sentence that writes other decimals (규모 2.0 미만…그 이상(2.4)) is writing values.
    for (std::size_t k = 0; k + 2 < t.size(); ++k)
        if ((k + 2 < content.begin || k > content.end) && t[k].kind == TokenKind::digits && symbol_at(t, k + 1, '.') &&
            kind_at(t, k + 2, TokenKind::digits))
            return std::nullopt;
    return say_date({}, month, day);
}

}  // namespace

std::optional<BracketReading> read_bracket(const Tokens& t, std::size_t i, const SpokenText& spoken,
                                           const ContentReader& read) {
    if (!symbol_at(t, i, '(') && !symbol_at(t, i, '[')) return std::nullopt;
    const auto close = closing_bracket(t, i);
    const auto anchor = find_anchor(t, i);
    if (!close || !anchor) return std::nullopt;
    // Readings that own their brackets: weekdays after a date, area codes before a phone number.
    if (read_bracketed_weekday(t, i) || read_digit_groups(t, i)) return std::nullopt;
    const std::size_t end = *close + 1;
    const TokenRange content{i + 1, *close};
    const std::vector<TokenRange> all_parts = split_parts(t, content);
    const std::vector<TokenRange> parts = without_photo_pointers(t, all_parts);
    const BracketReading skip{BracketReading::Use::skip, end, {}, 0};
    if (parts.empty() || only_hanja(t, content) || is_code(t, content)) return skip;
    // 폐쇄회로(CC)TV: an acronym glued to the Latin after it spells the word the Korean glosses.
    if (kind_at(t, end, TokenKind::latin) && is_acronym(t, content)) return skip;
    if (anchor_is_relative_day(t, *anchor) && is_date(t, content)) return skip;
    // 'ICY'(2019.08): a release month beside a title, said as a date (이천십구 년 팔월).
    if (auto month = year_and_month(t, content)) return BracketReading{BracketReading::Use::aside, end, *month, 0};
    if (auto date = month_and_day(t, *anchor, content)) return BracketReading{BracketReading::Use::aside, end, *date, 0};
    // 콜센터 (109번): the bracket is read on its own, so the word before tells it is a number to call.
    if (!anchor->quoted && t[anchor->last].kind == TokenKind::hangul && is_service_number_cue(t[anchor->last].text) &&
        kind_at(t, content.begin, TokenKind::digits) && t[content.begin].text.size() >= 3 &&
        t[content.begin].text.size() <= 4 &&
        (content.end == content.begin + 1 ||
         (content.end == content.begin + 2 && t[content.begin + 1].kind == TokenKind::hangul &&
          t[content.begin + 1].text == "번")))
        return BracketReading{BracketReading::Use::aside, end,
                              say_service_number(t[content.begin].text) +
                                  (content.end == content.begin + 2 ? " 번" : ""),
                              0};
    if (!anchor->quoted)
        if (auto profile = read_profile(t, i, *close, parts, read)) {
            if (profile->titled)
                return BracketReading{BracketReading::Use::before, end, profile->words, profile->name_first, profile->details};
            return BracketReading{BracketReading::Use::aside, end, profile->words, 0};
        }
    if (anchor->latin && parts.size() == 1 && only_hangul(t, content))
        if (auto reading = read_hangul_after_latin(t, *anchor, content, end, spoken, read)) return reading;

    // All Latin and opening with the word before in English (빌보드 글로벌(Billboard Global Excl.
    // U.S)): the whole bracket is its original, however it goes on.
    if (latin_content(t, content) && is_gloss_part(t, parts.front(), spoken.text(),
                                                   read(span_text(t, parts.front().begin, parts.front().end))))
        return skip;

    // Part by part: drop the glosses and the repeats, say what is left as an aside.
    std::vector<std::string> kept;
    bool dropped = parts.size() != all_parts.size();
    for (const TokenRange& part : parts) {
        std::string words = read(span_text(t, part.begin, part.end));
        if (symbol_at(t, part.begin, '#')) words = read(span_text(t, part.begin + 1, part.end));
        // Numbers that sound alike say different things (2022년 5월, 2023년 1월; 25일 0시 EST after
        // 25일): a part with digits goes only when it says exactly what was said.
        const bool numeric = has_digits(t, part);
        bool repeat = numeric ? says_again(words, spoken.text()) : is_gloss_part(t, part, spoken.text(), words);
        // Within the bracket a word said twice is one gloss of the other (ASEAN·아세안); a number
        // said twice is two values (set scores 25-23, …, 25-23).
        if (!numeric)
            for (const std::string& earlier : kept) repeat = repeat || sounds_alike(words, earlier);
        if (repeat || words.empty()) {
            dropped = true;
            continue;
        }
        kept.push_back(std::move(words));
    }
    if (kept.empty()) return skip;
    if (!dropped) return BracketReading{BracketReading::Use::aside, end, read(span_text(t, content.begin, content.end)), 0};
    return BracketReading{BracketReading::Use::aside, end, join(kept), 0};
}

std::size_t company_mark_end(const Tokens& t, std::size_t i) {
    if (!symbol_at(t, i, '(') || !symbol_at(t, i + 2, ')')) return 0;
    const std::string_view inside = text_at(t, i + 1);
    return inside == "주" || inside == "株" ? i + 3 : 0;
}

}  // namespace nangdok::normalize
