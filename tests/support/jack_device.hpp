// A sound device that keeps real time without a sound card: jackd with its dummy driver, ALSA's
// `jack` plugin routing the default ALSA device into it, and a recorder in the test process (see
// jack_recorder.hpp) on the same frame clock as the keys the test presses.
//
// The server gets a name of its own, so PortAudio in other tests running at the same time never
// sees it; jackd is started and stopped by PID with its output in a file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

#include "support/jack_recorder.hpp"
#include "support/run_process.hpp"

namespace nangdok::test_support {

struct Capture {
    std::vector<int16_t> samples;
    int sample_rate = 0;
    uint32_t first_frame = 0;  // the server's frame time of samples[0]
    // Seconds from the server frame time `frame` to sample `sample` of the recording.
    double seconds_after(uint32_t frame, std::size_t sample) const {
        const auto frames = static_cast<int64_t>(static_cast<int32_t>(first_frame - frame)) + static_cast<int64_t>(sample);
        return static_cast<double>(frames) / sample_rate;
    }
};

class JackDevice {
public:
    // jackd, jack_lsp and ALSA's jack plugin are installed.
    static bool available();

    // Starts jackd and the recorder. Throws std::runtime_error (with jackd's log) when they do not
    // come up.
    JackDevice(const TempDir& dir, int sample_rate);
    ~JackDevice();
    JackDevice(const JackDevice&) = delete;
    JackDevice& operator=(const JackDevice&) = delete;

    // For the program that plays: ALSA's default device goes to the capture.
    std::vector<std::string> env() const;

    // The server's frame time now: when a key is pressed.
    uint32_t frame_now() const;

    // Stops the recording and returns it.
    Capture stop_capture();

private:
    void start_daemons();
    bool wait_for_port(const std::string& port, double seconds) const;
    std::string logs() const;

    std::string dir_, server_;
    int sample_rate_;
    pid_t jackd_ = -1;
    std::unique_ptr<JackRecorder> recorder_;
};

}  // namespace nangdok::test_support
