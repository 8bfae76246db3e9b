// The interactive player: one thread that reads the listener's keys and feeds PortAudio from the
// sentence cache, so that a key takes effect between two 20 ms slices of audio.
//
// Pause, resume and every jump abort and restart the stream, which drops what is still queued in
// the device instead of letting up to the output latency play on. While paused (or waiting for a
// sentence to be synthesized) the player writes silence, which keeps the device running and
// paces the loop. On pause, the position steps back by what was still queued, so resuming loses
// nothing.
// The player never synthesizes: it moves the cache's position and the engine's thread fills it.
#pragma once

#include <chrono>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "playback/portaudio_system.hpp"
#include "core/article.hpp"
#include "listen/keys.hpp"
#include "listen/navigation.hpp"
#include "listen/resume_store.hpp"
#include "listen/sentence_cache.hpp"
#include "listen/status_display.hpp"

namespace nangdok::listen {

struct PlayerSettings {
    std::string device;       // as for PortAudioSystem::choose_output
    double latency_ms = 0;    // <= 0: the device's default
    int key_fd = 0;           // the listener's terminal
    int sentence_pause_ms = 300;
    int paragraph_pause_ms = 700;
};

enum class ListenEnd { finished, quit, interrupted };

struct ListenOutcome {
    ListenEnd end = ListenEnd::finished;
    int sentences_started = 0;
    int64_t samples_played = 0;  // what was sent to the device, pauses included
    int position = 0;            // 0-based sentence playing when it ended
};

class ListeningPlayer {
public:
    ListeningPlayer(const PortAudioSystem& system, const std::vector<Sentence>& sentences, SentenceCache& cache,
                    const PlayerSettings& settings, StatusDisplay& display, const ResumeStore& store,
                    int start_position);
    ~ListeningPlayer();
    ListeningPlayer(const ListeningPlayer&) = delete;
    ListeningPlayer& operator=(const ListeningPlayer&) = delete;

    // On the calling thread, before run(): throws AudioDeviceError when the device cannot open.
    void open(int sample_rate);

    // The player thread's body. Never throws: a failure is kept for rethrow_failure(). Always
    // stops the cache on the way out, so the synthesis loop ends too.
    void run() noexcept;

    void rethrow_failure() const;
    const ListenOutcome& outcome() const { return outcome_; }

private:
    void read_keys(int timeout_ms);
    void apply(Key key);
    void jump_to(int position);
    void flush_device();
    void start_stream();
    void abort_stream() noexcept;
    int64_t queued_in_device() const;
    int64_t pause_after(int position) const;
    PlaybackStatus status() const;
    void write(const int16_t* samples, std::size_t count);
    void play_tail_and_stop();

    const PortAudioSystem& system_;
    const std::vector<Sentence>& sentences_;
    SentenceCache& cache_;
    PlayerSettings settings_;
    StatusDisplay& display_;
    const ResumeStore& store_;
    std::vector<int> paragraph_of_;

    void* stream_ = nullptr;  // PaStream*
    bool stream_running_ = false;
    int sample_rate_ = 22050;
    double output_latency_s_ = 0;
    int64_t device_capacity_ = 0;  // frames the device takes when empty

    using Clock = std::chrono::steady_clock;
    KeyDecoder decoder_;
    Clock::time_point held_since_{};  // when the decoder started holding a lone ESC
    int position_;
    int64_t offset_ = 0;  // samples into the current sentence's speech and pause
    bool paused_ = false;
    bool quit_ = false;
    bool announce_ = true;
    bool rate_changed_ = false;
    ListenOutcome outcome_;
    std::exception_ptr failure_;
};

}  // namespace nangdok::listen
