#include "pronounce/sound_rules.hpp"

#include <array>

#include "pronounce/consonant_classes.hpp"
#include "pronounce/morphology_hints.hpp"

namespace nangdok::pronounce {
namespace {

using C = Consonant;

bool is_y_or_i_vowel(std::uint8_t v) {
    return v == vowel::i || v == vowel::ya || v == vowel::yeo || v == vowel::yo || v == vowel::yu;
}

// 밟- keeps ㅂ before any consonant, 넓- in 넓죽하다 and 넓둥글다 (제10항 다만).
bool keeps_b_of_rieul_bieup(char32_t written, char32_t next_written) {
    return written == U'밟' || (written == U'넓' && (next_written == U'죽' || next_written == U'둥' || next_written == U'적'));
}

// ---- vowel onset: ㅎ, letter names, ㄴ insertion, liaison ----

bool letter_name_liaison_rule(Junction& j) {
    if (j.across_words() || !j.vowel_onset() || j.coda().empty()) return false;
    const Consonant links_as = letter_name_liaison(j.word_before());
    if (links_as == C::none) return false;
    j.coda() = {};
    j.onset() = links_as;
    j.settled = true;
    return true;
}

bool h_silent_before_vowel(Junction& j) {
    if (j.across_words() || !j.vowel_onset() || !has_h(j.coda())) return false;
    j.coda() = without_h(j.coda());
    return true;
}

// A native noun in 이 야 여 … is bound to the word before it (먹을 엿, 집 옆). Otherwise a
// one-syllable word clings to the next (한 일, 옷 입다, 잘 입다); after a longer one a particle
// often ends a prosodic phrase (정부는 이미, 금리를 연 3%), where no ㄴ is heard. Nor after the
// one-syllable function words that end a phrase (등, 즉, 건 = 것은), nor before the
// demonstratives in bare 이- (이미, 이런, 이번): 난 이거 stays. A numeral before the numerals 일, 이
// or the counters 일 (day), 인 (person) links without ㄴ (삼 일 → 사밀), as 육이오 does.
bool words_said_together(Junction& j) {
    const std::u32string_view before = j.word_before();
    if (before.size() == 1 && is_phrase_ending_word(before.front())) return false;
    if (is_bare_native_noun_word(j.rest_after())) return true;  // 먹을 엿, 집 옆에
    if (before.size() != 1 || !j.word_before_is_whole()) return false;
    const char32_t after = j.written_char_after();
    if (after == U'이') return false;
    return !(is_sino_numeral_with_coda(before.front()) && (after == U'일' || after == U'인'));
}

// 육 after another numeral takes ㄴ: 십육 → 심뉵, 삼십육 → 삼심뉵.
bool six_after_numeral(Junction& j) {
    return !j.across_words() && j.written_char_after() == U'육' && is_sino_numeral_with_coda(j.written_char_before());
}

// After a native prefix at a word's start, a content word follows (헛일, 겉옷 …).
bool after_native_prefix(Junction& j) {
    return !j.across_words() && j.word_before().size() == 1 && is_native_prefix(j.written_char_before());
}

// A written ㅅ before 야 여 요 유 inside a word is a 사이시옷: no particle or ending starts so after a
// consonant (도리깻열 → 도리깬녈).
bool sai_siot_before_y_vowel(Junction& j) {
    return !j.across_words() && j.written_before().coda.is(C::s) && j.vowel() != vowel::i;
}

bool n_insertion(Junction& j) {
    if (!j.vowel_onset() || j.coda().empty() || has_h(j.coda()) || !is_y_or_i_vowel(j.vowel())) return false;
    if (j.mark() == JunctionMark::plain) return false;
    const bool compound = j.mark() == JunctionMark::insert_n ||
                          (!j.across_words() && starts_with_native_noun(j.rest_after())) ||
                          after_native_prefix(j) || sai_siot_before_y_vowel(j) || six_after_numeral(j);
    if (!compound && !(j.across_words() && words_said_together(j))) return false;
    Consonant coda = surface_coda(j.coda());
    if (is_obstruent(coda)) coda = nasal_of(coda);
    j.coda() = Coda{coda};
    j.onset() = coda == C::r ? C::r : C::n;
    j.settled = true;
    return true;
}

bool content_word_liaison(Junction& j) {
    if (!j.vowel_onset() || j.coda().empty()) return false;
    if (!j.across_words() && j.mark() != JunctionMark::content_boundary && !starts_content_word(j.written_char_after()) &&
        !after_native_prefix(j))
        return false;
    const Consonant heard = surface_coda(j.coda());
    j.settled = true;
    // Across a space a y- or i-vowel word that took no ㄴ is not linked to: 막장극 여주인공 is
    // said with a break, not 막장그겨주인공.
    const bool held_apart = j.across_words() && is_y_or_i_vowel(j.vowel());
    if (heard == C::ieung || held_apart) {
        j.coda() = Coda{heard};
        return true;
    }
    if (j.across_words() && !is_obstruent(heard)) {
        // A sonorant links across a space the same whether written there or not.
        j.coda() = Coda{heard};
        return true;
    }
    j.coda() = {};
    j.onset() = heard;
    if (j.across_words()) j.join_words();
    return true;
}

bool palatalization(Junction& j) {
    if (j.across_words() || j.mark() == JunctionMark::insert_n || after_native_prefix(j)) return false;
    const Coda coda = j.coda();
    const bool before_i = j.vowel_onset() && j.vowel() == vowel::i;
    // 히 and the passive 혀/혔 (닫혀, 묻혔다); 형 after ㄷ is a noun (맏형 → 마텽).
    const char32_t after = j.written_char_after();
    const bool before_hi = j.onset() == C::h && (j.vowel() == vowel::i || after == U'혀' || after == U'혔');
    if (!before_i && !before_hi) return false;
    if (coda.is(C::d)) {
        j.onset() = before_hi ? C::ch : C::j;
        j.coda() = {};
    } else if (coda.is(C::t)) {
        j.onset() = C::ch;
        j.coda() = {};
    } else if (coda == Coda{C::r, C::t} && before_i) {
        j.onset() = C::ch;
        j.coda() = Coda{C::r};
    } else {
        return false;
    }
    j.settled = true;
    return true;
}

bool liaison(Junction& j) {
    if (j.across_words() || !j.vowel_onset() || j.coda().empty() || j.coda().is(C::ieung)) return false;
    const Coda coda = j.coda();
    if (coda.is_cluster()) {
        j.onset() = coda.second == C::s ? C::ss : coda.second;
        j.coda() = Coda{coda.first};
    } else {
        j.onset() = coda.first;
        j.coda() = {};
    }
    j.settled = true;
    return true;
}

// ---- consonant onset ----

bool h_aspiration(Junction& j) {
    if (j.vowel_onset() || j.coda().empty()) return false;
    const Coda coda = j.coda();
    if (has_h(coda)) {
        if (j.across_words() || !(j.onset() == C::g || j.onset() == C::d || j.onset() == C::j)) return false;
        j.onset() = aspirated_of(j.onset());
        j.coda() = without_h(coda);
        return true;
    }
    if (j.onset() != C::h) return false;
    // Inside a word a cluster keeps its sonorant and gives the rest to ㅎ (밝히다 → 발키다); before
    // another word it is simplified first (닭 한 마리 → 다칸 마리).
    Coda kept;
    Consonant part = j.across_words() ? simplified_cluster(coda) : coda.first;
    if (coda.is_cluster() && !j.across_words() && (coda.first == C::r || coda.first == C::n)) {
        kept = Coda{coda.first};
        part = coda.second;
    }
    if (!is_obstruent(part)) return false;
    j.onset() = aspirated_of(j.across_words() ? neutralized(part) : part);
    j.coda() = kept;
    if (j.across_words() && kept.empty()) j.join_words();
    return true;
}

bool h_before_s(Junction& j) {
    if (j.across_words() || !has_h(j.coda()) || j.onset() != C::s) return false;
    j.onset() = C::ss;
    j.coda() = without_h(j.coda());
    return true;
}

bool h_before_n(Junction& j) {
    if (j.across_words() || !has_h(j.coda()) || j.onset() != C::n) return false;
    j.coda() = j.coda().is(C::h) ? Coda{C::n} : without_h(j.coda());
    return true;
}

bool cluster_simplification(Junction& j) {
    if (j.vowel_onset() || !j.coda().is_cluster()) return false;
    const Coda coda = j.coda();
    Consonant kept = simplified_cluster(coda);
    if (coda == Coda{C::r, C::b} && keeps_b_of_rieul_bieup(j.written_char_before(), j.written_char_after()))
        kept = C::b;
    if (coda == Coda{C::r, C::g} && !j.across_words() && j.onset() == C::g &&
        !is_rieul_giyeok_noun(j.written_char_before()) && !j.rest_after().starts_with(U"과"))
        kept = C::r;  // 맑게 → 말께 (제11항 다만)
    j.coda() = Coda{kept};
    return true;
}

bool coda_neutralization(Junction& j) {
    if (j.vowel_onset() || j.coda().empty() || j.coda().is_cluster()) return false;
    const Consonant heard = neutralized(j.coda().first);
    if (heard == j.coda().first) return false;
    j.coda() = Coda{heard};
    return true;
}

bool rieul_to_nieun(Junction& j) {
    if (j.across_words() || j.onset() != C::r) return false;
    const Consonant coda = j.coda().first;
    if (j.coda().is_cluster() || !(coda == C::m || coda == C::ieung || coda == C::g || coda == C::d || coda == C::b))
        return false;
    j.onset() = C::n;
    return true;
}

bool nieun_kept_before_rieul(Junction& j) {
    if (j.mark() != JunctionMark::keep_n || !j.coda().is(C::n) || j.onset() != C::r) return false;
    j.onset() = C::n;
    return true;
}

bool nasalization(Junction& j) {
    if (!(j.onset() == C::n || j.onset() == C::m) || j.coda().is_cluster()) return false;
    const Consonant coda = j.coda().first;
    if (!(coda == C::g || coda == C::d || coda == C::b)) return false;
    j.coda() = Coda{nasal_of(coda)};
    return true;
}

bool lateralization(Junction& j) {
    if (j.across_words()) return false;
    if (j.coda().is(C::n) && j.onset() == C::r) {
        j.coda() = Coda{C::r};
        return true;
    }
    if (j.coda().is(C::r) && j.onset() == C::n) {
        j.onset() = C::r;
        return true;
    }
    return false;
}

bool tense(Junction& j) {
    j.onset() = tense_of(j.onset());
    return true;
}

bool obstruent_tensing(Junction& j) {
    if (j.across_words() || !is_lenis(j.onset())) return false;
    const Consonant coda = j.coda().first;
    const bool obstruent_now = coda == C::g || coda == C::d || coda == C::b;
    if (!obstruent_now && !ends_in_obstruent(j.written_before().coda)) return false;
    return tense(j);
}

bool stem_cluster_tensing(Junction& j) {
    if (j.across_words() || !is_lenis(j.onset())) return false;
    const Coda written = j.written_before().coda;
    const bool nasal_stem = (written == Coda{C::n, C::j} || written == Coda{C::r, C::m}) &&
                            starts_with_stem_ending(j.rest_after());
    const bool rieul_stem = (written == Coda{C::r, C::b} || written == Coda{C::r, C::t}) &&
                            j.written_char_before() != U'덟';
    if (!nasal_stem && !rieul_stem) return false;
    return tense(j);
}

bool lexicon_tensing(Junction& j) {
    if (j.mark() != JunctionMark::tense || !is_lenis(j.onset())) return false;
    return tense(j);
}

bool sino_korean_rieul_tensing(Junction& j) {
    if (j.across_words() || j.mark() == JunctionMark::plain) return false;
    if (!j.written_before().coda.is(C::r) || !j.coda().is(C::r)) return false;
    if (!(j.onset() == C::d || j.onset() == C::s || j.onset() == C::j)) return false;
    if (j.written_char_before() == j.written_char_after() || !word_may_be_sino_korean(j.word_before(), j.rest_after()))
        return false;
    if (is_plain_tail_after_rieul(j.rest_after())) return false;
    return tense(j);
}

bool adnominal_rieul_tensing(Junction& j) {
    if (!is_lenis(j.onset()) || !j.written_before().coda.is(C::r) || !j.coda().is(C::r)) return false;
    if (j.across_words()) {
        if (!is_dependent_noun_word(j.rest_after()) && !is_ha_doe_adnominal(j.word_before()) &&
            !is_bound_noun_after_adnominal(j.word_before(), j.rest_after()))
            return false;
    } else if (!is_rieul_ending(j.rest_after())) {
        return false;
    }
    return tense(j);
}

constexpr std::array kRules{
    SoundRule{"letter_name_liaison", "제16항", letter_name_liaison_rule},
    SoundRule{"h_silent_before_vowel", "제12항 4", h_silent_before_vowel},
    SoundRule{"n_insertion", "제29항", n_insertion},
    SoundRule{"content_word_liaison", "제15항", content_word_liaison},
    SoundRule{"palatalization", "제17항", palatalization},
    SoundRule{"liaison", "제13항, 제14항", liaison},
    SoundRule{"h_aspiration", "제12항 1", h_aspiration},
    SoundRule{"h_before_s", "제12항 2", h_before_s},
    SoundRule{"h_before_n", "제12항 3", h_before_n},
    SoundRule{"cluster_simplification", "제10항, 제11항", cluster_simplification},
    SoundRule{"coda_neutralization", "제9항", coda_neutralization},
    SoundRule{"nieun_kept_before_rieul", "제20항 다만", nieun_kept_before_rieul},
    SoundRule{"rieul_to_nieun", "제19항", rieul_to_nieun},
    SoundRule{"nasalization", "제18항", nasalization},
    SoundRule{"lateralization", "제20항", lateralization},
    SoundRule{"obstruent_tensing", "제23항", obstruent_tensing},
    SoundRule{"stem_cluster_tensing", "제24항, 제25항", stem_cluster_tensing},
    SoundRule{"lexicon_tensing", "제28항", lexicon_tensing},
    SoundRule{"adnominal_rieul_tensing", "제27항", adnominal_rieul_tensing},
    SoundRule{"sino_korean_rieul_tensing", "제26항", sino_korean_rieul_tensing},
};

// 제5항 다만 3: ㅢ in a syllable written with a consonant onset is read ㅣ (희망 → 히망).
bool plain_i_after_consonant(Syllable& sound, char32_t written) {
    if (sound.vowel != vowel::ui || decompose(written).onset == C::ieung) return false;
    sound.vowel = vowel::i;
    return true;
}

constexpr std::array kSyllableRules{
    SyllableRule{"plain_i_after_consonant", "제5항 다만 3", plain_i_after_consonant},
};

}  // namespace

std::span<const SoundRule> sound_rules() { return kRules; }

std::span<const SyllableRule> syllable_rules() { return kSyllableRules; }

Coda coda_before_pause(const Coda& coda, char32_t written_syllable) {
    if (coda.empty()) return coda;
    if (coda == Coda{C::r, C::b} && written_syllable == U'밟') return Coda{C::b};
    return Coda{surface_coda(coda)};
}

}  // namespace nangdok::pronounce
