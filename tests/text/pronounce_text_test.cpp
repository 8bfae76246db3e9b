// The pronounce stage as a text filter: what it must leave alone, and what it must survive.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/hangul_jamo.hpp"
#include "pronounce/pronunciation_lexicon.hpp"
#include "pronounce/respell.hpp"
#include "support/linear_time.hpp"

using nangdok::respell_for_speech;
namespace pr = nangdok::pronounce;

TEST(PronounceJamo, EverySyllableDecomposesAndRecomposesToItself) {
    for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) ASSERT_EQ(pr::compose(pr::decompose(c)), c) << static_cast<int>(c);
}

TEST(PronounceJamo, ClustersAreTwoConsonants) {
    const pr::Syllable dak = pr::decompose(U'닭');
    EXPECT_EQ(dak.onset, pr::Consonant::d);
    EXPECT_EQ(dak.vowel, pr::vowel::a);
    EXPECT_EQ(dak.coda, (pr::Coda{pr::Consonant::r, pr::Consonant::g}));
    EXPECT_EQ(pr::compose({pr::Consonant::d, pr::vowel::a, {pr::Consonant::r, pr::Consonant::d}}), 0u);
}

TEST(PronounceText, NonHangulPassesThroughByteForByte) {
    for (const char* text : {"", "AI·Bio 2024-05-08 14:00", "emoji 😀🇰🇷 and \x01\x07 control", "ㄱㄴㄷ ㅋㅋ", "漢字 かな"}) {
        EXPECT_EQ(respell_for_speech(text), text);
    }
}

TEST(PronounceText, RulesDoNotReachOverPunctuationOrSeveralSpaces) {
    EXPECT_EQ(respell_for_speech("꽃, 아래"), "꼳, 아래");
    EXPECT_EQ(respell_for_speech("꽃  아래"), "꼳  아래");
    EXPECT_EQ(respell_for_speech("국\n물"), "국\n물");
    EXPECT_EQ(respell_for_speech("AI를 활용"), "AI를 화룡");
}

TEST(PronounceText, InvalidUtf8AndTruncatedSyllablesSurvive) {
    const std::string broken = std::string("국물\xED\x9E") + "\xFF" + "값";
    EXPECT_EQ(respell_for_speech(broken), std::string("궁물\xED\x9E") + "\xFF" + "갑");
}

TEST(PronounceText, AHugeLineWithoutSpacesTakesLinearTime) {
    // Up to 600 kB of one word, a junction at every syllable.
    auto word_of = [](std::size_t syllables) {
        std::string line;
        for (std::size_t i = 0; i < syllables; ++i) line += "닭";
        return line;
    };
    nangdok::testing::expect_linear_time(
        word_of, [](const std::string& line) { EXPECT_EQ(respell_for_speech(line).size(), line.size()); }, 20000);
}

TEST(PronounceLexicon, EveryEntryIsWellFormed) {
    for (std::u32string_view entry : pr::lexicon_entries()) {
        int syllables = 0;
        bool marked = false;
        for (char32_t c : entry) {
            if (pr::is_hangul_syllable(c)) {
                ++syllables;
            } else {
                EXPECT_NE(std::u32string_view(U"*^=|_").find(c), std::u32string_view::npos);
                marked = true;
            }
        }
        EXPECT_GE(syllables, 2);
        EXPECT_LE(syllables, 4);
        EXPECT_TRUE(marked);
    }
}

TEST(PronounceLexicon, WholeWordEntriesNeedParticlesAfterThem) {
    EXPECT_EQ(respell_for_speech("물고기를"), "물꼬기를");
    EXPECT_EQ(respell_for_speech("생산량이"), "생산냥이");
    // 인기 is an entry; in 인기척 it is not the word.
    EXPECT_EQ(respell_for_speech("인기척"), "인기척");
}
