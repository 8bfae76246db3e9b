#include "playback/portaudio_system.hpp"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdlib>
#include <sys/stat.h>

#include <portaudio.h>

#include "core/errors.hpp"
#include "playback/jack_guard.hpp"
#include "playback/portaudio_library.hpp"

namespace nangdok {
namespace {

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

constexpr const char* kNoDevice = "no audio output device; use -o FILE.wav to save instead";

// PortAudio 19.6 aborts the process when ALSA's configuration file is missing or empty.
void check_alsa_config_path() {
    const char* path = std::getenv("ALSA_CONFIG_PATH");
    if (path == nullptr || *path == '\0') return;
    struct stat info {};
    if (::stat(path, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size == 0)
        throw AudioDeviceError(std::string("ALSA_CONFIG_PATH names ") + path + ", which is missing or empty");
}

}  // namespace

PortAudioSystem::PortAudioSystem() {
    link_jack_guard();
    check_alsa_config_path();
    load_portaudio();
    if (PaError error = Pa_Initialize(); error != paNoError)
        throw AudioDeviceError(std::string("audio system failed to start: ") + Pa_GetErrorText(error));
}

PortAudioSystem::~PortAudioSystem() { Pa_Terminate(); }

std::vector<OutputDevice> PortAudioSystem::output_devices() const {
    std::vector<OutputDevice> devices;
    const PaDeviceIndex default_output = Pa_GetDefaultOutputDevice();
    const PaDeviceIndex count = Pa_GetDeviceCount();
    for (PaDeviceIndex i = 0; i < count; ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (info == nullptr || info->maxOutputChannels <= 0) continue;
        const PaHostApiInfo* api = Pa_GetHostApiInfo(info->hostApi);
        devices.push_back({i, info->name ? info->name : "", api && api->name ? api->name : "",
                           info->maxOutputChannels, info->defaultLowOutputLatency, i == default_output});
    }
    return devices;
}

OutputDevice PortAudioSystem::choose_output(const std::string& selector) const {
    const auto devices = output_devices();
    if (devices.empty()) throw AudioDeviceError(kNoDevice);
    if (selector.empty()) {
        auto it = std::find_if(devices.begin(), devices.end(), [](const auto& d) { return d.is_default; });
        if (it == devices.end()) throw AudioDeviceError(kNoDevice);
        return *it;
    }
    const bool numeric = std::all_of(selector.begin(), selector.end(), [](unsigned char c) { return std::isdigit(c); });
    if (numeric && selector.size() < 9) {
        const int index = std::stoi(selector);
        for (const auto& device : devices)
            if (device.index == index) return device;
    } else {
        const std::string wanted = lowercase(selector);
        for (const auto& device : devices)
            if (lowercase(device.name) == wanted) return device;
        for (const auto& device : devices)
            if (lowercase(device.name).find(wanted) != std::string::npos) return device;
    }
    throw AudioDeviceError("unknown audio device '" + selector + "'; `nangdok devices` lists them");
}

StartedStream PortAudioSystem::start_output(const std::string& selector, int sample_rate, int channels,
                                            double latency_ms) const {
    const OutputDevice device = choose_output(selector);
    PaStreamParameters output{};
    output.device = device.index;
    output.channelCount = channels;
    output.sampleFormat = paInt16;
    output.suggestedLatency = latency_ms > 0 ? latency_ms / 1000.0 : device.default_latency_s;
    PaStream* stream = nullptr;
    PaError error =
        Pa_OpenStream(&stream, nullptr, &output, sample_rate, paFramesPerBufferUnspecified, paNoFlag, nullptr, nullptr);
    if (error != paNoError)
        throw AudioDeviceError("cannot open audio device " + device.name + ": " + Pa_GetErrorText(error));
    StartedStream started{stream, 0};
    if (const PaStreamInfo* info = Pa_GetStreamInfo(stream)) started.output_latency_s = info->outputLatency;
    if ((error = Pa_StartStream(stream)) != paNoError) {
        Pa_CloseStream(stream);
        throw AudioDeviceError("cannot start audio device " + device.name + ": " + Pa_GetErrorText(error));
    }
    return started;
}

}  // namespace nangdok
