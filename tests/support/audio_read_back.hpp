// Reads an audio file back through libsndfile (which decodes MP3 with mpg123 and Opus with libopus),
// to check what nangdok wrote the way a player would see it.
#pragma once

#include <cstdint>
#include <string>

namespace nangdok::test_support {

struct ReadBack {
    bool opened = false;
    int64_t frames = 0;   // as declared by the file; for MP3 and Opus, after trimming delay and padding
    int64_t decoded = 0;  // frames actually decoded to the end
    int sample_rate = 0;  // the rate libsndfile decodes at (Opus: 24 kHz for a 22050 Hz source)
    std::string title;
    double seconds() const { return sample_rate > 0 ? static_cast<double>(frames) / sample_rate : 0; }
};

ReadBack read_back(const std::string& path);

// An Ogg Opus file's playing length at 48 kHz, as a decoder that honours granule positions
// (opusdec, ffmpeg) gives it: the last page's granule position minus OpusHead's pre-skip. Walks
// the pages by their headers; -1 when the bytes are not a whole Ogg Opus stream. (libsndfile
// truncates this to its 24 kHz output, so it cannot check the last sample.)
int64_t ogg_opus_length_48k(const std::string& bytes);

// The same length expected for `samples` at `rate`: rounded to the nearest 48 kHz sample.
inline int64_t length_48k(int64_t samples, int rate) { return (samples * 48000 + rate / 2) / rate; }

}  // namespace nangdok::test_support
