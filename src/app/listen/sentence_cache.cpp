#include "listen/sentence_cache.hpp"

namespace nangdok::listen {

SentenceCache::SentenceCache(int sentence_count, int rate_wpm, int ahead, int behind)
    : count_(sentence_count), ahead_(ahead), behind_(behind), rate_wpm_(rate_wpm),
      lengths_(static_cast<std::size_t>(sentence_count), -1) {}

void SentenceCache::set_position(int position) {
    std::lock_guard lock(mutex_);
    position_ = position;
    evict_outside_window();
    changed_.notify_all();
}

SentenceSamples SentenceCache::get(int position, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return stopped_ || audio_.count(position) > 0; });
    const auto found = audio_.find(position);
    return found == audio_.end() ? nullptr : found->second;
}

void SentenceCache::set_rate(int rate_wpm) {
    std::lock_guard lock(mutex_);
    if (rate_wpm == rate_wpm_) return;
    rate_wpm_ = rate_wpm;
    ++epoch_;
    for (auto it = audio_.begin(); it != audio_.end();)
        it = it->first == position_ ? std::next(it) : audio_.erase(it);
    in_progress_.clear();  // their results will carry the old epoch and be dropped
    changed_.notify_all();
}

int SentenceCache::rate() const {
    std::lock_guard lock(mutex_);
    return rate_wpm_;
}

void SentenceCache::stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
}

bool SentenceCache::stopped() const {
    std::lock_guard lock(mutex_);
    return stopped_;
}

std::optional<SynthesisJob> SentenceCache::next_job(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    std::optional<SynthesisJob> job;
    // The position itself first, then forward: what will be heard soonest is made first.
    auto find = [&] {
        if (stopped_) return true;
        const int last = std::min(count_ - 1, position_ + ahead_);
        for (int p = position_; p <= last; ++p)
            if (audio_.count(p) == 0 && in_progress_.count(p) == 0) {
                job = SynthesisJob{p, rate_wpm_, epoch_};
                return true;
            }
        return false;
    };
    changed_.wait_for(lock, timeout, find);
    if (stopped_) return std::nullopt;
    if (job) in_progress_[job->position] = true;
    return job;
}

void SentenceCache::deliver(const SynthesisJob& job, std::vector<int16_t> samples) {
    std::lock_guard lock(mutex_);
    if (job.epoch != epoch_) return;  // spoken at a rate the listener has since changed
    in_progress_.erase(job.position);
    lengths_[static_cast<std::size_t>(job.position)] = static_cast<int64_t>(samples.size());
    if (job.position < position_ - behind_ || job.position > position_ + ahead_) return;  // moved away meanwhile
    audio_[job.position] = std::make_shared<const std::vector<int16_t>>(std::move(samples));
    changed_.notify_all();
}

std::vector<int64_t> SentenceCache::known_lengths() const {
    std::lock_guard lock(mutex_);
    return lengths_;
}

std::size_t SentenceCache::cached_count() const {
    std::lock_guard lock(mutex_);
    return audio_.size();
}

void SentenceCache::evict_outside_window() {
    for (auto it = audio_.begin(); it != audio_.end();)
        it = (it->first < position_ - behind_ || it->first > position_ + ahead_) ? audio_.erase(it) : std::next(it);
    // A job far outside the new window will be dropped on delivery; forget it so the window's
    // own sentences are not held back waiting for it.
    for (auto it = in_progress_.begin(); it != in_progress_.end();)
        it = (it->first < position_ - behind_ || it->first > position_ + ahead_) ? in_progress_.erase(it)
                                                                                 : std::next(it);
}

}  // namespace nangdok::listen
