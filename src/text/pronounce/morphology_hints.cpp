#include "pronounce/morphology_hints.hpp"

#include <algorithm>
#include <array>

namespace nangdok::pronounce {
namespace {

template <std::size_t N>
bool equals_any(std::u32string_view text, const std::array<std::u32string_view, N>& list) {
    return std::find(list.begin(), list.end(), text) != list.end();
}

template <std::size_t N>
bool starts_with_any(std::u32string_view text, const std::array<std::u32string_view, N>& list) {
    return std::any_of(list.begin(), list.end(), [&](std::u32string_view p) { return text.starts_with(p); });
}

constexpr std::array<std::u32string_view, 14> kStemEndings{
    U"고", U"다", U"지", U"게", U"소", U"던", U"더", U"거나", U"거든", U"겠", U"도록", U"든지", U"자", U"습"};

// Ending beginnings no common Sino-Korean syllable after ㄹ shares.
constexpr std::array<std::u32string_view, 9> kPlainEndingStartsAfterRieul{U"지", U"다", U"더", U"던", U"든", U"잖",
                                                                         U"죠", U"되", U"듯"};
// Particles and endings whose first syllable Sino-Korean words share (철도, 물자): only the
// whole rest of the word tells.
constexpr std::array<std::u32string_view, 9> kPlainTailsAfterRieul{U"도", U"도록", U"도요", U"자", U"자고",
                                                                  U"자마자", U"자면", U"조차", U"대로"};

constexpr std::array<std::u32string_view, 14> kRieulEndings{
    U"걸", U"걸요", U"밖에", U"세라", U"수록", U"지라도", U"지언정", U"진대", U"거야", U"거예요",
    U"게요", U"지니", U"쏘냐", U"손가"};

constexpr std::array<std::u32string_view, 52> kParticles{
    U"", U"이", U"가", U"을", U"를", U"은", U"는", U"의", U"에", U"에서", U"에게", U"에는", U"에도", U"도",
    U"만", U"과", U"와", U"로", U"으로", U"으로는", U"까지", U"부터", U"보다", U"처럼", U"이나", U"나", U"이다",
    U"이고", U"이며", U"였다", U"이었다", U"이라", U"이라는", U"이라고", U"인", U"입니다", U"이지만", U"마저",
    U"조차", U"뿐", U"들", U"들이", U"들은", U"들을", U"들의", U"로서", U"으로서", U"에서는", U"만큼", U"라는",
    U"라고", U"예요"};

constexpr std::array<std::u32string_view, 10> kLightVerbs{U"하", U"한", U"할", U"해", U"했", U"되", U"된", U"될",
                                                         U"돼", U"됐"};

// Each dependent noun with the particles and endings it takes; `any_tail` for those that are
// never anything but dependent (것, 듯). Narrow on purpose: after an object particle 을/를 the
// next word may be 수가 (number), 바로 (straight), 적은 (few), 법으로 (law).
struct DependentNoun {
    std::u32string_view noun;
    bool any_tail;
    std::array<std::u32string_view, 11> tails;
};
constexpr std::array<DependentNoun, 12> kDependentNouns{{
    {U"것", true, {}},
    {U"듯", true, {}},
    {U"성싶", true, {}},
    {U"거", false, {U"", U"야", U"예요", U"에요", U"다", U"라고", U"라는", U"고", U"면", U"든"}},
    {U"겁", false, {U"니다", U"니까"}},
    {U"수", false, {U"", U"도", U"는", U"가", U"밖에", U"조차"}},
    {U"데", false, {U"", U"가", U"는", U"도", U"에"}},
    {U"바", false, {U"", U"를", U"와", U"에는", U"가", U"는"}},
    {U"적", false, {U"", U"이", U"은", U"에", U"이다", U"이었다"}},
    {U"법", false, {U"하다", U"한", U"해", U"했다", U"하게"}},
    {U"줄", false, {U"", U"은", U"을", U"도", U"로는", U"만", U"이야"}},
    {U"터", false, {U"", U"이다", U"인데", U"라", U"에", U"이니"}},
}};

constexpr std::array<std::u32string_view, 3> kNounsInHal{U"역할", U"분할", U"할"};

constexpr std::array<char32_t, 5> kRieulGiyeokNouns{U'닭', U'흙', U'칡', U'삵', U'슭'};

constexpr std::array<std::u32string_view, 9> kNativeNouns{U"잎", U"엿", U"윷", U"옆", U"여름", U"이불", U"이야기",
                                                         U"여섯", U"여덟"};

constexpr std::array<char32_t, 6> kNativePrefixes{U'헛', U'첫', U'옛', U'홑', U'뒷', U'윗'};

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
    // 하다 and 되다 make verbs of nouns: 평가했다.
    return equals_any(rest, kParticles) || starts_with_any(rest, kLightVerbs);
}

bool is_rieul_ending(std::u32string_view rest) { return equals_any(rest, kRieulEndings); }

bool is_dependent_noun_word(std::u32string_view word) {
    return std::any_of(kDependentNouns.begin(), kDependentNouns.end(), [&](const DependentNoun& d) {
        if (!word.starts_with(d.noun)) return false;
        const std::u32string_view tail = word.substr(d.noun.size());
        return d.any_tail || std::find(d.tails.begin(), d.tails.end(), tail) != d.tails.end();
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
