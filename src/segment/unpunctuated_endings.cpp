#include "segment/unpunctuated_endings.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "segment/paired_marks.hpp"
#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"

namespace nangdok {
namespace {

constexpr std::size_t kWordBytes = 64;  // longer runs are not words these rules know

// Final consonants (jongseong) as indexed in the Hangul syllable block.
constexpr int kFinalRieul = 8;   // ㄹ
constexpr int kFinalBieup = 17;  // ㅂ
constexpr int kFinalBieupSios = 18;  // ㅄ
constexpr int kFinalSsangSios = 20;  // ㅆ

// ㄶ ㅄ ㅆ ㅌ ㅍ ㅎ
constexpr std::array<int, 6> kFinalsOfStemsBeforeEum = {6, 18, 20, 25, 26, 27};

bool in_set(int value, const std::array<int, 6>& set) { return std::find(set.begin(), set.end(), value) != set.end(); }

int final_consonant(char32_t syllable) { return static_cast<int>((syllable - 0xAC00) % 28); }

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

// The last syllables of a word, after trailing emoticon characters (`좋아요~`, `왔어요ㅎㅎ`).
std::u32string final_syllables(std::string_view word) {
    std::size_t end = word.size();
    while (end > 0 && is_emoticon_char(scan::char_before(word, end))) end = scan::prev_pos(word, end);
    std::u32string syllables;
    for (std::size_t pos = end; pos > 0 && syllables.size() < 4;) {
        const char32_t c = scan::char_before(word, pos);
        if (!scan::is_hangul_syllable(c)) break;
        syllables.insert(syllables.begin(), c);
        pos = scan::prev_pos(word, pos);
    }
    return syllables;
}

std::string utf8_of(std::u32string_view syllables) {
    std::string out;
    for (const char32_t c : syllables) {  // all Hangul syllables: three bytes each
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

bool ends_sentence(std::u32string_view s) {
    if (s.empty()) return false;
    const char32_t last = s.back();
    const char32_t prev = s.size() >= 2 ? s[s.size() - 2] : 0;
    const char32_t before_prev = s.size() >= 3 ? s[s.size() - 3] : 0;
    const bool formal = prev == U'니' && before_prev != 0 &&
                        (before_prev == U'습' || final_consonant(before_prev) == kFinalBieup);
    switch (last) {
        case U'다':  // -습니다/-ㅂ니다 only; see the header for plain -다
        case U'까':
            if (formal) return true;
            return last == U'까' && prev != 0 && final_consonant(prev) == kFinalRieul;  // 할까, 좋을까
        case U'요':
            return prev != 0 && segment_words::contains(segment_words::kSyllablesBeforePoliteYo, utf8_of(s.substr(s.size() - 2, 1))) &&
                   !segment_words::contains(segment_words::kNounsLikePoliteYo, utf8_of(s));
        case U'죠':
            return s.size() >= 2;
        case U'줘':
            return true;
        case U'냐':
            return s.size() >= 2 && utf8_of(s.substr(s.size() - 2)) != "케냐";
        case U'니':
            return prev != 0 && final_consonant(prev) == kFinalSsangSios;  // 했니, 있니; not 어머니
        case U'음':
            // -었음, -없음, -않음, -좋음, -같음, -높음: stems that end in these consonants are verbs and
            // adjectives; nouns in 음 (마음, 처음, 다음, 소음) have other syllables before it.
            return prev != 0 && in_set(final_consonant(prev), kFinalsOfStemsBeforeEum);
        case U'됨':
            return s.size() >= 2;
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
    for (std::size_t next : after_laughter(text)) {
        next = skip_emoticon_words(text, next);  // faces and more laughter stay with the sentence too
        if (next >= text.size()) continue;
        const std::string_view next_word = text.substr(next, word_end(text, next) - next);
        if (can_start_sentence(text, next, marks) && !continues_sentence(next_word, 0) && !marks.encloses(next))
            breaks.push_back(next);
    }
    std::size_t word_begin = scan::skip_spaces(text, 0);
    while (word_begin < text.size()) {
        const std::size_t end = word_end(text, word_begin);
        std::size_t next = scan::skip_spaces(text, end);
        if (next >= text.size()) break;
        const std::string_view word = text.substr(word_begin, end - word_begin);
        const std::u32string syllables = word.size() <= kWordBytes ? final_syllables(word) : std::u32string();
        if (ends_sentence(syllables)) {
            next = skip_emoticon_words(text, next);  // they belong to the sentence the ending ends
            const std::string_view next_word = text.substr(next, word_end(text, next) - next);
            if (next < text.size() && can_start_sentence(text, next, marks) &&
                !continues_sentence(next_word, syllables.back()) && !marks.encloses(next))
                breaks.push_back(next);
        }
        word_begin = next;
    }
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    return breaks;
}

}  // namespace nangdok
