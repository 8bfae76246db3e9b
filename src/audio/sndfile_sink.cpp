#include "audio/sndfile_sink.hpp"

#include <sndfile.h>

#include "core/errors.hpp"

namespace nangdok {
namespace {

int sndfile_format(FileFormat format) {
    switch (format) {
        case FileFormat::flac: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
        case FileFormat::ogg: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
        case FileFormat::opus: return SF_FORMAT_OGG | SF_FORMAT_OPUS;
        case FileFormat::mp3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
        case FileFormat::wav: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    }
    return 0;
}

// Speech needs far less than music: measured on the example, these levels give about 30 kbit/s
// for MP3 and Opus (11-12 times smaller than 16-bit WAV) and still clear speech.
double compression_level(FileFormat format) {
    switch (format) {
        case FileFormat::mp3: return 0.95;
        case FileFormat::opus: return 0.9;
        case FileFormat::ogg: return 0.6;
        default: return -1;
    }
}

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
    info.samplerate = file_sample_rate(format_, format.sample_rate);
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
    if (info.samplerate != format.sample_rate) resampler_ = std::make_unique<Resampler>(format.sample_rate, info.samplerate);
}

void SndfileSink::write(std::span<const int16_t> samples) {
    sf_count_t written = 0, wanted = 0;
    if (resampler_) {
        const std::vector<float>& converted = resampler_->process(samples);
        wanted = static_cast<sf_count_t>(converted.size());
        written = sf_write_float(encoder_, converted.data(), wanted);
    } else {
        wanted = static_cast<sf_count_t>(samples.size());
        written = sf_write_short(encoder_, samples.data(), wanted);
    }
    if (written != wanted) throw OutputError(target_ + ": cannot write: " + sf_strerror(encoder_));
}

void SndfileSink::finish() {
    if (resampler_) {
        const std::vector<float>& tail = resampler_->process({}, /*last=*/true);
        if (sf_write_float(encoder_, tail.data(), static_cast<sf_count_t>(tail.size())) !=
            static_cast<sf_count_t>(tail.size()))
            throw OutputError(target_ + ": cannot write: " + sf_strerror(encoder_));
    }
    const int error = sf_close(encoder_);
    encoder_ = nullptr;
    if (error != 0) throw OutputError(target_ + ": cannot finish the file: " + sf_error_number(error));
    file_->commit();
}

}  // namespace nangdok
