// Issue 9: synthesis in worker processes gives the same kind of output as in one process,
// deterministically, sample-exact, and fails and stops cleanly.
#include <gtest/gtest.h>

#include <csignal>
#include <dirent.h>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

int64_t wav_samples(const std::string& path) {
    const auto info = nangdok::parse_wav_header(read_file(path));
    return info ? static_cast<int64_t>(info->data_bytes / 2) : -1;
}

// Children of this test process that still exist (zombies included).
int child_processes_of(pid_t parent) {
    int count = 0;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string stat = read_file(entry.path().string() + "/stat");
        const std::size_t close_paren = stat.rfind(')');
        if (close_paren == std::string::npos) continue;
        std::istringstream fields(stat.substr(close_paren + 2));
        std::string state;
        pid_t ppid = 0;
        fields >> state >> ppid;
        if (ppid == parent) ++count;
    }
    return count;
}

}  // namespace

TEST(ParallelSynthesis, IsDeterministicAndCloseToOneProcess) {
    TempDir dir;
    const std::string example = source_path("examples/seoul-dubai.txt");
    for (const char* name : {"a.wav", "b.wav"}) {
        const auto r = run_nangdok({"read", "-q", "-j", "2", example, "-o", dir / name});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    EXPECT_TRUE(read_file(dir / "a.wav") == read_file(dir / "b.wav")) << "two runs with -j 2 differ";
    const auto one = run_nangdok({"read", "-q", "-j", "1", example, "-o", dir / "one.wav"});
    ASSERT_EQ(one.exit_code, 0) << one.err;
    const double ratio = static_cast<double>(wav_samples(dir / "a.wav")) / static_cast<double>(wav_samples(dir / "one.wav"));
    EXPECT_NEAR(ratio, 1.0, 0.01) << "eSpeak NG's dependence on what it said before should stay small";
}

TEST(ParallelSynthesis, ManifestIsSampleExactWithFourWorkers) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-q", "-j", "4", source_path("examples/seoul-dubai.txt"), "-o", dir / "a.wav",
                                "--manifest", dir / "a.json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto manifest = nlohmann::json::parse(read_file(dir / "a.json"));
    EXPECT_EQ(manifest.at("sentences").back().at("end_sample").get<int64_t>(), wav_samples(dir / "a.wav"));
    int expected_index = 0;
    for (const auto& sentence : manifest.at("sentences")) EXPECT_EQ(sentence.at("index").get<int>(), ++expected_index);
}

TEST(ParallelSynthesis, WorkerErrorsKeepTheirExitCode) {
    TempDir dir;
    write_file(dir / "bad.voice", "language zz\n");
    const auto r = run_nangdok({"read", "-j", "2", "--voice", dir / "bad.voice", "-", "-o", dir / "x.wav"}, "안녕.\n");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("no language 'zz'"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

TEST(ParallelSynthesis, InterruptLeavesNoWorkerBehind) {
    std::string article = "제목\n";
    for (int i = 0; i < 2000; ++i) article += "서울시가 첨단산업의 중동 진출을 지원한다. 두바이도 함께 참여한다.\n";
    TempDir dir;
    double seconds = 0;
    const auto r = run_process_and_signal({NANGDOK_BINARY, "read", "-q", "--no-clean", "-j", "3", "-", "-o", dir / "a.wav"},
                                          article, {}, 400, SIGTERM, seconds);
    EXPECT_EQ(r.exit_code, 130) << r.err;
    EXPECT_GT(wav_samples(dir / "a.wav"), 0);
    // run_process reaped nangdok itself; its workers were its own children, so they must be gone
    // from the whole system: none may be left orphaned (re-parented) either.
    EXPECT_EQ(child_processes_of(::getpid()), 0);
    EXPECT_EQ(std::system("pgrep -f '[n]angdok read -q --no-clean -j 3' > /dev/null"), 256) << "orphaned worker";
}
