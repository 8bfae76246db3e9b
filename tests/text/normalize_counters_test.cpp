// Native numbers before native counters, Sino before the rest, and the traps between them.
#include <gtest/gtest.h>

#include "normalize/counters.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(CounterMatch, LongestCounterWins) {
    EXPECT_EQ(match_counter("개월간").style, CounterStyle::sino);
    EXPECT_EQ(match_counter("개를").style, CounterStyle::native);
    EXPECT_EQ(match_counter("달러").style, CounterStyle::sino);
    EXPECT_EQ(match_counter("달째").style, CounterStyle::native);
    EXPECT_EQ(match_counter("번째").style, CounterStyle::ordinal_count);
    EXPECT_EQ(match_counter("월에").style, CounterStyle::month);
    EXPECT_EQ(match_counter("사과").style, CounterStyle::none);
}

TEST(CounterContext, DaeIsSinoForDecadesAndTermsOfOffice) {
    EXPECT_EQ(counter_in_context({"대", "", "", 40}).style, CounterStyle::sino);
    EXPECT_EQ(counter_in_context({"대", "국회의원", "", 22}).style, CounterStyle::sino);
    EXPECT_EQ(counter_in_context({"대", "", "제", 7}).style, CounterStyle::sino);
    EXPECT_EQ(counter_in_context({"대가", "", "", 7}).style, CounterStyle::native);
}

TEST(CounterContext, BeonIsSinoForLabels) {
    EXPECT_EQ(counter_in_context({"번", "타자", "", 4}).style, CounterStyle::sino);
    EXPECT_EQ(counter_in_context({"번이나", "", "", 4}).style, CounterStyle::native);
}

TEST(Counters, NativeCountersTakeNativeNumbers) {
    EXPECT_EQ(compact("사과 7개"), "사과일곱개");
    EXPECT_EQ(compact("학생 32명이"), "학생서른두명이");
    EXPECT_EQ(compact("고양이 2마리"), "고양이두마리");
    EXPECT_EQ(compact("맥주 4잔"), "맥주네잔");
    EXPECT_EQ(compact("15살"), "열다섯살");
}

TEST(Counters, HoursAreNativeMinutesSino) {
    EXPECT_EQ(compact("4시 45분"), "네시사십오분");
    EXPECT_EQ(compact("11시간"), "열한시간");
}

TEST(Counters, SinoCountersKeepSinoNumbers) {
    EXPECT_EQ(compact("7개월"), "칠개월");
    EXPECT_EQ(compact("23개국"), "이십삼개국");
    EXPECT_EQ(compact("14층"), "십사층");
    EXPECT_EQ(compact("9세"), "구세");
}

TEST(Counters, QuarterRange) { EXPECT_EQ(compact("2~4분기"), "이분기에서사분기"); }

TEST(Counters, ApproximateYeoKeepsSino) { EXPECT_EQ(compact("30여 개사"), "삼십여개사"); }

TEST(Counters, DaeInContext) {
    EXPECT_EQ(compact("버스 5대"), "버스다섯대");
    EXPECT_EQ(compact("40대 남성"), "사십대남성");
    EXPECT_EQ(compact("18대 대통령"), "십팔대대통령");
}

TEST(Counters, DaeBeforeANumberIsAScore) {
    EXPECT_EQ(compact("2대 0으로"), "이대영으로");
    EXPECT_EQ(compact("트럭 4대 3곳"), "트럭네대세곳");
}

TEST(Counters, BeonInContext) {
    EXPECT_EQ(compact("2번 출구"), "이번출구");
    EXPECT_EQ(compact("6번이나"), "여섯번이나");
}

TEST(Counters, BeonBeforeAPlayersNameIsTheBattingOrder) {
    EXPECT_EQ(compact("2번 박민우가 출루했다"), "이번박민우가출루했다");
    EXPECT_EQ(compact("9번 최재훈"), "구번최재훈");
    // Not names: a verb, a noun with a particle, a room.
    EXPECT_EQ(compact("2번 방문한 곳"), "두번방문한곳");
    EXPECT_EQ(compact("1번 이상은"), "한번이상은");
    EXPECT_EQ(compact("3번 정도가"), "세번정도가");
}

