#include "segment/break_rules.hpp"

#include <algorithm>
#include <string>

#include "core/line_tools.hpp"
#include "segment/segment_word_tables.hpp"
#include "segment/text_scan.hpp"

namespace nangdok {
namespace {

// How far the rules look around a break. Words and marks beyond these are not Korean sentence
// punctuation, and the bounds keep pathological text linear.
constexpr std::size_t kMarkLookback = 64;     // quotes, brackets and spaces before a break
constexpr std::size_t kFootnoteBytes = 12;    // inside `[참고 12]`
constexpr std::size_t kCitationBytes = 48;    // `(요한 3:13)`
constexpr std::size_t kWordBytes = 48;        // a word before a period

bool opens(const Mark& mark) { return mark.role == MarkRole::opener || mark.role == MarkRole::unmatched_opener; }
bool closes(const Mark& mark) { return mark.role == MarkRole::closer || mark.role == MarkRole::unmatched_closer; }

bool is_single_period(std::string_view text, const BreakSite& site) {
    return site.terminal_end - site.terminal_begin == 1 && text[site.terminal_begin] == '.';
}

// `[12]`, `[*]`, `[참고 2]`: a short bracketed mark with no sentence punctuation inside.
std::size_t footnote_end(std::string_view text, const PairedMarks& marks, std::size_t pos) {
    const Mark* mark = marks.mark_at(pos);
    if (!mark || mark->role != MarkRole::opener) return 0;
    const char32_t c = scan::char_at(text, pos);
    const bool square = c == '[' || c == 0xFF3B;
    const bool round = c == '(' || c == 0xFF08;
    if (!square && !round) return 0;
    const std::size_t close = mark->partner;
    if (close <= pos + mark->size || close - pos - mark->size > (square ? kFootnoteBytes : kCitationBytes)) return 0;
    for (std::size_t i = pos + mark->size; i < close; i = scan::next_pos(text, i))
        if (scan::is_terminal(scan::char_at(text, i)) && text[i] != '*') return 0;
    // A footnote is a number, `*`, a letter or two, or a short label with a number (`참고 2`);
    // `[SOLIDWORKS 새 문서]` is a menu name that starts the next sentence.
    if (square) {
        const std::string_view inside = text.substr(pos + mark->size, close - pos - mark->size);
        const bool has_digit = std::any_of(inside.begin(), inside.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool letters = inside.size() <= 2 && std::all_of(inside.begin(), inside.end(), [](char c) {
                                 return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                             });
        if (!(has_digit || inside == "*" || letters)) return 0;
    }
    const std::size_t end = scan::next_pos(text, close);
    // A citation in parentheses counts only when nothing is attached after it: `…"(요한 3:13) 공관`.
    if (round && end < text.size() && !scan::is_space(scan::char_at(text, end))) return 0;
    return end;
}

bool is_particle_word(std::string_view text, std::size_t pos) {
    const std::string_view run = scan::hangul_run_at(text, pos, 16);
    if (run.empty()) return false;
    const std::size_t end = pos + run.size();
    const char32_t after = scan::char_at(text, end);
    if (end < text.size() && !scan::is_space(after) && !scan::is_terminal(after) && after != ',') return false;
    return segment_words::contains(segment_words::kParticlesAfterQuote, run);
}

// After a closing quote or bracket: attached Hangul is a particle (`"라고`, `)로`); after a space
// only a listed particle or ending continues (`" 라고`), since a new sentence may start there.
bool continues_after_closer(std::string_view text, std::size_t closer_end) {
    if (closer_end >= text.size()) return false;
    const char32_t next = scan::char_at(text, closer_end);
    // A bracket glued to the closer glosses what it closes: `‘와이낫?’(Why Not?)`.
    if (scan::is_hangul_syllable(next) || next == '(') return true;
    if (!scan::is_space(next)) return false;
    return is_particle_word(text, scan::skip_spaces(text, closer_end));
}

bool particle_after_closer(std::string_view text, const PairedMarks& marks, const BreakSite& site) {
    if (site.after_footnote) return false;
    // The sentence ends in a closing mark that a particle follows.
    const std::size_t last = scan::prev_pos(text, site.content_end);
    if (const Mark* mark = marks.mark_at(last); mark && site.content_end > site.terminal_end && closes(*mark) &&
                                               continues_after_closer(text, site.content_end))
        return true;
    // Or the next "sentence" starts with a stray closing quote and a particle: `… ' 고 했다`.
    if (const Mark* mark = marks.mark_at(site.pos); mark && mark->is_quote && !opens(*mark) &&
                                                   mark->role != MarkRole::apostrophe)
        return continues_after_closer(text, site.pos + mark->size);
    return false;
}

bool bracketed_mark(std::string_view text, const PairedMarks& marks, const BreakSite& site) {
    const char32_t before = scan::char_before(text, site.terminal_begin);
    const char32_t after = scan::char_at(text, site.terminal_end);
    if ((before == '(' || before == 0xFF08) && (after == ')' || after == 0xFF09)) return true;
    // `곡 ‘와이낫?’(Why Not?) 뮤직비디오`: the ? ends the title in a bracket glued to a word or a
    // quote, inside the sentence, not the sentence.
    const Mark* closer = after == ')' ? marks.mark_at(site.terminal_end) : nullptr;
    if (!closer || closer->role != MarkRole::closer || closer->partner >= site.terminal_begin) return false;
    const std::size_t opener = closer->partner;
    return opener > site.sentence_begin && opener > 0 && !scan::is_space(scan::char_before(text, opener)) &&
           site.pos < text.size();
}

bool is_number_with_period(std::string_view word) {
    return word.size() >= 2 && word.size() <= 5 && word.back() == '.' &&
           std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
}

// `2024.05.08.`: year, month and day with no spaces, a dateline rather than a sentence end.
bool is_compact_date(std::string_view word) {
    std::size_t parts = 0, digits = 0;
    for (char c : word) {
        if (c >= '0' && c <= '9') {
            if (++digits > 4) return false;
        } else if (c == '.' && digits > 0) {
            ++parts;
            digits = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits == 0;
}

std::string_view first_word(std::string_view text, std::size_t begin) {
    begin = scan::skip_spaces(text, begin);
    std::size_t end = begin;
    while (end < text.size() && end - begin < 8 && !scan::is_space(scan::char_at(text, end))) end = scan::next_pos(text, end);
    return text.substr(begin, end - begin);
}

// `2024. 5. 8.` and `1. 금리` keep their numbers, while `부근의 새 1.` may end a heading: the
// number must start the sentence, or follow or precede another number with a period.
bool numbered_period(std::string_view text, const BreakSite& site) {
    // Whatever follows the period (`2024. 5. 8.(수)`), the number decides.
    if (!is_single_period(text, site)) return false;
    if (is_compact_date(scan::word_ending_at(text, site.terminal_end, 16))) return true;
    const std::string_view word = scan::word_ending_at(text, site.terminal_end, 8);
    if (!is_number_with_period(word)) return false;
    const std::size_t word_begin = site.terminal_end - word.size();
    if (scan::skip_spaces(text, site.sentence_begin) == word_begin) return true;
    if (word_begin > 0 && is_number_with_period(scan::word_ending_at(text, scan::prev_pos(text, word_begin), 8)))
        return true;
    const std::string_view next = first_word(text, site.pos);
    return is_number_with_period(next) && next.size() <= 3;
}

// How far an inline list's next (or previous) number may stand from this one.
constexpr std::size_t kListItemWindow = 240;

int number_value(std::string_view number_with_period) {
    int v = 0;
    for (char c : number_with_period.substr(0, number_with_period.size() - 1)) v = v * 10 + (c - '0');
    return v;
}

// `N.` as a word of its own (a space or the text's edge on each side) in text[begin, end).
bool has_list_number(std::string_view text, std::size_t begin, std::size_t end, int n) {
    const std::string needle = std::to_string(n) + ".";
    // Only the window is searched, so that a paragraph of numbers stays linear.
    const std::string_view window = text.substr(0, std::min(end, text.size()));
    for (std::size_t at = window.find(needle, begin); at != std::string_view::npos;
         at = window.find(needle, at + 1)) {
        const bool starts = at == 0 || scan::is_space(scan::char_before(text, at));
        const bool ends = at + needle.size() >= text.size() || scan::is_space(scan::char_at(text, at + needle.size()));
        if (starts && ends) return true;
    }
    return false;
}

// `개정안은 1. 임대료 감면 2. 세제 지원을 담았다`: numbers counting items inside a sentence. A
// number with a period after a word (not after a sentence end) is an item when the next number
// follows it, or the previous one came before it, close by.
bool inline_list_number(std::string_view text, const BreakSite& site) {
    if (!is_single_period(text, site)) return false;
    const std::string_view word = scan::word_ending_at(text, site.terminal_end, 8);
    if (!is_number_with_period(word) || word.size() > 3) return false;
    const std::size_t word_begin = site.terminal_end - word.size();
    std::size_t before = word_begin;
    while (before > 0 && scan::is_space(scan::char_before(text, before))) before = scan::prev_pos(text, before);
    if (before == 0 || before == word_begin || scan::is_terminal(scan::char_before(text, before))) return false;
    const int n = number_value(word);
    const std::size_t ahead_end = std::min(text.size(), site.pos + kListItemWindow);
    const std::size_t back_begin = word_begin > kListItemWindow ? word_begin - kListItemWindow : 0;
    return has_list_number(text, site.pos, ahead_end, n + 1) ||
           (n > 1 && has_list_number(text, std::max(back_begin, site.sentence_begin), word_begin, n - 1));
}

bool abbreviation(std::string_view text, const BreakSite& site) {
    if (!is_single_period(text, site)) return false;
    // The Latin letters and periods that end at the period, e.g. `J.P` or `Dr`.
    std::size_t begin = site.terminal_begin;
    while (begin > 0 && site.terminal_begin - begin < kWordBytes) {
        const std::size_t p = scan::prev_pos(text, begin);
        const char32_t c = scan::char_at(text, p);
        if (!(c < 0x80 && (scan::is_latin_letter(c) || c == '.'))) break;
        begin = p;
    }
    if (begin == site.terminal_begin) return false;
    const char32_t before = scan::char_before(text, begin);
    if (scan::is_hangul_syllable(before) || scan::is_ascii_digit(before) || scan::is_latin_letter(before)) return false;
    const std::string_view letters = text.substr(begin, site.terminal_begin - begin);
    if (segment_words::contains(segment_words::kLatinAbbreviations, letters)) return true;
    // Initials: single letters, each followed by a period.
    for (std::size_t i = 0; i < letters.size(); i += 2) {
        if (!scan::is_latin_letter(static_cast<unsigned char>(letters[i]))) return false;
        if (i + 1 < letters.size() && letters[i + 1] != '.') return false;
    }
    return true;
}

bool is_ellipsis(std::string_view text, const BreakSite& site) {
    const std::string_view run = text.substr(site.terminal_begin, site.terminal_end - site.terminal_begin);
    return run.starts_with("..") || run.find("\u2026") != std::string_view::npos ||
           run.find("\u22EF") != std::string_view::npos || run.find("\u2025") != std::string_view::npos;
}

// Only an ellipsis with the next word attached to it (`했지만...결국`): followed by a space, a
// connective with an ellipsis is how casual text trails off at the end of a sentence (`같고.. 원래`).
bool ellipsis_after_connective(std::string_view text, const BreakSite& site) {
    if (!is_ellipsis(text, site) || site.pos != site.terminal_end) return false;
    const std::string_view word = scan::word_ending_at(text, site.terminal_begin, kWordBytes);
    return ends_with_any(word, segment_words::kConnectiveEndings);
}

bool final_syllable_before(std::string_view text, std::size_t period) {
    const std::size_t p = scan::prev_pos(text, period);
    return segment_words::contains(segment_words::kSentenceFinalSyllables, text.substr(p, period - p));
}

// A period between two Hangul syllables that is not after a sentence-final syllable.
bool is_list_separator(std::string_view text, std::size_t period) {
    return text[period] == '.' && scan::is_hangul_syllable(scan::char_before(text, period)) &&
           scan::is_hangul_syllable(scan::char_at(text, period + 1)) && !final_syllable_before(text, period);
}

bool dotted_word_list(std::string_view text, const BreakSite& site) {
    if (!is_single_period(text, site) || site.content_end != site.terminal_end) return false;
    if (!scan::is_hangul_syllable(scan::char_before(text, site.terminal_begin))) return false;
    if (is_list_separator(text, site.terminal_begin)) return true;
    // The last item of a list: `초.중.고. 대학생`.
    const std::string_view word = scan::word_ending_at(text, site.terminal_begin, kWordBytes);
    const std::size_t word_begin = site.terminal_begin - word.size();
    for (std::size_t i = 0; i < word.size(); ++i)
        if (word[i] == '.' && is_list_separator(text, word_begin + i)) return true;
    return false;
}

}  // namespace

std::optional<std::size_t> list_item_start(std::string_view text, const BreakSite& site) {
    if (!is_single_period(text, site)) return std::nullopt;
    const std::string_view word = scan::word_ending_at(text, site.terminal_end, 8);
    if (!is_number_with_period(word)) return std::nullopt;
    const std::size_t word_begin = site.terminal_end - word.size();
    const std::size_t sentence_start = scan::skip_spaces(text, site.sentence_begin);
    if (word_begin <= sentence_start) return std::nullopt;
    const std::string_view first = first_word(text, sentence_start);
    if (!is_number_with_period(first)) return std::nullopt;
    const auto value = [](std::string_view number) {
        int v = 0;
        for (char c : number.substr(0, number.size() - 1)) v = v * 10 + (c - '0');
        return v;
    };
    if (value(word) != value(first) + 1) return std::nullopt;
    return word_begin;
}

std::optional<BreakSite> find_sentence_end(std::string_view text, const PairedMarks& marks, std::size_t b) {
    std::size_t end = b;
    while (end > 0 && b - end < kMarkLookback) {
        const std::size_t p = scan::prev_pos(text, end);
        if (!scan::is_space(scan::char_at(text, p)) && !marks.mark_at(p)) break;
        end = p;
    }
    if (end == 0 || !scan::is_terminal(scan::char_before(text, end))) return std::nullopt;
    BreakSite site;
    site.terminal_end = end;
    std::size_t begin = end;
    while (begin > 0 && end - begin < kMarkLookback && scan::is_terminal(scan::char_before(text, begin)))
        begin = scan::prev_pos(text, begin);
    site.terminal_begin = begin;
    // What ICU put on each side, until place_break decides.
    site.pos = b;
    site.content_end = b;
    while (site.content_end > end && scan::is_space(scan::char_before(text, site.content_end)))
        site.content_end = scan::prev_pos(text, site.content_end);
    return site;
}

void place_break(std::string_view text, const PairedMarks& marks, const SegmentRules& rules, BreakSite& site) {
    if (!rules.footnotes_stay_behind && !rules.openers_move_forward) return;
    std::size_t pos = site.terminal_end;
    bool after_footnote = false;
    while (pos < text.size()) {
        if (rules.footnotes_stay_behind) {
            if (const std::size_t end = footnote_end(text, marks, pos)) {
                pos = end;
                after_footnote = true;
                continue;
            }
        }
        const Mark* mark = marks.mark_at(pos);
        if (!mark || mark->role == MarkRole::apostrophe) break;
        if (opens(*mark) && rules.openers_move_forward) break;
        pos += mark->size;
        after_footnote = false;
    }
    site.content_end = pos;
    site.after_footnote = after_footnote;
    site.pos = scan::skip_spaces(text, pos);
}

bool break_stands(std::string_view text, const PairedMarks& marks, const SegmentRules& rules, const BreakSite& site) {
    if (rules.quotes_and_brackets && marks.encloses(site.pos)) return false;
    if (rules.bracketed_marks && bracketed_mark(text, marks, site)) return false;
    if (rules.particle_after_closer && particle_after_closer(text, marks, site)) return false;
    if (rules.numbered_periods && (numbered_period(text, site) || inline_list_number(text, site))) return false;
    if (rules.abbreviations && abbreviation(text, site)) return false;
    if (rules.ellipsis_after_connective && ellipsis_after_connective(text, site)) return false;
    if (rules.dotted_word_lists && dotted_word_list(text, site)) return false;
    return true;
}

}  // namespace nangdok
