#include "formats/wav_file_sink.hpp"

#include <bit>

#include "formats/wav_format.hpp"
#include "core/errors.hpp"

namespace nangdok {

static_assert(std::endian::native == std::endian::little, "WAV samples are written in native byte order");

WavFileSink::WavFileSink(std::string target, uint64_t riff_limit)
    : target_(std::move(target)), riff_limit_(riff_limit) {}

void WavFileSink::start(const AudioFormat& format, const std::string& title) {
    format_ = format;
    title_ = title;
    file_ = std::make_unique<OutputFile>(target_);
    const auto header = file_->seekable()
                            ? make_file_wav_header(format.sample_rate, format.channels, 0, title_, riff_limit_)
                            : make_wav_header(format.sample_rate, format.channels, kWavUnknownSize, title_);
    header_size_ = header.size();
    file_->write(header.data(), header.size());
}

void WavFileSink::write(std::span<const int16_t> samples) {
    file_->write(samples.data(), samples.size_bytes());
    samples_written_ += static_cast<int64_t>(samples.size());
}

void WavFileSink::finish() {
    const uint64_t data_bytes = file_->bytes_written() - header_size_;
    if (file_->seekable()) {
        // Past 4 GiB the same header, rewritten in place, says RF64.
        const auto header = make_file_wav_header(format_.sample_rate, format_.channels, data_bytes, title_, riff_limit_);
        file_->write_at(0, header.data(), header.size());
    }
    file_->commit();
}

}  // namespace nangdok
