// A sink that streams 16-bit PCM WAV to a file, a device or standard output ("-").
//
// Memory stays constant whatever the length. On a seekable target the header sizes are patched by
// finish(), and a file past 4 GiB becomes RF64 (see make_file_wav_header); on a pipe the header
// declares unknown sizes (0xFFFFFFFF) so that readers read to the end.
// The file appears at its target only when finish() succeeds (see OutputFile).
#pragma once

#include <memory>
#include <string>

#include "sink/audio_sink.hpp"
#include "formats/wav_format.hpp"
#include "sink/output_file.hpp"

namespace nangdok {

class WavFileSink : public AudioSink {
public:
    // `riff_limit` is lowered only by tests, to write RF64 without writing 4 GiB.
    explicit WavFileSink(std::string target, uint64_t riff_limit = kRiffLimit);
    void start(const AudioFormat& format, const std::string& title) override;
    void write(std::span<const int16_t> samples) override;
    void finish() override;

    int64_t samples_written() const { return samples_written_; }

private:
    std::string target_;
    std::unique_ptr<OutputFile> file_;
    AudioFormat format_{};
    std::string title_;
    uint64_t riff_limit_;
    std::size_t header_size_ = 0;
    int64_t samples_written_ = 0;
};

}  // namespace nangdok
