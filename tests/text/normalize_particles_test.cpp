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
    // Digits are left as written: the writer chose the particle for the number said.
    EXPECT_EQ(test::compact("종로3가"), "종로삼가");
}

}  // namespace
}  // namespace nangdok::normalize
