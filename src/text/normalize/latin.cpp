#include "normalize/latin.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/line_tools.hpp"
#include "normalize/english_hangul.hpp"
#include "normalize/latin_lexicon.hpp"
#include "normalize/latin_words.hpp"
#include "normalize/number_words.hpp"
#include "normalize/units_money.hpp"

namespace nangdok::normalize {
namespace {

}  // namespace

std::optional<std::string> latin_lexicon_lookup(std::string_view written) {
    // Built once: the lookup runs for every Latin token of every sentence.
    static const auto index = [] {
        std::unordered_map<std::string_view, std::string_view> map;
        for (const LexiconEntry& entry : kLatinLexicon) map.emplace(entry.written, entry.spoken);
        return map;
    }();
    if (written.empty() || written.size() > 32) return std::nullopt;
    if (auto it = index.find(written); it != index.end()) return std::string(it->second);
    // Case is folded only for words written in lower case or capitalized: IT is not "it", A is not "a".
    if (written.size() < 2 || has_inner_capital(written)) return std::nullopt;
    if (auto it = index.find(ascii_lower(written)); it != index.end()) return std::string(it->second);
    return std::nullopt;
}

std::string letter_names(std::string_view letters) {
    std::string out;
    for (char c : letters) {
        const char upper = static_cast<char>(c & ~0x20);
        if (upper >= 'A' && upper <= 'Z') out += kLetterNames[static_cast<std::size_t>(upper - 'A')];
    }
    return out;
}

bool is_all_capitals(std::string_view letters) {
    for (char c : letters)
        if (!(c >= 'A' && c <= 'Z')) return false;
    return !letters.empty();
}

namespace {

std::string domain_part(std::string_view part) {
    for (const LexiconEntry& entry : kDomainParts)
        if (entry.written == part) return std::string(entry.spoken);
    return part.size() <= 3 ? letter_names(part) : read_latin_word(part);
}

// Whether a host's part starts at token k: Latin letters after a dot, with no digits glued to them
// (news1 in m.news1.kr is read as a name with a number, and the dots around it are said by the
// symbol reader).
bool plain_host_part(const Tokens& t, std::size_t k) {
    return kind_at(t, k, TokenKind::latin) && !kind_at(t, k + 1, TokenKind::digits);
}

// www.example.co.kr: Latin parts joined by dots, each dot said as 닷. After a part with digits
// (news1.kr, mp3.com) the rest of the host is read here too, so com is still 컴.
MaybeReading read_host_name(const Tokens& t, std::size_t i) {
    const bool continues = i >= 3 && symbol_at(t, i - 1, '.') && kind_at(t, i - 2, TokenKind::digits) &&
                           kind_at(t, i - 3, TokenKind::latin);
    if (!continues && !(symbol_at(t, i + 1, '.') && plain_host_part(t, i + 2))) return std::nullopt;
    // U.S., U.K.: single letters with dots are an abbreviation, spelled without the dots.
    if (!continues && t[i].text.size() == 1 && t[i + 2].text.size() == 1) {
        std::string letters;
        std::size_t j = i;
        while (kind_at(t, j, TokenKind::latin) && t[j].text.size() == 1 && symbol_at(t, j + 1, '.')) {
            letters += t[j].text;
            j += 2;
        }
        if (kind_at(t, j, TokenKind::latin) && t[j].text.size() == 1) letters += t[j++].text;
        return Reading{j, concat(" ", letter_names(letters), " ")};
    }
    std::string spoken = concat(" ", domain_part(t[i].text));
    std::size_t j = i + 1;
    while (symbol_at(t, j, '.') && plain_host_part(t, j + 1)) {
        spoken += concat(" 닷 ", domain_part(t[j + 1].text));
        j += 2;
    }
    return Reading{j, spoken + " "};
}

bool opening_quote(const Tokens& t, std::size_t k) {
    return kind_at(t, k, TokenKind::symbol) &&
           (t[k].cp == U'‘' || t[k].cp == U'“' || t[k].cp == '\'' || t[k].cp == '"' || t[k].cp == U'《' || t[k].cp == U'〈');
}

bool closing_quote(const Tokens& t, std::size_t k) {
    return kind_at(t, k, TokenKind::symbol) &&
           (t[k].cp == U'’' || t[k].cp == U'”' || t[k].cp == '\'' || t[k].cp == '"' || t[k].cp == U'》' || t[k].cp == U'〉');
}

// 'PAGE TWO', ‘CHEER UP’: a title in quotes made only of capitals, one of them a word said as a
// word. Its short words are English words too (투, 업), not an abbreviation's letters, which they
// would be standing alone (IT 기업, US 달러).
bool in_quoted_english_title(const Tokens& t, std::size_t i) {
    std::size_t first = i, last = i;
    while (first > 0 && (kind_at(t, first - 1, TokenKind::latin) || kind_at(t, first - 1, TokenKind::space))) --first;
    while (kind_at(t, last + 1, TokenKind::latin) || kind_at(t, last + 1, TokenKind::space)) ++last;
    if (first == 0 || !opening_quote(t, first - 1) || !closing_quote(t, last + 1)) return false;
    bool spoken_word = false;
    for (std::size_t k = first; k <= last; ++k)
        if (t[k].kind == TokenKind::latin) {
            if (!is_all_capitals(t[k].text)) return false;
            if (k != i && reads_as_word(t[k].text)) spoken_word = true;
        }
    return spoken_word;
}

}  // namespace

MaybeReading read_latin(const Tokens& t, std::size_t i) {
    if (!kind_at(t, i, TokenKind::latin)) return std::nullopt;
    // http://, https://: an anchor reads the address, not its scheme.
    const std::string scheme = ascii_lower(t[i].text);
    if ((scheme == "http" || scheme == "https") && symbol_at(t, i + 1, ':') && symbol_at(t, i + 2, '/') &&
        symbol_at(t, i + 3, '/'))
        return Reading{i + 4, " "};
    if (auto host = read_host_name(t, i)) return host;
    // 3920x2160, 1800X1500: x between two numbers is a product.
    // So is x between two Hangul words in a size (폭x깊이x높이).
    // Between other Hangul words it joins two names in a collaboration (나이키X사카이 → 엑스).
    const auto operand = [&](std::size_t k, TokenKind kind) { return k < t.size() && t[k].kind == kind; };
    const bool between_hangul = i > 0 && operand(i - 1, TokenKind::hangul) && operand(i + 1, TokenKind::hangul);
    const bool times_between = (i > 0 && operand(i - 1, TokenKind::digits) && operand(i + 1, TokenKind::digits)) ||
                               (between_hangul && is_dimension_word(t[i - 1].text) && is_dimension_word(t[i + 1].text));
    if ((t[i].text == "x" || t[i].text == "X") && (times_between || between_hangul))
        return Reading{i + 1, times_between ? " 곱하기 " : " 엑스 "};
    // Hyphenated or digit-bearing forms known as a whole (K-pop, COVID-19, G20).
    for (const std::size_t end : {i + 3, i + 2}) {
        if (end > t.size()) continue;
        if (auto known = latin_lexicon_lookup(span_text(t, i, end))) return Reading{end, concat(" ", *known, " ")};
    }
    const std::string_view word = t[i].text;
    // KSLV-II, 아리랑 III: a Roman numeral after a model's letters and a dash is its generation.
    if (i >= 2 && symbol_at(t, i - 1, '-') && t[i - 2].kind == TokenKind::latin && !kind_at(t, i + 1, TokenKind::latin)) {
        constexpr std::pair<std::string_view, std::string_view> kRoman[] = {{"II", "이"}, {"III", "삼"}, {"IV", "사"}};
        for (const auto& [numeral, spoken] : kRoman)
            if (word == numeral) return Reading{i + 1, concat(" ", spoken, " ")};
    }
    // No.1, No. 5: said as in English, 넘버원, 넘버 파이브 (a longer number in Sino: 넘버 백이십삼).
    if ((word == "No" || word == "NO") && symbol_at(t, i + 1, '.')) {
        std::size_t d = i + 2;
        if (kind_at(t, d, TokenKind::space) && t[d].text == " ") ++d;
        if (kind_at(t, d, TokenKind::digits) && !symbol_at(t, d + 1, '.'))
            return Reading{d + 1, concat(" 넘버 ", english_number(t[d].text), " ")};
    }
    // BA.5, XBB.1.5, ID.4: a variant or a model number after a point. The first point only parts
    // the name from the number (비에이 오); later ones are decimal points (엑스비비 일 점 오). None is
    // a full stop.
    if (symbol_at(t, i + 1, '.') && kind_at(t, i + 2, TokenKind::digits) && is_all_capitals(word) && word.size() <= 4) {
        std::string spoken = concat(" ", letter_names(word), " ", sino_cardinal(t[i + 2].text));
        std::size_t j = i + 3;
        for (int groups = 0; groups < 4 && symbol_at(t, j, '.') && kind_at(t, j + 1, TokenKind::digits); ++groups, j += 2)
            spoken += concat(" 점 ", sino_cardinal(t[j + 1].text));
        return Reading{j, spoken + " "};
    }
    // Letters with digits attached are a model or a code: mp3 → 엠피쓰리, A380 → 에이삼팔공.
    if (kind_at(t, i + 1, TokenKind::digits) && !kind_at(t, i + 2, TokenKind::latin)) {
        const std::string_view digits = t[i + 1].text;
        const bool short_letters = word.size() <= 4 || is_all_capitals(word);
        std::string letters = short_letters ? letter_names(word) : read_latin_word(word);
        if (auto known = latin_lexicon_lookup(word)) letters = *known;
        // PM2.5, iOS17.4: a decimal after letters is a measure or a version, said with 점.
        if (symbol_at(t, i + 2, '.') && kind_at(t, i + 3, TokenKind::digits) && !symbol_at(t, i + 4, '.') &&
            digits.front() != '0')
            return Reading{i + 4, concat(" ", letters, " ", decimal_reading(digits, t[i + 3].text), " ")};
        // After an English word a number up to twenty is English too (Note10 노트텐, TOP10 톱텐);
        // after letters one digit is (G7 지세븐, K5 케이파이브) and more are Sino (PM10 피엠십,
        // S24 에스이십사, A380 에이삼백팔십); four digits or a leading zero make a code (KE073).
        const bool after_word = word.size() >= 3 && is_english_word(word);
        const std::string number = digits.front() == '0'                          ? digit_by_digit(digits, "공")
                                   : digits.size() == 1 || (after_word && digits.size() == 2) ? english_number(digits)
                                   : digits.size() <= 3                           ? sino_cardinal(digits)
                                                                                  : digit_by_digit(digits, "공");
        if (after_word) letters = read_latin_word(word, /*beside_latin=*/true);
        return Reading{i + 2, concat(" ", letters, number, " ")};
    }
    const auto latin_at = [&](std::size_t k) { return kind_at(t, k, TokenKind::latin) && is_english_word(t[k].text); };
    // A word alone in square brackets is a section tag ([CAR], [NEWS]): a word, like one beside others.
    // So is one before a number (TOP 20, BEST 5): a ranking, not letters.
    const bool tag = word.size() >= 3 && ((i >= 1 && symbol_at(t, i - 1, '[') && symbol_at(t, i + 1, ']')) ||
                                          (kind_at(t, i + 1, TokenKind::space) && kind_at(t, i + 2, TokenKind::digits)));
    const bool beside_latin = tag || (i >= 2 && kind_at(t, i - 1, TokenKind::space) && latin_at(i - 2)) ||
                              (kind_at(t, i + 1, TokenKind::space) && latin_at(i + 2)) || in_quoted_english_title(t, i);
    return Reading{i + 1, concat(" ", read_latin_word(word, beside_latin), " ")};
}

MaybeReading read_number_dash_word(const Tokens& t, std::size_t i) {
    constexpr std::size_t kMinWordLetters = 3;
    if (!kind_at(t, i, TokenKind::digits) || t[i].text.size() > 2 || t[i].text.front() == '0' ||
        !symbol_at(t, i + 1, '-') || !kind_at(t, i + 2, TokenKind::latin))
        return std::nullopt;
    const std::string_view word = t[i + 2].text;
    constexpr long long kMaxEnglishNumber = 20;  // as english_number says them
    if (word.size() < kMinWordLetters || !reads_as_word(word) || kind_at(t, i + 3, TokenKind::digits) ||
        small_value(t[i].text, 2) > kMaxEnglishNumber)
        return std::nullopt;
    return Reading{i + 3, concat(" ", english_number(t[i].text), " ", read_latin_word(word, /*beside_latin=*/true), " ")};
}

}  // namespace nangdok::normalize
