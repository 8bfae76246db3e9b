// Ages in brackets beside a name (ages.hpp).
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(Ages, BracketedNumberBesideANameWithATitleIsAnAge) {
    EXPECT_EQ(normalize_for_speech("김모(52)씨가 숨졌다."), "김모 오십이 세 씨가 숨졌다.");
    EXPECT_EQ(normalize_for_speech("홍길동(45) 씨는 말했다."), "홍길동 사십오 세 씨는 말했다.");
    EXPECT_EQ(normalize_for_speech("A씨(45)와 만났다."), "에이씨 사십오 세와 만났다.");
}

TEST(Ages, AParticleTakesTheFormThatFollowsAVowel) {
    EXPECT_EQ(compact("B양(17)은"), "비양십칠세는");
    EXPECT_EQ(compact("C군(15)이 다쳤다"), "씨군십오세가다쳤다");
    EXPECT_EQ(compact("D양(16)으로부터"), "디양십육세로부터");
    EXPECT_EQ(compact("E군(18)에게"), "이군십팔세에게");
}

TEST(Ages, OtherBracketedNumbersAreNotAges) {
    EXPECT_EQ(normalize_for_speech("매출(20)이 늘었다.").find("세"), std::string::npos);
    EXPECT_EQ(normalize_for_speech("제품 (45)씨앗").find("세"), std::string::npos);  // not attached to a name
    EXPECT_EQ(normalize_for_speech("김씨(007)").find("세"), std::string::npos);      // a code, not an age
}

}  // namespace
}  // namespace nangdok::normalize
