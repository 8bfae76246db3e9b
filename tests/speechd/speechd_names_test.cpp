// Characters, keys, spelling and punctuation said as a Korean screen-reader user expects.
#include <gtest/gtest.h>

#include "speechd/spoken_names.hpp"

using namespace nangdok::speechd;

TEST(SpeechdNames, Characters) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"ㄱ", "기역"}, {"ㅎ", "히읗"}, {"ㅏ", "아"},       {"a", "에이"},     {"A", "에이"},
        {"z", "제트"},  {"1", "일"},   {"0", "영"},         {".", "마침표"},   {",", "쉼표"},
        {"?", "물음표"}, {"@", "골뱅이"}, {" ", "빈칸"},     {"space", "빈칸"}, {"가", "가"},
        {"韓", "한"},   {"%", "퍼센트"}, {"“", "여는 큰따옴표"}};
    for (const auto& [character, name] : cases)
        EXPECT_EQ(korean_character_name(character, CapitalLetters::none), name) << character;
    EXPECT_EQ(korean_character_name("A", CapitalLetters::spell), "대문자 에이");
    EXPECT_EQ(korean_character_name("a", CapitalLetters::spell), "에이");
}

TEST(SpeechdNames, Keys) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"a", "에이"},
        {"shift_a", "시프트 에이"},
        {"control_alt_delete", "컨트롤 알트 딜리트"},
        {"enter", "엔터"},
        {"space", "스페이스"},
        {"underscore", "밑줄"},
        {"double-quote", "큰따옴표"},
        {"f5", "에프 오"},
        {"f12", "에프 십이"},
        {"kp-5", "키패드 오"},
        {"kp-enter", "키패드 엔터"},
        {"kp-*", "키패드 곱하기"},
        {"prior", "페이지 업"},
        {"ㄱ", "기역"},
        {"_", "밑줄"},
    };
    for (const auto& [key, name] : cases) EXPECT_EQ(korean_key_name(key), name) << key;
}

TEST(SpeechdNames, SpellingNamesEveryCharacterWithPauses) {
    EXPECT_EQ(korean_spelling("AI 1ㄱ", CapitalLetters::none), "에이, 아이. 일, 기역");
    EXPECT_EQ(korean_spelling("Ok", CapitalLetters::spell), "대문자 오, 케이");
}

TEST(SpeechdNames, PunctuationIsNamedByMode) {
    const std::string text = "정말? 네, 좋아요. (확인) a@b";
    EXPECT_EQ(name_punctuation(text, PunctuationMode::none), text);
    EXPECT_EQ(name_punctuation(text, PunctuationMode::some), "정말? 네, 좋아요. (확인) a 골뱅이 b");
    EXPECT_EQ(name_punctuation(text, PunctuationMode::most),
              "정말 물음표 ? 네 쉼표  좋아요 마침표 .  여는 괄호 확인 닫는 괄호  a 골뱅이 b");
    EXPECT_EQ(name_punctuation("[끝]~", PunctuationMode::most), "[끝]~");
    EXPECT_EQ(name_punctuation("[끝]~", PunctuationMode::all), " 여는 대괄호 끝 닫는 대괄호  물결 ");
}

TEST(SpeechdNames, MarksInsideNumbersAreLeftToTheNormalizer) {
    EXPECT_EQ(name_punctuation("3.5% 1,000 10:30 $5", PunctuationMode::all), "3.5% 1,000 10:30 $5");
}
