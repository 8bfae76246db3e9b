// The user's lexicon: parsing, matching, precedence over the rules, and the CLI option.
#include <gtest/gtest.h>

#include <algorithm>
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

TEST(UserLexicon, OverridesTheRulesWhereItIsGiven) {
    const auto lexicon = UserLexicon::parse("AI\t인공지능\n", "t");
    EXPECT_EQ(normalize_for_speech("AI 기술", &lexicon), "인공지능 기술");
    EXPECT_EQ(normalize_for_speech("AI 기술"), "에이아이 기술");  // nothing left behind for others
    const auto empty = UserLexicon::parse("", "t");
    EXPECT_EQ(normalize_for_speech("AI 기술", &empty), "에이아이 기술");
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

TEST(UserLexicon, SentencesCommandTakesTheOptionForEverySentence) {
    const std::string lexicon_path = ::testing::TempDir() + "/nangdok_lexicon_sentences.tsv";
    std::ofstream(lexicon_path) << "KMTNet\t케이엠티넷\n";
    const auto r = test_support::run_nangdok(
        {"sentences", "--no-clean", "--json", "--lexicon", lexicon_path, "--text", "KMTNet이 관측했다. 또 KMTNet이 찾았다."});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
    std::size_t found = 0;
    for (std::size_t at = 0; (at = r.out.find("케이엠티넷", at)) != std::string::npos; ++at) ++found;
    EXPECT_EQ(found, 2u) << r.out;  // the normalized spelling of both sentences
}

TEST(UserLexicon, ABadLexiconIsOneUsageErrorBeforeAnyWork) {
    const std::string lexicon_path = ::testing::TempDir() + "/nangdok_lexicon_bad.tsv";
    std::ofstream(lexicon_path) << "KTX\t케이티엑스\nno tab\n";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"sentences", "--lexicon", lexicon_path, "--text", "가"},
          std::vector<std::string>{"read", "--lexicon", lexicon_path, "--text", "가", "-o", ::testing::TempDir() + "/x.wav"},
          std::vector<std::string>{"read", "--lexicon", lexicon_path, "--output-dir", ::testing::TempDir(), lexicon_path}}) {
        const auto r = test_support::run_nangdok(args);
        EXPECT_EQ(r.exit_code, 1) << args[0];
        EXPECT_TRUE(test::contains(r.err, "nangdok_lexicon_bad.tsv:2")) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

}  // namespace
}  // namespace nangdok::normalize
