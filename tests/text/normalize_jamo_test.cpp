// Bare Hangul letters (jamo.hpp): chat shorthand is silent, a single letter is named.
#include <gtest/gtest.h>

#include "normalize/jamo.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

TEST(BareJamo, RunsAreSilentLikeEmoji) {
    EXPECT_EQ(normalize_for_speech("정말 좋아요ㅋㅋㅋ 또 올게요ㅠㅠ"), "정말 좋아요 또 올게요");
    EXPECT_EQ(normalize_for_speech("ㅇㅇ 알겠어 ㄷㄷ"), "알겠어");
}

TEST(BareJamo, ASingleLetterIsSaidByItsName) {
    EXPECT_EQ(normalize_for_speech("ㄱ자 모양의 건물"), "기역자 모양의 건물");
    EXPECT_EQ(normalize_for_speech("ㄴ자형 소파"), "니은자형 소파");
    EXPECT_EQ(speak_bare_jamo("ㅏ"), "아");
    EXPECT_EQ(speak_bare_jamo("ㄲ"), "쌍기역");
}

TEST(BareJamo, SyllablesAreLeftAlone) { EXPECT_EQ(speak_bare_jamo("한글"), "한글"); }

}  // namespace
}  // namespace nangdok::normalize
