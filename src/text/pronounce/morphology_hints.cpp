#include "pronounce/morphology_hints.hpp"

#include <algorithm>
#include <array>

namespace nangdok::pronounce {
// A dependent noun and the particles and endings it takes, as words separated by spaces ("*": any).
struct DependentNoun {
    std::u32string_view noun;
    std::u32string_view tails;
};
}  // namespace nangdok::pronounce

#include "pronounce/data/dependent_nouns.hpp"
#include "pronounce/data/stem_endings.hpp"  // kStemEndings
#include "pronounce/data/plain_ending_starts_after_rieul.hpp"  // kPlainEndingStartsAfterRieul
#include "pronounce/data/plain_tails_after_rieul.hpp"  // kPlainTailsAfterRieul
#include "pronounce/data/rieul_endings.hpp"  // kRieulEndings
#include "pronounce/data/particles.hpp"  // kParticles
#include "pronounce/data/light_verbs.hpp"  // kLightVerbs
#include "pronounce/data/nouns_in_hal.hpp"  // kNounsInHal
#include "pronounce/data/native_nouns.hpp"  // kNativeNouns
#include "pronounce/data/rieul_giyeok_nouns.hpp"  // kRieulGiyeokNouns
#include "pronounce/data/native_prefixes.hpp"  // kNativePrefixes
#include "pronounce/data/bound_nouns.hpp"  // kBoundNouns
#include "pronounce/data/nouns_in_rieul.hpp"  // kNounsInRieul

