// The little grammar the sound rules need to tell a stem from a noun and an ending from a word:
// closed classes of Korean (endings, particles, dependent nouns, letter names), never lists of
// ordinary words (those belong in the pronunciation lexicon).
#pragma once

#include <string_view>

#include "core/hangul_jamo.hpp"

namespace nangdok::pronounce {

// The sound rules are written in terms of onsets, vowels and codas.
using namespace hangul;

// An ending that turns a lenis tense after a verb stem in ㄵ/ㄻ (제24항): 앉고, 젊지 — but not the
// particles 도 and 과 after the nouns 앎, 삶, nor the causative -기- of 굶기다.
bool starts_with_stem_ending(std::u32string_view rest_of_word);

// The rest of a word is an ending or particle that follows ㄹ without tensing: 서울도, 만들다,
// 길지만, 놀자, 만들잖아. Guards 제26항 (Sino-Korean ㄹ + ㄷㅅㅈ), which would otherwise hit them.
bool is_plain_tail_after_rieul(std::u32string_view rest_of_word);

// The rest of a word is nothing but particles (or nothing), or 하다/되다 (평가했다): 물고기를,
// 인기도. Lexicon entries that are whole words match only then.
bool is_particle_tail(std::u32string_view rest_of_word);

// An ending of the adnominal -(으)ㄹ that is written attached and pronounced tense (제27항 붙임):
// 할걸, 할수록, 할지라도.
bool is_rieul_ending(std::u32string_view rest_of_word);

// A dependent noun that only follows an adnominal (것, 수, 데, 바, 적, 듯, 법, 줄 …), alone or with a
// particle: after a word ending in ㄹ it marks that ㄹ as the adnominal -(으)ㄹ (제27항).
bool is_dependent_noun_word(std::u32string_view word);

// A noun that stands after a clause (곳, 경우, 생각, 계획 …), alone or with particles, after a word
// in ㄹ that is not itself a noun (내일 계획, 겨울 방법): 갈 곳, 볼 생각 — the ㄹ is the adnominal
// -(으)ㄹ (제27항).
bool is_bound_noun_after_adnominal(std::u32string_view word_before, std::u32string_view word);

// A word in -할 / -될: the adnominal of 하다 / 되다, unless it is one of the nouns in -할 (역할).
bool is_ha_doe_adnominal(std::u32string_view word);

// Nouns whose stem ends in ㄺ: before ㄱ they keep ㄱ (닭과 → 닥꽈) where verb stems keep ㄹ
// (맑게 → 말께, 제11항 다만).
bool is_rieul_giyeok_noun(char32_t syllable);

// The rest of a word starts with a native noun in 이 야 여 요 유 that no particle or ending can be
// taken for (잎, 엿, 윷, 옆 have no Sino-Korean reading; 여름, 이불, 이야기; the numerals 여섯,
// 여덟): after a coda it is the second part of a compound, so ㄴ is inserted (제29항): 꽃잎 → 꼰닙,
// 올여름 → 올려름, 서른여섯 → 서른녀섣.
bool starts_with_native_noun(std::u32string_view rest_of_word);

// A word that is one of the one-syllable native nouns (잎, 엿, 윷, 옆) with nothing but particles
// after it: bound to the word before even across a space (먹을 엿, 집 옆에), where 이야기할 or
// 옆집 need not be.
bool is_bare_native_noun_word(std::u32string_view word);

// One-syllable words after which a phrase usually breaks: conjunctions and list closers (등, 및,
// 즉, 또, 단, 곧) and topic contractions (건, 난, 넌, 전).
bool is_phrase_ending_word(char32_t syllable);

// A Sino-Korean numeral syllable with a coda (일 삼 칠 팔 십 백 천 만 억).
bool is_sino_numeral_with_coda(char32_t syllable);

// A native prefix ending in a coda (헛-, 첫-, 옛-, 홑-, and 뒷-, 윗- with 사이시옷): at the start of
// a word it is always followed by a content word: 헛웃음 → 허두슴, 헛일 → 헌닐.
bool is_native_prefix(char32_t syllable);

// A syllable that starts a content word after a coda inside a word (제15항): one in ㅗ ㅜ ㅟ (no
// ending or particle starts so after a consonant) or 없-, 있-: 겉옷, 헛웃음, 맛없다.
bool starts_content_word(char32_t syllable);

// 제16항: the letter names 디귿 … 히읗 link their final as ㅅ, ㄱ or ㅂ (디귿이 → 디그시).
// Returns none when word_up_to_here does not end in a letter name.
Consonant letter_name_liaison(std::u32string_view word_up_to_here);

// Could this syllable be the reading of a Chinese character? Sino-Korean syllables end in no coda
// or in ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, never start with ㄲ ㄸ ㅃ ㅉ ㅋ, and have no 드 스 트, 디 티, 엘 델 레 …;
// borrowed words do (월드컵, 콜센터, 엘살바도르).
bool may_be_sino_korean(char32_t syllable);

// Near the junction (up to three syllables before it, the one after), nothing rules out a Sino-Korean word:
// 제26항 applies to Sino-Korean words only.
bool word_may_be_sino_korean(std::u32string_view before, std::u32string_view after);

}  // namespace nangdok::pronounce
