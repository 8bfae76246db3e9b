#include "clean/korean_signals.hpp"

#include <string>

#include "core/utf8.hpp"

namespace nangdok {
namespace {

bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

bool is_closing(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x300D ||
           c == 0x300F || c == 0x3009 || c == 0x300B;
}

bool is_terminal(char32_t c) { return c == '.' || c == '?' || c == '!' || c == 0x2026; }

// An ellipsis ends a sentence only after a final ending ("…했다…", "…까요…"); after any other
// syllable it marks a teaser cut short by the page ("…최종 조…", "…사과해…").
bool ends_sentence_before_ellipsis(char32_t syllable) {
    return syllable == U'다' || syllable == U'요' || syllable == U'까' || syllable == U'죠' || syllable == U'네' ||
           syllable == U'니';
}

// Syllables that end a particle or a connective/final verb ending; a word ending in one of them is
// most likely part of a sentence, not a menu item or a name.
constexpr std::u32string_view kParticleEndings =
    U"은는이가을를에의도만로와과서고며면게지해된던한할며요다께야랑나든";

}  // namespace

ProseSignals measure_prose(std::string_view line) {
    ProseSignals s;
    char32_t previous = 0, before_closing = 0;
    char32_t last_meaningful = 0, before_last_meaningful = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t len = utf8_char_length(line, i);
        const char32_t c = decode_utf8_char(line.substr(i, len));
        i += len;
        ++s.characters;
        if (c == ' ') {
            if (in_word && kParticleEndings.find(previous) != std::u32string_view::npos) ++s.particle_words;
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++s.words;
        }
        const char32_t before = is_closing(previous) ? before_closing : previous;
        if (is_terminal(c) && is_hangul_syllable(before) && (c != 0x2026 || ends_sentence_before_ellipsis(before))) {
            // A sentence ends at the end, before a space or before a closing quote; "조사…비용" in a
            // title is a separator.
            const bool at_end = i >= line.size() || line[i] == ' ' ||
                                is_closing(decode_utf8_char(line.substr(i, utf8_char_length(line, i))));
            if (at_end) ++s.sentence_endings;
        }
        if (!is_closing(c)) before_closing = c;
        if (c != ' ' && !is_closing(c)) {
            before_last_meaningful = last_meaningful;
            last_meaningful = c;
        }
        previous = c;
    }
    if (in_word && kParticleEndings.find(previous) != std::u32string_view::npos) ++s.particle_words;
    const bool ellipsis = last_meaningful == 0x2026 || line.ends_with("..");
    const char32_t cut_after = last_meaningful == 0x2026 ? before_last_meaningful : 0;
    s.truncated = ellipsis && !ends_sentence_before_ellipsis(cut_after) && !line.ends_with("다..") &&
                  !line.ends_with("다...") && !line.ends_with("요..") && !line.ends_with("요...");
    s.ends_like_sentence = !s.truncated && ((is_terminal(last_meaningful) && is_hangul_syllable(before_last_meaningful)) ||
                                            last_meaningful == U'다' || last_meaningful == U'요');
    return s;
}

bool looks_like_prose(const ProseSignals& s) {
    constexpr int kMinSentenceChars = 20, kMinSentenceWords = 4;
    constexpr int kLongLineChars = 80;
    if (s.ends_like_sentence && s.characters >= kMinSentenceChars && s.words >= kMinSentenceWords) return true;
    return s.characters >= kLongLineChars && s.sentence_endings >= 1 && s.particle_words * 4 >= s.words;
}

bool looks_like_title(std::string_view line, const ProseSignals& s) {
    constexpr int kMinTitleChars = 6, kMaxTitleChars = 140;
    if (s.characters < kMinTitleChars || s.characters > kMaxTitleChars || s.words < 2) return false;
    if (s.sentence_endings >= 2) return false;
    // A dozen words or more without one particle or ending: a keyword list, not a headline
    // (headlines are terse, but not that long without a particle).
    constexpr int kMinKeywordListWords = 12;
    if (s.words >= kMinKeywordListWords && s.particle_words == 0) return false;
    // Teasers cut short by the page ("…고루했던 KBS 예능국의 아..") are other stories.
    if (line.ends_with("..") || line.ends_with("…")) return false;
    return true;
}

}  // namespace nangdok
