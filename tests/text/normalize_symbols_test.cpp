// Symbols: named, paused, silent, and the context-dependent ones.
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok {
namespace {

using test::compact;

TEST(Symbols, NamedSymbols) {
    EXPECT_EQ(compact("R&D"), "알앤디");
    EXPECT_EQ(compact("금리↑"), "금리상승");
    EXPECT_EQ(compact("환율↓"), "환율하락");
    EXPECT_EQ(compact("한국 vs 일본"), "한국대일본");
}

TEST(Symbols, ListMarksArePauses) {
    EXPECT_EQ(normalize_for_speech("△정책 △예산"), "정책, 예산");
    EXPECT_EQ(normalize_for_speech("경제·사회"), "경제, 사회");
}

TEST(Symbols, QuotesAndBracketsAreNotSpoken) {
    EXPECT_EQ(normalize_for_speech("“안녕”이라고"), "안녕이라고");
    EXPECT_EQ(normalize_for_speech("‘평화’"), "평화");
}

TEST(Symbols, AParticleAfterAQuoteIsPartOfTheQuotedWord) {
    EXPECT_EQ(normalize_for_speech("그는 \"100% 확신한다\"고 말했다."), "그는 백 퍼센트 확신한다고 말했다.");
    EXPECT_EQ(normalize_for_speech("《토지》를 읽었다"), "토지를 읽었다");
    // A straight quote that opens keeps the space before it.
    EXPECT_EQ(normalize_for_speech("법무부 '외국인 지침'을 통해"), "법무부 외국인 지침을 통해");
    EXPECT_EQ(normalize_for_speech("노동부가 \"외국인 보호\"를"), "노동부가 외국인 보호를");
}

TEST(Symbols, AParticleAfterABracketJoinsTheLastWordSaid) {
    // Never a particle on its own: it takes the form 퍼센트 needs (normalize_brackets_test.cpp has more).
    EXPECT_EQ(normalize_for_speech("2,789명(80.7%)이 찬성했다."), "이천칠백팔십구 명, 팔십 점 칠 퍼센트가 찬성했다.");
}

TEST(Symbols, TildeBetweenNumbersIsARange) { EXPECT_EQ(compact("7~9"), "칠에서구"); }

TEST(Symbols, RangeJoinsTheWordBeforeLikeAParticle) {
    EXPECT_EQ(normalize_for_speech("10시~11시"), "열 시에서 열한 시");
    EXPECT_EQ(normalize_for_speech("3월 1일~5일"), "삼월 일 일에서 오 일");
}

TEST(Symbols, TildeElsewhereIsSilent) {
    EXPECT_EQ(compact("좋아요~"), "좋아요");
    EXPECT_EQ(compact("좋아요~ 또 봐요"), "좋아요또봐요");
}

TEST(Symbols, TildeBetweenWordsIsARange) {
    EXPECT_EQ(normalize_for_speech("인천~김포 노선"), "인천에서 김포 노선");
    EXPECT_EQ(compact("오전 8시 ~ 오후 1시"), "오전여덟시에서오후한시");
}

TEST(Symbols, EmojiAndUnknownSymbolsAreDropped) { EXPECT_EQ(compact("좋아요😀👍"), "좋아요"); }

TEST(Symbols, HostNames) { EXPECT_EQ(compact("naver.com"), "네이버닷컴"); }

TEST(Symbols, CircledAndRomanNumeralsBeforeNfkc) {
    EXPECT_EQ(compact("②항"), "이항");
    EXPECT_EQ(compact("Ⅳ"), "사");
}

TEST(Symbols, FullWidthFormsAreFolded) { EXPECT_EQ(compact("ＡＢＣ　１２"), "에이비씨십이"); }

}  // namespace
}  // namespace nangdok
