// A sink that encodes FLAC or Ogg Vorbis through libsndfile (WAV has its own streaming writer,
// wav_file_sink.hpp; MP3 and Opus have theirs, mp3_file_sink.hpp and opus_file_sink.hpp). The
// headline becomes the file's title tag. Like every file sink it writes beside the target and moves the file into
// place on finish() (see OutputFile); a device or pipe target gets the finished file copied in.
#pragma once

#include <memory>
#include <string>

#include "sink/audio_sink.hpp"
#include "formats/file_format.hpp"
#include "sink/output_file.hpp"

typedef struct sf_private_tag SNDFILE;

namespace nangdok {

class SndfileSink : public AudioSink {
public:
    SndfileSink(std::string target, FileFormat format);
    ~SndfileSink() override;

    void start(const AudioFormat& format, const std::string& title) override;
    void write(std::span<const int16_t> samples) override;
    void finish() override;

private:
    void close_encoder();

    std::string target_;
    FileFormat format_;
    std::unique_ptr<OutputFile> file_;
    SNDFILE* encoder_ = nullptr;
};

}  // namespace nangdok
