// Number words and the number phrases around them: Sino and native readings, decimals read from
// the string, signs, grouping commas, fractions, large-number words and counters.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.hpp"
#include "normalize/number_words.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

std::string spoken(std::string_view text) { return nangdok::normalize_for_speech(text); }

std::string without_spaces(std::string s) {
    std::erase(s, ' ');
    return s;
}

TEST(NumberWords, SinoCardinalUsesMyriadGrouping) {
    EXPECT_EQ(without_spaces(sino_cardinal("4507")), "사천오백칠");
    EXPECT_EQ(without_spaces(sino_cardinal("250000")), "이십오만");
    EXPECT_EQ(without_spaces(sino_cardinal("300000007")), "삼억칠");
    EXPECT_EQ(sino_cardinal("0"), "영");
}

TEST(NumberWords, TenThousandAloneHasNoOne) { EXPECT_EQ(sino_cardinal("10000"), "만"); }

TEST(NumberWords, NativeAttributiveFormsBeforeCounters) {
    EXPECT_EQ(native_attributive("2"), "두");
    EXPECT_EQ(native_attributive("3"), "세");
    EXPECT_EQ(native_attributive("20"), "스무");
    EXPECT_EQ(native_attributive("34"), "서른네");
}

TEST(NumberWords, DecimalDigitsAreReadFromTheString) {
    EXPECT_EQ(decimal_reading("2", "50"), "이 점 오영");
    EXPECT_EQ(decimal_reading("0", "07"), "영 점 영칠");
}

TEST(NumberWords, OverlongNumbersAreReadDigitByDigit) {
    const std::string digits(40, '7');
    const std::string words = sino_cardinal(digits);
    EXPECT_EQ(words.size(), 40u * std::string("칠").size());
}

TEST(NumberWords, EnglishNamesForSmallNumbersOnly) {
    EXPECT_EQ(english_number("9"), "나인");
    EXPECT_EQ(english_number("12"), "트웰브");
    EXPECT_EQ(english_number("45"), sino_cardinal("45"));
}

TEST(NumberPhrase, YearOverYearIsASeasonNotAFraction) {
    EXPECT_EQ(without_spaces(spoken("2024/25 시즌")), "이천이십사,이십오시즌");
    EXPECT_EQ(without_spaces(spoken("2024/2025")), "이천이십사,이천이십오");
    EXPECT_EQ(without_spaces(spoken("3/4")), "사분의삼");
}

TEST(NumberPhrase, PlainIntegerIsSino) { EXPECT_EQ(without_spaces(spoken("4507")), "사천오백칠"); }

TEST(NumberPhrase, GroupingCommasAreIgnored) {
    EXPECT_EQ(without_spaces(spoken("7,654,321")), without_spaces(sino_cardinal("7654321")));
}

TEST(NumberPhrase, CommaBetweenShortNumbersIsAList) { EXPECT_EQ(without_spaces(spoken("3,4")), "삼,사"); }

TEST(NumberPhrase, NegativeAndDecimal) {
    EXPECT_EQ(without_spaces(spoken("-2.05")), "마이너스이점영오");
    EXPECT_EQ(without_spaces(spoken("-7점")), "마이너스칠점");
    EXPECT_EQ(without_spaces(spoken("기온 -7도")), "기온영하칠도");  // temperature.hpp
}

TEST(NumberPhrase, DashBetweenWordsIsNotAMinus) { EXPECT_EQ(spoken("가-3").find("마이너스"), std::string::npos); }

TEST(NumberPhrase, Fractions) {
    EXPECT_EQ(without_spaces(spoken("3/4")), "사분의삼");
    EXPECT_EQ(without_spaces(spoken("5분의2")), "오분의이");
}

TEST(NumberPhrase, RootsInFractions) {
    EXPECT_EQ(without_spaces(spoken("√5/7")), "칠분의루트오");
    EXPECT_EQ(without_spaces(spoken("1/√3")), "루트삼분의일");
    EXPECT_EQ(without_spaces(spoken("-√6")), "마이너스루트육");
}

