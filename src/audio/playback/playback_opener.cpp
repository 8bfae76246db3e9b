#include "playback/playback_opener.hpp"

#include <portaudio.h>

#include "core/errors.hpp"

namespace nangdok {

PlaybackOpener::PlaybackOpener(std::string selector, const AudioFormat& format, double latency_ms)
    : selector_(std::move(selector)), format_(format), latency_ms_(latency_ms) {
    thread_ = std::thread([this] {
        try {
            system_ = std::make_unique<PortAudioSystem>();
            stream_ = system_->start_output(selector_, format_.sample_rate, format_.channels, latency_ms_);
        } catch (...) {
            error_ = std::current_exception();
        }
    });
}

PlaybackOpener::~PlaybackOpener() {
    wait();
    if (stream_.stream != nullptr) {
        Pa_AbortStream(stream_.stream);
        Pa_CloseStream(stream_.stream);
    }
}

void PlaybackOpener::wait() {
    if (thread_.joinable()) thread_.join();
}

StartedStream PlaybackOpener::take_stream(const AudioFormat& format) {
    wait();
    if (error_) std::rethrow_exception(error_);
    if (stream_.stream != nullptr && format.sample_rate == format_.sample_rate && format.channels == format_.channels) {
        const StartedStream taken = stream_;
        stream_ = {};
        return taken;
    }
    if (stream_.stream != nullptr) {
        Pa_AbortStream(stream_.stream);
        Pa_CloseStream(stream_.stream);
        stream_ = {};
    }
    return system_->start_output(selector_, format.sample_rate, format.channels, latency_ms_);
}

}  // namespace nangdok
