// Latin letters typed with the Korean input method off.
#include <gtest/gtest.h>

#include "clean/ime_garbage.hpp"

namespace nangdok {
namespace {

TEST(CleanImeGarbage, TwoBeolsikSyllablesAreRecognised) {
    EXPECT_TRUE(spells_two_beolsik_syllables("tkwl"));    // 사지
    EXPECT_TRUE(spells_two_beolsik_syllables("dkssud"));  // 안녕
    EXPECT_TRUE(spells_two_beolsik_syllables("dhk"));     // 와 (compound vowel)
    EXPECT_TRUE(spells_two_beolsik_syllables("ekfr"));    // 닭 (double final)
}

TEST(CleanImeGarbage, EnglishWordsAreNot) {
    EXPECT_FALSE(spells_two_beolsik_syllables("seoul"));
    EXPECT_FALSE(spells_two_beolsik_syllables("news"));
    EXPECT_FALSE(spells_two_beolsik_syllables("app"));
    EXPECT_FALSE(spells_two_beolsik_syllables(""));
}

TEST(CleanImeGarbage, OnlyRunsGluedToHangulCount) {
    EXPECT_TRUE(has_ime_garbage("오세훈 서울시장tkwl오세훈 서울시장이"));
    EXPECT_FALSE(has_ime_garbage("오세훈 서울시장 tkwl 오세훈"));  // spaced: could be an ID or a code
    EXPECT_FALSE(has_ime_garbage("서울seoul에서"));
    EXPECT_FALSE(has_ime_garbage("iPhone을 샀다"));
    EXPECT_FALSE(has_ime_garbage("평범한 문장이다."));
}

}  // namespace
}  // namespace nangdok