TEST(NumberPhrase, LargeNumberWordsStayAttached) {
    EXPECT_EQ(without_spaces(spoken("7억2000만원")), "칠억이천만원");
    EXPECT_EQ(without_spaces(spoken("1만 명")), "만명");
    EXPECT_EQ(without_spaces(spoken("1억")), "일억");
}

TEST(NumberPhrase, LeadingPointDecimal) { EXPECT_EQ(without_spaces(spoken("타율 .325")), "타율영점삼이오"); }

TEST(NumberPhrase, VulgarFractionAfterDigitsIsAndAFraction) {
    EXPECT_EQ(without_spaces(spoken("3¾")), "삼과사분의삼");
    EXPECT_EQ(without_spaces(spoken("4⅓이닝 무실점")), "사와삼분의일이닝무실점");
}

TEST(NumberPhrase, AListSaysTheCounterItSharesOnceAtTheEnd) {
    EXPECT_EQ(without_spaces(spoken("연수원 17·21·25기 출신")), "연수원십칠,이십일,이십오기출신");
    EXPECT_EQ(without_spaces(spoken("4, 6, 8번 출구")), "사,육,팔번출구");
}

TEST(NumberPhrase, ACommaListSharesACounterOnlyAmongLikeItems) {
    // A model number, a decimal, or a counter that only begins a longer word is not shared.
    EXPECT_EQ(without_spaces(spoken("칩셋 888, 8GB 램")), "칩셋팔백팔십팔,팔기가바이트램");
    EXPECT_EQ(without_spaces(spoken("올해 3.92, 2024시즌")), "올해삼점구이,이천이십사시즌");
    EXPECT_EQ(without_spaces(spoken("타율 0.341, 2위")), "타율영점삼사일,이위");
    EXPECT_EQ(without_spaces(spoken("20, 30대")), "이십,삼십대");
}

TEST(NumberPhrase, NumbersInAListOfSlashesAreNoFraction) {
    EXPECT_EQ(without_spaces(spoken("64/128/256GB 모델")), "육십사,백이십팔,이백오십육기가바이트모델");
    EXPECT_EQ(without_spaces(spoken("3/4 지점")), "사분의삼지점");
}

TEST(NumberPhrase, StepsAndCellsAreCountedNatively) {
    EXPECT_EQ(without_spaces(spoken("순위가 2계단 올랐다")), "순위가두계단올랐다");
    EXPECT_EQ(without_spaces(spoken("1칸 앞으로")), "한칸앞으로");
}

TEST(NumberPhrase, TwoDecadesBesideAWordForPeopleAreAnAgeGroup) {
    EXPECT_EQ(without_spaces(spoken("3040 남성 고객")), "삼공사공남성고객");
    EXPECT_EQ(without_spaces(spoken("2030 입맛 잡은 MZ")), "이천삼십입맛잡은엠제트");  // MZ is three words away
    EXPECT_EQ(without_spaces(spoken("2030 목표")), "이천삼십목표");
    EXPECT_EQ(without_spaces(spoken("2030년 여성")), "이천삼십년여성");
}

TEST(NumberPhrase, LeadingZeroMeansACode) { EXPECT_EQ(without_spaces(spoken("0042")), "공공사이"); }

TEST(NumberPhrase, HugeNumberDoesNotThrow) {
    const std::string huge(5000, '9');
    EXPECT_FALSE(spoken(huge).empty());
}

TEST(Numbers, ALoanwordHeadWrittenApartStillTakesAnEnglishNumber) {
    EXPECT_EQ(test::compact("인기 순위 '톱 5'에"), "인기순위톱파이브에");
    EXPECT_EQ(test::compact("톱 5개"), "톱다섯개");
}

}  // namespace
}  // namespace nangdok::normalize
