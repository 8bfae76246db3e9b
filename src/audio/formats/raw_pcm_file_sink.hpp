// A sink that writes bare samples: signed 16-bit little-endian, mono, at the synthesis rate
// (22050 Hz), with no header. For scripts that pipe audio into a player or a program that is
// told the format (`aplay -f S16_LE -r 22050 -c 1`, `ffmpeg -f s16le -ar 22050 -ac 1 -i -`), where
// a WAV header would be read as a click of noise. Like every file sink it writes a regular file
// beside its target and moves it into place on finish() (see OutputFile); a pipe, a device or "-"
// is written directly.
#pragma once

#include <memory>
#include <string>

#include "sink/audio_sink.hpp"
#include "sink/output_file.hpp"

namespace nangdok {

class RawPcmFileSink : public AudioSink {
public:
    explicit RawPcmFileSink(std::string target) : target_(std::move(target)) {}

    void start(const AudioFormat&, const std::string&) override { file_ = std::make_unique<OutputFile>(target_); }
    void write(std::span<const int16_t> samples) override { file_->write(samples.data(), samples.size_bytes()); }
    void finish() override { file_->commit(); }

private:
    std::string target_;
    std::unique_ptr<OutputFile> file_;
};

}  // namespace nangdok
