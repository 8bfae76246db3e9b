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

TEST(ConjoiningJamo, DecomposedHangulIsComposedIntoSyllables) {
    EXPECT_EQ(normalize_for_speech("\u1112\u1161\u11AB\u1100\u1173\u11AF 2개"), "한글 두 개");
}

TEST(ConjoiningJamo, OldHangulThatMakesNoSyllableIsNeverPassedOn) {
    // U+D7D7 after a syllable made eSpeak NG read freed memory; a lone araea has no sound either.
    for (std::string_view text : {"가\uD7D7나", "\uA960옛말", "\u1100\u119E 아래아", "12\u11F0개"}) {
        const std::string out = normalize_for_speech(text);
        for (std::size_t i = 0; i + 2 < out.size(); ++i) {
            const auto b0 = static_cast<unsigned char>(out[i]), b1 = static_cast<unsigned char>(out[i + 1]);
            EXPECT_FALSE(b0 == 0xE1 && b1 >= 0x84 && b1 <= 0x87) << out;  // U+1100..U+11FF
            EXPECT_FALSE(b0 == 0xEA && b1 == 0xA5) << out;                 // U+A960..U+A97F
            EXPECT_FALSE(b0 == 0xED && (b1 == 0x9E || b1 == 0x9F)) << out; // U+D780..U+D7FF
        }
    }
    EXPECT_EQ(normalize_for_speech("가\uD7D7나"), "가 나");
}

}  // namespace
}  // namespace nangdok::normalize
