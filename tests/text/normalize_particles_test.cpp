// Particles chosen again from what is said (particles.hpp).
#include <gtest/gtest.h>

#include "normalize/particles.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

TEST(Particles, TheFormFollowsTheLastSyllableSaid) {
    EXPECT_EQ(particle_after("모레", "는"), "는");
    EXPECT_EQ(particle_after("이십 일", "는"), "은");
    EXPECT_EQ(particle_after("넥센", "가"), "이");
    EXPECT_EQ(particle_after("퍼센트", "으로"), "로");
    EXPECT_EQ(particle_after("디에프에프", "을"), "를");
    EXPECT_EQ(particle_after("원", "다"), "이다");
    EXPECT_EQ(particle_after("바이트", "이다"), "이다");  // after a vowel the copula may keep its 이
    EXPECT_EQ(particle_after("버디", "과"), "와");
}

TEST(Particles, RieulTakesTheVowelFormOfEuro) {
    EXPECT_EQ(particle_after("서울", "으로"), "로");
    EXPECT_EQ(particle_after("서울", "을"), "을");  // ㄹ is a consonant for the others
    EXPECT_EQ(particle_after("일", "으로부터"), "로부터");
}

TEST(Particles, PausesAtTheEndAreIgnored) { EXPECT_EQ(particle_after("삼 세 , ", "이"), "가"); }

TEST(Particles, OnlyWholeParticlesChange) {
    EXPECT_EQ(particle_after("퍼센트", "이닝"), std::nullopt);
    EXPECT_EQ(particle_after("퍼센트", "에서"), std::nullopt);  // one form only
    EXPECT_EQ(particle_after("", "은"), std::nullopt);          // nothing said before
}

TEST(Particles, AfterLettersOrSymbolsReadAloudTheParticleIsChosenAgain) {
    EXPECT_EQ(normalize_for_speech("지지율 41.2%으로 올랐다"), "지지율 사십일 점 이 퍼센트로 올랐다");
    EXPECT_EQ(normalize_for_speech("NH을 거쳐"), "엔에이치를 거쳐");
    EXPECT_EQ(test::compact("종로3가"), "종로삼가");
}

TEST(Particles, AfterEveryNumberReadAloudTheParticleFitsWhatWasSaid) {
    // A fraction is said denominator first; a number in a title may have been meant in English.
    EXPECT_EQ(test::compact("물의 3/4를 버렸다"), "물의사분의삼을버렸다");
    EXPECT_EQ(test::compact("시리즈 ‘탐정 7’를 봤다"), "시리즈탐정칠을봤다");
    EXPECT_EQ(test::compact("‘갤럭시 S8’를 샀다"), "갤럭시에스에잇을샀다");
    // 가 after a number is the street counter, never a particle to re-choose: 을지로1가.
    EXPECT_EQ(test::compact("을지로1가에서"), "을지로일가에서");
    // Written as the copula after a vowel, 이며 and 이고 may stay.
    EXPECT_EQ(test::compact("번호는 1577-1055이며"), "번호는일오칠칠,일공오오이며");
    EXPECT_EQ(particle_after("오", "이며"), "이며");
    EXPECT_EQ(particle_after("오", "이"), "가");
}

}  // namespace
}  // namespace nangdok::normalize
