// RIFF/WAVE headers for mono or stereo 16-bit PCM, written and read by our own code; RF64 (EBU
// Tech 3306) for files past 4 GiB. The reader exists for tests and for checking our output.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace nangdok {

inline constexpr std::size_t kWavHeaderSize = 44;  // a stream's header, without a title
// A file's header, without a title: 36 bytes more, kept for a ds64 chunk (make_file_wav_header).
inline constexpr std::size_t kWavFileHeaderSize = kWavHeaderSize + 36;

// Sizes for a stream whose length is unknown when the header is written (a pipe): readers such as
// sox and ffmpeg then read to the end of the stream.
inline constexpr uint32_t kWavUnknownSize = 0xFFFFFFFFu;

// The largest RIFF size a 32-bit field holds; a file whose RIFF size would reach it is RF64.
inline constexpr uint64_t kRiffLimit = 0xFFFFFFFFu;

// A stream's header (for a pipe, with kWavUnknownSize): a non-empty title goes into a
// LIST/INFO/INAM chunk before the samples (players show it as the track title). The data size
// field is the last 4 bytes of the header.
std::vector<unsigned char> make_wav_header(int sample_rate, int channels, uint32_t data_bytes,
                                           std::string_view title = {});

// A file's header, written before the samples (with data_bytes 0) and again over itself when they
// are done. It keeps a 36-byte JUNK chunk, which readers skip, right after "WAVE": when the RIFF size
// (the file's size less 8) would reach `riff_limit`, the header is RF64 instead, that chunk becomes
// "ds64" with the 64-bit sizes, and the 32-bit size fields hold 0xFFFFFFFF. Both layouts have the
// same size. `riff_limit` is lowered only by tests, to write RF64 without writing 4 GiB.
std::vector<unsigned char> make_file_wav_header(int sample_rate, int channels, uint64_t data_bytes,
                                                std::string_view title = {}, uint64_t riff_limit = kRiffLimit);

struct WavInfo {
    int sample_rate = 0;
    int channels = 0;
    int bits_per_sample = 0;
    bool rf64 = false;
    std::size_t data_offset = 0;  // byte offset of the samples
    uint64_t data_bytes = 0;      // as declared (from ds64 in an RF64 file)
};

// Parses a PCM WAV or RF64 header (any chunk order, skipping unknown chunks); nullopt when it is
// not one.
std::optional<WavInfo> parse_wav_header(std::string_view file_bytes);

}  // namespace nangdok
