// Hanja: the news table, the dictionary format and its reading choice, graceful absence.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "normalize/hanja.hpp"
#include "normalize_test_support.hpp"
#include "support/run_process.hpp"

namespace nangdok::normalize {
namespace {

constexpr std::string_view kSmallDictionary =
    "# comment\n"
    "배:北:달아날\n"
    "북:北:북녘 북, 달아날 북\n"
    "경:京:서울 경\n"
    "동경:東京:일본의 수도\n"
    "동:東:동녘 동\n"
    "broken line without fields\n";

TEST(HanjaDictionary, MainReadingComesFromTheGloss) {
    const auto dictionary = HanjaDictionary::parse(kSmallDictionary);
    EXPECT_EQ(dictionary.longest_prefix("北").first, "북");
}

TEST(HanjaDictionary, LongestWordWins) {
    const auto dictionary = HanjaDictionary::parse(kSmallDictionary);
    const auto [reading, length] = dictionary.longest_prefix("東京大");
    EXPECT_EQ(reading, "동경");
    EXPECT_EQ(length, std::string_view("東京").size());
}

TEST(HanjaDictionary, UnknownAndEmpty) {
    const auto dictionary = HanjaDictionary::parse(kSmallDictionary);
    EXPECT_EQ(dictionary.longest_prefix("水").second, 0u);
    EXPECT_TRUE(HanjaDictionary::parse("").empty());
}

TEST(Hanja, NewsAbbreviationsWithoutDictionary) {
    EXPECT_EQ(read_hanja("與"), "여");
    EXPECT_EQ(read_hanja("露"), "러");
    EXPECT_EQ(test::compact("檢, 前 장관 소환"), "검,전장관소환");
    EXPECT_EQ(normalize_for_speech("與는 반대"), "여는 반대");
}

TEST(Hanja, OutputIsNeverHanja) {
    const std::string out = normalize_for_speech("國家 水 龍");
    for (unsigned char c : out) EXPECT_FALSE(c >= 0xE4 && c <= 0xE9) << out;
}

// The dictionary is loaded once per process, so its absence is tried in a process of its own.
TEST(Hanja, WithoutTheDictionaryUnknownHanjaAreDroppedNotSpelled) {
    const auto r = test_support::run_nangdok({"normalize", "-"}, "美 水 협상\n",
                                             {"NANGDOK_HANJA_DICTIONARY=/nonexistent/hanja.txt"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "미 협상\n");
}

TEST(Hanja, DictionaryWordsWhenInstalled) {
    if (!hanja_dictionary_available()) GTEST_SKIP() << "libhangul-data is not installed";
    EXPECT_EQ(read_hanja("大韓民國"), "대한민국");
    EXPECT_EQ(read_hanja("水"), "수");
}

TEST(Hanja, InitialSoundLawAtTheStartOfAWord) {
    if (!hanja_dictionary_available()) GTEST_SKIP() << "libhangul-data is not installed";
    EXPECT_EQ(read_hanja("女性"), "여성");
    EXPECT_EQ(read_hanja("勞動"), "노동");
    EXPECT_EQ(read_hanja("龍"), "용");
}

TEST(HanjaDictionary, OfTwoMainReadingsTheOneBeforeTheInitialSoundLawIsKept) {
    // Listed both ways, the ㄹ form is kept: the law makes it 낙 only where a word begins.
    const auto dictionary = HanjaDictionary::parse("낙:樂:즐길 낙\n락:樂:즐거울 락, 즐길 락\n");
    EXPECT_EQ(dictionary.longest_prefix("樂").first, "락");
}

TEST(Hanja, GluedToLatinLettersNoInitialSoundLaw) {
    if (!hanja_dictionary_available()) GTEST_SKIP() << "libhangul-data is not installed";
    EXPECT_EQ(test::compact("‘樂-STAR’ 앨범"), "락스타앨범");
    EXPECT_EQ(read_hanja("樂"), "낙");
}

}  // namespace
}  // namespace nangdok::normalize
