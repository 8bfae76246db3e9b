// kill -9 leaves nothing behind: `read` is killed with SIGKILL at chosen moments (before the first
// sentence, mid-way, just before an output gets its name) for -o, --split and --output-dir, and the
// output folder then holds nothing new but complete outputs.
//
// No timers: the binary's test seam (NANGDOK_TEST_STOP_AT=EVENT:N, src/audio/sink/test_stop.hpp)
// makes it stop itself with SIGSTOP at exactly that moment; the test waits until it has stopped,
// then kills it. A process that ends before reaching the moment fails the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

const std::string kArticle =
    "두바이 미래재단 방문\n서울시가 인공지능과 바이오 등 첨단산업의 중동 진출을 적극 지원한다.\n"
    "두바이 미래재단은 스타트업 육성 프로그램에 서울 스타트업의 참여를 지원한다.\n"
    "시는 기술 실증을 위한 장소를 제공한다.\n";

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// A WAV file is complete when its header's data size matches the bytes that follow it.
bool complete_wav(const std::string& path) {
    const std::string bytes = read_file(path);
    const auto info = nangdok::parse_wav_header(bytes);
    return info && info->data_bytes > 0 && info->data_offset + info->data_bytes == bytes.size();
}

pid_t start_nangdok(const std::vector<std::string>& args, const std::string& stop_at,
                    const std::vector<std::string>& extra_env = {}) {
    std::vector<std::string> argv{NANGDOK_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<std::string> env{"NANGDOK_TEST_STOP_AT=" + stop_at};
    env.insert(env.end(), extra_env.begin(), extra_env.end());
    const pid_t pid = ::fork();
    if (pid == 0) {
        std::freopen("/dev/null", "rb", stdin);
        std::freopen("/dev/null", "wb", stderr);
        exec_with_env(argv, env);
    }
    return pid;
}

// Waits until `pid` (our child) has stopped itself; false if it ended first.
bool wait_until_stopped(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, WUNTRACED) != pid) return false;
    return WIFSTOPPED(status);
}

void kill_and_reap(pid_t pid) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

// Runs `args`, stopping at `stop_at`, kills it there, and returns what is left in `dir`.
std::vector<std::string> killed_at(const std::vector<std::string>& args, const std::string& stop_at,
                                   const std::string& dir, const std::vector<std::string>& env = {}) {
    const pid_t pid = start_nangdok(args, stop_at, env);
    const bool stopped = wait_until_stopped(pid);
    EXPECT_TRUE(stopped) << "never reached " << stop_at;
    if (stopped) kill_and_reap(pid);
    return names_in(dir);
}

// The processes whose parent is `parent`, and whether each has stopped (state T).
std::vector<std::pair<pid_t, bool>> children_of(pid_t parent) {
    std::vector<std::pair<pid_t, bool>> children;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line)) continue;
        const std::size_t close = line.rfind(')');
        if (close == std::string::npos) continue;
        char state = 0;
        long ppid = 0;
        if (std::sscanf(line.c_str() + close + 1, " %c %ld", &state, &ppid) != 2) continue;
        if (ppid == parent) children.emplace_back(static_cast<pid_t>(std::stol(name)), state == 'T');
    }
    return children;
}

bool gone(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return true;
    const std::size_t close = line.rfind(')');
    return close != std::string::npos && line.size() > close + 2 && line[close + 2] == 'Z';
}

}  // namespace

TEST(KillNine, OutputLeavesNothingBeforeTheFirstSentenceMidwayOrWhilePlacing) {
    for (const char* extension : {"wav", "mp3", "flac"}) {
        for (const char* moment : {"create:1", "write:3", "place:1"}) {
            for (const char* named : {"0", "1"}) {
                TempDir dir;
                fs::create_directory(dir / "out");
                const auto left = killed_at({"read", "-q", "--text", kArticle, "-o", dir / ("out/article." + std::string(extension))},
                                            moment, dir / "out", {std::string("NANGDOK_TEST_NAMED_TEMP=") + named});
                if (std::string(named) == "0") {
                    EXPECT_TRUE(left.empty()) << extension << " at " << moment << ": " << left.front();
                } else {
                    // Without O_TMPFILE a named temporary stays, and the next run there removes it.
                    EXPECT_LE(left.size(), 1u) << extension << " at " << moment;
                    const auto again = run_nangdok({"read", "-q", "--text", "다시.", "-o", dir / "out/other.wav"}, "",
                                                   {"NANGDOK_TEST_NAMED_TEMP=1"});
                    ASSERT_EQ(again.exit_code, 0) << again.err;
                    EXPECT_EQ(names_in(dir / "out"), std::vector<std::string>{"other.wav"}) << extension << " at " << moment;
                }
            }
        }
    }
}

