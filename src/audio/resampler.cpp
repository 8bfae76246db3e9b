#include "audio/resampler.hpp"

#include <cmath>
#include <string>

#include <samplerate.h>

#include "core/errors.hpp"

namespace nangdok {

// SRC_SINC_FASTEST is still a band-limited sinc filter (97 dB SNR, 80% bandwidth: all of 22050 Hz
// speech fits); the better qualities cost two to ten times more time for no audible gain.
Resampler::Resampler(int from_rate, int to_rate) : ratio_(static_cast<double>(to_rate) / from_rate) {
    int error = 0;
    state_ = src_new(SRC_SINC_FASTEST, 1, &error);
    if (state_ == nullptr) throw EngineError(std::string("resampler failed to start: ") + src_strerror(error));
}

Resampler::~Resampler() { src_delete(state_); }

const std::vector<float>& Resampler::process(std::span<const int16_t> input, bool last) {
    in_.resize(input.size());
    src_short_to_float_array(input.data(), in_.data(), static_cast<int>(input.size()));
    out_.clear();
    std::size_t consumed = 0;
    std::vector<float> chunk(static_cast<std::size_t>(std::ceil(static_cast<double>(input.size()) * ratio_)) + 4096);
    // libsamplerate may need several calls to take a whole block, and more to flush at the end.
    for (;;) {
        SRC_DATA data{};
        data.data_in = in_.data() + consumed;
        data.input_frames = static_cast<long>(in_.size() - consumed);
        data.data_out = chunk.data();
        data.output_frames = static_cast<long>(chunk.size());
        data.src_ratio = ratio_;
        data.end_of_input = last ? 1 : 0;
        if (int error = src_process(state_, &data); error != 0)
            throw EngineError(std::string("resampler failed: ") + src_strerror(error));
        consumed += static_cast<std::size_t>(data.input_frames_used);
        out_.insert(out_.end(), chunk.begin(), chunk.begin() + data.output_frames_gen);
        if (consumed >= in_.size() && (!last || data.output_frames_gen == 0)) break;
    }
    return out_;
}

}  // namespace nangdok
