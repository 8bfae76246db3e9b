// Sports scores and ball counts (ball_counts.hpp, digit_strings.hpp), and numbers to call
// (service_numbers.hpp).
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(Scores, AScoreWithZeroIsNotACode) {
    EXPECT_EQ(compact("전반을 0-0으로 마쳤다"), "전반을영대영으로마쳤다");
    EXPECT_EQ(compact("1-0으로 앞선 7회"), "일대영으로앞선칠회");
    EXPECT_EQ(compact("4-3 역전승"), "사대삼역전승");
    EXPECT_EQ(compact("3대0으로 이겼다"), "삼대영으로이겼다");
}

TEST(Scores, TwoMarksBeforeClubAreNoScore) {
    EXPECT_EQ(compact("20-20 클럽에 들었다"), "이십이십클럽에들었다");
}

TEST(Scores, ADashBeforeASectionNumbersAPartNotARange) {
    // A smaller number after the dash, or a section's counter, numbers a part of the first.
    EXPECT_EQ(compact("민사5-3부는"), "민사오의삼부는");
    EXPECT_EQ(compact("산7-2번지"), "산칠의이번지");
    EXPECT_EQ(compact("1-2단지 주민"), "일의이단지주민");
    // Glued to the word before, a pair is a division's number, not a score.
    EXPECT_EQ(compact("제2-1형사부는"), "제이의일형사부는");
    EXPECT_EQ(compact("전반 2-1로 앞섰다"), "전반이대일로앞섰다");
    // A rising pair with another counter is still a range.
    EXPECT_EQ(compact("2-3일 걸린다"), "이일에서삼일걸린다");
}

TEST(Scores, APaddedGroupIsStillACode) { EXPECT_EQ(compact("02-12"), "공이,일이"); }

TEST(BallCounts, CountsAreCalledInEnglishBallsFirst) {
    EXPECT_EQ(compact("볼카운트 3B1S에서"), "볼카운트쓰리볼원스트라이크에서");
    EXPECT_EQ(compact("볼카운트 1-2에서 삼진"), "볼카운트원볼투스트라이크에서삼진");
    EXPECT_EQ(compact("풀카운트 3-2"), "풀카운트삼대이");  // only after 볼카운트
}

TEST(ServiceNumbers, WellKnownNumbersAttachedToTheirServiceAreSaidDigitByDigit) {
    EXPECT_EQ(compact("112상황실로 들어온 신고"), "일일이상황실로들어온신고");
    EXPECT_EQ(compact("119종합상황실"), "일일구종합상황실");
}

TEST(ServiceNumbers, ACueBeforeOrACallAfterMakesANumberToCall) {
    EXPECT_EQ(compact("국번 없이 1366번"), "국번없이일삼육육번");
    EXPECT_EQ(compact("☎1588 상담"), "일오팔팔상담");
    EXPECT_EQ(compact("1577번으로 문의하면"), "일오칠칠번으로문의하면");
    EXPECT_EQ(compact("119에 신고했다"), "일일구에신고했다");
    EXPECT_EQ(compact("관련 112 신고가 두 건"), "관련일일이신고가두건");
    EXPECT_EQ(compact("상담센터 (1899번)로"), "상담센터,일팔구구번으로");
    // The service may be named after the number, and quotes are looked through.
    EXPECT_EQ(compact("1577 상담센터로"), "일오칠칠상담센터로");
    EXPECT_EQ(compact("신고 번호를 ‘1588’로 바꿨다"), "신고번호를일오팔팔로바꿨다");
}

TEST(ServiceNumbers, AWellKnownNumberNeedsOnlyAHintOfItsService) {
    // A call a word or two later, in a headline's shorthand.
    EXPECT_EQ(compact("만취 운전자, 112 직접 신고해 덜미"), "만취운전자,일일이직접신고해덜미");
    EXPECT_EQ(compact("119 구급대원들이 도착했다"), "일일구구급대원들이도착했다");
    // 번 after it is the service's number, not a count.
    EXPECT_EQ(compact("‘화재 119번’과 ‘범죄 112번’"), "화재일일구번과범죄일일이번");
    // Two of them side by side, after an ellipsis too.
    EXPECT_EQ(compact("…110·119의 새 얼굴"), "...일일공,일일구의새얼굴");
    EXPECT_EQ(compact("112와 119가 함께"), "일일이와일일구가함께");
    EXPECT_EQ(compact("정부민원콜110으로"), "정부민원콜일일공으로");
}

TEST(ServiceNumbers, QuantitiesStayQuantities) {
    EXPECT_EQ(compact("점수는 110, 119로 올랐다"), "점수는백십,백십구로올랐다");
    EXPECT_EQ(compact("112번 버스"), "백십이번버스");
    EXPECT_EQ(compact("119번째 경기"), "백십구번째경기");
    EXPECT_EQ(compact("119명이 다쳤다"), "백십구명이다쳤다");
    EXPECT_EQ(compact("지수가 112를 넘었다"), "지수가백십이를넘었다");
    EXPECT_EQ(compact("112여 건"), "백십이여건");
    EXPECT_EQ(compact("1339년"), "천삼백삼십구년");
}

