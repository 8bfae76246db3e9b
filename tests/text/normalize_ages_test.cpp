// Ages and profiles in brackets beside a name (ages.hpp).
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;
using test::contains;

TEST(Ages, WhenTheTitleFollowsTheBracketTheAgeIsSaidBeforeTheName) {
    EXPECT_EQ(compact("김모(52)씨가 숨졌다."), "쉰두살김모씨가숨졌다.");
    EXPECT_EQ(compact("홍길동(45) 씨는 말했다."), "마흔다섯살홍길동씨는말했다.");
}

TEST(Ages, AfterATitledNameTheAgeIsAnAsideAndTheParticleJoinsIt) {
    // The name is complete before the bracket: the age is added after it, as every held-out reader
    // wrote it (에이 씨, 마흔다섯 살과).
    EXPECT_EQ(compact("A씨(45)와 만났다."), "에이씨,마흔다섯살과만났다.");
    EXPECT_EQ(compact("경찰은 B 씨(71)를 불렀다."), "경찰은비씨,일흔한살을불렀다.");  // title written apart
    EXPECT_EQ(compact("이웃 주민 B양(17)은 학생이다"), "이웃주민비양,열일곱살은학생이다");
    EXPECT_EQ(compact("D양(16)으로부터"), "디양,열여섯살로부터");
    // The sex belongs to the age; other details are listed after it.
    EXPECT_EQ(normalize_for_speech("A씨(54·여)와 만났다."), "에이씨, 쉰네 살 여성과 만났다.");
    EXPECT_EQ(normalize_for_speech("A씨(23·무직)를 입건했다."), "에이씨, 스물세 살, 무직을 입건했다.");
}

TEST(Ages, AProfileBesideATitledNameGoesBeforeItWordByWord) {
    // A decade of age stays Sino, and 남/여 are said in full.
    EXPECT_EQ(compact("경찰은 C(40대·여)씨를 불렀다."), "경찰은사십대여성씨씨를불렀다.");
    EXPECT_EQ(compact("박모(61·택시기사)씨가 신고했다."), "예순한살택시기사박모씨가신고했다.");
}

TEST(Ages, AnAgeWithNationalityOrTeamIsAnAsideAndTheParticleJoinsItsLastWord) {
    EXPECT_EQ(normalize_for_speech("우승자 아베베 게타(29ㆍ에티오피아)의 기록이다."),
              "우승자 아베베 게타, 스물아홉 살, 에티오피아의 기록이다.");
    EXPECT_EQ(normalize_for_speech("이강인(22, 파리생제르맹)이 뛰었다."), "이강인, 스물두 살, 파리생제르맹이 뛰었다.");
    EXPECT_EQ(normalize_for_speech("황희찬(울버햄프턴. 27)이 골을 넣었다."), "황희찬, 울버햄프턴, 스물일곱 살이 골을 넣었다.");
}

TEST(Ages, ABareAgeNeedsSomethingThatLooksLikeAName) {
    // A Korean name (surname and given name), and a foreign name after its given name.
    EXPECT_EQ(normalize_for_speech("검찰은 최동수(48)를 기소했다."), "검찰은 최동수, 마흔여덟 살을 기소했다.");
    EXPECT_EQ(normalize_for_speech("마라토너 파울 로티치(26)가 뛰었다."), "마라토너 파울 로티치, 스물여섯 살이 뛰었다.");
}

TEST(Ages, OtherBracketedNumbersAreNotAges) {
    EXPECT_FALSE(contains(normalize_for_speech("매출(20)이 늘었다."), "살"));
    EXPECT_FALSE(contains(normalize_for_speech("제품 (45)씨앗"), "살"));  // not attached to a name
    EXPECT_FALSE(contains(normalize_for_speech("김씨(007)"), "살"));      // a code, not an age
    EXPECT_FALSE(contains(normalize_for_speech("최동수(150)가"), "살"));  // nobody is 150
    EXPECT_FALSE(contains(normalize_for_speech("김철수(3, 4)가"), "살"));  // two numbers
}

TEST(Ages, ATitleWrittenApartAfterTheBracketMovesTheAgeBeforeTheName) {
    EXPECT_EQ(compact("박정민(58) 교수는 말했다"), "쉰여덟살박정민교수는말했다");
    EXPECT_EQ(compact("이수진(71) 화백의 개인전"), "일흔한살이수진화백의개인전");
    // Not a title: the age stays an aside.
    EXPECT_EQ(compact("한국 선수(25) 가운데"), "한국선수,스물다섯살,가운데");
}

TEST(Ages, APointBetweenAnAgeAndACountryPartsThem) {
    EXPECT_EQ(normalize_for_speech("홍길동(27.케냐)이 이겼다."), "홍길동, 스물일곱 살, 케냐가 이겼다.");
}

TEST(Ages, BeforeAJobTitleWrittenApartOnlyTheAgeLeadsTheName) {
    EXPECT_EQ(compact("홍길동(26세, 한빛시청) 선수가 뛴다"), "이십육세홍길동,한빛시청,선수가뛴다");
    // An honorific keeps the whole profile before the name.
    EXPECT_EQ(compact("홍모(32·회사원) 씨는 말했다"), "서른두살회사원홍모씨는말했다");
}

}  // namespace
}  // namespace nangdok::normalize
