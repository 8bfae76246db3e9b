#include "normalize/symbols.hpp"

#include <algorithm>
#include <unordered_map>

#include "normalize/symbol_table.hpp"
#include "normalize/units_money.hpp"

namespace nangdok::normalize {
namespace {

std::string spoken_form(const SymbolEntry& entry) {
    std::string spoken = entry.spacing == "around" ? " " : "";
    spoken += entry.said;
    if (entry.spacing != "none") spoken += ' ';
    return spoken;
}

const std::unordered_map<char32_t, std::string>& symbol_index() {
    static const auto index = [] {
        std::unordered_map<char32_t, std::string> map;
        for (const SymbolEntry& entry : kSymbols) map.emplace(entry.symbol, spoken_form(entry));
        return map;
    }();
    return index;
}

bool closing_mark(char32_t cp) {
    return cp == ')' || cp == ']' || cp == '}' || cp == U'’' || cp == U'”' || cp == '"' || cp == '\'' || cp == U'」' ||
           cp == U'』' || cp == U'》' || cp == U'〉' || cp == U'】' || cp == U'〕';
}

bool opening_mark(char32_t cp) {
    return cp == '(' || cp == '[' || cp == U'‘' || cp == U'“' || cp == U'「' || cp == U'『' || cp == U'《' || cp == U'〈';
}

// Whether the mark before token i opens: a curly or bracket opener, or a straight quote that
// itself follows a space or starts the text.
bool after_opening_mark(const Tokens& t, std::size_t i) {
    if (i == 0 || t[i - 1].kind != TokenKind::symbol) return false;
    const char32_t before = t[i - 1].cp;
    if (opening_mark(before)) return true;
    return (before == '"' || before == '\'') && (i == 1 || t[i - 2].kind == TokenKind::space);
}

// A Hangul word or a Latin one of two letters or more: what may be a brand's name (a lone letter
// beside × is more likely a factor: a×b).
bool name_token(const Tokens& t, std::size_t k) {
    return kind_at(t, k, TokenKind::hangul) || (kind_at(t, k, TokenKind::latin) && t[k].text.size() > 1);
}

bool closes_bracket(char32_t cp) { return cp == ')' || cp == ']' || cp == '}' || cp == U'】' || cp == U'〕'; }

bool word_token(const Tokens& t, std::size_t i) {
    return i < t.size() && (t[i].kind == TokenKind::hangul || t[i].kind == TokenKind::digits ||
                            t[i].kind == TokenKind::latin || t[i].kind == TokenKind::hanja);
}

// 서울~부산, 9시 ~ 오후 6시: a range mark between two words, spaced the same on both sides (a
// tilde after a word and before a space, as in 좋아요~ 또 봐요, is only a drawl).
bool between_words(const Tokens& t, std::size_t i) {
    if (i == 0) return false;
    if (word_token(t, i - 1) && word_token(t, i + 1)) return true;
    return i >= 2 && kind_at(t, i - 1, TokenKind::space) && kind_at(t, i + 1, TokenKind::space) &&
           word_token(t, i - 2) && word_token(t, i + 2);
}

bool number_follows(const Tokens& t, std::size_t i) {
    if (kind_at(t, i, TokenKind::space)) ++i;
    return kind_at(t, i, TokenKind::digits);
}

// #덕분에챌린지, '#MeToo', 국내여행#행복: # before a word opens a hashtag, which nobody reads as
// 샵 (C#, a single letter before it, is a language's name). The tag is announced as 해시태그 unless
// the sentence says 해시태그 or 태그 itself ('#덕분에캠페인' 등 3개의 해시태그, 필수 태그(#…)).
MaybeReading read_hashtag(const Tokens& t, std::size_t i) {
    const bool word_follows = kind_at(t, i + 1, TokenKind::hangul) || kind_at(t, i + 1, TokenKind::latin);
    const bool after_letter = i > 0 && t[i - 1].kind == TokenKind::latin && t[i - 1].text.size() == 1;
    if (!word_follows || after_letter) return std::nullopt;
    for (const Token& token : t)
        if (token.kind == TokenKind::hangul && token.text.find("태그") != std::string_view::npos) return Reading{i + 1, " "};
    return Reading{i + 1, " 해시태그 "};
}

}  // namespace

MaybeReading read_symbol(const Tokens& t, std::size_t i) {
    if (i >= t.size() || t[i].kind != TokenKind::symbol) return std::nullopt;
    const char32_t cp = t[i].cp;
    // 오전 10시~ 오후 6시: after a counted number, a tilde before a space still opens a range.
    const bool after_counted = i >= 2 && kind_at(t, i - 1, TokenKind::hangul) && kind_at(t, i - 2, TokenKind::digits) &&
                               kind_at(t, i + 1, TokenKind::space) && word_token(t, i + 2);
    // ‘보통’∼‘좋음’: a range between two quoted words.
    const bool between_quoted = i >= 2 && i + 2 < t.size() && t[i - 1].kind == TokenKind::symbol &&
                                closing_mark(t[i - 1].cp) && word_token(t, i - 2) && t[i + 1].kind == TokenKind::symbol &&
                                opening_mark(t[i + 1].cp) && word_token(t, i + 2);
    if (is_range_mark(cp) && i > 0 &&
        (number_follows(t, i + 1) || between_words(t, i) || after_counted || between_quoted))
        return word_token(t, i - 1) || between_quoted ? Reading{i + 1, "에서 ", true} : Reading{i + 1, " 에서 "};
    // A particle right after a closing bracket or quote belongs to the word inside: no pause.
    // After a closing quote or title mark it is attached (확신한다"고 → 확신한다고). A bracket held an
    // aside, so the particle belongs to the word before it: 명(80.7%)이 must not become 퍼센트이.
    // A straight quote opens when a space or nothing precedes it: `법무부 '외국인…` keeps its space.
    // So does one after another opener: 그는 "'좋다'고 말했다.
    const bool opens = i == 0 || t[i - 1].kind == TokenKind::space || after_opening_mark(t, i);
    // <뉴스TOP10>이: ASCII angle brackets used as a title's marks close like 〈〉 do.
    const bool closes_title = cp == '>' && kind_at(t, i + 1, TokenKind::hangul) && [&] {
        constexpr std::size_t kMaxTitleTokens = 24;
        for (std::size_t k = i; k > 0 && i - k < kMaxTitleTokens; --k)
            if (symbol_at(t, k - 1, '<')) return true;
        return false;
    }();
    if ((closing_mark(cp) || closes_title) && kind_at(t, i + 1, TokenKind::hangul))
        return closes_bracket(cp) || opens ? Reading{i + 1, " "} : Reading{i + 1, "", true};
    // 1+1=2, 1bp=0.01%p: an equals sign before a number is the topic particle of a definition.
    const bool after_word = i > 0 && (t[i - 1].kind == TokenKind::digits || t[i - 1].kind == TokenKind::latin ||
                                      t[i - 1].kind == TokenKind::hangul || symbol_at(t, i - 1, '%'));
    if (cp == '=' && after_word && number_follows(t, i + 1)) return Reading{i + 1, "는 ", false, true};
    // 나이키×사카이, BTS × 맥도날드: × between names (not numbers, not measured sides) marks a
    // collaboration.
    if (cp == U'×' && i > 0) {
        const std::size_t before = t[i - 1].kind == TokenKind::space && i > 1 ? i - 2 : i - 1;
        const std::size_t after = kind_at(t, i + 1, TokenKind::space) ? i + 2 : i + 1;
        if (name_token(t, before) && name_token(t, after) &&
            !(is_dimension_word(t[before].text) && is_dimension_word(t[after].text)))
            return Reading{i + 1, " 엑스 "};
    }
    if (cp == '#') {
        if (auto tag = read_hashtag(t, i)) return tag;
    }
    // ‘갤럭시’<사진>의, [사진]: a pointer to the photo beside the text, for the eye only.
    if ((cp == '<' || cp == U'〈') && text_at(t, i + 1) == "사진" && i + 2 < t.size() &&
        t[i + 2].kind == TokenKind::symbol && (t[i + 2].cp == '>' || t[i + 2].cp == U'〉'))
        return kind_at(t, i + 3, TokenKind::hangul) ? Reading{i + 3, "", true} : Reading{i + 3, " "};
    // 480*800: an asterisk between numbers multiplies (a screen's size, an area).
    if (cp == '*' && i > 0 && t[i - 1].kind == TokenKind::digits && kind_at(t, i + 1, TokenKind::digits))
        return Reading{i + 1, " 곱하기 "};
    // 10시-20시, 3일-5일: a dash between two times or dates is a range, as a tilde would be (not
    // between points or a ball count: 101점-110점, 3볼-1스트라이크).
    const auto calendar = [&](std::size_t k) {
        return kind_at(t, k, TokenKind::hangul) &&
               (t[k].text == "시" || t[k].text == "일" || t[k].text == "월" || t[k].text == "년");
    };
    if (cp == '-' && i >= 2 && calendar(i - 1) && t[i - 2].kind == TokenKind::digits &&
        kind_at(t, i + 1, TokenKind::digits) && kind_at(t, i + 2, TokenKind::hangul) &&
        t[i + 2].text.starts_with(t[i - 1].text) && !t[i + 2].text.starts_with("시간"))
        return Reading{i + 1, "에서 ", true};
    // 3%→5%, 2만→3만 명: an arrow between amounts is a change, said 에서 on the first one. Between
    // names (김정은→송윤아→태양, a relay) or places it is a step in a sequence: a pause.
    if (cp == U'→' || cp == U'⇒') {
        std::size_t before = i;
        while (before > 0 && kind_at(t, before - 1, TokenKind::space)) --before;
        const bool amount_before = before > 0 && (t[before - 1].kind == TokenKind::digits ||
                                                  symbol_at(t, before - 1, '%') ||
                                                  (t[before - 1].kind != TokenKind::space && before > 1 &&
                                                   t[before - 2].kind == TokenKind::digits));
        if (amount_before && number_follows(t, i + 1)) return Reading{i + 1, "에서 ", true};
        return Reading{i + 1, " , "};
    }
    // 개정안은 1. 임대료 감면 2. 세제 지원: a list number inside a sentence ends with a pause, not
    // with the fall of a sentence's end.
    const bool list_number = cp == '.' && i >= 3 && t[i - 1].kind == TokenKind::digits && t[i - 1].text.size() <= 2 &&
                             t[i - 2].kind == TokenKind::space && t[i - 3].kind == TokenKind::hangul &&
                             kind_at(t, i + 1, TokenKind::space) &&
                             (kind_at(t, i + 2, TokenKind::hangul) || kind_at(t, i + 2, TokenKind::latin));
    if (list_number) return Reading{i + 1, ", "};
    // 1.2.3: a point between digits that no number, date or address rule took is still 점, not
    // a full stop in the middle of a sentence.
    if (cp == '.' && i > 0 && t[i - 1].kind == TokenKind::digits && kind_at(t, i + 1, TokenKind::digits))
        return Reading{i + 1, " 점 "};
    // Host names: naver.com → 네이버 닷 컴, news1.kr → 뉴스원 닷 케이알.
    const bool host_part_before = i > 0 && (t[i - 1].kind == TokenKind::latin ||
                                            (t[i - 1].kind == TokenKind::digits && i > 1 && t[i - 2].kind == TokenKind::latin));
    if (cp == '.' && host_part_before && kind_at(t, i + 1, TokenKind::latin))
        return Reading{i + 1, " 닷 "};
    const auto& index = symbol_index();
    if (auto it = index.find(cp); it != index.end()) return Reading{i + 1, std::string(it->second)};
    return Reading{i + 1, " "};
}

}  // namespace nangdok::normalize
