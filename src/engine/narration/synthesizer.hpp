// Where a sentence's audio comes from: the engine in this process, or a pool of worker processes
// (src/parallel/). The narrator tells a synthesizer about sentences as early as it wants them
// (prepare, in order) and asks for each one's audio in the same order (speak).
#pragma once

#include <cstdint>

#include "core/article.hpp"
#include "synth/speech_engine.hpp"

namespace nangdok {

class Synthesizer {
public:
    virtual ~Synthesizer() = default;
    // How many sentences may be prepared but not yet spoken; the narrator reads ahead this far.
    virtual bool wants_more_ahead(std::size_t prepared_not_spoken) const = 0;
    virtual void prepare(const Sentence&) {}
    // Hands the sentence's samples to `consume` in order; returns how many there were. Stops early
    // (returning what was handed over) when `consume` returns false.
    virtual int64_t speak(const Sentence& sentence, const SpeechEngine::SampleConsumer& consume) = 0;
    virtual int sample_rate() const = 0;
};

// Synthesis on the calling thread with this process's engine.
class InProcessSynthesizer : public Synthesizer {
public:
    explicit InProcessSynthesizer(SpeechEngine& engine) : engine_(engine) {}
    bool wants_more_ahead(std::size_t prepared) const override { return prepared < 1; }
    int64_t speak(const Sentence& sentence, const SpeechEngine::SampleConsumer& consume) override {
        return engine_.synthesize(sentence.spoken, consume);
    }
    int sample_rate() const override { return engine_.sample_rate(); }

private:
    SpeechEngine& engine_;
};

}  // namespace nangdok
