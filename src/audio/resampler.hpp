// Streaming sample-rate conversion with libsamplerate (for Opus, which only takes 48 kHz).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

typedef struct SRC_STATE_tag SRC_STATE;

namespace nangdok {

class Resampler {
public:
    Resampler(int from_rate, int to_rate);  // mono; throws EngineError when libsamplerate refuses
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;

    // Converts one block; `last` flushes what the filter still holds. Returns float samples in
    // [-1, 1] (what libsndfile's encoders take).
    const std::vector<float>& process(std::span<const int16_t> input, bool last = false);

private:
    SRC_STATE* state_ = nullptr;
    double ratio_;
    std::vector<float> in_, out_;
};

}  // namespace nangdok
