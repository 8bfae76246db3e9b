// A WAV file that passes 4 GiB continues as RF64 (EBU Tech 3306), which sox and libsndfile read.
// The 4 GiB limit is lowered through WavFileSink's test seam, so no test writes 4 GiB.
#include <gtest/gtest.h>

#include <cstring>
#include <sndfile.h>
#include <vector>

#include "formats/wav_file_sink.hpp"
#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok;
using namespace nangdok::test_support;

namespace {

std::vector<int16_t> ramp(int n) {
    std::vector<int16_t> samples(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) samples[static_cast<std::size_t>(i)] = static_cast<int16_t>((i * 37) % 20000 - 10000);
    return samples;
}

std::string as_bytes(const std::vector<int16_t>& samples) {
    return std::string(reinterpret_cast<const char*>(samples.data()), samples.size() * sizeof(int16_t));
}

// Writes `samples` as our WAV writer does, in three blocks, with the RIFF limit at `riff_limit`.
std::string write_wav(const TempDir& dir, const std::vector<int16_t>& samples, uint64_t riff_limit) {
    const std::string target = dir / "long.wav";
    WavFileSink sink(target, riff_limit);
    sink.start({22050, 1}, "긴 보고서");
    const std::size_t third = samples.size() / 3;
    sink.write(std::span(samples).subspan(0, third));
    sink.write(std::span(samples).subspan(third, third));
    sink.write(std::span(samples).subspan(2 * third));
    sink.finish();
    return target;
}

// Every sample, as libsndfile decodes the file, with the major format it recognised.
std::pair<int, std::vector<int16_t>> read_with_libsndfile(const std::string& path) {
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (file == nullptr) return {0, {}};
    std::vector<int16_t> samples(static_cast<std::size_t>(info.frames * info.channels));
    const sf_count_t read = sf_read_short(file, samples.data(), static_cast<sf_count_t>(samples.size()));
    samples.resize(static_cast<std::size_t>(read));
    sf_close(file);
    return {info.format & SF_FORMAT_TYPEMASK, samples};
}

}  // namespace

TEST(Rf64, AWavPastTheLimitIsRf64WithTheSizesInDs64) {
    TempDir dir;
    const auto samples = ramp(30001);
    const std::string bytes = read_file(write_wav(dir, samples, 20000));
    ASSERT_EQ(bytes.substr(0, 4), "RF64");
    EXPECT_EQ(bytes.substr(12, 4), "ds64") << "the reserved JUNK chunk becomes ds64";
    const auto info = parse_wav_header(bytes);
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->rf64);
    EXPECT_EQ(info->data_bytes, samples.size() * 2);
    EXPECT_EQ(bytes.size(), info->data_offset + samples.size() * 2);
    uint32_t data_field = 0;
    std::memcpy(&data_field, bytes.data() + info->data_offset - 4, 4);
    EXPECT_EQ(data_field, 0xFFFFFFFFu) << "an RF64 data chunk's 32-bit size is -1";
    uint64_t riff_size = 0;
    std::memcpy(&riff_size, bytes.data() + 20, 8);
    EXPECT_EQ(riff_size, bytes.size() - 8);
}

TEST(Rf64, LibsndfileReadsEverySampleBack) {
    TempDir dir;
    const auto samples = ramp(30001);
    const auto [format, decoded] = read_with_libsndfile(write_wav(dir, samples, 20000));
    EXPECT_EQ(format, SF_FORMAT_RF64);
    EXPECT_TRUE(decoded == samples) << decoded.size() << " of " << samples.size() << " samples";
}

TEST(Rf64, SoxReadsEverySampleBack) {
    TempDir dir;
    const auto samples = ramp(30001);
    const std::string path = write_wav(dir, samples, 20000);
    const auto header = run_process({"/usr/bin/soxi", path});
    ASSERT_EQ(header.exit_code, 0) << header.err;
    EXPECT_NE(header.out.find("30001 samples"), std::string::npos) << header.out;
    const auto raw = run_process({"/usr/bin/sox", path, "-t", "raw", "-e", "signed", "-b", "16", "-"});
    ASSERT_EQ(raw.exit_code, 0) << raw.err;
    EXPECT_TRUE(raw.out == as_bytes(samples)) << raw.out.size() << " bytes of " << samples.size() * 2;
}

TEST(Rf64, BelowTheLimitItStaysRiffAndReadersSkipTheReservedChunk) {
    TempDir dir;
    const auto samples = ramp(30001);
    const std::string path = write_wav(dir, samples, kRiffLimit);
    const std::string bytes = read_file(path);
    ASSERT_EQ(bytes.substr(0, 4), "RIFF");
    EXPECT_EQ(bytes.substr(12, 4), "JUNK");
    const auto [format, decoded] = read_with_libsndfile(path);
    EXPECT_EQ(format, SF_FORMAT_WAV);
    EXPECT_TRUE(decoded == samples);
    const auto raw = run_process({"/usr/bin/sox", path, "-t", "raw", "-"});
    EXPECT_TRUE(raw.out == as_bytes(samples)) << raw.err;
}

TEST(Rf64, ThePipeHeaderIsTheStreamingOneAsBefore) {
    // A pipe cannot be rewound to write ds64: it keeps RIFF with unknown sizes and no reserved chunk.
    const auto header = make_wav_header(22050, 1, kWavUnknownSize);
    const std::string bytes(reinterpret_cast<const char*>(header.data()), header.size());
    EXPECT_EQ(bytes.size(), kWavHeaderSize);
    EXPECT_EQ(bytes.substr(0, 4), "RIFF");
    EXPECT_EQ(bytes.substr(12, 4), "fmt ");
}
