#include "segment/unpunctuated_endings.hpp"

#include <algorithm>

#include "core/hangul_jamo.hpp"
#include "segment/paired_marks.hpp"
#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"

namespace nangdok {
namespace {

constexpr std::size_t kWordBytes = 64;  // longer runs are not words these rules know
constexpr std::size_t kSyllableBytes = 3;  // every Hangul syllable in UTF-8

using hangul::Consonant;

// Laughter, crying and faces written after a sentence: `ㅎㅎ`, `ㅠㅠ`, `^^`, `~`, `:)`, emoji.
bool is_emoticon_char(char32_t c) {
    return (c >= 0x3131 && c <= 0x318E) || c == '^' || c == '~' || c == ';' || c == ':' || c == '-' ||
           c == '_' || c == '*' || c == 0x2661 || c == 0x2665 || (c >= 0x1F300 && c <= 0x1FAFF) ||
           (c >= 0x2600 && c <= 0x27BF);
}

// A word of emoticon characters only, with at least one that is not also punctuation (a lone
// `-` or `:` is not a face).
bool is_emoticon_word(std::string_view word) {
    bool face = false;
    for (std::size_t i = 0; i < word.size(); i = scan::next_pos(word, i)) {
        const char32_t c = scan::char_at(word, i);
        if (!is_emoticon_char(c)) return false;
        face = face || !(c == ';' || c == ':' || c == '-' || c == '_' || c == '*' || c == '~');
    }
    return face;
}

// The last (up to four) Hangul syllables of a word, after trailing emoticon characters
// (`좋아요~`, `왔어요ㅎㅎ`), as the UTF-8 bytes they are written in.
std::string_view final_syllables(std::string_view word) {
    std::size_t end = word.size();
    while (end > 0 && is_emoticon_char(scan::char_before(word, end))) end = scan::prev_pos(word, end);
    std::size_t begin = end;
    while (begin > 0 && end - begin < 4 * kSyllableBytes && scan::is_hangul_syllable(scan::char_before(word, begin)))
        begin = scan::prev_pos(word, begin);
    return word.substr(begin, end - begin);
}

// The syllable `back` places before the last one (0: the last), or 0 past the start.
char32_t syllable_from_end(std::string_view syllables, std::size_t back) {
    if (syllables.size() < (back + 1) * kSyllableBytes) return 0;
    return scan::char_at(syllables, syllables.size() - (back + 1) * kSyllableBytes);
}

hangul::Coda coda_of(char32_t syllable) { return hangul::decompose(syllable).coda; }

// -었음, -없음, -않음, -좋음, -같음, -높음: stems in ㅆ ㅄ ㄶ ㅎ ㅌ ㅍ are verbs and adjectives;
// nouns in 음 (마음, 처음, 다음, 소음) have other syllables before it.
bool is_stem_before_eum(char32_t syllable) {
    const hangul::Coda coda = coda_of(syllable);
    return coda.is(Consonant::ss) || coda.is(Consonant::t) || coda.is(Consonant::p) || coda.is(Consonant::h) ||
           coda == hangul::Coda{Consonant::b, Consonant::s} || coda == hangul::Coda{Consonant::n, Consonant::h};
}

bool ends_sentence(std::string_view s) {
    const char32_t last = syllable_from_end(s, 0);
    const char32_t prev = syllable_from_end(s, 1);
    const char32_t before_prev = syllable_from_end(s, 2);
    const bool formal = prev == U'니' && before_prev != 0 &&
                        (before_prev == U'습' || coda_of(before_prev).is(Consonant::b));
    switch (last) {
        case U'다':  // -습니다/-ㅂ니다 only; see the header for plain -다
            return formal;
        case U'까':
            return formal || (prev != 0 && coda_of(prev).is(Consonant::r));  // 합니까, 할까, 좋을까
        case U'요':
            return prev != 0 &&
                   segment_words::contains(segment_words::kSyllablesBeforePoliteYo,
                                           s.substr(s.size() - 2 * kSyllableBytes, kSyllableBytes)) &&
                   !segment_words::contains(segment_words::kNounsLikePoliteYo, s);
        case U'죠':
        case U'됨':
            return prev != 0;
        case U'줘':
            return true;
        case U'냐':
            return prev != 0 && !s.ends_with("케냐");
        case U'니':
            return prev != 0 && coda_of(prev).is(Consonant::ss);  // 했니, 있니; not 어머니
        case U'음':
            return prev != 0 && is_stem_before_eum(prev);
        default:
            return false;
    }
}

// Whether `next` (the word after a final ending) carries the sentence on.
bool continues_sentence(std::string_view next, char32_t ending) {
    std::string_view bare = next;
    while (!bare.empty() && (scan::is_terminal(scan::char_before(bare, bare.size())) || bare.back() == ','))
        bare.remove_suffix(bare.size() - scan::prev_pos(bare, bare.size()));
    if (segment_words::contains(segment_words::kParticlesAfterQuote, bare)) return true;
    if (std::any_of(segment_words::kContinuingWordStarts.begin(), segment_words::kContinuingWordStarts.end(),
                    [&](std::string_view start) { return bare.starts_with(start); }))
        return true;
    // `이냐 아니냐`, `확집이냐 퇴행이냐를`: a choice between two questions is one clause.
    return ending == U'냐' && bare.find("냐") != std::string_view::npos;
}

bool can_start_sentence(std::string_view text, std::size_t pos, const PairedMarks& marks) {
    const char32_t c = scan::char_at(text, pos);
    if (scan::is_hangul_syllable(c) || scan::is_latin_letter(c) || scan::is_ascii_digit(c)) return true;
    // A title in angle brackets after a polite ending is what it names: `나눠주세요 <엄마를…> 기사가`.
    if (c == '<' || c == 0x3008 || c == 0x300A || c == 0x300C || c == 0x300E) return false;
    const Mark* mark = marks.mark_at(pos);
    return mark && (mark->role == MarkRole::opener || mark->role == MarkRole::unmatched_opener);
}

std::size_t word_end(std::string_view text, std::size_t pos) {
    while (pos < text.size() && !scan::is_space(scan::char_at(text, pos))) pos = scan::next_pos(text, pos);
    return pos;
}

// ㅋ ㅎ ㅠ ㅜ: laughing and crying, written as bare jamo.
bool is_laughter(char32_t c) { return c == 0x314B || c == 0x314E || c == 0x3160 || c == 0x315C; }

// Where a sentence starts after a run of two or more laughter jamo that ends one: `찍음 ㅋㅋㅋ 오늘`,
// `ㅋㅋㅋㅋ오늘` (glued to the next word), `좋다ㅠㅠ 내일`. Candidates, in text order.
std::vector<std::size_t> after_laughter(std::string_view text) {
    std::vector<std::size_t> starts;
    for (std::size_t pos = 0; pos < text.size();) {
        if (!is_laughter(scan::char_at(text, pos))) {
            pos = scan::next_pos(text, pos);
            continue;
        }
        const std::size_t run_begin = pos;
        std::size_t count = 0;
        while (pos < text.size() && is_laughter(scan::char_at(text, pos))) {
            pos = scan::next_pos(text, pos);
            ++count;
        }
        if (count < 2 || run_begin == 0) continue;
        std::size_t next = pos;
        while (next < text.size() && is_emoticon_char(scan::char_at(text, next))) next = scan::next_pos(text, next);
        next = scan::skip_spaces(text, next);
        if (next < text.size() && next > pos) starts.push_back(next);
        else if (next == pos && next < text.size() && scan::is_hangul_syllable(scan::char_at(text, next))) starts.push_back(next);
    }
    return starts;
}

// Past the emoticon words at pos, at most a few: a break is looked for after each laughter run,
// and an unbounded skip from each would make a page of ㅋㅋ quadratic.
std::size_t skip_emoticon_words(std::string_view text, std::size_t pos) {
    constexpr int kMaxEmoticonWords = 4;
    for (int n = 0; n < kMaxEmoticonWords && pos < text.size(); ++n) {
        const std::size_t end = word_end(text, pos);
        if (!is_emoticon_word(text.substr(pos, end - pos))) break;
        pos = scan::skip_spaces(text, end);
    }
    return pos;
}

}  // namespace

std::vector<std::size_t> unpunctuated_ending_breaks(std::string_view text, const PairedMarks& marks) {
    std::vector<std::size_t> breaks;
    // A sentence ended before the word at `next` (past emoticons, which stay with the sentence they
    // follow) starts there unless that word carries it on or a quote or bracket holds both.
    const auto break_before = [&](std::size_t next, char32_t ending) {
        next = skip_emoticon_words(text, next);
        if (next >= text.size()) return;
        const std::string_view next_word = text.substr(next, word_end(text, next) - next);
        if (can_start_sentence(text, next, marks) && !continues_sentence(next_word, ending) && !marks.encloses(next))
            breaks.push_back(next);
    };
    for (const std::size_t next : after_laughter(text)) break_before(next, 0);
    std::size_t word_begin = scan::skip_spaces(text, 0);
    while (word_begin < text.size()) {
        const std::size_t end = word_end(text, word_begin);
        const std::size_t next = scan::skip_spaces(text, end);
        if (next >= text.size()) break;
        const std::string_view word = text.substr(word_begin, end - word_begin);
        const std::string_view syllables = word.size() <= kWordBytes ? final_syllables(word) : std::string_view();
        if (ends_sentence(syllables)) break_before(next, syllable_from_end(syllables, 0));
        word_begin = next;
    }
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    return breaks;
}

}  // namespace nangdok
