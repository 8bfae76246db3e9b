// Outputs are written into unnamed files (O_TMPFILE) that get their name only when complete; where
// a filesystem refuses O_TMPFILE (forced here with NANGDOK_TEST_NAMED_TEMP=1), into named ones that
// say who made them, and that later runs remove once their maker is dead.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sink/output_file.hpp"
#include "sink/temp_names.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

struct NamedTemporaries {
    NamedTemporaries() { ::setenv("NANGDOK_TEST_NAMED_TEMP", "1", 1); }
    ~NamedTemporaries() { ::unsetenv("NANGDOK_TEST_NAMED_TEMP"); }
};

// A PID that belonged to a process that has ended (a child, reaped).
long dead_pid() {
    const pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    ::waitpid(pid, nullptr, 0);
    return pid;
}

std::string host() {
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    return name;
}

}  // namespace

TEST(TempFile, AnOutputHasNoNameUntilItIsComplete) {
    ASSERT_TRUE(TempFile::unnamed_files_allowed()) << "this machine's /proc/self/fd is needed";
    TempDir dir;
    {
        OutputFile file(dir / "out.wav");
        file.write("RIFF", 4);
        file.write_at(0, "RIFX", 4);
        EXPECT_TRUE(names_in(dir.path()).empty()) << "a name appeared while writing";
        file.commit();
    }
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.wav"});
    EXPECT_EQ(read_file(dir / "out.wav"), "RIFX");
}

TEST(TempFile, AnUncommittedOutputLeavesNothing) {
    for (const bool named : {false, true}) {
        std::optional<NamedTemporaries> env;
        if (named) env.emplace();
        TempDir dir;
        {
            OutputFile file(dir / "out.wav");
            file.write("data", 4);
        }
        EXPECT_TRUE(names_in(dir.path()).empty()) << (named ? "named" : "unnamed");
    }
}

TEST(TempFile, ReplacingAFileKeepsItsModeAndLeavesNoOtherName) {
    TempDir dir;
    write_file(dir / "out.wav", "old");
    ::chmod((dir / "out.wav").c_str(), 0640);
    {
        OutputFile file(dir / "out.wav");
        file.write("new", 3);
        EXPECT_EQ(read_file(dir / "out.wav"), "old");
        file.commit();
    }
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.wav"});
    EXPECT_EQ(read_file(dir / "out.wav"), "new");
    struct stat info {};
    ::stat((dir / "out.wav").c_str(), &info);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
}

TEST(TempFile, WithoutOTmpfileTheNameSaysWhoMadeIt) {
    NamedTemporaries env;
    TempDir dir;
    OutputFile file(dir / "out.wav");
    file.write("data", 4);
    const auto names = names_in(dir.path());
    ASSERT_EQ(names.size(), 1u);
    EXPECT_TRUE(names[0].starts_with(".out.wav.nangdok-")) << names[0];
    EXPECT_TRUE(names[0].ends_with("." + std::to_string(::getpid()) + "@" + host())) << names[0];
    EXPECT_EQ(temp_name_owner(names[0]), ::getpid());
    file.commit();
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.wav"});
}

TEST(TempFile, StaleNamesOfDeadProcessesGoWhenTheNextOutputIsWrittenThere) {
    TempDir dir;
    const std::string dead = ".a.wav.nangdok-Ab12Cd." + std::to_string(dead_pid()) + "@" + host();
    const std::string alive = ".b.wav.nangdok-Ef34Gh." + std::to_string(::getppid()) + "@" + host();
    const std::string elsewhere = ".c.wav.nangdok-Ij56Kl." + std::to_string(dead_pid()) + "@another-host";
    const std::string old_form = ".d.wav.nangdok-Mn78Op";  // before names carried a PID
    const std::string not_ours = "e.wav.nangdok-Qr90St.1@" + host();
    for (const std::string& name : {dead, alive, elsewhere, old_form, not_ours}) write_file(dir / name, "x");
    fs::create_directory(dir / (".f.wav.nangdok-Uv12Wx." + std::to_string(dead_pid()) + "@" + host()));
    {
        OutputFile file(dir / "out.wav");
        file.write("data", 4);
        file.commit();
    }
    const auto names = names_in(dir.path());
    EXPECT_EQ(std::count(names.begin(), names.end(), dead), 0) << "the dead process's leftover stayed";
    for (const std::string& kept : {alive, elsewhere, old_form, not_ours, std::string("out.wav")})
        EXPECT_EQ(std::count(names.begin(), names.end(), kept), 1) << kept;
    EXPECT_EQ(names.size(), 6u) << "a folder is never removed";
}

TEST(TempFile, ANameForAVeryLongTargetStaysWithinNameMax) {
    NamedTemporaries env;
    TempDir dir;
    const std::string long_name = std::string(240, 'a') + ".wav";
    OutputFile file(dir / long_name);
    file.write("data", 4);
    file.commit();
    EXPECT_EQ(read_file(dir / long_name), "data");
}

TEST(TempFile, ASpoolForAPipeHasNoName) {
    TempDir dir;
    ::setenv("TMPDIR", dir.path().c_str(), 1);
    {
        OutputFile file("/dev/null", OutputFile::Access::seekable);
        file.write("data", 4);
        EXPECT_TRUE(names_in(dir.path()).empty());
        file.commit();
    }
    ::unsetenv("TMPDIR");
    EXPECT_TRUE(names_in(dir.path()).empty());
}
