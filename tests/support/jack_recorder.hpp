// An in-process JACK client that records one input port and tells the server's frame time.
//
// Keys pressed by a test and the samples recorded then share one timeline, the server's frame
// counter: jack_capture's wall-clock timestamp of its first sample is off by up to a second when
// the dummy driver starts under load, and the driver falls behind and catches up under load, which
// would move every key against the recording.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

typedef struct _jack_client jack_client_t;
typedef struct _jack_port jack_port_t;

namespace nangdok::test_support {

class JackRecorder {
public:
    // Connects to the server `server` as client `name`, with one input port "input1", recording
    // up to `max_seconds`. Throws std::runtime_error when the server cannot be reached.
    JackRecorder(const std::string& server, const std::string& name, int max_seconds);
    ~JackRecorder();
    JackRecorder(const JackRecorder&) = delete;
    JackRecorder& operator=(const JackRecorder&) = delete;

    // The server's current frame time (an estimate between two cycles).
    uint32_t frame_now() const;

    // Stops recording; the samples as 16-bit (JACK carries floats) and the frame time of the first.
    std::vector<int16_t> stop(uint32_t& first_frame);

    int sample_rate() const { return sample_rate_; }

private:
    static int process(uint32_t frames, void* self);

    jack_client_t* client_ = nullptr;
    jack_port_t* port_ = nullptr;
    int sample_rate_ = 0;
    std::vector<float> buffer_;              // preallocated: the process callback must not allocate
    std::atomic<std::size_t> recorded_{0};
    std::atomic<uint32_t> first_frame_{0};
    std::atomic<bool> started_{false};
};

}  // namespace nangdok::test_support
