// Synthesized sentences shared between the engine's thread (which fills it) and the player
// thread (which plays from it and moves the listening position).
//
// The cache keeps a window around the position: up to `ahead` sentences after it are synthesized
// in advance, so skipping forward is instant, and up to `behind` sentences before it are kept, so
// going back replays their audio without synthesizing again. Everything outside the window is
// dropped, so memory stays bounded however long the article and however long a pause lasts.
// A rate change drops every sentence but the current one (each is spoken at the new rate from
// the next sentence on); a job started before the change is discarded when it is delivered.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace nangdok::listen {

using SentenceSamples = std::shared_ptr<const std::vector<int16_t>>;

struct SynthesisJob {
    int position = 0;  // 0-based index into the listener's sentences
    int rate_wpm = 0;
    uint64_t epoch = 0;
};

class SentenceCache {
public:
    SentenceCache(int sentence_count, int rate_wpm, int ahead, int behind);

    // Player side.
    void set_position(int position);
    // Waits up to `timeout` for the position's audio; null when it is not there yet.
    SentenceSamples get(int position, std::chrono::milliseconds timeout);
    void set_rate(int rate_wpm);
    int rate() const;
    void stop();  // no more jobs: the synthesis loop ends

    // Engine side. Blocks until a sentence in the window needs synthesis; nullopt after stop(), or
    // after `timeout` with nothing to do (so the caller can look at interrupts).
    std::optional<SynthesisJob> next_job(std::chrono::milliseconds timeout);
    void deliver(const SynthesisJob& job, std::vector<int16_t> samples);
    bool stopped() const;

    // Samples of each sentence synthesized so far (-1: not yet), for the total-time estimate.
    std::vector<int64_t> known_lengths() const;
    std::size_t cached_count() const;

private:
    void evict_outside_window();  // with mutex_ held

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    const int count_, ahead_, behind_;
    int position_ = 0;
    int rate_wpm_;
    uint64_t epoch_ = 0;
    bool stopped_ = false;
    std::map<int, SentenceSamples> audio_;
    std::map<int, bool> in_progress_;  // positions handed out as jobs and not yet delivered
    std::vector<int64_t> lengths_;
};

}  // namespace nangdok::listen