namespace nangdok::pronounce {
namespace {

bool has_word(std::u32string_view words, std::u32string_view word) {
    for (std::size_t start = 0; start <= words.size();) {
        const std::size_t end = std::min(words.find(U' ', start), words.size());
        if (words.substr(start, end - start) == word) return true;
        start = end + 1;
    }
    return false;
}

template <std::size_t N>
bool equals_any(std::u32string_view text, const std::array<std::u32string_view, N>& list) {
    return std::find(list.begin(), list.end(), text) != list.end();
}

template <std::size_t N>
bool starts_with_any(std::u32string_view text, const std::array<std::u32string_view, N>& list) {
    return std::any_of(list.begin(), list.end(), [&](std::u32string_view p) { return text.starts_with(p); });
}

struct LetterName {
    std::u32string_view name;
    Consonant links_as;
};
constexpr std::array<LetterName, 7> kLetterNames{{{U"디귿", Consonant::s},
                                                 {U"지읒", Consonant::s},
                                                 {U"치읓", Consonant::s},
                                                 {U"키읔", Consonant::g},
                                                 {U"티읕", Consonant::s},
                                                 {U"피읖", Consonant::b},
                                                 {U"히읗", Consonant::s}}};

}  // namespace

bool starts_with_stem_ending(std::u32string_view rest) { return starts_with_any(rest, kStemEndings); }

bool is_plain_tail_after_rieul(std::u32string_view rest) {
    return equals_any(rest, kPlainTailsAfterRieul) || starts_with_any(rest, kPlainEndingStartsAfterRieul);
}

bool is_particle_tail(std::u32string_view rest) {
    // A bare noun has no tail; 하다 and 되다 make verbs of nouns: 평가했다.
    return rest.empty() || equals_any(rest, kParticles) || starts_with_any(rest, kLightVerbs);
}

bool is_rieul_ending(std::u32string_view rest) { return equals_any(rest, kRieulEndings); }

bool is_dependent_noun_word(std::u32string_view word) {
    return std::any_of(kDependentNouns.begin(), kDependentNouns.end(), [&](const DependentNoun& d) {
        if (!word.starts_with(d.noun)) return false;
        const std::u32string_view tail = word.substr(d.noun.size());
        return tail.empty() || d.tails == U"*" || has_word(d.tails, tail);
    });
}

bool is_bound_noun_after_adnominal(std::u32string_view word_before, std::u32string_view word) {
    if (word_before.empty() || std::find(kNounsInRieul.begin(), kNounsInRieul.end(), word_before) != kNounsInRieul.end())
        return false;
    return std::any_of(kBoundNouns.begin(), kBoundNouns.end(), [&](std::u32string_view noun) {
        return word.starts_with(noun) && is_particle_tail(word.substr(noun.size()));
    });
}

bool is_ha_doe_adnominal(std::u32string_view word) {
    if (word.empty() || (word.back() != U'할' && word.back() != U'될')) return false;
    return !std::any_of(kNounsInHal.begin(), kNounsInHal.end(),
                        [&](std::u32string_view noun) { return word.ends_with(noun) && noun != U"할"; });
}

bool is_rieul_giyeok_noun(char32_t syllable) {
    return std::find(kRieulGiyeokNouns.begin(), kRieulGiyeokNouns.end(), syllable) != kRieulGiyeokNouns.end();
}

bool starts_with_native_noun(std::u32string_view rest) { return starts_with_any(rest, kNativeNouns); }

bool is_bare_native_noun_word(std::u32string_view word) {
    constexpr std::u32string_view kOneSyllableNouns = U"잎엿윷옆";
    return !word.empty() && kOneSyllableNouns.find(word.front()) != std::u32string_view::npos &&
           is_particle_tail(word.substr(1));
}

bool is_phrase_ending_word(char32_t syllable) {
    return std::u32string_view(U"등및즉또단곧건난넌전걘얜").find(syllable) != std::u32string_view::npos;
}

bool is_sino_numeral_with_coda(char32_t syllable) {
    return std::u32string_view(U"일삼칠팔십백천만억").find(syllable) != std::u32string_view::npos;
}

bool is_native_prefix(char32_t syllable) {
    return std::find(kNativePrefixes.begin(), kNativePrefixes.end(), syllable) != kNativePrefixes.end();
}

bool starts_content_word(char32_t syllable) {
    if (syllable == U'없' || syllable == U'있') return true;
    if (!is_hangul_syllable(syllable)) return false;
    const Syllable s = decompose(syllable);
    return s.onset == Consonant::ieung && (s.vowel == vowel::o || s.vowel == vowel::u || s.vowel == vowel::wi);
}

Consonant letter_name_liaison(std::u32string_view word) {
    for (const LetterName& letter : kLetterNames)
        if (word.ends_with(letter.name)) return letter.links_as;
    return Consonant::none;
}

bool may_be_sino_korean(char32_t syllable) {
    if (!is_hangul_syllable(syllable)) return false;
    const Syllable s = decompose(syllable);
    using C = Consonant;
    if (s.onset == C::kk || s.onset == C::tt || s.onset == C::pp || s.onset == C::jj) return false;
    if (s.onset == C::k && syllable != U'쾌') return false;
    if (s.coda.is_cluster()) return false;
    switch (s.coda.first) {
        case C::none: case C::g: case C::n: case C::r: case C::m: case C::b: case C::ieung: break;
        default: return false;
    }
    if (s.vowel == vowel::eu && s.coda.empty()) return false;                                  // 드 스 트
    if (s.vowel == vowel::i && (s.onset == C::d || s.onset == C::t)) return false;            // 디 티
    if (s.vowel == vowel::e && (!s.coda.empty() || !(s.onset == C::s || s.onset == C::j))) return false;  // 엘 레
    if (s.vowel == vowel::yae) return false;
    return true;
}

bool word_may_be_sino_korean(std::u32string_view before, std::u32string_view after) {
    // Only the first syllable after: particles (에, 에서) need not look Sino-Korean.
    constexpr std::size_t kReach = 3;
    const std::u32string_view left = before.substr(before.size() > kReach ? before.size() - kReach : 0);
    const std::u32string_view right = after.substr(0, 1);
    return std::all_of(left.begin(), left.end(), may_be_sino_korean) &&
           std::all_of(right.begin(), right.end(), may_be_sino_korean);
}

}  // namespace nangdok::pronounce
