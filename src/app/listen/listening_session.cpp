#include "listen/listening_session.hpp"

#include <chrono>
#include <thread>

#include "core/interrupt.hpp"
#include "listen/sentence_cache.hpp"
#include "listen/terminal_mode.hpp"

namespace nangdok::listen {
namespace {

// Stops the cache and joins the player however the synthesis loop is left.
class PlayerThread {
public:
    PlayerThread(ListeningPlayer& player, SentenceCache& cache)
        : cache_(cache), thread_([&player] { player.run(); }) {}
    ~PlayerThread() { join(); }
    void join() {
        if (!thread_.joinable()) return;
        // An exception here means the engine failed: the player must not wait for more audio.
        cache_.stop();
        thread_.join();
    }

private:
    SentenceCache& cache_;
    std::thread thread_;
};

}  // namespace

ListenOutcome listen_to(const std::vector<Sentence>& sentences, int start_position, SpeechEngine& engine,
                        const ProsodySettings& prosody, const PlayerSettings& settings,
                        const PortAudioSystem& audio, StatusDisplay& display, const ResumeStore& store) {
    SentenceCache cache(static_cast<int>(sentences.size()), prosody.rate_wpm, kSentencesAhead, kSentencesBehind);
    cache.set_position(start_position);
    ListeningPlayer player(audio, sentences, cache, settings, display, store, start_position);
    player.open(engine.sample_rate());
    const TerminalRawMode raw(settings.key_fd);  // after open(): a device error leaves the terminal alone
    try {
        PlayerThread thread(player, cache);
        for (;;) {
            // A timeout lets the loop see the end even if the player stopped between two waits.
            const auto job = cache.next_job(std::chrono::milliseconds(100));
            if (!job) {
                if (cache.stopped()) break;
                continue;
            }
            engine.set_prosody({job->rate_wpm, prosody.pitch, prosody.volume});
            std::vector<int16_t> samples;
            engine.synthesize(sentences[static_cast<std::size_t>(job->position)].spoken,
                              [&](std::span<const int16_t> block) {
                                  samples.insert(samples.end(), block.begin(), block.end());
                                  return !interrupt_requested() && !cache.stopped();
                              });
            if (interrupt_requested()) continue;  // the player sees it too and stops the cache
            cache.deliver(*job, std::move(samples));
        }
        thread.join();
    } catch (...) {
        display.finish();  // the error message must not land on the end of the status line
        throw;
    }
    display.finish();
    player.rethrow_failure();
    return player.outcome();
}

}  // namespace nangdok::listen
