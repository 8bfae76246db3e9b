// Sinks that write what was said when, not audio: subtitles (SRT or WebVTT, by extension) and the
// JSON manifest. They collect one entry per completed sentence and write their file atomically on
// finish() or finish_interrupted(), so they always match the audio file written beside them.
#pragma once

#include <string>
#include <vector>

#include "sink/audio_sink.hpp"
#include "subtitles/manifest.hpp"

namespace nangdok {

class TimelineSink : public AudioSink {
public:
    void start(const AudioFormat& format, const std::string& title) override;
    void write(std::span<const int16_t>) override {}
    void end_sentence(const SentenceMark& mark) override { entries_.push_back({mark, {}}); }
    void finish() override { write_out(); }

protected:
    virtual void write_out() = 0;
    std::vector<ManifestEntry> entries_;
    std::string title_;
    int sample_rate_ = 0;
};

class SubtitleSink : public TimelineSink {
public:
    // Throws UsageError unless `target` ends in .srt or .vtt.
    explicit SubtitleSink(std::string target);

private:
    void write_out() override;
    std::string target_;
    bool vtt_ = false;
};

class ManifestSink : public TimelineSink {
public:
    explicit ManifestSink(std::string target) : target_(std::move(target)) {}

private:
    void write_out() override;
    std::string target_;
};

// Writes a whole text file so that it is complete at its target or not there (see OutputFile).
void write_text_file(const std::string& target, const std::string& contents);

}  // namespace nangdok
