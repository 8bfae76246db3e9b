// A sound device that keeps real time without a sound card: jackd with its dummy driver, ALSA's
// `jack` plugin routing the default ALSA device into it, and jack_capture recording what arrives
// (with the wall-clock time of its first sample, so key presses can be placed in the recording).
//
// The server gets a name of its own, so PortAudio in other tests running at the same time never
// sees it, and both daemons are started and stopped by PID with their output in files.
#pragma once

#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

#include "support/run_process.hpp"

namespace nangdok::test_support {

struct Capture {
    std::vector<int16_t> samples;
    int sample_rate = 0;
    double first_sample_wall_s = 0;  // CLOCK_REALTIME of samples[0]
    double wall_time_of(std::size_t sample) const {
        return first_sample_wall_s + static_cast<double>(sample) / sample_rate;
    }
};

class JackDevice {
public:
    // jackd, jack_capture, jack_lsp and ALSA's jack plugin are installed.
    static bool available();

    // Starts both daemons, recording into `dir`. Throws std::runtime_error (with the daemons' logs)
    // when they do not come up.
    JackDevice(const TempDir& dir, int sample_rate);
    ~JackDevice();
    JackDevice(const JackDevice&) = delete;
    JackDevice& operator=(const JackDevice&) = delete;

    // For the program that plays: ALSA's default device goes to the capture.
    std::vector<std::string> env() const;

    // Stops the recording and reads it.
    Capture stop_capture();

private:
    void start_daemons();
    bool wait_for_port(const std::string& port, double seconds) const;
    std::string logs() const;

    std::string dir_, server_;
    int sample_rate_;
    pid_t jackd_ = -1, capture_ = -1;
};

}  // namespace nangdok::test_support
