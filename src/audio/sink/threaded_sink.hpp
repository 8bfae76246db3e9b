// Runs a slow sink (an MP3, Opus or Vorbis encoder) on a thread of its own, so that encoding
// overlaps synthesis on another core. Calls are queued in order; an exception thrown by the sink
// on its thread is rethrown to the caller by the next call, at the latest by finish().
//
// The queue is bounded in samples, not in calls: a call used to carry whatever block it was given,
// and a file sink is given a whole sentence at a time (SentenceAlignedSink), so 256 queued calls
// held up to 60 MB while the encoder fell behind synthesis. write() now cuts its samples into
// pieces of at most kPieceSamples and waits while the queue holds capacity_samples. Marks, start
// and finish cost no samples; their number is bounded too.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "sink/audio_sink.hpp"

namespace nangdok {

class ThreadedSink : public AudioSink {
public:
    // About 1.5 s of speech at 22050 Hz: enough to keep the encoder busy while synthesis hands over
    // its next block, small beside the ~15 MB the process needs anyway (64 KiB).
    static constexpr std::size_t kDefaultCapacitySamples = 32768;
    static constexpr std::size_t kPieceSamples = 4096;
    static constexpr std::size_t kMaxQueuedCalls = 1024;

    explicit ThreadedSink(std::unique_ptr<AudioSink> sink, std::size_t capacity_samples = kDefaultCapacitySamples);
    ~ThreadedSink() override;

    void start(const AudioFormat& format, const std::string& title) override;
    void begin_sentence(const SentenceMark& mark) override;
    void write(std::span<const int16_t> samples) override;
    void end_sentence(const SentenceMark& mark) override;
    void finish() override;
    void finish_interrupted() override;

    std::size_t capacity_samples() const { return capacity_; }
    // The most samples ever queued at once (for tests: it never exceeds capacity_samples()).
    std::size_t peak_queued_samples() const;

private:
    struct Call {
        std::function<void(AudioSink&)> run;
        std::size_t samples = 0;
    };
    void post(std::function<void(AudioSink&)> run, std::size_t samples = 0);
    void wait_and_rethrow();
    void close(bool clear);
    void work();

    std::unique_ptr<AudioSink> sink_;
    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::condition_variable not_full_, not_empty_;
    std::deque<Call> calls_;
    std::size_t queued_samples_ = 0;
    std::size_t peak_samples_ = 0;
    bool closed_ = false;
    std::exception_ptr error_;  // written by the worker before it stops taking calls
    std::thread worker_;
};

}  // namespace nangdok
