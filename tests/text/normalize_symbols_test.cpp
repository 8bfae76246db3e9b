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

TEST(Symbols, HostNames) {
    EXPECT_EQ(compact("naver.com"), "네이버닷컴");
    EXPECT_EQ(compact("daum.net"), "다음닷넷");  // the portal, not the English word
}

TEST(Symbols, CircledAndRomanNumeralsBeforeNfkc) {
    EXPECT_EQ(compact("②항"), "이항");
    EXPECT_EQ(compact("Ⅳ"), "사");
}

TEST(Symbols, FullWidthFormsAreFolded) { EXPECT_EQ(compact("ＡＢＣ　１２"), "에이비씨십이"); }

TEST(Symbols, AHashtagIsAnnouncedNotCalledSharp) {
    EXPECT_EQ(compact("#오늘의운동 인증이 늘었다"), "해시태그오늘의운동인증이늘었다");
    // Not twice when the text says 해시태그 itself.
    EXPECT_EQ(compact("'#집콕챌린지'라는 해시태그"), "집콕챌린지라는해시태그");
    EXPECT_EQ(compact("해시태그 #StopHate를 달았다"), "해시태그스톱헤이트를달았다");
    EXPECT_EQ(compact("C# 개발자"), "씨샵개발자");  // after a letter it is the language's name
    EXPECT_EQ(compact("#1 인기곡"), "샵일인기곡");   // no word after it: not a tag
}

TEST(Symbols, EqualsBeforeANumberIsATopicParticle) {
    EXPECT_EQ(compact("1달러=1400원"), "일달러는천사백원");
    EXPECT_EQ(compact("1pt=0.1%p"), "일피티는영점일퍼센트포인트");
    EXPECT_EQ(compact("2+3=5"), "이플러스삼은오");
}

TEST(Symbols, XBetweenNumbersIsTimes) {
    EXPECT_EQ(compact("1920x1080"), "천구백이십곱하기천팔십");
    EXPECT_EQ(compact("30X40cm"), "삼십곱하기사십센티미터");
}

TEST(Symbols, AQuoteAfterAnotherOpenerOpensToo) {
    EXPECT_EQ(normalize_for_speech("野 \"'예산 처리' 먼저\""), "야 예산 처리 먼저");
}

TEST(Symbols, CircledCIsTheCopyrightSign) { EXPECT_EQ(compact("ⓒ 한빛일보"), "한빛일보"); }

TEST(Symbols, AHostNameMayHaveDigits) {
    EXPECT_EQ(compact("news1.kr"), "뉴스원닷케이알");
    // A part with digits anywhere in the host; the parts after it are still host parts (com → 컴).
    EXPECT_EQ(compact("m.news1.kr"), "엠닷뉴스원닷케이알");
    EXPECT_EQ(compact("mp3.com"), "엠피쓰리닷컴");
    EXPECT_EQ(compact("www.k2.co.kr"), "더블유더블유더블유닷케이투닷씨오닷케이알");
}

TEST(Symbols, APointBetweenDigitsIsNeverAFullStop) { EXPECT_EQ(compact("버전 2.4.1 배포"), "버전이점사점일배포"); }

TEST(Symbols, XBetweenNamesIsACollaboration) {
    EXPECT_EQ(compact("폭x깊이 규격"), "폭곱하기깊이규격");
    EXPECT_EQ(compact("너비×높이"), "너비곱하기높이");
    EXPECT_EQ(compact("‘뉴발란스X한정판’ 출시"), "뉴발란스엑스한정판출시");
    EXPECT_EQ(compact("무신사×아디다스 협업"), "무신사엑스아디다스협업");
}

TEST(Symbols, TimesBetweenALatinNameAndAnotherNameOrWithSpacesIsACollaboration) {
    EXPECT_EQ(compact("KBS×한빛제과 기획전"), "케이비에스엑스한빛제과기획전");
    EXPECT_EQ(compact("한빛제과 × 무신사 협업"), "한빛제과엑스무신사협업");
    // Numbers, lone letters and measured sides stay a product.
    EXPECT_EQ(compact("높이 20 × 너비 30"), "높이이십곱하기너비삼십");
    EXPECT_EQ(compact("A×B"), "에이곱하기비");
    EXPECT_EQ(compact("폭 × 깊이"), "폭곱하기깊이");
}

TEST(Symbols, AMiddleDotBetweenNumbersSeparatesThem) {
    EXPECT_EQ(compact("2·4분기 실적"), "이사분기실적");  // a quarter of the year
    EXPECT_EQ(compact("4·5위전"), "사,오위전");
    EXPECT_EQ(compact("(파71·7천12야드)"), "파칠십일,칠천십이야드");  // 천 belongs to the second number
}

