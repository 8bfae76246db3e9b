// Holds a file sink's audio back until the sentence it belongs to has ended, so that a file
// finished after Ctrl-C ends exactly where its last complete sentence ends (and matches the
// subtitles and manifest written beside it). At most one sentence (and the pause before it) is
// held; a sentence longer than `max_held_samples` is passed on early, and then an interrupt in its
// middle leaves that part in the file.
#pragma once

#include <memory>
#include <vector>

#include "sink/audio_sink.hpp"

namespace nangdok {

class SentenceAlignedSink : public AudioSink {
public:
    static constexpr std::size_t kDefaultMaxHeld = 22050 * 120;  // two minutes at 22050 Hz

    explicit SentenceAlignedSink(std::unique_ptr<AudioSink> file, std::size_t max_held_samples = kDefaultMaxHeld)
        : file_(std::move(file)), max_held_(max_held_samples) {}

    void start(const AudioFormat& format, const std::string& title) override { file_->start(format, title); }
    void begin_sentence(const SentenceMark& mark) override { file_->begin_sentence(mark); }
    void write(std::span<const int16_t> samples) override {
        held_.insert(held_.end(), samples.begin(), samples.end());
        if (held_.size() > max_held_) pass_on();
    }
    void end_sentence(const SentenceMark& mark) override {
        pass_on();
        file_->end_sentence(mark);
    }
    void finish() override {
        pass_on();
        file_->finish();
    }
    void finish_interrupted() override {
        held_.clear();
        file_->finish_interrupted();
    }

private:
    void pass_on() {
        if (!held_.empty()) file_->write(held_);
        held_.clear();
    }

    std::unique_ptr<AudioSink> file_;
    std::size_t max_held_;
    std::vector<int16_t> held_;
};

}  // namespace nangdok