TEST(ServiceNumbers, AHelpCentreNamesItsNumber) {
    EXPECT_EQ(compact("관광안내센터(1330)로"), "관광안내센터,일삼삼공으로");
    EXPECT_EQ(compact("안내센터 2곳"), "안내센터두곳");
}

TEST(ServiceNumbers, AWellKnownNumberGlossedWithItsServiceIsANumberToCall) {
    EXPECT_EQ(compact("주로 112(경찰), 119(소방) 등이 쓰인다."), "주로일일이,경찰,일일구,소방,등이쓰인다.");
    // A quantity is not explained in words: 112(명) is not written, but 112개(상자) keeps its count.
    EXPECT_EQ(compact("사과 112개(상자 기준)를 샀다."), "사과백십이개,상자기준을샀다.");
}

TEST(ServiceNumbers, AWellKnownNumberOpeningTheSentenceAsItsTopicIsTheService) {
    EXPECT_EQ(compact("112는 1957년에 생겼다."), "일일이는천구백오십칠년에생겼다.");
    EXPECT_EQ(compact("올해 112는 바빴다."), "올해백십이는바빴다.");  // not at the start: undecided, a number
}

TEST(Scores, ADashBeforeAUnitWrittenOutIsARangeNotAScore) {
    EXPECT_EQ(compact("생산량은 501-516 킬로그램이다"), "생산량은오백일에서오백십육킬로그램이다");
    EXPECT_EQ(compact("무게는 3-5 킬로그램이다"), "무게는삼에서오킬로그램이다");
    EXPECT_EQ(compact("경기는 3-2 승리였다"), "경기는삼대이승리였다");
}

TEST(Scores, ThreeDigitTotalsBeforeAParticleAreAScore) {
    EXPECT_EQ(compact("원정 경기에서 108-73으로 이겼다."), "원정경기에서백팔대칠십삼으로이겼다.");
    EXPECT_EQ(compact("접전 끝에 126-128로 졌다."), "접전끝에백이십육대백이십팔로졌다.");
    // A lot number's second part is small, and totals far apart are no game.
    EXPECT_EQ(compact("번지 123-45로 옮겼다."), "번지백이십삼사십오로옮겼다.");
}

TEST(ServiceNumbers, OneSyllableGluedOnIsALevelNotAService) {
    EXPECT_EQ(compact("지수는 113선 초반에 머물렀다."), "지수는백십삼선초반에머물렀다.");
    EXPECT_EQ(compact("119구급대가 왔다."), "일일구구급대가왔다.");
}

TEST(ServiceNumbers, AWellKnownNumberAloneInQuotesIsNamed) {
    EXPECT_EQ(compact("그동안 '125'에서는 신고를 받았다"), "그동안일이오에서는신고를받았다");
    EXPECT_EQ(compact("'300'을 외쳤다"), "삼백을외쳤다");  // not a service: a number
}

TEST(ServiceNumbers, ARunOfLinesIsSaidFromTheFirstToTheLast) {
    EXPECT_EQ(compact("문의는 센터(061-380-3410~3420)로"), "문의는센터,공육일,삼팔공,삼사일공에서삼사이공으로");
}

TEST(ServiceNumbers, AKeyToPressIsNamedByItsNumber) {
    EXPECT_EQ(compact("상담은 20번을 누르면 된다."), "상담은이십번을누르면된다.");
    EXPECT_EQ(compact("그는 3번 전화했다."), "그는세번전화했다.");  // a count
}

TEST(Scores, RoundsInARowAreNumbersAndATieBreakIsForTheEye) {
    // A golfer's four rounds: numbers said one after another, not digits of a phone number.
    EXPECT_EQ(compact("합계 281타(72-69-70-70)로 마쳤다"), "합계이백팔십일타,칠십이,육십구,칠십,칠십으로마쳤다");
    // A phone or account number has groups of other lengths or zero-padded groups.
    EXPECT_EQ(compact("문의 02-345-6789"), "문의공이,삼사오,육칠팔구");
    // 7-6<4>: the tie-break's points are not read; the particle fits the set's score.
    EXPECT_EQ(compact("첫 세트를 7-6<4>로 가져갔다"), "첫세트를칠대육으로가져갔다");
    EXPECT_EQ(compact("둘째 세트는 6-7<8>로 내줬다"), "둘째세트는육대칠로내줬다");
}

TEST(Scores, EverySetScoreInABracketIsSaidEvenWhenTwoAreAlike) {
    EXPECT_EQ(compact("세트 스코어 3-1(25-20, 23-25, 25-21, 25-20)로 이겼다"),
              "세트스코어삼대일,이십오대이십,이십삼대이십오,이십오대이십일,이십오대이십으로이겼다");
}

TEST(ServiceNumbers, AReportCueAndOtherLinesAfterAnAreaCode) {
    EXPECT_EQ(compact("화재 신고 119, 학교폭력 신고 117"), "화재신고일일구,학교폭력신고일일칠");
    EXPECT_EQ(compact("올해 신고 112건이 접수됐다"), "올해신고백십이건이접수됐다");
    EXPECT_EQ(compact("예약은 (02)123-4567/4568로 한다"), "예약은공이,일이삼,사오육칠,사오육팔로한다");
}

}  // namespace
}  // namespace nangdok::normalize
