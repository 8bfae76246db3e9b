// The user's lexicon: parsing, matching, precedence over the rules, and the CLI option.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "core/errors.hpp"
#include "normalize/user_lexicon.hpp"
#include "normalize_test_support.hpp"
#include "support/run_process.hpp"

namespace nangdok::normalize {
namespace {

TEST(UserLexicon, ParsesTabSeparatedLinesAndSkipsComments) {
    const auto lexicon = UserLexicon::parse("# mine\n\nLoRa\t로라\r\n진2\t진이\n", "test.tsv");
    EXPECT_EQ(lexicon.size(), 2u);
}

TEST(UserLexicon, MalformedLineNamesItsPlace) {
    try {
        UserLexicon::parse("ok\t오케이\nno tab here\n", "mine.tsv");
        FAIL() << "expected a UsageError";
    } catch (const UsageError& error) {
        EXPECT_TRUE(test::contains(error.what(), "mine.tsv:2"));
    }
}

TEST(UserLexicon, LongestFormWinsAndLatinNeedsWordEdges) {
    const auto lexicon = UserLexicon::parse("New\t뉴\nNew York\t뉴욕\n", "t");
    EXPECT_EQ(test::contains(lexicon.apply("New York 여행"), "뉴욕"), true);
    EXPECT_EQ(lexicon.apply("Newton"), "Newton");
}

TEST(UserLexicon, HangulFormsMatchInsideWords) {
    const auto lexicon = UserLexicon::parse("광광\t관광\n", "t");
    EXPECT_TRUE(test::contains(lexicon.apply("현지광광 홍보"), "관광"));
}

TEST(UserLexicon, OverridesTheRulesOnceInstalled) {
    use_user_lexicon(UserLexicon::parse("AI\t인공지능\n", "t"));
    EXPECT_EQ(test::compact("AI 기술"), "인공지능기술");
    use_user_lexicon(UserLexicon::parse("", "t"));
    EXPECT_EQ(test::compact("AI 기술"), "에이아이기술");
}

TEST(UserLexicon, UnreadableFileIsAUsageError) {
    EXPECT_THROW(UserLexicon::load("/nonexistent/lexicon.tsv"), UsageError);
}

TEST(UserLexicon, NormalizeCommandTakesTheOption) {
    const std::string dir = ::testing::TempDir();
    const std::string lexicon_path = dir + "/nangdok_lexicon_test.tsv";
    const std::string input_path = dir + "/nangdok_lexicon_input.txt";
    std::ofstream(lexicon_path) << "Testbed\t테스트베드\n";
    std::ofstream(input_path) << "장소(Testbed)\n두 번째 줄\n";
    const auto r = test_support::run_nangdok({"normalize", "--lexicon", lexicon_path, input_path});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const std::string& out = r.out;
    EXPECT_TRUE(test::contains(out, "테스트베드"));
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
}

}  // namespace
}  // namespace nangdok::normalize
