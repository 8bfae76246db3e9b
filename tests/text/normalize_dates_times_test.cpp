// Dates, clock times, scores, anniversaries and bracketed weekdays.
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok {
namespace {

using test::compact;

TEST(Dates, DashedSlashedAndDotted) {
    EXPECT_EQ(compact("2031-11-04"), "이천삼십일년십일월사일");
    EXPECT_EQ(compact("1988/06/09"), "천구백팔십팔년유월구일");
    EXPECT_EQ(compact("2012.10.3"), "이천십이년시월삼일");
    EXPECT_EQ(compact("2012. 10. 3."), "이천십이년시월삼일");
}

TEST(Dates, YearLastDatesKeepTheWrittenOrder) {
    EXPECT_EQ(compact("11/25/2026"), "십일월이십오일이천이십육년");
    EXPECT_EQ(compact("25.11.2026"), "이십오일십일월이천이십육년");
    EXPECT_EQ(compact("3/7/26"), "삼월칠일이십육년");
}

TEST(Dates, ImpossibleMonthIsNotADate) { EXPECT_FALSE(test::contains(normalize_for_speech("2031-13-04"), "월")); }

TEST(Dates, YearsAndDecades) {
    EXPECT_EQ(compact("1970년대"), "천구백칠십년대");
    EXPECT_EQ(compact("기원전 44년"), "기원전사십사년");
}

TEST(Dates, WeekdayInBrackets) {
    EXPECT_EQ(compact("3일(금)"), "삼일금요일");
    EXPECT_EQ(compact("(현지시간)"), "현지시간");
}

TEST(Dates, WeekdayRangesAndListsInBrackets) {
    EXPECT_EQ(compact("(화~목)"), "화요일에서목요일");
    EXPECT_EQ(compact("(토·일)"), "토요일,일요일");
    EXPECT_EQ(compact("(공)"), "공휴일");
    EXPECT_EQ(compact("(가)"), "가");
}

TEST(Dates, DayRangeInOneMonth) { EXPECT_EQ(compact("9월3일~7일"), "구월삼일에서칠일"); }

TEST(Dates, Anniversaries) {
    EXPECT_EQ(compact("4·19"), "사일구");
    EXPECT_EQ(compact("5·18 민주화운동"), "오일팔민주화운동");
    EXPECT_EQ(compact("8·15 광복절"), "팔일오광복절");
}

TEST(Dates, DottedNamedDatesOnlyBeforeTheirWords) {
    EXPECT_EQ(compact("4.19 혁명"), "사일구혁명");
    EXPECT_EQ(compact("8.15절"), "팔일오절");
    EXPECT_EQ(compact("8.15 광복절 경축식"), "팔일오광복절경축식");
    EXPECT_EQ(compact("8.15 특별사면"), "팔일오특별사면");
    EXPECT_EQ(compact("4.19 정도"), "사점일구정도");
}

TEST(Dates, NamedDateDayEndingInZero) { EXPECT_EQ(compact("6·10 항쟁"), "육십항쟁"); }

TEST(Dates, NamedDateDayRepeatingTheMonthIsSaidTheSame) { EXPECT_EQ(compact("12·12 군사반란"), "십이십이군사반란"); }

TEST(Times, ClockTimesUseNativeHours) {
    EXPECT_EQ(compact("09:15"), "아홉시십오분");
    EXPECT_EQ(compact("17:00"), "열일곱시");
    EXPECT_EQ(compact("7:08:30"), "일곱시팔분삼십초");
}

TEST(Times, WordsAroundTimesStay) {
    EXPECT_EQ(compact("오후 4시 반"), "오후네시반");
    EXPECT_EQ(compact("새벽2시"), "새벽두시");
}

TEST(Times, ScoresAreNotTimes) {
    EXPECT_EQ(compact("4:2로"), "사대이로");
    EXPECT_EQ(compact("2-0으로"), "이대영으로");
}

TEST(Times, MeridiemComesFirstInKorean) {
    EXPECT_EQ(compact("9:15 PM"), "오후아홉시십오분");
    EXPECT_EQ(compact("7am"), "오전일곱시");
    EXPECT_EQ(compact("4 p.m."), "오후네시");
}

TEST(Times, TimeRange) { EXPECT_EQ(compact("10:00~11:30"), "열시에서열한시삼십분"); }

TEST(Dates, AfterASentenceOfTheCourtMonthsAreCounted) {
    EXPECT_EQ(compact("징역 8월에 처했다"), "징역팔월에처했다");
    EXPECT_EQ(compact("징역 2년 6월을 선고"), "징역이년육월을선고");
    // A year before it makes a date.
    EXPECT_EQ(compact("2025년 6월 선고"), "이천이십오년유월선고");
}

TEST(Dates, ADottedMonthAndDayBeforeAWeekdayOrClosingARangeIsADate) {
    EXPECT_EQ(compact("2024.04.30 (화) ~ 05.06 (월)"), "이천이십사년사월삼십일화요일에서오월육일월요일");
    EXPECT_EQ(compact("24.11.02 (토) 개막"), "이십사년십일월이일토요일개막");
    EXPECT_EQ(compact("24.11.02 ~ 11.05"), "이십사년십일월이일에서십일월오일");
    // The particle after a bracketed weekday follows the weekday said.
    EXPECT_EQ(compact("2024.5.1 (수)는 휴관"), "이천이십사년오월일일수요일은휴관");
    // Without a weekday or a range, a decimal stays a decimal.
    EXPECT_EQ(compact("평점 4.5 수준"), "평점사점오수준");
}

TEST(Times, AColonAfterADecimalIsARatio) {
    EXPECT_EQ(compact("경쟁률 12.5:1, 84㎡는 3.25:1로"), "경쟁률십이점오대일,팔십사제곱미터는삼점이오대일로");
    EXPECT_EQ(compact("9:30에"), "아홉시삼십분에");
}

TEST(Times, HundredthsAfterTheSecondsAreReadLikeATimer) {
    EXPECT_EQ(compact("기록은 2분01초05였다"), "기록은이분일초영오였다");
}

TEST(Dates, AMonthAndDayAloneInABracketIsTheEventsDate) {
    EXPECT_EQ(compact("문화센터 개관(4.12)"), "문화센터개관,사월십이일");
    // After a rate, or in a sentence of other decimals, the same shape is a value.
    EXPECT_EQ(compact("상승률(4.12)을 보면"), "상승률,사점일이를보면");
    EXPECT_EQ(compact("높이 3.0 미만이고 그 이상(3.4)은"), "높이삼점영미만이고그이상,삼점사는");
}

TEST(Dates, AMonthWithAPointBeforeADayWithIl) {
    EXPECT_EQ(compact("행사는 7. 27일(수) 열린다"), "행사는칠월이십칠일수요일열린다");
    EXPECT_EQ(compact("행사는 7.27일(수) 열린다"), "행사는칠월이십칠일수요일열린다");
    // Without the space or the weekday it is a number of days.
    EXPECT_EQ(compact("평균 7.25일이 걸렸다"), "평균칠점이오일이걸렸다");
}

TEST(Dates, ASlashedDayBeforeATimeZoneIsADate) {
    EXPECT_EQ(compact("발표는 4월 20일(4/21 KST) 열린다"), "발표는사월이십일,사월이십일일케이에스티,열린다");
    EXPECT_EQ(compact("비율은 3/4 정도"), "비율은사분의삼정도");
}

}  // namespace
}  // namespace nangdok
