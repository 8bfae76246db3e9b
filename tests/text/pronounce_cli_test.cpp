// The pronounce stage through the command line: normalize --respell, sentences --json, read --no-respell.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_process.hpp"

using namespace nangdok::test_support;

namespace {

// The samples of a WAV file: what follows its "data" chunk id (the header also carries the
// title, which is the written text and differs between the files compared here).
std::string wav_samples(const std::string& path) {
    const std::string bytes = read_file(path);
    const std::size_t data = bytes.find("data");
    return data == std::string::npos ? std::string() : bytes.substr(data);
}

}  // namespace

TEST(PronounceCli, NormalizeRespellPrintsOneRespelledLinePerInputLine) {
    const auto r = run_nangdok({"normalize", "--respell", "-"}, "국물\n\n밥 먹는다\nAI 활용\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "궁물\n\n밤 멍는다\n에이아이 화룡\n");  // normalized first, then respelled
}

TEST(PronounceCli, NormalizeWithoutRespellKeepsTheSpelling) {
    const auto r = run_nangdok({"normalize", "-"}, "국물\n밥 먹는다\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "국물\n밥 먹는다\n");
}

TEST(PronounceCli, SentencesJsonShowsNormalizedAndSpokenForms) {
    const auto r = run_nangdok({"sentences", "--json", "--no-clean", "-"}, "협력을 강화한다.\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto sentence = nlohmann::json::parse(r.out);
    EXPECT_EQ(sentence["text"], "협력을 강화한다.");
    EXPECT_EQ(sentence["normalized"], "협력을 강화한다.");
    EXPECT_EQ(sentence["spoken"], "혐녀글 강화한다.");
}

TEST(PronounceCli, ReadNoRespellGivesESpeakTheSpelling) {
    TempDir dir;
    const auto respelled = run_nangdok({"read", "-q", "-o", dir / "a.wav", "-"}, "밥물\n");
    const auto plain = run_nangdok({"read", "-q", "--no-respell", "-o", dir / "b.wav", "-"}, "밥물\n");
    const auto respelled_by_hand = run_nangdok({"read", "-q", "--no-respell", "-o", dir / "c.wav", "-"}, "밤물\n");
    ASSERT_EQ(respelled.exit_code, 0) << respelled.err;
    ASSERT_EQ(plain.exit_code, 0) << plain.err;
    ASSERT_EQ(respelled_by_hand.exit_code, 0) << respelled_by_hand.err;
    ASSERT_FALSE(wav_samples(dir / "a.wav").empty());
    EXPECT_EQ(wav_samples(dir / "a.wav"), wav_samples(dir / "c.wav"));
    EXPECT_NE(wav_samples(dir / "a.wav"), wav_samples(dir / "b.wav"));
}

TEST(PronounceCli, BatchPassesNoRespellToEachArticle) {
    TempDir dir;
    write_file(dir / "a.txt", "밥물\n");
    const auto batch = run_nangdok({"read", "-q", "--no-respell", dir / "a.txt", "--output-dir", dir / "out"});
    const auto single = run_nangdok({"read", "-q", "--no-respell", "-o", dir / "single.wav", dir / "a.txt"});
    ASSERT_EQ(batch.exit_code, 0) << batch.err;
    ASSERT_EQ(single.exit_code, 0) << single.err;
    ASSERT_FALSE(wav_samples(dir / "single.wav").empty());
    EXPECT_EQ(wav_samples(dir / "out/a.wav"), wav_samples(dir / "single.wav"));
}
