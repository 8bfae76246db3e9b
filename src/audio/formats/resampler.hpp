// Streaming sample-rate conversion with libsamplerate (for Opus, whose encoder takes 8, 12, 16, 24
// or 48 kHz but not our 22050 Hz).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

typedef struct SRC_STATE_tag SRC_STATE;

namespace nangdok {

class Resampler {
public:
    // libsamplerate's linear interpolator, or its fastest band-limited sinc filter (97 dB SNR, 80%
    // bandwidth) at about a tenth of the speed; the trade-off is measured in opus_file_sink.cpp.
    enum class Converter { linear, sinc_fastest };

    // Mono; throws EngineError when libsamplerate refuses.
    Resampler(int from_rate, int to_rate, Converter converter = Converter::sinc_fastest);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    // Converts one block; `last` flushes what the converter still holds. Returns float samples in
    // [-1, 1] (what the encoders take), valid until the next call.
    const std::vector<float>& process(std::span<const int16_t> input, bool last = false);

private:
    SRC_STATE* state_ = nullptr;
    double ratio_;
    std::vector<float> in_, out_;
};

}  // namespace nangdok
