// Starts PortAudio and opens the output stream on a thread of its own, so that the time PortAudio
// spends probing ALSA, OSS and JACK (3-7 ms here, a third of the time to first sound) overlaps
// starting eSpeak NG, reading the article and synthesizing its first sentence instead of coming
// before them.
//
// Construct it after any fork (it starts a thread). It may run while eSpeak NG initialises, which
// sets LC_CTYPE: glibc's setlocale holds a lock, and a thread started before it goes on with the C
// locale's ctype tables, which agree with C.UTF-8 on the ASCII of ALSA's configuration. The opener
// must outlive the PortAudioSink that takes its stream, since it owns the PortAudioSystem.
#pragma once

#include <exception>
#include <memory>
#include <string>
#include <thread>

#include "sink/audio_sink.hpp"
#include "playback/portaudio_system.hpp"

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
