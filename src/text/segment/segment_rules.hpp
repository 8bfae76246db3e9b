// The Korean post-rules applied to ICU's candidate sentence breaks. Each one is named after the
// mistake of ICU's that it corrects, and can be switched off on its own (tests, measurements);
// all are on by default. With all off, the splitter gives ICU's sentence BreakIterator alone.
#pragma once

namespace nangdok {

struct SegmentRules {
    // No break inside a matched pair of quotes or brackets: `"좋습니다. 남고 싶어요"라고`.
    // Mismatched pairs (“…" and ‘…') count; an apostrophe after a Latin letter or digit does not.
    bool quotes_and_brackets = true;

    // No break where a particle or ending follows a closing quote or bracket: `…싶어요."라고`,
    // `…있습니다" 라고`, `(?)로`, nor where a bracket is glued to it: `‘와이낫?’(Why Not?)`.
    bool particle_after_closer = true;

    // Footnote marks and a citation in brackets stay with the sentence they follow:
    // `…이다.[16][17]`, `…한다."(요한 3:13)`.
    bool footnotes_stay_behind = true;

    // An opening quote or bracket that ICU leaves at the end of a sentence starts the next one:
    // `…했다.“다음은` breaks before “.
    bool openers_move_forward = true;

    // No break after a number and its period: dates `2024. 5. 8.`, list numbers `1. 금리`, and an
    // inline list inside a sentence (`개정안은 1. 임대료 감면 2. 세제 지원을 담았다`); in a sentence
    // that opens with `1.`, the next number `2.` starts a new item.
    bool numbered_periods = true;

    // No break after `(?)`, `(!)` and the like inside a sentence, nor after a ? or ! that ends a
    // bracket glued to a word or a quote: `‘와이낫?’(Why Not?) 뮤직비디오`.
    bool bracketed_marks = true;

    // No break after initials (`J.P. 모건`, `U.S. 스틸`, `아드난 Z. 아민`) or a Latin
    // abbreviation from the list (`Dr. 김`).
    bool abbreviations = true;

    // No break after an ellipsis that follows a connective ending: `했지만… 결국`.
    bool ellipsis_after_connective = true;

    // Periods that separate Hangul words with no space are list separators, not sentence ends,
    // unless a sentence-final syllable precedes them: `초.중.고. 대학생` stays whole while
    // `초청한다.강연회는` breaks.
    bool dotted_word_lists = true;

    // A dash bullet after a sentence end starts a new sentence: `…입력한다. - 다음 항목`
    // (ICU's rules treat the dash as a continuation).
    bool dash_bullets = true;

    // A sentence may start with a lowercase Latin word after a Hangul sentence end:
    // `…발표했다. iPhone 15는` (ICU, following English, never breaks before lowercase).
    bool lowercase_sentence_starts = true;

    // The ellipsis character after a sentence-final syllable ends a sentence: `좋았다… 결국`
    // (ICU ignores U+2026; after other syllables it is a pause: `친해지지만… 그녀는`).
    bool ellipsis_character_ends = true;

    // A period glued to the next sentence after a sentence-final syllable ends a sentence:
    // `낮아졌다.1-5로` (ICU reads `.1` as part of a number).
    bool glued_sentence_ends = true;

    // A final ending with no punctuation ends a sentence before the next word: `맛있어요 가격도`,
    // `알려줘 근처` (blogs, reviews, queries; see unpunctuated_endings.hpp for which endings).
    bool unpunctuated_endings = true;

    static constexpr SegmentRules icu_only() {
        return SegmentRules{false, false, false, false, false, false, false, false, false, false, false, false, false, false};
    }
};

}  // namespace nangdok
