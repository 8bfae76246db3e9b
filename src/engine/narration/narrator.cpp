#include "narration/narrator.hpp"

#include <algorithm>
#include <deque>

#include "core/errors.hpp"
#include "core/interrupt.hpp"

namespace nangdok {
namespace {

void write_silence(AudioSink& sink, int64_t count) {
    static const std::vector<int16_t> zeros(4096, 0);
    while (count > 0) {
        const auto n = static_cast<std::size_t>(std::min<int64_t>(count, static_cast<int64_t>(zeros.size())));
        sink.write(std::span<const int16_t>(zeros.data(), n));
        count -= static_cast<int64_t>(n);
    }
}

}  // namespace

int64_t pause_samples(int ms, int sample_rate) {
    return (static_cast<int64_t>(ms) * sample_rate + 500) / 1000;
}

namespace {

NarrationStats narrate_from(const SentenceSource& next_sentence, Synthesizer& synthesizer, AudioSink& sink,
                            const PauseSettings& pauses, const std::string& title,
                            const std::function<void()>& on_first_audio) {
    // Sentences read ahead: at least the one after the current (it decides between a sentence and a
    // paragraph pause), more when the synthesizer works ahead in other processes.
    std::deque<Sentence> ahead;
    bool exhausted = false;
    auto read_ahead = [&] {
        while (!exhausted && synthesizer.wants_more_ahead(ahead.size())) {
            std::optional<Sentence> sentence = next_sentence();
            if (!sentence) {
                exhausted = true;
                break;
            }
            synthesizer.prepare(*sentence);
            ahead.push_back(std::move(*sentence));
        }
    };
    read_ahead();
    if (ahead.empty()) throw InputError("nothing to read: the text holds no sentence");

    NarrationStats stats;
    stats.sample_rate = synthesizer.sample_rate();
    sink.start(AudioFormat{stats.sample_rate, 1}, title);
    bool first = true;
    auto consume = [&](std::span<const int16_t> samples) {
        if (interrupt_requested()) return false;
        if (first && on_first_audio) on_first_audio();
        first = false;
        sink.write(samples);
        return true;
    };
    while (!ahead.empty()) {
        const Sentence sentence = std::move(ahead.front());
        ahead.pop_front();
        read_ahead();
        SentenceMark mark{sentence.index, sentence.paragraph, stats.total_samples(), stats.total_samples(),
                          sentence.text, sentence.spoken};
        sink.begin_sentence(mark);
        stats.speech_samples += synthesizer.speak(sentence, consume);
        if (interrupt_requested()) {
            sink.finish_interrupted();
            stats.interrupted = true;
            return stats;
        }
        mark.end_sample = stats.total_samples();
        sink.end_sentence(mark);
        ++stats.sentences;
        stats.last_sentence_end = mark.end_sample;
        if (!ahead.empty()) {
            const bool paragraph_ends = ahead.front().paragraph != sentence.paragraph;
            const int64_t pause =
                pause_samples(paragraph_ends ? pauses.paragraph_ms : pauses.sentence_ms, stats.sample_rate);
            write_silence(sink, pause);
            stats.pause_samples += pause;
        }
    }
    sink.finish();
    return stats;
}

}  // namespace

NarrationStats narrate(const SentenceSource& next_sentence, Synthesizer& synthesizer, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio) {
    return narrate_from(next_sentence, synthesizer, sink, pauses, title, on_first_audio);
}

NarrationStats narrate(SentenceStream& sentences, Synthesizer& synthesizer, AudioSink& sink, const PauseSettings& pauses,
                       const std::string& title, const std::function<void()>& on_first_audio) {
    return narrate_from([&] { return sentences.next(); }, synthesizer, sink, pauses, title, on_first_audio);
}

NarrationStats narrate(SentenceStream& sentences, SpeechEngine& engine, AudioSink& sink, const PauseSettings& pauses,
                       const std::string& title, const std::function<void()>& on_first_audio) {
    InProcessSynthesizer synthesizer(engine);
    return narrate(sentences, synthesizer, sink, pauses, title, on_first_audio);
}

NarrationStats narrate(const std::vector<Sentence>& sentences, Synthesizer& synthesizer, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio) {
    std::size_t next = 0;
    return narrate_from(
        [&]() -> std::optional<Sentence> {
            if (next == sentences.size()) return std::nullopt;
            return sentences[next++];
        },
        synthesizer, sink, pauses, title, on_first_audio);
}

NarrationStats narrate(const std::vector<Sentence>& sentences, SpeechEngine& engine, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio) {
    InProcessSynthesizer synthesizer(engine);
    return narrate(sentences, synthesizer, sink, pauses, title, on_first_audio);
}

}  // namespace nangdok
