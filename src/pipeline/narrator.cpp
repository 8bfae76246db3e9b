#include "pipeline/narrator.hpp"

#include <algorithm>

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

using SentenceSource = std::function<std::optional<Sentence>()>;

NarrationStats narrate_from(const SentenceSource& next_sentence, SpeechEngine& engine, AudioSink& sink,
                            const PauseSettings& pauses, const std::string& title,
                            const std::function<void()>& on_first_audio) {
    // One sentence of look-ahead decides between a sentence and a paragraph pause.
    std::optional<Sentence> sentence = next_sentence();
    if (!sentence) throw InputError("nothing to read: the text holds no sentence");
    NarrationStats stats;
    stats.sample_rate = engine.sample_rate();
    sink.start(AudioFormat{engine.sample_rate(), 1}, title);
    bool first = true;
    auto consume = [&](std::span<const int16_t> samples) {
        if (interrupt_requested()) return false;
        if (first && on_first_audio) on_first_audio();
        first = false;
        sink.write(samples);
        return true;
    };
    while (sentence) {
        SentenceMark mark{sentence->index, sentence->paragraph, stats.total_samples(), stats.total_samples(),
                          sentence->text, sentence->spoken};
        sink.begin_sentence(mark);
        stats.speech_samples += engine.synthesize(sentence->spoken, consume);
        if (interrupt_requested()) {
            sink.finish_interrupted();
            stats.interrupted = true;
            return stats;
        }
        mark.end_sample = stats.total_samples();
        sink.end_sentence(mark);
        ++stats.sentences;
        stats.last_sentence_end = mark.end_sample;
        std::optional<Sentence> following = next_sentence();
        if (following) {
            const bool paragraph_ends = following->paragraph != sentence->paragraph;
            const int64_t pause =
                pause_samples(paragraph_ends ? pauses.paragraph_ms : pauses.sentence_ms, stats.sample_rate);
            write_silence(sink, pause);
            stats.pause_samples += pause;
        }
        sentence = std::move(following);
    }
    sink.finish();
    return stats;
}

}  // namespace

NarrationStats narrate(SentenceStream& sentences, SpeechEngine& engine, AudioSink& sink, const PauseSettings& pauses,
                       const std::string& title, const std::function<void()>& on_first_audio) {
    return narrate_from([&] { return sentences.next(); }, engine, sink, pauses, title, on_first_audio);
}

NarrationStats narrate(const std::vector<Sentence>& sentences, SpeechEngine& engine, AudioSink& sink,
                       const PauseSettings& pauses, const std::string& title,
                       const std::function<void()>& on_first_audio) {
    std::size_t next = 0;
    return narrate_from(
        [&]() -> std::optional<Sentence> {
            if (next == sentences.size()) return std::nullopt;
            return sentences[next++];
        },
        engine, sink, pauses, title, on_first_audio);
}

}  // namespace nangdok