TEST(KillNine, AnOldFileStaysWholeAndTheReplacingInstantLeavesOnlyACleanableName) {
    TempDir dir;
    fs::create_directory(dir / "out");
    ASSERT_EQ(run_nangdok({"read", "-q", "--text", "예전 기사.", "-o", dir / "out/a.wav"}).exit_code, 0);
    const std::string before = read_file(dir / "out/a.wav");
    for (const char* moment : {"create:1", "write:3", "place:1"}) {
        EXPECT_EQ(killed_at({"read", "-q", "--text", kArticle, "-o", dir / "out/a.wav"}, moment, dir / "out"),
                  std::vector<std::string>{"a.wav"}) << moment;
        EXPECT_EQ(read_file(dir / "out/a.wav"), before) << moment;
    }
    // Linked under a temporary name, just before the rename over a.wav: the old file is still
    // there and whole, beside a name that says which (now dead) process made it.
    const auto left = killed_at({"read", "-q", "--text", kArticle, "-o", dir / "out/a.wav"}, "rename:1", dir / "out");
    ASSERT_EQ(left.size(), 2u);
    EXPECT_EQ(read_file(dir / "out/a.wav"), before);
    EXPECT_TRUE(left[0].starts_with(".a.wav.nangdok-")) << left[0];
    EXPECT_TRUE(complete_wav(dir / ("out/" + left[0])));
    ASSERT_EQ(run_nangdok({"read", "-q", "--text", "다시.", "-o", dir / "out/b.wav"}).exit_code, 0);
    EXPECT_EQ(names_in(dir / "out"), (std::vector<std::string>{"a.wav", "b.wav"}));
}

TEST(KillNine, SplitHoldsOnlyWholeSentenceFilesAndNoIndexUntilTheEnd) {
    // Three sentences after the headline: place:1..4 are 0001..0004.wav, place:5 is index.json.
    struct Case {
        const char* moment;
        std::vector<std::string> left;
    };
    const std::vector<Case> cases{
        {"create:1", {}},
        {"write:5", {}},  // wherever that falls: only whole files, and no index.json
        {"create:3", {"0001.wav", "0002.wav"}},
        {"place:3", {"0001.wav", "0002.wav"}},
        {"place:5", {"0001.wav", "0002.wav", "0003.wav", "0004.wav"}},
    };
    for (const Case& c : cases) {
        TempDir dir;
        const auto left = killed_at({"read", "-q", "--text", kArticle, "--split", dir / "parts"}, c.moment, dir / "parts");
        if (std::string(c.moment) == "write:5") {
            EXPECT_EQ(std::count(left.begin(), left.end(), "index.json"), 0);
        } else {
            EXPECT_EQ(left, c.left) << c.moment;
        }
        for (const std::string& name : left) EXPECT_TRUE(complete_wav(dir / ("parts/" + name))) << c.moment << " " << name;
    }
}

TEST(KillNine, ARunOverAnEarlierSplitRemovesItsIndexFirst) {
    TempDir dir;
    ASSERT_EQ(run_nangdok({"read", "-q", "--text", kArticle, "--split", dir / "parts"}).exit_code, 0);
    ASSERT_TRUE(fs::exists(dir / "parts/index.json"));
    const auto left = killed_at({"read", "-q", "--text", kArticle, "--split", dir / "parts"}, "place:2", dir / "parts");
    EXPECT_EQ(std::count(left.begin(), left.end(), "index.json"), 0) << "an unfinished folder looks finished";
}

TEST(KillNine, ABatchKilledOutrightTakesItsChildrenAndTheirOutputsWithIt) {
    for (const char* moment : {"create:1", "write:3", "place:1"}) {
        TempDir dir;
        fs::create_directory(dir / "in");
        for (const char* name : {"a", "b", "c"}) write_file(dir / ("in/" + std::string(name) + ".txt"), kArticle);
        const pid_t batch = start_nangdok({"read", "-q", "-j", "2", "--output-dir", dir / "out", dir / "in/a.txt",
                                           dir / "in/b.txt", dir / "in/c.txt"},
                                          moment);
        // Each child `read` stops itself; the batch waits for them. Wait until one has stopped.
        std::vector<std::pair<pid_t, bool>> children;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
        for (;;) {
            children = children_of(batch);
            if (std::any_of(children.begin(), children.end(), [](const auto& c) { return c.second; })) break;
            ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "no child stopped at " << moment;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        kill_and_reap(batch);
        for (const auto& [child, stopped] : children)
            while (!gone(child)) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        EXPECT_TRUE(names_in(dir / "out").empty()) << moment << ": " << names_in(dir / "out").front();
    }
}
