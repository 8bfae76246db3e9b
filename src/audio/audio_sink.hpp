// Where synthesized audio goes: a file, the speakers, later subtitles and manifests.
//
// Protocol, all on one thread: start() once, write() any number of times, then finish() once to
// complete the output. A sink destroyed without finish() discards what it can (a file sink leaves
// no file at its target). Samples are mono signed 16-bit at the rate given to start().
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace nangdok {

struct AudioFormat {
    int sample_rate = 22050;
    int channels = 1;
};

// What a sink may want to know besides samples; positions are sample counts from the start.
struct SentenceMark {
    int index = 0;
    int paragraph = 0;
    int64_t start_sample = 0;
    int64_t end_sample = 0;  // end of speech, before the pause that follows
    std::string text;
    std::string spoken;
};

class AudioSink {
public:
    virtual ~AudioSink() = default;
    virtual void start(const AudioFormat& format, const std::string& title) = 0;
    virtual void write(std::span<const int16_t> samples) = 0;
    virtual void sentence_done(const SentenceMark&) {}
    virtual void finish() = 0;
};

}  // namespace nangdok
