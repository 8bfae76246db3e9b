// A sink that encodes MP3 with libmp3lame directly (libsndfile fixes LAME at its slowest quality
// setting, which made MP3 output four times slower than WAV).
//
// Mono, at the synthesis rate (22050 Hz, MPEG-2 Layer III), VBR at about 33 kbit/s (the settings
// and their measurements are in mp3_file_sink.cpp). The headline is the ID3v2 title (TIT2 in
// UTF-16, so Korean survives). On a regular file the LAME/Xing frame is written over the frame LAME reserves at the start, once
// the length is known, so decoders trim the encoder delay and padding and play the exact length
// (gapless). A pipe or a device cannot be rewound: it streams without that frame.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sink/audio_sink.hpp"
#include "sink/output_file.hpp"

struct lame_global_struct;

namespace nangdok {

class Mp3FileSink : public AudioSink {
public:
    explicit Mp3FileSink(std::string target);
    ~Mp3FileSink() override;

    void start(const AudioFormat& format, const std::string& title) override;
    void write(std::span<const int16_t> samples) override;
    void finish() override;

private:
    void write_encoded(int bytes);

    struct LameCloser {
        void operator()(lame_global_struct* lame) const;
    };
    std::string target_;
    std::unique_ptr<OutputFile> file_;
    std::unique_ptr<lame_global_struct, LameCloser> lame_;
    std::vector<unsigned char> encoded_;
    uint64_t info_frame_offset_ = 0;  // where LAME's reserved first frame starts: after the ID3v2 tag
};

}  // namespace nangdok
