// Issue 6: every output format is written, reads back with the expected duration and title, and
// the compressed ones are small.
#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "formats/file_format.hpp"
#include "formats/wav_format.hpp"
#include "core/errors.hpp"
#include "support/audio_read_back.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

const std::string kArticle =
    "두바이 미래재단 방문\n서울시가 인공지능과 바이오 등 첨단산업의 중동 진출을 적극 지원한다. 두바이 미래재단은 "
    "스타트업 육성 프로그램에 서울 스타트업의 참여를 지원한다.\n시는 기술 실증을 위한 장소를 제공한다.\n";

}  // namespace

TEST(FileFormat, ChosenByExtensionOrOption) {
    EXPECT_EQ(choose_file_format("a/b.MP3", ""), FileFormat::mp3);
    EXPECT_EQ(choose_file_format("x.opus", ""), FileFormat::opus);
    EXPECT_EQ(choose_file_format("x.oga", ""), FileFormat::ogg);
    EXPECT_EQ(choose_file_format("out", ""), FileFormat::wav);
    EXPECT_EQ(choose_file_format("-", ""), FileFormat::wav);
    EXPECT_EQ(choose_file_format("dir.v2/out", ""), FileFormat::wav);
    EXPECT_EQ(choose_file_format("x.wav", "flac"), FileFormat::flac);
    EXPECT_EQ(choose_file_format("x.pcm", ""), FileFormat::raw);
    EXPECT_EQ(choose_file_format("-", "RAW"), FileFormat::raw);
    EXPECT_THROW(choose_file_format("x.aiff", ""), UsageError);
    EXPECT_THROW(choose_file_format("x.wav", "aac"), UsageError);
}

TEST(FileFormats, EachFormatReadsBackWithTheSameDurationAndTitle) {
    TempDir dir;
    const auto wav = run_nangdok({"read", "-q", "-", "-o", dir / "out.wav"}, kArticle);
    ASSERT_EQ(wav.exit_code, 0) << wav.err;
    const ReadBack reference = read_back(dir / "out.wav");
    ASSERT_GT(reference.seconds(), 5.0);
    EXPECT_EQ(reference.title, "두바이 미래재단 방문");

    for (const std::string extension : {"flac", "ogg", "opus", "mp3"}) {
        const std::string path = dir / ("out." + extension);
        const auto r = run_nangdok({"read", "-q", "-", "-o", path}, kArticle);
        ASSERT_EQ(r.exit_code, 0) << extension << ": " << r.err;
        const ReadBack back = read_back(path);
        ASSERT_TRUE(back.opened) << extension;
        EXPECT_EQ(back.decoded, back.frames) << extension << ": the declared length is what decodes";
        EXPECT_EQ(back.title, reference.title) << extension;
        if (extension == "mp3") {
            // The LAME tag gives the encoder delay and padding, so mpg123 trims to the exact sample.
            EXPECT_EQ(back.sample_rate, 22050);
            EXPECT_EQ(back.frames, reference.frames) << "mp3";
        } else if (extension == "opus") {
            // The last granule position holds the exact length at 48 kHz (to the nearest sample).
            // libsndfile decodes at 24 kHz (the Opus rate nearest above the 22050 Hz in OpusHead)
            // and truncates that length to it, so it agrees to one 24 kHz sample.
            EXPECT_EQ(ogg_opus_length_48k(read_file(path)), length_48k(reference.frames, 22050));
            EXPECT_EQ(back.sample_rate, 24000);
            EXPECT_NEAR(back.seconds(), reference.seconds(), 1.0 / 24000) << "opus";
        } else {
            EXPECT_EQ(back.sample_rate, 22050) << extension;
            EXPECT_NEAR(back.seconds(), reference.seconds(), 0.1) << extension;
        }
        if (extension == "mp3" || extension == "opus")
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
    // WAV, MP3 and Opus write the device directly; FLAC and Vorbis through a spool file in $TMPDIR.
    for (const char* format : {"wav", "raw", "mp3", "opus", "ogg"}) {
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
    for (const std::string name : {"out.mp3", "out.opus", "out.flac"}) {
        const auto r = run_nangdok({"read", "-q", "-", "-o", "/proc/nangdok-test/" + name}, kArticle);
        EXPECT_EQ(r.exit_code, 4) << r.err;
        EXPECT_NE(r.err.find("/proc/nangdok-test/" + name), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists("/proc/nangdok-test/" + name));
    }
}

TEST(FileFormats, BrokenPipeEndsQuietly) {
    // MP3 and Opus stream to the pipe from their encoder thread, like WAV from the main one.
    for (const std::string format : {"wav", "mp3", "opus"}) {
        TempDir dir;
        const std::string script = std::string(NANGDOK_BINARY) + " read -q -o - --format " + format + " - 2>" +
                                   (dir / "err.txt") + " | head -c 100 > /dev/null; echo ${PIPESTATUS[0]}";
        const auto r = run_process({"/bin/bash", "-c", script}, kArticle + kArticle + kArticle);
        EXPECT_EQ(r.out, "4\n") << format << ": nangdok must exit non-zero";
        EXPECT_EQ(read_file(dir / "err.txt"), "") << format << ": and say nothing";
    }
}

TEST(FileFormats, RawIsTheWavSamplesWithoutAHeader) {
    // Scripts pipe bare samples into players told the format; the bytes must be exactly the WAV's.
    TempDir dir;
    ASSERT_EQ(run_nangdok({"read", "-q", "-j", "1", "-", "-o", dir / "out.wav"}, kArticle).exit_code, 0);
    const auto saved = run_nangdok({"read", "-q", "-j", "1", "-", "-o", dir / "out.raw"}, kArticle);
    ASSERT_EQ(saved.exit_code, 0) << saved.err;
    const auto piped = run_nangdok({"read", "-q", "-j", "1", "-", "-o", "-", "--format", "raw"}, kArticle);
    ASSERT_EQ(piped.exit_code, 0) << piped.err;

    const std::string wav = read_file(dir / "out.wav");
    const auto header = parse_wav_header(wav);
    ASSERT_TRUE(header.has_value());
    const std::string samples = wav.substr(header->data_offset);
    ASSERT_GT(samples.size(), 22050u * 2);
    EXPECT_TRUE(read_file(dir / "out.raw") == samples) << "a .raw file differs from the WAV's samples";
    EXPECT_TRUE(piped.out == samples) << "raw on standard output differs from the WAV's samples";
}

TEST(FileFormats, RawSplitFilesAddUpToTheWholeReading) {
    TempDir dir;
    const auto r = run_nangdok({"read", "-q", "-j", "1", "-", "--split", dir / "parts", "--format", "raw"}, kArticle);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir / "parts/0001.raw"));
    EXPECT_TRUE(fs::exists(dir / "parts/index.json"));
    EXPECT_GT(fs::file_size(dir / "parts/0001.raw"), 22050u / 2);  // a quarter second at least
    EXPECT_EQ(fs::file_size(dir / "parts/0001.raw") % 2, 0u);
}
