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
};

}  // namespace nangdok
