#include "normalize/service_numbers.hpp"

#include "core/line_tools.hpp"
#include "normalize/counter_table.hpp"
#include "normalize/counters.hpp"
#include "normalize/data/calling_words.hpp"
#include "normalize/data/service_number_cues.hpp"
#include "normalize/data/service_numbers.hpp"
#include "normalize/number_words.hpp"

namespace nangdok::normalize {
namespace {

bool well_known(std::string_view digits) {
    for (std::string_view number : kServiceNumbers)
        if (digits == number) return true;
    return false;
}

// 번호를 → 번호: a word with a one-particle ending taken off.
std::string_view without_particle(std::string_view word) {
    for (std::string_view particle : kParticlesAfterCounter)
        if (word.size() > particle.size() && word.ends_with(particle)) return word.substr(0, word.size() - particle.size());
    return word;
}

bool is_quote(const Token& token) {
    if (token.kind != TokenKind::symbol) return false;
    const char32_t cp = token.cp;
    return cp == '\'' || cp == '"' || cp == U'‘' || cp == U'’' || cp == U'“' || cp == U'”';
}

// ☎1345, 국번없이 1339, 콜센터 109, 번호를 ‘1339’로: a cue just before the number (one space, one
// word back; a quote around the number is looked through).
bool cued_before(const Tokens& t, std::size_t i) {
    std::size_t k = i;
    if (k >= 1 && is_quote(t[k - 1])) --k;
    if (k >= 1 && t[k - 1].kind == TokenKind::symbol && (t[k - 1].cp == U'☎' || t[k - 1].cp == U'℡')) return true;
    if (k >= 1 && t[k - 1].kind == TokenKind::space) --k;
    if (k >= 1 && t[k - 1].kind == TokenKind::symbol && (t[k - 1].cp == U'☎' || t[k - 1].cp == U'℡')) return true;
    if (k < 1 || t[k - 1].kind != TokenKind::hangul) return false;
    if (is_service_number_cue(t[k - 1].text) || is_service_number_cue(without_particle(t[k - 1].text))) return true;
    // 국번 없이 1366: the cue is one word further back.
    return t[k - 1].text == "없이" && k >= 3 && t[k - 2].kind == TokenKind::space &&
           t[k - 3].kind == TokenKind::hangul && is_service_number_cue(t[k - 3].text);
}

// What follows the digits decides: a counter makes a quantity (119명, 120여 명, 1,339개); a verb
// of calling after a particle or 번 makes a number to call (112에 신고해, 109번으로 전화하면); a
// noun attached to a well-known number names its service (119구급대, 120다산콜센터).
enum class After { counted, calling, attached_noun, other };

After what_follows(const Tokens& t, std::size_t j) {
    if (j < t.size() && is_quote(t[j])) ++j;  // ‘109’ 콜센터
    if (j < t.size() && t[j].kind == TokenKind::symbol &&
        (t[j].cp == '%' || ((t[j].cp == '.' || t[j].cp == ',' || t[j].cp == ':' || t[j].cp == '-') &&
                            kind_at(t, j + 1, TokenKind::digits))))
        return After::counted;
    const bool spaced = kind_at(t, j, TokenKind::space) && t[j].text == " ";
    const std::size_t w = spaced ? j + 1 : j;
    if (!kind_at(t, w, TokenKind::hangul)) return After::other;
    const std::string_view word = t[w].text;
    // 1339 콜센터, ‘109’ 콜센터: the service named after the number; 112 신고: the call itself.
    if (is_service_number_cue(word) || is_service_number_cue(without_particle(word))) return After::calling;
    if (starts_with_any(word, kCallingWords)) return After::attached_noun;
    const CounterMatch counter = match_counter(word);
    const bool number_word = word.starts_with("번") && !word.starts_with("번째");
    if (word.starts_with("여") || (counter.style != CounterStyle::none && !number_word)) return After::counted;
    std::size_t next = w + 1;
    if (kind_at(t, next, TokenKind::space)) ++next;
    const bool particle = number_word || starts_with_any(word, kParticlesAfterCounter);
    if (particle && kind_at(t, next, TokenKind::hangul) && starts_with_any(t[next].text, kCallingWords))
        return After::calling;
    // 119구급대, 112신고: the service's own noun. One syllable glued on (113선, 2400선) is a level
    // or a line, said as a number.
    const bool one_syllable = word.size() <= 3;
    return !spaced && !particle && !one_syllable ? After::attached_noun : After::other;
}

// 119와 112, 110·119: two well-known numbers side by side are both numbers to call.
bool beside_another_known(const Tokens& t, std::size_t i) {
    const auto joins = [&](std::size_t k) {
        return k < t.size() && t[k].kind == TokenKind::symbol && is_middle_dot(t[k].cp);
    };
    const auto known_at = [&](std::size_t k) { return kind_at(t, k, TokenKind::digits) && well_known(t[k].text); };
    const auto conjunction = [&](std::size_t k) {
        return kind_at(t, k, TokenKind::hangul) && (t[k].text == "와" || t[k].text == "과" || t[k].text == "및");
    };
    std::size_t after = i + 1;
    if (joins(after)) ++after;
    else if (conjunction(after)) ++after;
    if (after != i + 1 && kind_at(t, after, TokenKind::space)) ++after;
    if (after != i + 1 && known_at(after)) return true;
    if (i >= 2 && joins(i - 1) && known_at(i - 2)) return true;
    if (i >= 2 && kind_at(t, i - 1, TokenKind::space) && joins(i - 2) && i >= 3 && known_at(i - 3)) return true;
    return i >= 3 && kind_at(t, i - 1, TokenKind::space) && conjunction(i - 2) && known_at(i - 3);
}

// 119번 (not 119번째, not 112번 버스): the number of a service, said as its callers say it.
bool numbered(const Tokens& t, std::size_t j) {
    if (!kind_at(t, j, TokenKind::hangul) || !t[j].text.starts_with("번") || t[j].text.starts_with("번째"))
        return false;
    const std::string_view rest = t[j].text.substr(std::string_view("번").size());
    if (starts_with_any(rest, kNumberLabelNouns)) return false;
    return !(rest.empty() && kind_at(t, j + 1, TokenKind::space) && kind_at(t, j + 2, TokenKind::hangul) &&
             starts_with_any(t[j + 2].text, kNumberLabelNouns));
}

// 112 스스로 신고해: a verb of calling, or the service's own word, within the next two words.
bool calling_nearby(const Tokens& t, std::size_t j) {
    for (int words = 0; words < 2; ++words) {
        if (!kind_at(t, j, TokenKind::space) || t[j].text != " " || !kind_at(t, j + 1, TokenKind::hangul)) return false;
        const std::string_view word = t[j + 1].text;
        if (starts_with_any(word, kCallingWords) || is_service_number_cue(without_particle(word))) return true;
        j += 2;
    }
    return false;
}

// 112(경찰), 119(소방 및 응급 의료): a well-known number glossed with its service. A quantity
// is not explained in words in brackets.
bool glossed_with_service(const Tokens& t, std::size_t j) {
    return symbol_at(t, j, '(') && kind_at(t, j + 1, TokenKind::hangul);
}

// "112는 지난 1957년 …": a well-known number opening the sentence as its topic, with only a
// particle after it, is the service the sentence is about (a count would carry its counter).
bool opens_sentence_as_topic(const Tokens& t, std::size_t i) {
    std::size_t k = i;
    while (k > 0 && (t[k - 1].kind == TokenKind::space || is_quote(t[k - 1]))) --k;
    if (k != 0 || !kind_at(t, i + 1, TokenKind::hangul)) return false;
    const std::string_view word = t[i + 1].text;
    for (std::string_view particle : {"는", "은", "이", "가", "를", "을", "로", "도", "와", "의"})
        if (word == particle) return true;
    return false;
}

// '125'에서는: a well-known number set apart in quotes is named, not counted.
bool quoted_alone(const Tokens& t, std::size_t i) {
    return i > 0 && is_quote(t[i - 1]) && i + 1 < t.size() && is_quote(t[i + 1]);
}

}  // namespace

bool is_service_number_cue(std::string_view word) {
    for (std::string_view cue : kServiceNumberCues)
        if (word == cue || (word.size() > cue.size() && word.ends_with(cue))) return true;
    return false;
}

std::string say_service_number(std::string_view digits) { return digit_by_digit(digits, "공"); }

MaybeReading read_service_number(const Tokens& t, std::size_t i) {
    if (!kind_at(t, i, TokenKind::digits)) return std::nullopt;
    const std::string_view digits = t[i].text;
    if (digits.size() < 3 || digits.size() > 4 || digits.front() == '0') return std::nullopt;
    // Part of a longer number or code: 1,339 or 3.1339 or A-112 (not after an ellipsis: …110).
    if (i > 1 && t[i - 1].kind == TokenKind::symbol && (t[i - 1].cp == ',' || t[i - 1].cp == '.' || t[i - 1].cp == '-') &&
        (t[i - 2].kind == TokenKind::digits || t[i - 2].kind == TokenKind::latin))
        return std::nullopt;
    if (i > 0 && (t[i - 1].kind == TokenKind::digits || t[i - 1].kind == TokenKind::latin)) return std::nullopt;
    const After after = what_follows(t, i + 1);
    if (after == After::counted) return std::nullopt;
    // A well-known number needs less: its service's noun attached (119구급대), 번 after it
    // (구조 119번), another such number beside it (110·119), or a call near it (112 스스로 신고해).
    const bool known = well_known(digits) && (after == After::attached_noun || numbered(t, i + 1) ||
                                              beside_another_known(t, i) || calling_nearby(t, i + 1) ||
                                              glossed_with_service(t, i + 1) || opens_sentence_as_topic(t, i) ||
                                              quoted_alone(t, i));
    if (!(cued_before(t, i) || after == After::calling || known)) return std::nullopt;
    return Reading{i + 1, concat(" ", say_service_number(digits), " ")};
}

}  // namespace nangdok::normalize
