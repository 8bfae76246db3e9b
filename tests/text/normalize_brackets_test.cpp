// Brackets read as units (brackets.hpp): glosses and codes are not said, readings replace the
// Latin they follow, asides are said after a pause, and the particle after a bracket joins the
// last word said in the form that word needs.
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;
using test::contains;

TEST(Brackets, HanjaGlossesAreNotSaid) {
    EXPECT_EQ(normalize_for_speech("리창(李强) 총리가 도착했다."), "리창 총리가 도착했다.");
    EXPECT_EQ(normalize_for_speech("중국발(發) 물가 불안"), "중국발 물가 불안");
    EXPECT_EQ(normalize_for_speech("영유권(領有權)을 주장했다."), "영유권을 주장했다.");
}

TEST(Brackets, AnEnglishEquivalentIsNotSaid) {
    EXPECT_EQ(normalize_for_speech("이른바 지름신(impulse buying)이 왔다."), "이른바 지름신이 왔다.");
    EXPECT_EQ(normalize_for_speech("시험 무대(Testbed)를 마련했다."), "시험 무대를 마련했다.");
    EXPECT_EQ(normalize_for_speech("개막전(Opening Day)은 토요일이다."), "개막전은 토요일이다.");
}

TEST(Brackets, ATransliterationOfTheWordBeforeIsNotSaid) {
    // The Latin word sounds like the Hangul before it: the same word twice.
    EXPECT_EQ(normalize_for_speech("스트리머(streamer)와 팬"), "스트리머와 팬");
    EXPECT_EQ(normalize_for_speech("가수 제니 (JENNIE)의 무대"), "가수 제니의 무대");
    EXPECT_EQ(normalize_for_speech("노마드(Nomad)로 산다"), "노마드로 산다");
}

TEST(Brackets, AUnitOrAbbreviationNamedAgainIsNotSaid) {
    EXPECT_EQ(normalize_for_speech("용량은 512GB(기가바이트)다."), "용량은 오백십이 기가바이트다.");
    EXPECT_EQ(normalize_for_speech("격차는 1.2%p(포인트)로 줄었다."), "격차는 일 점 이 퍼센트포인트로 줄었다.");
    EXPECT_EQ(normalize_for_speech("금리를 0.5%포인트(P) 내렸다."), "금리를 영 점 오 퍼센트포인트 내렸다.");
}

TEST(Brackets, AHangulReadingReplacesTheLatinItFollows) {
    EXPECT_EQ(normalize_for_speech("신곡 'WAVE'(웨이브)가 1위다."), "신곡 웨이브가 일 위다.");
    EXPECT_EQ(normalize_for_speech("갤럭시 Z(갤럭시 제트)를 샀다."), "갤럭시 제트를 샀다.");
    EXPECT_EQ(normalize_for_speech("그룹 aespa (에스파)의 무대"), "그룹 에스파의 무대");
}

TEST(Brackets, TheKoreanForAnAcronymIsAGloss) {
    EXPECT_EQ(normalize_for_speech("EU(유럽연합)는 제재를 발표했다."), "이유는 제재를 발표했다.");
}

TEST(Brackets, CodesAreNotSaid) {
    EXPECT_EQ(normalize_for_speech("한빛전자(012345)는 2% 올랐다."), "한빛전자는 이 퍼센트 올랐다.");
    EXPECT_EQ(normalize_for_speech("새 모니터(모델명 27QX850)가 나왔다."), "새 모니터가 나왔다.");
    EXPECT_EQ(normalize_for_speech("우체국(우편번호 04524)에서"), "우체국에서");
}

TEST(Brackets, ADateThatRepeatsTheDayNamedIsNotSaid) {
    EXPECT_EQ(normalize_for_speech("내일(14일)은 흐리겠다."), "내일은 흐리겠다.");
    EXPECT_EQ(normalize_for_speech("어제(3월 2일) 열렸다."), "어제 열렸다.");
    // After another word the date is news: an aside.
    EXPECT_EQ(normalize_for_speech("개막식(14일)은 취소됐다."), "개막식, 십사 일은 취소됐다.");
}

TEST(Brackets, AnAsideIsSaidAfterAPauseAndTheParticleJoinsItsLastWord) {
    EXPECT_EQ(normalize_for_speech("찬성은 1,024명(61.5%)이었다."), "찬성은 천이십사 명, 육십일 점 오 퍼센트였다.");
    EXPECT_EQ(compact("가격은 999달러(약 130만원)다."), "가격은구백구십구달러,약백삼십만원이다.");
    EXPECT_EQ(normalize_for_speech("본부(본관)를 옮겼다."), "본부, 본관을 옮겼다.");
    EXPECT_EQ(normalize_for_speech("국제통화기금(IMF)과 협의했다."), "국제통화기금, 아이엠에프와 협의했다.");
}

