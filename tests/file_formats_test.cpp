// Issue 6: every output format is written, reads back with the expected duration and title, and
// the compressed ones are small.
#include <gtest/gtest.h>

#include <filesystem>
#include <sndfile.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "audio/file_format.hpp"
#include "core/errors.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

const std::string kArticle =
    "두바이 미래재단 방문\n서울시가 인공지능과 바이오 등 첨단산업의 중동 진출을 적극 지원한다. 두바이 미래재단은 "
    "스타트업 육성 프로그램에 서울 스타트업의 참여를 지원한다.\n시는 기술 실증을 위한 장소를 제공한다.\n";

struct ReadBack {
    double seconds = 0;
    int sample_rate = 0;
    std::string title;
};

ReadBack read_back(const std::string& path) {
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (file == nullptr) return {};
    ReadBack result{static_cast<double>(info.frames) / info.samplerate, info.samplerate, ""};
    if (const char* title = sf_get_string(file, SF_STR_TITLE)) result.title = title;
    sf_close(file);
    return result;
}

}  // namespace

TEST(FileFormat, ChosenByExtensionOrOption) {
    EXPECT_EQ(choose_file_format("a/b.MP3", ""), FileFormat::mp3);
    EXPECT_EQ(choose_file_format("x.opus", ""), FileFormat::opus);
    EXPECT_EQ(choose_file_format("x.oga", ""), FileFormat::ogg);
    EXPECT_EQ(choose_file_format("out", ""), FileFormat::wav);
    EXPECT_EQ(choose_file_format("-", ""), FileFormat::wav);
    EXPECT_EQ(choose_file_format("dir.v2/out", ""), FileFormat::wav);
    EXPECT_EQ(choose_file_format("x.wav", "flac"), FileFormat::flac);
    EXPECT_THROW(choose_file_format("x.aiff", ""), UsageError);
    EXPECT_THROW(choose_file_format("x.wav", "aac"), UsageError);
    EXPECT_EQ(file_sample_rate(FileFormat::opus, 22050), 48000);
    EXPECT_EQ(file_sample_rate(FileFormat::mp3, 22050), 22050);
}

TEST(FileFormats, EachFormatReadsBackWithTheSameDurationAndTitle) {
    TempDir dir;
    const auto wav = run_nangdok({"read", "-q", "-", "-o", dir / "out.wav"}, kArticle);
    ASSERT_EQ(wav.exit_code, 0) << wav.err;
    const ReadBack reference = read_back(dir / "out.wav");
    ASSERT_GT(reference.seconds, 5.0);
    EXPECT_EQ(reference.title, "두바이 미래재단 방문");

    for (const char* extension : {"flac", "ogg", "opus", "mp3"}) {
        const std::string path = dir / (std::string("out.") + extension);
        const auto r = run_nangdok({"read", "-q", "-", "-o", path}, kArticle);
        ASSERT_EQ(r.exit_code, 0) << extension << ": " << r.err;
        const ReadBack back = read_back(path);
        EXPECT_NEAR(back.seconds, reference.seconds, 0.1) << extension;  // encoder delay and padding
        EXPECT_EQ(back.sample_rate, std::string(extension) == "opus" ? 48000 : 22050) << extension;
        if (std::string(extension) != "mp3") EXPECT_EQ(back.title, reference.title) << extension;
        if (std::string(extension) == "mp3" || std::string(extension) == "opus")
            EXPECT_LT(fs::file_size(path) * 10, fs::file_size(dir / "out.wav")) << extension << " is not 10x smaller";
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 5) << "stray files";
}

TEST(FileFormats, FormatOptionOverridesTheExtension) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-q", "-", "-o", dir / "speech.bin", "--format", "flac"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(dir / "speech.bin").substr(0, 4), "fLaC");
}

TEST(FileFormats, CompressedFormatToStandardOutput) {
    const auto r = run_nangdok({"read", "-q", "-", "-o", "-", "--format", "ogg"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, 4), "OggS");
}

TEST(FileFormats, FullDeviceIsAnErrorAndStaysADevice) {
    TempDir dir;
    const std::string spool = dir / "tmp";
    fs::create_directory(spool);
    for (const char* format : {"wav", "mp3"}) {
        const auto r = run_nangdok({"read", "-q", "-", "-o", "/dev/full", "--format", format}, kArticle,
                                   {"TMPDIR=" + spool});
        EXPECT_EQ(r.exit_code, 4) << format << ": " << r.err;
        EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
        EXPECT_TRUE(fs::is_character_file("/dev/full"));
        EXPECT_TRUE(fs::is_empty(spool)) << "spool file left behind";
    }
    // A device node named like an audio file is written directly, never replaced by a rename.
    const std::string node = dir / "full.wav";
    if (::mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) GTEST_SKIP() << "mknod needs root";
    const auto r = run_nangdok({"read", "-q", "-", "-o", node}, kArticle);
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_TRUE(fs::is_character_file(node));
}

TEST(FileFormats, UnwritableFolderLeavesNothingAndSaysWhy) {
    const auto r = run_nangdok({"read", "-q", "-", "-o", "/proc/nangdok-test/out.mp3"}, kArticle);
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_NE(r.err.find("/proc/nangdok-test/out.mp3"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists("/proc/nangdok-test/out.mp3"));
}

TEST(FileFormats, BrokenPipeEndsQuietly) {
    TempDir dir;
    const std::string script = std::string(NANGDOK_BINARY) + " read -q -o - - 2>" + (dir / "err.txt") +
                               " | head -c 100 > /dev/null; echo ${PIPESTATUS[0]}";
    const auto r = run_process({"/bin/bash", "-c", script}, kArticle + kArticle + kArticle);
    EXPECT_EQ(r.out, "4\n") << "nangdok must exit non-zero";
    EXPECT_EQ(read_file(dir / "err.txt"), "") << "and say nothing";
}