TEST(Counters, OrdinalCounts) {
    EXPECT_EQ(compact("1번째"), "첫번째");
    EXPECT_EQ(compact("22번째"), "스물두번째");
}

TEST(Counters, OrdinalsFromFortyAreSino) {
    EXPECT_EQ(compact("39번째"), "서른아홉번째");
    EXPECT_EQ(compact("52번째"), "오십이번째");
}

TEST(Counters, MonthsSixAndTen) {
    EXPECT_EQ(compact("6월"), "유월");
    EXPECT_EQ(compact("10월에"), "시월에");
    EXPECT_EQ(compact("11월"), "십일월");
}

TEST(Counters, ListsAndWordRangesShareTheCounter) {
    // A list says its counter once, at the end; a range says it with both bounds.
    EXPECT_EQ(compact("40, 50대"), "사십,오십대");
    EXPECT_EQ(compact("3, 4개 품목"), "세,네개품목");  // each number in the counter's style
    EXPECT_EQ(compact("2부터 5개"), "두개부터다섯개");
    EXPECT_EQ(compact("7-8일"), "칠일에서팔일");
    EXPECT_EQ(compact("1, 2, 3"), "일,이,삼");
}

TEST(Counters, MiddleDotListsShareTheCounter) {
    EXPECT_EQ(compact("1·2위"), "일,이위");
    EXPECT_EQ(compact("7·8월"), "칠월,팔월");
    EXPECT_EQ(compact("6·25 전쟁"), "육이오전쟁");
}

TEST(Counters, GenerationsOfTwoDecades) {
    EXPECT_EQ(compact("3040세대"), "삼공사공세대");
    EXPECT_EQ(compact("3050세대"), "삼천오십세대");
}

TEST(Counters, RangeRepeatsTheCounter) {
    EXPECT_EQ(compact("5~6명"), "다섯명에서여섯명");
    EXPECT_EQ(compact("3~4개월"), "삼개월에서사개월");
}

TEST(Counters, HoursOfDurationPastADayAreSino) {
    EXPECT_EQ(compact("24시간"), "스물네시간");
    EXPECT_EQ(compact("주 52시간제"), "주오십이시간제");
    EXPECT_EQ(compact("72시간"), "칠십이시간");
}

TEST(Counters, NativeCountersTakeSinoNumbersFromAHundred) {
    EXPECT_EQ(compact("99명"), "아흔아홉명");
    EXPECT_EQ(compact("100명"), "백명");
    EXPECT_EQ(compact("3,456명"), "삼천사백오십육명");  // not ICU's 삼천사백쉰여섯
    EXPECT_EQ(compact("150마리"), "백오십마리");
}

TEST(Counters, AWordWrittenApartCountsOnlyWhenItIsTheCounterAlone) {
    EXPECT_EQ(compact("3 개월간"), "삼개월간");
    EXPECT_EQ(compact("5 명이 왔다"), "다섯명이왔다");
    EXPECT_EQ(compact("아이폰 15 개발자"), "아이폰십오개발자");  // not 열다섯 개발자
    EXPECT_EQ(compact("3 개인"), "삼개인");
    EXPECT_EQ(compact("2023~2024 시즌"), "이천이십삼에서이천이십사시즌");  // not 이천이십삼 시에서
    // 간 (for a span of) follows only a counter of time: 2 주간 is one, 4~6 기간 is a period.
    EXPECT_EQ(compact("2 주간 열린다"), "이주간열린다");
    EXPECT_EQ(compact("4~6 기간에"), "사에서육기간에");  // not 사 기에서
}