TEST(Brackets, PartsThatRepeatAreSaidOnce) {
    EXPECT_EQ(normalize_for_speech("북대서양조약기구(NATO·나토)는"), "북대서양조약기구, 나토는");
    EXPECT_EQ(normalize_for_speech("개념 검증(PoC·Proof of Concept)을 했다."), "개념 검증, 피오씨를 했다.");
    EXPECT_EQ(normalize_for_speech("기후변화(氣候變化·climate change)가"), "기후변화가");
    // An acronym with its English expansion after a colon: the acronym is said.
    EXPECT_EQ(normalize_for_speech("신경망 칩(NPU: Neural Processing Unit)은"), "신경망 칩, 엔피유는");
    // Capitals joined by a hyphen are an abbreviation, not English words.
    EXPECT_EQ(compact("새 메모리(P-HBM) 개발"), "새메모리,피에이치비엠,개발");
}

TEST(Brackets, AParticleAfterAQuoteAfterABracketStillJoins) {
    EXPECT_EQ(normalize_for_speech("이를 ‘갓생(godsaeng)’이라고 부른다."), "이를 갓생이라고 부른다.");
    EXPECT_EQ(normalize_for_speech("‘한빛재단(HBF)’을 찾았다."), "한빛재단, 에이치비에프를 찾았다.");
}

TEST(Brackets, WhatElseIsAttachedToASkippedBracketJoinsTheWordBefore) {
    EXPECT_EQ(normalize_for_speech("청와대(靑瓦臺)측은 부인했다."), "청와대측은 부인했다.");
}

TEST(Brackets, BracketsOwnedByOtherRulesAreLeftToThem) {
    EXPECT_EQ(compact("5월 3일(토)에 만나자"), "오월삼일토요일에만나자");
    EXPECT_TRUE(contains(compact("문의 (02) 1234-5678"), "공이"));
}

TEST(Brackets, ABracketWithNothingBeforeItIsReadAsWritten) {
    EXPECT_EQ(normalize_for_speech("(서울) 오늘 비가 온다."), "서울, 오늘 비가 온다.");
}

TEST(Brackets, ANumberIsNoCode) {
    EXPECT_EQ(compact("지난 5일(1234.56) 대비"), "지난오일,천이백삼십사점오육,대비");
}

TEST(Brackets, AnAddressBesideWhatItNamesIsNotSpelt) {
    // The word before says where (누리집, 인스타그램, 이메일); the particle joins that word again.
    EXPECT_EQ(compact("누리집(www.example.kr)에서 본다"), "누리집에서본다");
    EXPECT_EQ(compact("카페(cafe.example.com/ourtown)는 열렸다"), "카페는열렸다");
    EXPECT_EQ(compact("인스타그램(@hanbit_kr)과 이메일(desk@example.kr)로"), "인스타그램과이메일로");
    // Not an address: a version number is said.
    EXPECT_EQ(compact("새 버전(v2)은"), "새버전,브이투는");
}

TEST(Brackets, SquareBracketsHoldCodesToo) {
    EXPECT_EQ(normalize_for_speech("한빛화학[011170]과 한빛전자[012345]가 올랐다."), "한빛화학과 한빛전자가 올랐다.");
}

TEST(Brackets, ABracketThatOnlyEndsLikeTheWordBeforeIsNotAGloss) {
    EXPECT_EQ(compact("세 자릿수 득점(101점-110점)을 했다"), "세자릿수득점,백일점백십점을했다");
    EXPECT_EQ(compact("두 자릿수 골(12골-13골)을 넣었다"), "두자릿수골,열두골열세골을넣었다");
}

TEST(Brackets, AnAcronymGluedToTheLatinAfterItIsAGloss) {
    EXPECT_EQ(normalize_for_speech("폐쇄회로(CC)TV 영상"), "폐쇄회로 티브이 영상");
}

