// Units after numbers, currencies before them, percentages.
#include <gtest/gtest.h>

#include "normalize/units_money.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(Units, LongestUnitMatches) {
    const Tokens tokens = tokenize("kWh");
    const UnitMatch match = match_unit(tokens, 0);
    ASSERT_NE(match.unit, nullptr);
    EXPECT_EQ(match.unit->written, "kWh");
}

TEST(Units, UnitMustEndAtAWordBoundary) {
    const Tokens tokens = tokenize("kmz");
    EXPECT_EQ(match_unit(tokens, 0).unit, nullptr);
}

TEST(Units, CommonUnits) {
    EXPECT_EQ(compact("42km"), "사십이킬로미터");
    EXPECT_EQ(compact("3.5kg"), "삼점오킬로그램");
    EXPECT_EQ(compact("500MW"), "오백메가와트");
    EXPECT_EQ(compact("128GB"), "백이십팔기가바이트");
    EXPECT_EQ(compact("15 cm"), "십오센티미터");
}

TEST(Units, CompatibilityCharactersAreFoldedFirst) {
    EXPECT_EQ(compact("84㎡"), "팔십사제곱미터");
    EXPECT_EQ(compact("7㎞"), "칠킬로미터");
    EXPECT_EQ(compact("영하 5℃"), "영하오도");
}

TEST(Units, TemperaturesBelowZeroAreSaidAsYeongha) {
    EXPECT_EQ(compact("-5℃"), "영하오도");
    EXPECT_EQ(compact("-12.5°C"), "영하십이점오도");
    EXPECT_EQ(compact("-3~5℃"), "영하삼도에서영상오도");
    EXPECT_EQ(compact("-40°F"), "화씨마이너스사십도");  // 영하 is below the freezing point of water
    EXPECT_EQ(compact("-5kg"), "마이너스오킬로그램");
}

TEST(Units, APAfterAnIndexChangeIsPoints) {
    EXPECT_EQ(compact("지수는 3.15p 내렸다"), "지수는삼점일오포인트내렸다");
}

TEST(Units, SpeedSaysItsPrefixFirst) {
    EXPECT_EQ(compact("110km/h"), "시속백십킬로미터");
    // Unless the text has just said it.
    EXPECT_EQ(compact("최대 시속 90km/h"), "최대시속구십킬로미터");
    EXPECT_EQ(compact("최고시속 120km/h로"), "최고시속백이십킬로미터로");
}

TEST(Units, Percentages) {
    EXPECT_EQ(compact("47%"), "사십칠퍼센트");
    EXPECT_EQ(compact("0.3%p"), "영점삼퍼센트포인트");
    EXPECT_EQ(compact("2~3%"), "이퍼센트에서삼퍼센트");
}

TEST(Units, CompoundUnitsSayPer) { EXPECT_EQ(compact("80mg/L"), "팔십밀리그램퍼리터"); }

TEST(Units, AUnitWithoutANumberIsStillAUnit) {
    // Before 당 ("per"), and as a compound of two units heading a scale.
    EXPECT_EQ(compact("휘발유 L당 1700원"), "휘발유리터당천칠백원");
    EXPECT_EQ(compact("분양가는 ㎡당 900만원"), "분양가는제곱미터당구백만원");
    EXPECT_EQ(compact("㎍/㎥ 기준으로 0∼30은 좋음"), "마이크로그램퍼세제곱미터기준으로영에서삼십은좋음");
    EXPECT_EQ(compact("단위는 mg/L이다"), "단위는밀리그램퍼리터이다");
    EXPECT_EQ(compact("단위는 km/h로 적는다"), "단위는시속킬로미터로적는다");
    // Letters that only look like units stay letters.
    EXPECT_EQ(compact("A/S 센터"), "에이에스센터");
}

TEST(Units, EngineUnits) {
    EXPECT_EQ(compact("최대토크 40.5kg·m"), "최대토크사십점오킬로그램미터");
    EXPECT_EQ(compact("350N·m, 200hp"), "삼백오십뉴턴미터,이백마력");
}

TEST(Units, DisplayAndVideoUnits) {
    EXPECT_EQ(compact("화소 밀도는 460ppi"), "화소밀도는사백육십피피아이");
    EXPECT_EQ(compact("120fps 촬영"), "백이십에프피에스촬영");
}

TEST(Units, DecadeWrittenWithS) {
    EXPECT_EQ(compact("1980s"), "천구백팔십년대");
    EXPECT_EQ(compact("45s"), "사십오초");
}

TEST(Units, NegativeMeasure) { EXPECT_EQ(compact("-12m"), "마이너스십이미터"); }

TEST(Money, SignsBeforeTheAmount) {
    EXPECT_EQ(compact("₩5,000"), "오천원");
    EXPECT_EQ(compact("$75"), "칠십오달러");
    EXPECT_EQ(compact("€1.5"), "일점오유로");
    EXPECT_EQ(compact("£20"), "이십파운드");
}

