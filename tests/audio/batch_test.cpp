// Issue 9: many articles to many files in parallel processes; failures are named, the rest go on.
#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

const std::string kArticle = "제목이다\n서울시가 첨단산업의 중동 진출을 지원한다. 두바이도 함께 참여한다.\n";

}  // namespace

TEST(Batch, ConvertsEveryInputAndNamesTheFailures) {
    TempDir dir;
    fs::create_directory(dir / "in");
    for (const char* name : {"one", "two", "three"}) write_file(dir / ("in/" + std::string(name) + ".txt"), kArticle);
    write_file(dir / "in/broken.txt", "좋은 줄\n\xC3\x28\n");
    const auto r = run_nangdok({"read", dir / "in/one.txt", dir / "in/broken.txt", dir / "in/two.txt",
                                dir / "in/three.txt", "--output-dir", dir / "out", "--format", "flac", "-j", "2"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("1 of 4 inputs failed: " + (dir / "in/broken.txt")), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("broken.txt failed: " + (dir / "in/broken.txt") + ": byte offset"), std::string::npos) << r.err;
    for (const char* name : {"one", "two", "three"})
        EXPECT_EQ(read_file(dir / ("out/" + std::string(name) + ".flac")).substr(0, 4), "fLaC") << name;
    EXPECT_EQ(std::distance(fs::directory_iterator(dir / "out"), fs::directory_iterator()), 3);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 5) << "one line per file, then the summary:\n" << r.err;
}

TEST(Batch, SkipExistingLeavesFinishedOutputsAlone) {
    TempDir dir;
    write_file(dir / "a.txt", kArticle);
    write_file(dir / "b.txt", kArticle);
    fs::create_directory(dir / "out");
    write_file(dir / "out/a.wav", "already there");
    const auto r = run_nangdok({"read", dir / "a.txt", dir / "b.txt", "--output-dir", dir / "out", "--skip-existing"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(dir / "out/a.wav"), "already there");
    EXPECT_TRUE(nangdok::parse_wav_header(read_file(dir / "out/b.wav")));
}

TEST(Batch, MisusedOptionsAreUsageErrors) {
    TempDir dir;
    write_file(dir / "a.txt", kArticle);
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"read", dir / "a.txt", dir / "a.txt"},
             {"read", dir / "a.txt", "--output-dir", dir / "out", "-o", dir / "x.wav"},
             {"read", "-", "--output-dir", dir / "out"},
             {"read", dir / "a.txt", "--skip-existing"}}) {
        const auto r = run_nangdok(args, kArticle);
        EXPECT_EQ(r.exit_code, 1) << r.err;
    }
}
