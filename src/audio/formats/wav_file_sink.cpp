#include "formats/wav_file_sink.hpp"

#include <bit>

#include "formats/wav_format.hpp"
#include "core/errors.hpp"

namespace nangdok {

static_assert(std::endian::native == std::endian::little, "WAV samples are written in native byte order");

WavFileSink::WavFileSink(std::string target) : target_(std::move(target)) {}

void WavFileSink::start(const AudioFormat& format, const std::string& title) {
    format_ = format;
    title_ = title;
    file_ = std::make_unique<OutputFile>(target_);
    const auto header =
        make_wav_header(format.sample_rate, format.channels, file_->seekable() ? 0 : kWavUnknownSize, title_);
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
        if (data_bytes > 0xFFFFFFFFull - header_size_)
            throw OutputError(target_ + ": more than 4 GiB of audio does not fit in a WAV file");
        const auto header =
            make_wav_header(format_.sample_rate, format_.channels, static_cast<uint32_t>(data_bytes), title_);
        file_->write_at(0, header.data(), header.size());
    }
    file_->commit();
}

}  // namespace nangdok
