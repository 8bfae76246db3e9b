// Settings, measured on our speech (the bench/formats.py text; 300 s of it for the quality figures)
// on one core, libopus 1.3.1 and libsamplerate 0.2.2. Quality is measured after decoding, against
// the source resampled with SRC_SINC_BEST_QUALITY: log-spectral distance (LSD) below 8 kHz over the
// voiced frames, lower is closer.
//
//   resampler         encoder rate   application, complexity   speed: resampler  encoder  both   LSD
//   SRC_SINC_FASTEST  48 kHz         RESTRICTED_LOWDELAY, 0    239x              1318x    203x   4.13 dB
//   SRC_SINC_FASTEST  24 kHz         RESTRICTED_LOWDELAY, 0    547x              1326x    387x   4.13 dB
//   SRC_LINEAR        48 kHz         RESTRICTED_LOWDELAY, 0    2529x             1226x    825x   4.19 dB
//   SRC_LINEAR        24 kHz         RESTRICTED_LOWDELAY, 0    5136x             1365x    1078x  4.33 dB
//   SRC_LINEAR        24 kHz         RESTRICTED_LOWDELAY, 5    5120x             446x     410x   4.05 dB
//   SRC_LINEAR        24 kHz         AUDIO (SILK, hybrid), 0   5100x             291x     275x   4.23 dB
//
// - 24 kHz: libopus takes it natively and decoders still output 48 kHz. Half the samples to make
//   and to hand over; the CELT layer itself costs about the same at either rate.
// - SRC_LINEAR: ten times faster than the fastest sinc filter, which would otherwise cost three
//   times the encoder. Against a best-quality conversion it is 27 dB down (SINC_FASTEST 39 dB); its
//   images alias into the band at 24 kHz, but after the codec that costs 0.2 dB of LSD, less than
//   going from 32 to 28 kbit/s. It delays the audio by one input sample (45 us), left as is.
// - OPUS_APPLICATION_RESTRICTED_LOWDELAY (CELT only): the SILK and hybrid modes that
//   OPUS_APPLICATION_AUDIO picks for speech at 32 kbit/s are four to five times slower for 0.1 dB.
// - Complexity 0: complexity 5 is three times slower for 0.3 dB of LSD.
// - 32 kbit/s VBR, bandwidth capped at super-wideband (12 kHz, all a 24 kHz input holds): about
//   33 kbit/s with the Ogg framing, 10.5 times smaller than 16-bit WAV. 24 kbit/s would cost 0.9 dB
//   of LSD.
#include "formats/opus_file_sink.hpp"

#include <opus/opus.h>
#include <random>
#include <stdexcept>

#include "core/errors.hpp"

namespace nangdok {
namespace {

constexpr int kEncoderRate = 24000;
constexpr int kFrameSamples = kEncoderRate / 50;  // 20 ms
constexpr int kGranuleFactor = 48000 / kEncoderRate;
constexpr int kBitrate = 32000;
constexpr int kComplexity = 0;
constexpr std::size_t kMaxPacketBytes = 1500;  // far above what 32 kbit/s makes in 20 ms (80 bytes)
// Resampled samples kept back from the encoder until finish(), so that whatever the resampler makes
// beyond the exact length can still be replaced by silence there.
constexpr std::size_t kHeldSamples = 64;

}  // namespace

void OpusFileSink::EncoderDestroyer::operator()(OpusEncoder* encoder) const { opus_encoder_destroy(encoder); }

OpusFileSink::OpusFileSink(std::string target) : target_(std::move(target)) {}

OpusFileSink::~OpusFileSink() = default;

void OpusFileSink::start(const AudioFormat& format, const std::string& title) {
    if (format.channels != 1) throw std::logic_error("OpusFileSink writes mono only");
    file_ = std::make_unique<OutputFile>(target_);
    input_rate_ = format.sample_rate;
    resampler_ = std::make_unique<Resampler>(input_rate_, kEncoderRate, Resampler::Converter::linear);

    int error = OPUS_OK;
    encoder_.reset(opus_encoder_create(kEncoderRate, 1, OPUS_APPLICATION_RESTRICTED_LOWDELAY, &error));
    if (error != OPUS_OK) throw OutputError(target_ + ": cannot start the Opus encoder: " + opus_strerror(error));
    OpusEncoder* encoder = encoder_.get();
    opus_encoder_ctl(encoder, OPUS_SET_BITRATE(kBitrate));
    opus_encoder_ctl(encoder, OPUS_SET_COMPLEXITY(kComplexity));
    opus_encoder_ctl(encoder, OPUS_SET_MAX_BANDWIDTH(OPUS_BANDWIDTH_SUPERWIDEBAND));
    opus_encoder_ctl(encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    opus_encoder_ctl(encoder, OPUS_SET_LSB_DEPTH(16));  // our samples are 16-bit: no point coding below that
    opus_encoder_ctl(encoder, OPUS_GET_LOOKAHEAD(&lookahead_));

    const OpusHeadFields head{.channels = 1, .pre_skip = lookahead_ * kGranuleFactor, .input_sample_rate = input_rate_};
    stream_ = std::make_unique<OggOpusStream>(head, opus_get_version_string(), title, std::random_device{}(),
                                              [this](std::span<const unsigned char> bytes) {
                                                  file_->write(bytes.data(), bytes.size());
                                              });
    packet_.resize(kMaxPacketBytes);
}

void OpusFileSink::write(std::span<const int16_t> samples) {
    input_samples_ += static_cast<int64_t>(samples.size());
    const std::vector<float>& converted = resampler_->process(samples);
    pending_.insert(pending_.end(), converted.begin(), converted.end());
    encode_frames(kHeldSamples);
}

void OpusFileSink::encode_frames(std::size_t keep) {
    std::size_t start = 0;
    for (; pending_.size() - start >= kFrameSamples + keep; start += kFrameSamples) {
        const opus_int32 bytes = opus_encode_float(encoder_.get(), pending_.data() + start, kFrameSamples,
                                                   packet_.data(), static_cast<opus_int32>(packet_.size()));
        if (bytes < 0) throw OutputError(target_ + ": the Opus encoder failed: " + opus_strerror(bytes));
        stream_->add_packet({packet_.data(), static_cast<std::size_t>(bytes)}, kFrameSamples * kGranuleFactor);
        encoded_samples_ += kFrameSamples;
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(start));
}

void OpusFileSink::finish() {
    const std::vector<float>& tail = resampler_->process({}, /*last=*/true);
    pending_.insert(pending_.end(), tail.begin(), tail.end());

    // The exact length at 48 kHz, and the samples at the encoder's rate that cover it. The encoder
    // needs its lookahead in silence after them, and whole frames.
    const int64_t length_48k = (input_samples_ * 48000 + input_rate_ / 2) / input_rate_;
    const int64_t signal = (length_48k + kGranuleFactor - 1) / kGranuleFactor;
    int64_t total = lookahead_ + signal;
    total = (total + kFrameSamples - 1) / kFrameSamples * kFrameSamples;
    if (encoded_samples_ > signal) throw std::logic_error("Opus: encoded past the end of the audio");
    // What the resampler made beyond `signal` becomes silence, like the padding after it.
    const std::size_t real = std::min(pending_.size(), static_cast<std::size_t>(signal - encoded_samples_));
    pending_.resize(real);
    pending_.resize(static_cast<std::size_t>(total - encoded_samples_), 0.0f);
    encode_frames(0);
    stream_->finish(length_48k);
    file_->commit();
}

}  // namespace nangdok
