// A sink that writes an Ogg Opus file (RFC 7845) with libopus and libogg directly. libsndfile's
// Opus writer ran Opus at complexity 10 in its speech modes after a sinc resampler to 48 kHz, and
// made Opus output 35 times slower than WAV.
//
// The audio is resampled with libsamplerate to the encoder's rate, encoded in 20 ms packets and
// framed by OggOpusStream (ogg_opus_stream.hpp), which trims the last page so that the file decodes
// to exactly the length written. The headline is the TITLE comment. The encoder settings and the
// measurements behind them are in opus_file_sink.cpp. Ogg streams need no rewinding, so a pipe or
// a device is written directly; a regular file appears at its target only on finish().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sink/audio_sink.hpp"
#include "formats/ogg_opus_stream.hpp"
#include "sink/output_file.hpp"
#include "formats/resampler.hpp"

struct OpusEncoder;

namespace nangdok {

class OpusFileSink : public AudioSink {
public:
    explicit OpusFileSink(std::string target);
    ~OpusFileSink() override;

    void start(const AudioFormat& format, const std::string& title) override;
    void write(std::span<const int16_t> samples) override;
    void finish() override;

private:
    void encode_frames(std::size_t keep);

    struct EncoderDestroyer {
        void operator()(OpusEncoder* encoder) const;
    };
    std::string target_;
    std::unique_ptr<OutputFile> file_;
    std::unique_ptr<Resampler> resampler_;
    std::unique_ptr<OpusEncoder, EncoderDestroyer> encoder_;
    std::unique_ptr<OggOpusStream> stream_;
    int input_rate_ = 0;
    int64_t input_samples_ = 0;    // at the synthesis rate: what the decoded length must match
    int lookahead_ = 0;            // the encoder's delay, at its own rate
    int64_t encoded_samples_ = 0;  // at the encoder's rate, handed to the encoder so far
    std::vector<float> pending_;   // resampled, not yet encoded
    std::vector<unsigned char> packet_;
};

}  // namespace nangdok
