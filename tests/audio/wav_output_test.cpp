#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>

#include "sink/output_file.hpp"
#include "formats/wav_file_sink.hpp"
#include "formats/wav_format.hpp"
#include "core/errors.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
namespace fs = std::filesystem;

namespace {

std::vector<int16_t> ramp(int n) {
    std::vector<int16_t> samples(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) samples[static_cast<std::size_t>(i)] = static_cast<int16_t>(i * 7 - 3000);
    return samples;
}

std::size_t files_in(const std::string& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST(WavFormat, HeaderRoundTrips) {
    const auto header = make_wav_header(22050, 1, 1000);
    const std::string bytes(reinterpret_cast<const char*>(header.data()), header.size());
    const auto info = parse_wav_header(bytes);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->sample_rate, 22050);
    EXPECT_EQ(info->channels, 1);
    EXPECT_EQ(info->bits_per_sample, 16);
    EXPECT_EQ(info->data_offset, 44u);
    EXPECT_EQ(info->data_bytes, 1000u);
    EXPECT_FALSE(parse_wav_header("RIFX...."));
}

TEST(WavFileSink, WritesACompleteFileOnlyOnFinish) {
    test_support::TempDir dir;
    const std::string target = dir / "out.wav";
    const auto samples = ramp(50000);
    {
        WavFileSink sink(target);
        sink.start({22050, 1}, "제목");
        sink.write(samples);
        EXPECT_FALSE(fs::exists(target)) << "visible before it is complete";
        sink.finish();
    }
    const std::string bytes = test_support::read_file(target);
    const auto info = parse_wav_header(bytes);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->data_bytes, samples.size() * 2);
    EXPECT_EQ(bytes.size(), info->data_offset + samples.size() * 2);
    EXPECT_EQ(std::memcmp(bytes.data() + info->data_offset, samples.data(), samples.size() * 2), 0);
    EXPECT_NE(bytes.find("INAM"), std::string::npos) << "the title tag is missing";
    EXPECT_NE(bytes.find("제목"), std::string::npos);
    EXPECT_EQ(files_in(dir.path()), 1u) << "temporary file left behind";
}

TEST(WavFileSink, UnfinishedOutputLeavesThePreviousFileUntouched) {
    test_support::TempDir dir;
    const std::string target = dir / "out.wav";
    test_support::write_file(target, "previous contents");
    {
        WavFileSink sink(target);
        sink.start({22050, 1}, "");
        sink.write(ramp(1000));
    }  // destroyed without finish(), as when an error or Ctrl-C ends the run
    EXPECT_EQ(test_support::read_file(target), "previous contents");
    EXPECT_EQ(files_in(dir.path()), 1u);
}

TEST(WavFileSink, ReplacesAnExistingFileKeepingItsPermissions) {
    test_support::TempDir dir;
    const std::string target = dir / "out.wav";
    test_support::write_file(target, "old");
    ::chmod(target.c_str(), 0640);
    WavFileSink sink(target);
    sink.start({22050, 1}, "");
    sink.write(ramp(10));
    sink.finish();
    EXPECT_EQ(fs::file_size(target), kWavFileHeaderSize + 20u);
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST(WavFileSink, FullDeviceIsAnOutputError) {
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    WavFileSink sink("/dev/full");
    EXPECT_THROW({
        sink.start({22050, 1}, "");
        sink.write(ramp(100000));
        sink.finish();
    }, OutputError);
    EXPECT_TRUE(fs::is_character_file("/dev/full")) << "a device is never replaced";
}

TEST(WavFileSink, UnwritableFolderIsAnOutputErrorNamingTheTarget) {
    try {
        WavFileSink sink("/nonexistent-folder/out.wav");
        sink.start({22050, 1}, "");
        FAIL() << "no error";
    } catch (const OutputError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-folder/out.wav"), std::string::npos) << e.what();
    }
}

TEST(WavFileSink, PipeGetsAStreamableHeader) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    test_support::TempDir dir;
    const std::string fifo = dir / "fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // A FIFO is not a regular file: written directly, and its header cannot be patched afterwards.
    std::string received;
    std::thread reader([&] { received = test_support::read_file(fifo); });
    {
        WavFileSink sink(fifo);
        sink.start({22050, 1}, "");
        sink.write(ramp(100));
        sink.finish();
    }
    reader.join();
    ::close(fds[0]);
    ::close(fds[1]);
    const auto info = parse_wav_header(received);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->data_bytes, kWavUnknownSize);
    EXPECT_EQ(received.size(), 44u + 200u);
    EXPECT_TRUE(fs::is_fifo(fifo));
}
