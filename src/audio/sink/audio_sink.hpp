// Where synthesized audio goes: a file, the speakers, subtitles, a manifest, or several at once.
//
// Protocol, all on one thread: start() once; then, for each sentence, begin_sentence(), write()s
// of its speech, end_sentence(); pauses are write()s between sentences; then finish() once to
// complete the output. After Ctrl-C, finish_interrupted() completes it instead with every sentence
// ended so far (dropping audio after the last end_sentence where the sink can). A sink destroyed
// without either discards what it can (a file sink leaves no file at its target).
// Samples are mono signed 16-bit at the rate given to start(); positions are sample counts from
// the start of the article.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace nangdok {

struct AudioFormat {
    int sample_rate = 22050;
    int channels = 1;
};

struct SentenceMark {
    int index = 0;
    int paragraph = 0;
    int64_t start_sample = 0;
    int64_t end_sample = 0;  // end of speech, before the pause that follows; = start in begin_sentence
    std::string text;
    std::string spoken;
};

class AudioSink {
public:
    virtual ~AudioSink() = default;
    virtual void start(const AudioFormat& format, const std::string& title) = 0;
    virtual void begin_sentence(const SentenceMark&) {}
    virtual void write(std::span<const int16_t> samples) = 0;
    virtual void end_sentence(const SentenceMark&) {}
    virtual void finish() = 0;
    virtual void finish_interrupted() { finish(); }
};

}  // namespace nangdok
