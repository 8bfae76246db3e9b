// Runs a slow sink (an MP3, Opus or Vorbis encoder) on a thread of its own, so that encoding
// overlaps synthesis on another core. Calls are queued in order (a bounded queue: about 15 s of
// audio); an exception thrown by the sink on its thread is rethrown to the caller by the next call,
// at the latest by finish().
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <thread>

#include "sink/audio_sink.hpp"
#include "core/bounded_queue.hpp"

namespace nangdok {

class ThreadedSink : public AudioSink {
public:
    explicit ThreadedSink(std::unique_ptr<AudioSink> sink);
    ~ThreadedSink() override;

    void start(const AudioFormat& format, const std::string& title) override;
    void begin_sentence(const SentenceMark& mark) override;
    void write(std::span<const int16_t> samples) override;
    void end_sentence(const SentenceMark& mark) override;
    void finish() override;
    void finish_interrupted() override;

private:
    void post(std::function<void(AudioSink&)> call);
    void wait_and_rethrow();

    std::unique_ptr<AudioSink> sink_;
    BoundedQueue<std::function<void(AudioSink&)>> calls_;
    std::exception_ptr error_;  // written by the worker before it stops taking calls
    std::thread worker_;
};

}  // namespace nangdok
