// PortAudio for the process: initialised by the first PortAudioSystem and terminated with it, with
// ALSA's and JACK's own diagnostics silenced (they print dozens of lines on a machine without a
// sound card or a JACK server). Use from one thread.
#pragma once

#include <string>
#include <vector>

namespace nangdok {

struct OutputDevice {
    int index = -1;
    std::string name;
    std::string host_api;
    int max_channels = 0;
    double default_latency_s = 0;
    bool is_default = false;
};

// A started int16 output stream (a PaStream*, kept opaque so this header needs no portaudio.h).
struct StartedStream {
    void* stream = nullptr;
    double output_latency_s = 0;  // what PortAudio reports for the open stream
};

class PortAudioSystem {
public:
    PortAudioSystem();  // throws AudioDeviceError when PortAudio cannot start
    ~PortAudioSystem();
    PortAudioSystem(const PortAudioSystem&) = delete;
    PortAudioSystem& operator=(const PortAudioSystem&) = delete;

    std::vector<OutputDevice> output_devices() const;

    // An index from output_devices(), a case-insensitive part of a name, or empty for the default.
    // Throws AudioDeviceError when nothing matches or there is no output device at all.
    OutputDevice choose_output(const std::string& selector) const;

    // Opens and starts a 16-bit output stream on the device `selector` chooses; latency_ms <= 0
    // means the device's default. Throws AudioDeviceError naming the device. The caller closes it.
    StartedStream start_output(const std::string& selector, int sample_rate, int channels, double latency_ms) const;
};

}  // namespace nangdok