TEST(Symbols, NumbersThatAreNamesKeepTheirReading) {
    EXPECT_EQ(compact("38선 이북"), "삼팔선이북");
    EXPECT_EQ(compact("4대강 보"), "사대강보");
}

TEST(Symbols, AnArrowBetweenAmountsIsAChangeAndBetweenNamesAPause) {
    EXPECT_EQ(normalize_for_speech("금리는 3%→5%로 올랐다."), "금리는 삼 퍼센트에서 오 퍼센트로 올랐다.");
    EXPECT_EQ(normalize_for_speech("지목은 김철수→이영희→박민수로 이어졌다."), "지목은 김철수, 이영희, 박민수로 이어졌다.");
}

TEST(Symbols, ACompanysLegalFormIsLeftOut) {
    EXPECT_EQ(normalize_for_speech("코레일과 (주)SR의 열차"), "코레일과 에스알의 열차");
    EXPECT_EQ(normalize_for_speech("한빛㈜는 밝혔다."), "한빛은 밝혔다.");  // the particle joins the name again
}

TEST(Symbols, ACommaIsFollowedByASpace) {
    EXPECT_EQ(normalize_for_speech("참석자는 A,B 두 명이다."), "참석자는 에이, 비 두 명이다.");
}

TEST(Symbols, AWireDatelineOpeningTheSentenceIsNotRead) {
    EXPECT_EQ(normalize_for_speech("(대전=한빛통신) 홍길동 기자 = 시는 새 다리를 열었다."), "시는 새 다리를 열었다.");
    EXPECT_EQ(normalize_for_speech("[한빛일보=홍길동 기자]시는 새 다리를 열었다."), "시는 새 다리를 열었다.");
    EXPECT_EQ(normalize_for_speech("[세종=한빛통신] 정부는 발표했다."), "정부는 발표했다.");
    // A formula in brackets is read, and so is a dateline standing alone.
    EXPECT_EQ(compact("(1+1=2) 식"), "일플러스일은이,식");
    EXPECT_EQ(compact("(대전=한빛통신)"), "대전한빛통신");
}

TEST(Symbols, ATildeAfterACountedNumberOpensARangeEvenBeforeASpace) {
    EXPECT_EQ(compact("오전 10시~ 오후 6시까지"), "오전열시에서오후여섯시까지");
    EXPECT_EQ(compact("좋아요~ 또 봐요"), "좋아요또봐요");  // after a word, only a drawl
}

TEST(Symbols, AngleBracketsAroundATitleKeepTheParticleOnIt) {
    EXPECT_EQ(normalize_for_speech("채널A <한빛TOP10>이 방송했다."), "채널에이 한빛톱텐이 방송했다.");
    EXPECT_EQ(normalize_for_speech("<한빛뉴스>는 보도했다."), "한빛뉴스는 보도했다.");
}

TEST(Symbols, ATildeBetweenQuotedWordsIsARange) {
    EXPECT_EQ(normalize_for_speech("농도는 ‘보통’∼‘좋음’ 수준이다."), "농도는 보통에서 좋음 수준이다.");
}

TEST(Symbols, HashtagsAreAnnouncedUnlessTheSentenceSaysTag) {
    EXPECT_EQ(normalize_for_speech("'#한빛캠페인', '#한빛챌린지' 등 두 개의 해시태그를 단다."),
              "한빛캠페인, 한빛챌린지 등 두 개의 해시태그를 단다.");
    EXPECT_EQ(normalize_for_speech("‘국내여행#행복’"), "국내여행 해시태그 행복");  // glued to a word
    EXPECT_EQ(normalize_for_speech("C# 언어"), "씨 샵 언어");                      // a language's name
}

TEST(Symbols, ADashBetweenTwoTimesIsARange) {
    EXPECT_EQ(compact("10시-20시까지 연다"), "열시에서스무시까지연다");
    EXPECT_EQ(compact("3볼-1스트라이크에서"), "쓰리볼원스트라이크에서");  // a count, not a range
}

TEST(Symbols, ATriangleBeforeAPercentageIsAFall) {
    EXPECT_EQ(compact("전년보다 △3.2% 줄었다"), "전년보다마이너스삼점이퍼센트줄었다");
    // Before a date or a name it marks a list item.
    EXPECT_EQ(compact("△1일 개막식 △2일 공연"), "일일개막식,이일공연");
}

TEST(Symbols, AVowelLetterBetweenSyllablesIsABar) {
    EXPECT_EQ(compact("[서울ㅣ한빛일보] 홍길동 기자"), "서울한빛일보,홍길동기자");
    EXPECT_EQ(compact("모음 ㅣ를 길게"), "모음이를길게");
}

}  // namespace
}  // namespace nangdok
