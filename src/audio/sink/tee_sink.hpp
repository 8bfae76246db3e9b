// Sends everything to several sinks in turn (a file, its subtitles, its manifest, the speakers).
#pragma once

#include <memory>
#include <vector>

#include "sink/audio_sink.hpp"

namespace nangdok {

class TeeSink : public AudioSink {
public:
    void add(std::unique_ptr<AudioSink> sink) { sinks_.push_back(std::move(sink)); }
    bool empty() const { return sinks_.empty(); }

    void start(const AudioFormat& format, const std::string& title) override {
        for (auto& sink : sinks_) sink->start(format, title);
    }
    void begin_sentence(const SentenceMark& mark) override {
        for (auto& sink : sinks_) sink->begin_sentence(mark);
    }
    void write(std::span<const int16_t> samples) override {
        for (auto& sink : sinks_) sink->write(samples);
    }
    void end_sentence(const SentenceMark& mark) override {
        for (auto& sink : sinks_) sink->end_sentence(mark);
    }
    void finish() override {
        for (auto& sink : sinks_) sink->finish();
    }
    void finish_interrupted() override {
        for (auto& sink : sinks_) sink->finish_interrupted();
    }

private:
    std::vector<std::unique_ptr<AudioSink>> sinks_;
};

}  // namespace nangdok