TEST(Counters, GamesGoalsAndBattersAreCountedNatively) {
    EXPECT_EQ(compact("그는 4경기 연속 안타를 쳤다"), "그는네경기연속안타를쳤다");
    EXPECT_EQ(compact("선두와 6게임 차"), "선두와여섯게임차");
    EXPECT_EQ(compact("시즌 12골로 득점 선두"), "시즌열두골로득점선두");
    EXPECT_EQ(compact("7타자 연속 범타"), "일곱타자연속범타");
}

TEST(Counters, AStadiumNumberAndAFractionOfAGameStaySino) {
    EXPECT_EQ(compact("2경기장에서"), "이경기장에서");
    EXPECT_EQ(compact("4.5게임 차"), "사점오게임차");
}

TEST(Counters, OutsAndBallsAreCalledInEnglish) {
    EXPECT_EQ(compact("8회 1아웃 2루"), "팔회원아웃이루");
    EXPECT_EQ(compact("0아웃 만루"), "노아웃만루");
    EXPECT_EQ(compact("3볼-1스트라이크에서"), "쓰리볼원스트라이크에서");
}

TEST(Counters, DaeBeforeANounRanksUnlessItCountsMachines) {
    EXPECT_EQ(compact("4대 금융지주의 이익"), "사대금융지주의이익");
    EXPECT_EQ(compact("세계 3대 영화제"), "세계삼대영화제");
    EXPECT_EQ(compact("헬기 20대 투입"), "헬기스무대투입");
    EXPECT_EQ(compact("버스 2대가 멈췄다"), "버스두대가멈췄다");
    EXPECT_EQ(compact("모두 5대 팔렸다"), "모두다섯대팔렸다");
}

TEST(Counters, ARangeSharesItsUnitButNotAMagnitudeOfItsOwn) {
    EXPECT_EQ(compact("32~65인치 모델"), "삼십이인치에서육십오인치모델");
    EXPECT_EQ(compact("3만5000~4만2000원"), "삼만오천에서사만이천원");
    EXPECT_EQ(compact("30~40만 명"), "삼십만에서사십만명");
    EXPECT_EQ(compact("800∼1천달러"), "팔백에서천달러");  // 팔백천 is no number
    EXPECT_EQ(compact("1.5~2.3%포인트"), "일점오퍼센트포인트에서이점삼퍼센트포인트");
}

TEST(Counters, TheLastDigitsOfAnAmountWrittenWithMagnitudeWordsAreSino) {
    EXPECT_EQ(compact("신청자 1천2백45명"), "신청자천이백사십오명");
    EXPECT_EQ(compact("2만3천12개"), "이만삼천십이개");
    EXPECT_EQ(compact("45명"), "마흔다섯명");
    EXPECT_EQ(compact("오천 3명"), "오천세명");  // written apart, a count of its own
}

TEST(Counters, SubjectsAreCountedInNativeNumbers) {
    EXPECT_EQ(compact("탐구 2과목에서"), "탐구두과목에서");
    EXPECT_EQ(compact("3과 4를 더한다"), "삼과사를더한다");  // 과 alone is the particle
}

TEST(Counters, BoxesAreCountedNativelyAndStreetsInSino) {
    EXPECT_EQ(compact("사과 2박스를 샀다"), "사과두박스를샀다");
    EXPECT_EQ(compact("소설 '3번가의 비밀'을 읽었다"), "소설삼번가의비밀을읽었다");
}

TEST(Counters, DaeAfterSecondsIsTheRangeOfTheDecimals) {
    EXPECT_EQ(compact("기록은 10초 1대에서 9초 9대로 줄었다"), "기록은십초일대에서구초구대로줄었다");
    EXPECT_EQ(compact("버스 2대가 섰다"), "버스두대가섰다");
}

TEST(Counters, ModelsInARowWithDashesAreAList) {
    EXPECT_EQ(compact("한빛폰12-12플러스-12프로 세 모델"), "한빛폰십이,십이플러스십이프로세모델");
}

}  // namespace
}  // namespace nangdok::normalize
