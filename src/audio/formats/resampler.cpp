#include "formats/resampler.hpp"

#include <cmath>
#include <string>

#include <samplerate.h>

#include "core/errors.hpp"

namespace nangdok {

// libsamplerate's better sinc qualities cost two to ten times more than SRC_SINC_FASTEST for no
// audible gain on speech, so they are not offered.
Resampler::Resampler(int from_rate, int to_rate, Converter converter)
    : ratio_(static_cast<double>(to_rate) / from_rate) {
    int error = 0;
    state_ = src_new(converter == Converter::linear ? SRC_LINEAR : SRC_SINC_FASTEST, 1, &error);
    if (state_ == nullptr) throw EngineError(std::string("resampler failed to start: ") + src_strerror(error));
}

Resampler::~Resampler() { src_delete(state_); }

const std::vector<float>& Resampler::process(std::span<const int16_t> input, bool last) {
    in_.resize(input.size());
    src_short_to_float_array(input.data(), in_.data(), static_cast<int>(input.size()));
    // Converted straight into out_, sized for the whole block plus what the filter may still hold.
    out_.resize(static_cast<std::size_t>(std::ceil(static_cast<double>(input.size()) * ratio_)) + 4096);
    std::size_t consumed = 0, generated = 0;
    // libsamplerate may need several calls to take a whole block, and more to flush at the end.
    for (;;) {
        if (out_.size() - generated < 1024) out_.resize(out_.size() * 2);
        SRC_DATA data{};
        data.data_in = in_.data() + consumed;
        data.input_frames = static_cast<long>(in_.size() - consumed);
        data.data_out = out_.data() + generated;
        data.output_frames = static_cast<long>(out_.size() - generated);
        data.src_ratio = ratio_;
        data.end_of_input = last ? 1 : 0;
        if (int error = src_process(state_, &data); error != 0)
            throw EngineError(std::string("resampler failed: ") + src_strerror(error));
        consumed += static_cast<std::size_t>(data.input_frames_used);
        generated += static_cast<std::size_t>(data.output_frames_gen);
        if (consumed >= in_.size() && (!last || data.output_frames_gen == 0)) break;
    }
    out_.resize(generated);
    return out_;
}

}  // namespace nangdok
