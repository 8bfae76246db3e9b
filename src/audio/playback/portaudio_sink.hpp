// A sink that plays through PortAudio while synthesis goes on.
//
// write() copies samples into a bounded queue (about 10 s of audio; it blocks when full), and a
// player thread of its own feeds the device, so playback starts with the first block synthesized.
// The player thread also opens the device (start() returns at once): a device that cannot open
// makes the next write() or finish() throw its AudioDeviceError.
// finish() waits until everything queued has been heard: PortAudio 19.6's ALSA backend drops what
// is still in the device buffer on stop, so the player first plays the stream's output latency in
// silence. Ctrl-C (see interrupt.hpp) stops playback within one 20 ms slice and write() then throws
// Interrupted.
// on_sentence_start, when given, runs on the player thread as each sentence's first samples go to
// the device (not when it is synthesized, which can be seconds earlier): for progress lines.
// on_first_audio, when set, runs on the player thread just before the first samples go to
// PortAudio: for measuring the time to first sound.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "sink/audio_sink.hpp"
#include "playback/playback_opener.hpp"
#include "playback/portaudio_system.hpp"
#include "core/bounded_queue.hpp"

namespace nangdok {

class PortAudioSink : public AudioSink {
public:
    using SentenceObserver = std::function<void(const SentenceMark&)>;

    // Plays on the stream the opener has been opening meanwhile (the opener must outlive the sink).
    explicit PortAudioSink(PlaybackOpener& opener, SentenceObserver on_sentence_start = {});
    void set_first_audio_observer(std::function<void()> on_first_audio) { on_first_audio_ = std::move(on_first_audio); }
    ~PortAudioSink() override;

    void start(const AudioFormat& format, const std::string& title) override;
    void begin_sentence(const SentenceMark& mark) override;
    void write(std::span<const int16_t> samples) override;
    void finish() override;
    void finish_interrupted() override;  // stops at once, without waiting for the queue to drain

private:
    void play_queue();
    void stop_player();
    void rethrow_player_error();

    PlaybackOpener& opener_;
    std::function<void()> on_first_audio_;
    void* stream_ = nullptr;  // PaStream*
    AudioFormat format_{};
    double output_latency_s_ = 0;
    // Samples, or the mark of a sentence about to start (only when there is an observer).
    struct Block {
        std::vector<int16_t> samples;
        std::optional<SentenceMark> mark;
    };
    SentenceObserver on_sentence_start_;
    BoundedQueue<Block> queue_;
    std::thread player_;
    std::atomic<bool> player_failed_{false};
    std::string player_error_;
    int player_error_code_ = 0;
};

}  // namespace nangdok
