// Starts PortAudio and opens the output stream on a thread of its own, so that the time PortAudio
// spends probing ALSA and JACK (about 5 ms here, a third of the time to first sound) overlaps
// loading the article and synthesizing its first sentence instead of coming before them.
//
// Construct it after any fork (it starts a thread) and after eSpeak NG is initialised (which sets
// the process locale; ALSA reads its configuration meanwhile). The opener must outlive the
// PortAudioSink that takes its stream, since it owns the PortAudioSystem.
#pragma once

#include <exception>
#include <memory>
#include <string>
#include <thread>

#include "audio/audio_sink.hpp"
#include "audio/portaudio_system.hpp"

namespace nangdok {

class PlaybackOpener {
public:
    // selector: as for PortAudioSystem::choose_output; latency_ms <= 0: the device's default.
    PlaybackOpener(std::string selector, const AudioFormat& format, double latency_ms);
    ~PlaybackOpener();  // waits for the thread; closes a stream nobody took
    PlaybackOpener(const PlaybackOpener&) = delete;
    PlaybackOpener& operator=(const PlaybackOpener&) = delete;

    // Waits until the device is open and hands over its started stream (the caller closes it).
    // A format other than the one given to the constructor reopens the device with it. Throws
    // AudioDeviceError as PortAudioSystem and start_output do; a second call opens a new stream.
    StartedStream take_stream(const AudioFormat& format);

private:
    void wait();

    std::string selector_;
    AudioFormat format_;
    double latency_ms_;
    std::unique_ptr<PortAudioSystem> system_;
    StartedStream stream_{};
    std::exception_ptr error_;
    std::thread thread_;
};

}  // namespace nangdok