TEST(Money, CodesAndDollarVariants) {
    EXPECT_EQ(compact("USD 300"), "삼백달러");
    EXPECT_EQ(compact("HK$ 20"), "이십홍콩달러");
    EXPECT_EQ(compact("JPY 800"), "팔백엔");
}

TEST(Money, LargeNumberWordsBelongToTheAmount) {
    EXPECT_EQ(compact("$12억"), "십이억달러");
    EXPECT_EQ(compact("₩2조5000억"), "이조오천억원");
}

TEST(Money, TrailingZeroCentsAreNotSaid) { EXPECT_EQ(compact("$3.10"), "삼점일달러"); }

TEST(Money, CurrencyWrittenTwiceIsSaidOnce) { EXPECT_EQ(compact("₩3,000원"), "삼천원"); }

TEST(Money, WonAfterTheNumberStaysAsWritten) { EXPECT_EQ(compact("3500원"), "삼천오백원"); }

TEST(Money, LoneSignIsNamed) { EXPECT_EQ(compact("$ 표시"), "달러표시"); }

TEST(Units, AUnitAfterTheMagnitudeWordOfAnAmountIsThatAmounts) {
    EXPECT_EQ(compact("쌀 12만3천t을"), "쌀십이만삼천톤을");
    EXPECT_EQ(compact("논 4만㏊가"), "논사만헥타르가");
    EXPECT_EQ(compact("부지 2만㎡"), "부지이만제곱미터");
    EXPECT_EQ(compact("관객 1만 명"), "관객만명");  // a counter, not a unit, stays a counter
}

TEST(Units, ALetterBeforeTypeIsAPlanNotAUnit) {
    EXPECT_EQ(compact("전용 59A형과 84N형"), "전용오십구에이형과팔십사엔형");
    EXPECT_EQ(compact("트럭 3t이"), "트럭삼톤이");
}

TEST(Units, SquareAndCubicMillimetresAreSaidAsSuch) {
    EXPECT_EQ(compact("인장강도 60㎏/㎟급"), "인장강도육십킬로그램퍼제곱밀리미터급");
    EXPECT_EQ(compact("3mm² 단면"), "삼제곱밀리미터단면");
}

TEST(Units, APricePerUnitIsSaidWithPer) {
    EXPECT_EQ(compact("휘발유는 1816.6원/L로 올랐다"), "휘발유는천팔백십육점육원퍼리터로올랐다");
    EXPECT_EQ(compact("3000원/kg"), "삼천원퍼킬로그램");
}

TEST(Units, TorqueWrittenWithAPointIsKilogramMetres) {
    EXPECT_EQ(compact("최대 토크 19.2kgf.m의 힘"), "최대토크십구점이킬로그램미터의힘");
}

TEST(Units, AListSaysTheUnitItSharesOnceAtTheEnd) {
    EXPECT_EQ(compact("블루투스 3.0, 1.2GHz 프로세서"), "블루투스삼점영,일점이기가헤르츠프로세서");
    EXPECT_EQ(compact("5, 10km 코스"), "오,십킬로미터코스");
    // Numbers joined by a middle dot before a unit are a list too, not a named date like 6·25.
    EXPECT_EQ(compact("10·20% 할인"), "십,이십퍼센트할인");
    EXPECT_EQ(compact("6·25 전쟁"), "육이오전쟁");
}

TEST(Units, KilometresWithACapitalKAndSizesWithAnAsterisk) {
    EXPECT_EQ(compact("마라톤 42.195Km를 달렸다"), "마라톤사십이점일구오킬로미터를달렸다");
    EXPECT_EQ(compact("해상도(480*800)"), "해상도,사백팔십곱하기팔백");
}

TEST(Units, AnAreaUnitWithoutANumberIsStillAUnit) {
    EXPECT_EQ(compact("전용 ㎡ 면적당 가격"), "전용제곱미터면적당가격");
    EXPECT_EQ(compact("MP3 파일"), "엠피쓰리파일");  // letters with a digit, not a unit
}

TEST(Units, AUnitOfTwoPartsIsSaidOnceForARangeAndStaysWholeInABracket) {
    EXPECT_EQ(compact("기준은 0~35㎍/㎥이다"), "기준은영에서삼십오마이크로그램퍼세제곱미터이다");
    EXPECT_EQ(compact("3~5㎞ 구간"), "삼킬로미터에서오킬로미터구간");
    EXPECT_EQ(compact("태풍(970hPa, 35m/s)이 온다"), "태풍,구백칠십헥토파스칼,초속삼십오미터가온다");
    EXPECT_EQ(compact("배터리 60Ah"), "배터리육십암페어시");
}

}  // namespace
}  // namespace nangdok::normalize
