#include "formats/sndfile_sink.hpp"

#include <sndfile.h>

#include <stdexcept>

#include "core/errors.hpp"
#include "sink/test_stop.hpp"

namespace nangdok {
namespace {

int sndfile_format(FileFormat format) {
    switch (format) {
        case FileFormat::flac: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
        case FileFormat::ogg: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
        default: break;
    }
    throw std::logic_error("SndfileSink writes FLAC and Ogg Vorbis only");
}

// Speech needs far less than music: Vorbis at this level is about 50 kbit/s.
double compression_level(FileFormat format) { return format == FileFormat::ogg ? 0.6 : -1; }

}  // namespace

SndfileSink::SndfileSink(std::string target, FileFormat format) : target_(std::move(target)), format_(format) {}

SndfileSink::~SndfileSink() { close_encoder(); }

void SndfileSink::close_encoder() {
    if (encoder_ != nullptr) sf_close(encoder_);
    encoder_ = nullptr;
}

void SndfileSink::start(const AudioFormat& format, const std::string& title) {
    file_ = std::make_unique<OutputFile>(target_, OutputFile::Access::seekable);
    SF_INFO info{};
    info.samplerate = format.sample_rate;
    info.channels = format.channels;
    info.format = sndfile_format(format_);
    if (!sf_format_check(&info))
        throw OutputError(target_ + ": libsndfile cannot write " + std::string(extension_of(format_)) + " at " +
                          std::to_string(info.samplerate) + " Hz");
    encoder_ = sf_open_fd(file_->descriptor(), SFM_WRITE, &info, SF_FALSE);
    if (encoder_ == nullptr) throw OutputError(target_ + ": cannot start the encoder: " + sf_strerror(nullptr));
    if (double level = compression_level(format_); level >= 0)
        sf_command(encoder_, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
    if (!title.empty()) sf_set_string(encoder_, SF_STR_TITLE, title.c_str());  // not every format has tags
}

void SndfileSink::write(std::span<const int16_t> samples) {
    const auto wanted = static_cast<sf_count_t>(samples.size());
    if (sf_write_short(encoder_, samples.data(), wanted) != wanted)
        throw OutputError(target_ + ": cannot write: " + sf_strerror(encoder_));
    test_stop_point("write");  // libsndfile writes the descriptor itself, past OutputFile::write
}

void SndfileSink::finish() {
    const int error = sf_close(encoder_);
    encoder_ = nullptr;
    if (error != 0) throw OutputError(target_ + ": cannot finish the file: " + sf_error_number(error));
    file_->commit();
}

}  // namespace nangdok
