// Phone numbers, card numbers and codes: digit by digit.
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok {
namespace {

using test::compact;

TEST(DigitStrings, MobileNumber) { EXPECT_EQ(compact("010-9876-5432"), "공일공,구팔칠육,오사삼이"); }

TEST(DigitStrings, AreaCodeInBrackets) { EXPECT_EQ(compact("(031) 765-4321"), "공삼일,칠육오,사삼이일"); }

TEST(DigitStrings, CountryCode) { EXPECT_EQ(compact("+1 202-555-0199"), "국가번호일,이공이,오오오,공일구구"); }

TEST(DigitStrings, DottedPhoneNumber) { EXPECT_EQ(compact("011.456.7890"), "공일일,사오육,칠팔구공"); }

TEST(DigitStrings, PhoneNumbersWithDotsMixedSeparatorsOrSpaces) {
    EXPECT_EQ(compact("777.321.4567"), "칠칠칠,삼이일,사오육칠");
    EXPECT_EQ(compact("415.555-0123"), "사일오,오오오,공일이삼");
    EXPECT_EQ(compact("011 4321 8765로"), "공일일,사삼이일,팔칠육오로");
    // Not phones: a date, a decimal, and spaced numbers that do not start with a zero.
    EXPECT_EQ(compact("2023.11.25"), "이천이십삼년십일월이십오일");
    EXPECT_EQ(compact("2.718"), "이점칠일팔");
    EXPECT_EQ(compact("100 1000 2000명"), "백천이천명");
}

TEST(DigitStrings, IpAddress) {
    EXPECT_EQ(compact("172.16.254.3 서버"), "일칠이점일육점이오사점삼서버");
    // Five groups: no address, so no group is read digit by digit (일영).
    EXPECT_EQ(compact("10.20.30.40.50").find("일영점이영"), std::string::npos);
}

TEST(DigitStrings, EveryGroupAfterACodeWordIsPartOfTheCode) {
    EXPECT_EQ(compact("예약 번호는 451-772입니다"), "예약번호는사오일,칠칠이입니다");
    EXPECT_EQ(compact("주문번호 6613.2090"), "주문번호육육일삼,이공구공");
    EXPECT_EQ(compact("연락처를 713 245 906으로"), "연락처를칠일삼,이사오,구공육으로");
    EXPECT_EQ(compact("번호 123 2개"), "번호일이삼두개");  // a count after the code stays a count
}

TEST(DigitStrings, BracketedAreaCodeWithoutZero) {
    EXPECT_EQ(compact("(212) 555-0100"), "이일이,오오오,공일공공");
    EXPECT_EQ(compact("+44 (20) 7946-0958"), "국가번호사사,이공,칠구사육,공구오팔");
}

TEST(DigitStrings, BracketedYearIsNotAPhone) { EXPECT_EQ(compact("(1988) 올림픽"), "천구백팔십팔,올림픽"); }

TEST(DigitStrings, CardNumberGroups) {
    EXPECT_EQ(compact("9876-5432-1098-7654"), "구팔칠육,오사삼이,일공구팔,칠육오사");
}

TEST(DigitStrings, ServiceNumber) { EXPECT_EQ(compact("1577-1234"), "일오칠칠,일이삼사"); }

TEST(DigitStrings, YearSpanIsARange) { EXPECT_EQ(compact("2022-2023"), "이천이십이에서이천이십삼"); }

TEST(DigitStrings, NumberAfterACodeWordIsReadDigitByDigit) {
    EXPECT_EQ(compact("계좌 번호는 4471"), "계좌번호는사사칠일");
    EXPECT_EQ(compact("연락처 5550123"), "연락처오오오공일이삼");
    EXPECT_EQ(compact("번호는 7"), "번호는칠");                 // too short to be a code
    EXPECT_EQ(compact("예산 4471원"), "예산사천사백칠십일원");  // no code word
}

TEST(DigitStrings, LongNumbersAfterLettersAreCodes) {
    EXPECT_EQ(compact("B-4721"), "비사칠이일");
    EXPECT_EQ(compact("KX9081"), "케이엑스구공팔일");
    EXPECT_EQ(compact("T-50"), "티오십");  // a model number, said as a number
}

TEST(DigitStrings, LeadingZeroCode) { EXPECT_EQ(compact("코드 00451"), "코드공공사오일"); }

}  // namespace
}  // namespace nangdok
