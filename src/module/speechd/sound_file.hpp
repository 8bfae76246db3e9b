// A sound icon's audio: any file libsndfile reads (WAV, FLAC, Ogg), as 16-bit samples at the
// file's own rate and channel count. The server is told both with each audio frame, so the icon
// needs no resampling.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace nangdok::speechd {

struct SoundFile {
    std::vector<int16_t> samples;  // interleaved
    int sample_rate = 0;
    int channels = 0;
};

// Throws InputError when the file cannot be read as audio or is longer than a minute (an icon
// is a short sound; a long file is most likely a mistake in the folder).
SoundFile load_sound_file(const std::filesystem::path& file);

}  // namespace nangdok::speechd