TEST(Brackets, WhatIsGluedToAnAsideFollowsItsKind) {
    // A verb made of the word before the bracket goes back to that word.
    EXPECT_EQ(normalize_for_speech("시민 500명을 조사(오차 ±4%포인트)한 결과"),
              "시민 오백 명을 조사한, 오차 플러스마이너스 사 퍼센트포인트, 결과");
    // A suffix or a particle joins the last word of the aside.
    EXPECT_EQ(compact("시속 90마일(약 145㎞)짜리 공"), "시속구십마일,약백사십오킬로미터짜리공");
    EXPECT_EQ(compact("한도(3월 2일)까지"), "한도,삼월이일까지");
}

TEST(Brackets, BracketsInARowAreOneAsideOfTheWordBeforeThem) {
    // The code goes, the change is said, and the particle fits the last word said.
    EXPECT_EQ(compact("한빛전자(012345)(+3.5%)가 올랐다"), "한빛전자,플러스삼점오퍼센트가올랐다");
    EXPECT_EQ(compact("한빛화학(012345)(-2.1%)은 내렸다"), "한빛화학,마이너스이점일퍼센트는내렸다");
}

TEST(Brackets, APartWithDigitsIsNeverDroppedForSoundingLikeAnother) {
    // Dates that differ in a digit or two sound alike; each says something new.
    EXPECT_EQ(compact("세 차례 연속(2021년 3월, 6월, 2022년 2월)으로 올렸다"),
              "세차례연속,이천이십일년삼월,유월,이천이십이년이월로올렸다");
    // A part that starts with the date just said still holds the time.
    EXPECT_EQ(compact("공연은 20일(20일 오후 8시 KST) 열린다"), "공연은이십일,이십일오후여덟시케이에스티,열린다");
    // Said exactly again, it goes.
    EXPECT_EQ(compact("모레(9일)는 비"), "모레는비");
}

TEST(Brackets, CapitalsThatSayTheWordBeforeAreItsGloss) {
    EXPECT_EQ(compact("차트 '톱(TOP) 50'에 들었다"), "차트톱오십에들었다");
    EXPECT_EQ(compact("코트라(KOTRA)는 밝혔다"), "코트라는밝혔다");
    // Letters that only abbreviate are an aside.
    EXPECT_EQ(compact("경제협력개발기구(OECD)는"), "경제협력개발기구,오이씨디는");
}

TEST(Brackets, ALatinBracketOpeningWithTheWordsOriginalIsDroppedWhole) {
    EXPECT_EQ(compact("뮤직 어워드(Music Awards Excl. U.K)와 시상식"), "뮤직어워드와시상식");
}

TEST(Brackets, AYearAndMonthBesideATitleIsADate) {
    EXPECT_EQ(compact("첫 곡 'RAIN'(2019.08)은 흥행했다."), "첫곡레인,이천십구년팔월은흥행했다.");
    EXPECT_EQ(compact("앨범(2020.13)은"), "앨범,이천이십점일삼은");  // no thirteenth month: a number
}

TEST(Brackets, ADecimalIsNeverAMonthInAList) {
    EXPECT_EQ(compact("최고 기록(2,371.67·5월 29일)도"), "최고기록,이천삼백칠십일점육칠,오월이십구일도");
    EXPECT_EQ(compact("1.5·2배"), "일점오배,두배");
}

TEST(Brackets, APointerToThePhotoIsNotRead) {
    EXPECT_EQ(compact("선수 김한빛(26·사진)이 우승했다."), "선수김한빛,스물여섯살이우승했다.");
    EXPECT_EQ(compact("홍길동 대표(사진)는 말했다."), "홍길동대표는말했다.");
    EXPECT_EQ(compact("새 제품 ‘한빛폰’<사진>의 출시"), "새제품한빛폰의출시");
}

TEST(Brackets, AModelNumberListingItsVariantsIsACode) {
    EXPECT_EQ(compact("제품(모델명 AB-C270S/K/L)의 시험"), "제품의시험");
}

TEST(Brackets, ALabelSayingWhatACodeIsLeavesTheCodeSaid) {
    EXPECT_EQ(compact("휴대폰 ‘AB-123’(모델명)이 나왔다"), "휴대폰에이비백이십삼이나왔다");
}

TEST(Brackets, AQuotedTitleIsReplacedByItsKoreanNameButNotByTheWorkItComesFrom) {
    EXPECT_EQ(compact("영화 'Parasite'(기생충)이 상을 받았다"), "영화기생충이상을받았다");
    EXPECT_EQ(compact("주제곡 ‘Golden’(한빛 애니메이션 시리즈)이 1위에 올랐다"), "주제곡골든,한빛애니메이션시리즈가일위에올랐다");
}

}  // namespace
}  // namespace nangdok::normalize
