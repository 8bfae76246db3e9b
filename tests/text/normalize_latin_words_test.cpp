// One Latin word by its spelling and case (latin_words.hpp), brands and teams from the lexicon,
// and numbers inside English names.
#include <gtest/gtest.h>

#include "normalize/english_hangul.hpp"
#include "normalize/latin_words.hpp"
#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(LatinWords, BrandsAndTeamsWrittenInCapitalsHaveTheirKoreanNames) {
    EXPECT_EQ(compact("KIA가 이겼다"), "기아가이겼다");
    EXPECT_EQ(compact("신한 SOL 페이"), "신한쏠페이");
    EXPECT_EQ(compact("S-OIL은 정유사다"), "에쓰오일은정유사다");
    EXPECT_EQ(compact("LG Twins 팬"), "엘지트윈스팬");
}

TEST(LatinWords, MixedCaseIsCutWhereTheCaseChanges) {
    EXPECT_EQ(case_parts("KMTNet"), (std::vector<std::string_view>{"KMT", "Net"}));
    EXPECT_EQ(case_parts("iPlayer"), (std::vector<std::string_view>{"i", "Player"}));
    EXPECT_EQ(case_parts("YouGotThis"), (std::vector<std::string_view>{"You", "Got", "This"}));
    EXPECT_EQ(read_latin_word("ABCNews"), "에이비씨 뉴스");
    EXPECT_EQ(read_latin_word("eTrade"), "이 트레이드");
}

TEST(LatinWords, AShortLowerCasePieceMarksAnAbbreviation) {
    EXPECT_EQ(read_latin_word("MoU"), "엠오유");
    EXPECT_EQ(read_latin_word("DoS"), "디오에스");
}

TEST(LatinWords, CapitalsThatSpellAnEnglishWordAreThatWord) {
    EXPECT_EQ(read_latin_word("ACHIEVE"), "어치브");
    EXPECT_EQ(read_latin_word("GOLDEN"), "골든");
    // Short capitals are a word only beside another English word.
    EXPECT_EQ(compact("'HOT SUMMER' 무대"), "핫서머무대");
    EXPECT_EQ(compact("POP 음악"), "피오피음악");
    EXPECT_EQ(compact("IT 기업"), "아이티기업");
}

TEST(LatinWords, CapitalsThatCannotBeAWordAreLetters) {
    EXPECT_EQ(read_latin_word("KBSN"), "케이비에스엔");
    EXPECT_EQ(read_latin_word("ZZZ"), "제트제트제트");
}

TEST(LatinWords, NumbersInEnglishNamesAreEnglish) {
    EXPECT_EQ(compact("'The 3rd Wave' 앨범"), "더서드웨이브앨범");
    EXPECT_EQ(compact("9Live 채널"), "나인라이브채널");
}

TEST(LatinWords, ALeadingZeroInACodeIsReadDigitByDigit) {
    EXPECT_EQ(compact("OZ0521편"), "오제트공오이일편");
}

TEST(EnglishHangul, LoanwordEndings) {
    EXPECT_EQ(english_to_hangul("urban"), "어반");
    EXPECT_EQ(english_to_hangul("Cuban"), "큐반");
    EXPECT_EQ(english_to_hangul("human"), "휴먼");
    EXPECT_EQ(english_to_hangul("Korean"), "코리안");
    EXPECT_EQ(english_to_hangul("chair"), "체어");
    EXPECT_EQ(english_to_hangul("fair"), "페어");
    EXPECT_EQ(english_to_hangul("mobility"), "모빌리티");
    EXPECT_EQ(english_to_hangul("agility"), "애질리티");
}

TEST(LatinWords, ShortWordsInAQuotedTitleOfCapitalsAreWords) {
    EXPECT_EQ(compact("미니앨범 'PAGE TWO'를 냈다"), "미니앨범페이지투를냈다");
    EXPECT_EQ(compact("‘CHEER UP’ 뮤직비디오"), "치어업뮤직비디오");
    // Standing alone, or in quotes with no word said as a word, they are letters.
    EXPECT_EQ(compact("UP 지수"), "유피지수");
    EXPECT_EQ(compact("‘UP’ 지수"), "유피지수");
}

TEST(LatinWords, ALoneLetterInMixedCaseIsItsName) {
    EXPECT_EQ(compact("한편 aT는 조사한다"), "한편에이티는조사한다");  // not the article a
    EXPECT_EQ(compact("pH 농도"), "피에이치농도");
    EXPECT_EQ(compact("SKY대학"), "스카이대학");
}

TEST(LatinWords, ASmallNumberHyphenedToAnEnglishWordIsEnglish) {
    EXPECT_EQ(compact("‘5-Cycle’ 방식"), "파이브사이클방식");
    EXPECT_EQ(compact("3-Way 밸브"), "쓰리웨이밸브");
    EXPECT_EQ(compact("1-0으로 이겼다"), "일대영으로이겼다");  // a score, not a word
    EXPECT_EQ(compact("V40 ThinQ 출고가"), "브이사십씽큐출고가");
}

TEST(LatinWords, ReflexivePronounsAreWords) {
    EXPECT_EQ(compact("<LOVE YOURSELF> 공연"), "러브유어셀프공연");
}

}  // namespace
}  // namespace nangdok::normalize
