// The audio half of the pipeline: sentences → eSpeak NG → one audio sink, with our own pauses.
//
// Sentences are synthesized one per eSpeak call, in order, by a Synthesizer: this process's engine
// on the calling thread (which must be the engine's thread), or worker processes. Silence of
// exactly the configured length separates sentences, and a paragraph pause replaces the sentence
// pause where a paragraph ends; nothing follows the last sentence. Sample counts are exact, so sink positions match the audio to the sample.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sink/audio_sink.hpp"
#include "core/article.hpp"
#include "narration/synthesizer.hpp"
#include "pipeline/text_pipeline.hpp"
#include "synth/speech_engine.hpp"

namespace nangdok {

struct PauseSettings {
    int sentence_ms = 300;
    int paragraph_ms = 700;
};

struct NarrationStats {
    int sentences = 0;
    int64_t speech_samples = 0;
    int64_t pause_samples = 0;
    int sample_rate = 0;
    int64_t last_sentence_end = 0;  // where the last completed sentence's speech ends
    bool interrupted = false;  // Ctrl-C/SIGTERM: the sink was finished with the sentences done so far
    int64_t total_samples() const { return speech_samples + pause_samples; }
};

// Silence samples for a pause of `ms` at `sample_rate` (rounded to the nearest sample).
int64_t pause_samples(int ms, int sample_rate);

// On Ctrl-C/SIGTERM it stops synthesis, calls the sink's finish_interrupted() and returns with
// `interrupted` set. Throws InputError when there is no sentence at all, and whatever the sink
// throws. `on_first_audio`, when set, runs just before the first samples reach the sink.
// The stream form lets speech start before later paragraphs have been segmented.
NarrationStats narrate(SentenceStream& sentences, Synthesizer& synthesizer, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio = {});
// Sentences from any source, in order; nullopt ends them.
using SentenceSource = std::function<std::optional<Sentence>()>;
NarrationStats narrate(const SentenceSource& next_sentence, Synthesizer& synthesizer, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio = {});
NarrationStats narrate(SentenceStream& sentences, SpeechEngine& engine, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio = {});
NarrationStats narrate(const std::vector<Sentence>& sentences, Synthesizer& synthesizer, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio = {});
NarrationStats narrate(const std::vector<Sentence>& sentences, SpeechEngine& engine, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio = {});

}  // namespace nangdok
