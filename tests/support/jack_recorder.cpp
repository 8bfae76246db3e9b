#include "support/jack_recorder.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <jack/jack.h>

namespace nangdok::test_support {

JackRecorder::JackRecorder(const std::string& server, const std::string& name, int max_seconds) {
    jack_status_t status{};
    client_ = jack_client_open(name.c_str(), static_cast<jack_options_t>(JackNoStartServer | JackServerName),
                               &status, server.c_str());
    if (client_ == nullptr) throw std::runtime_error("cannot connect to the JACK server " + server);
    sample_rate_ = static_cast<int>(jack_get_sample_rate(client_));
    buffer_.resize(static_cast<std::size_t>(sample_rate_) * static_cast<std::size_t>(max_seconds));
    port_ = jack_port_register(client_, "input1", JACK_DEFAULT_AUDIO_TYPE, JackPortIsInput, 0);
    if (port_ == nullptr || jack_set_process_callback(client_, &JackRecorder::process, this) != 0 ||
        jack_activate(client_) != 0) {
        jack_client_close(client_);
        throw std::runtime_error("cannot set up the JACK recorder");
    }
}

JackRecorder::~JackRecorder() {
    if (client_ != nullptr) jack_client_close(client_);
}

int JackRecorder::process(uint32_t frames, void* self_pointer) {
    auto* self = static_cast<JackRecorder*>(self_pointer);
    const auto* in = static_cast<const float*>(jack_port_get_buffer(self->port_, frames));
    if (!self->started_.load()) {
        self->first_frame_.store(jack_last_frame_time(self->client_));
        self->started_.store(true);
    }
    const std::size_t at = self->recorded_.load();
    const std::size_t n = std::min<std::size_t>(frames, self->buffer_.size() - at);
    std::copy(in, in + n, self->buffer_.begin() + static_cast<std::ptrdiff_t>(at));
    self->recorded_.store(at + n);
    return 0;
}

uint32_t JackRecorder::frame_now() const { return jack_frame_time(client_); }

std::vector<int16_t> JackRecorder::stop(uint32_t& first_frame) {
    jack_deactivate(client_);
    first_frame = first_frame_.load();
    std::vector<int16_t> samples(recorded_.load());
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = static_cast<int16_t>(std::clamp(std::lrint(buffer_[i] * 32768.0f), -32768L, 32767L));
    return samples;
}

}  // namespace nangdok::test_support
