// RIFF/WAVE headers for mono or stereo 16-bit PCM, written and read by our own code (the format is
// 44 bytes; the reader exists for tests and for checking our output).
#pragma once

#include <string_view>
#include <vector>
#include <cstdint>
#include <optional>
#include <string_view>

namespace nangdok {

inline constexpr std::size_t kWavHeaderSize = 44;  // without a title

// Sizes for a stream whose length is unknown when the header is written (a pipe): readers such as
// sox and ffmpeg then read to the end of the stream.
inline constexpr uint32_t kWavUnknownSize = 0xFFFFFFFFu;

// A non-empty title goes into a LIST/INFO/INAM chunk before the samples (players show it as the
// track title). The data size field is the last 4 bytes of the header.
std::vector<unsigned char> make_wav_header(int sample_rate, int channels, uint32_t data_bytes,
                                           std::string_view title = {});

struct WavInfo {
    int sample_rate = 0;
    int channels = 0;
    int bits_per_sample = 0;
    std::size_t data_offset = 0;  // byte offset of the samples
    uint32_t data_bytes = 0;      // as declared
};

// Parses a PCM WAV header (any chunk order, skipping unknown chunks); nullopt when it is not one.
std::optional<WavInfo> parse_wav_header(std::string_view file_bytes);

}  // namespace nangdok
