#include "sink/threaded_sink.hpp"

#include <algorithm>
#include <vector>

namespace nangdok {

ThreadedSink::ThreadedSink(std::unique_ptr<AudioSink> sink, std::size_t capacity_samples)
    : sink_(std::move(sink)), capacity_(std::max(capacity_samples, kPieceSamples)) {
    worker_ = std::thread([this] { work(); });
}

ThreadedSink::~ThreadedSink() {
    close(/*clear=*/true);
    if (worker_.joinable()) worker_.join();
}

void ThreadedSink::work() {
    for (;;) {
        Call call;
        {
            std::unique_lock lock(mutex_);
            not_empty_.wait(lock, [&] { return closed_ || !calls_.empty(); });
            if (calls_.empty()) return;
            call = std::move(calls_.front());
            calls_.pop_front();
        }
        try {
            call.run(*sink_);
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
            closed_ = true;  // later posts fail, which tells the caller
            calls_.clear();
            queued_samples_ = 0;
            not_full_.notify_all();
            return;
        }
        // The samples count against the queue until the sink has taken them: they are in memory
        // until then.
        std::lock_guard lock(mutex_);
        queued_samples_ -= call.samples;
        not_full_.notify_one();
    }
}

void ThreadedSink::post(std::function<void(AudioSink&)> run, std::size_t samples) {
    {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] {
            return closed_ || (queued_samples_ + samples <= capacity_ && calls_.size() < kMaxQueuedCalls);
        });
        if (!closed_) {
            calls_.push_back(Call{std::move(run), samples});
            queued_samples_ += samples;
            peak_samples_ = std::max(peak_samples_, queued_samples_);
            not_empty_.notify_one();
            return;
        }
    }
    wait_and_rethrow();
}

void ThreadedSink::close(bool clear) {
    std::lock_guard lock(mutex_);
    closed_ = true;
    if (clear) calls_.clear();
    not_empty_.notify_all();
    not_full_.notify_all();
}

void ThreadedSink::wait_and_rethrow() {
    close(/*clear=*/false);
    if (worker_.joinable()) worker_.join();
    std::lock_guard lock(mutex_);
    if (error_) std::rethrow_exception(error_);
}

std::size_t ThreadedSink::peak_queued_samples() const {
    std::lock_guard lock(mutex_);
    return peak_samples_;
}

void ThreadedSink::start(const AudioFormat& format, const std::string& title) {
    post([format, title](AudioSink& sink) { sink.start(format, title); });
}

void ThreadedSink::begin_sentence(const SentenceMark& mark) {
    post([mark](AudioSink& sink) { sink.begin_sentence(mark); });
}

void ThreadedSink::write(std::span<const int16_t> samples) {
    for (std::size_t done = 0; done < samples.size();) {
        const std::size_t n = std::min(kPieceSamples, samples.size() - done);
        post([piece = std::vector<int16_t>(samples.begin() + done, samples.begin() + done + n)](AudioSink& sink) {
            sink.write(piece);
        },
             n);
        done += n;
    }
}

void ThreadedSink::end_sentence(const SentenceMark& mark) {
    post([mark](AudioSink& sink) { sink.end_sentence(mark); });
}

void ThreadedSink::finish() {
    post([](AudioSink& sink) { sink.finish(); });
    wait_and_rethrow();
}

void ThreadedSink::finish_interrupted() {
    post([](AudioSink& sink) { sink.finish_interrupted(); });
    wait_and_rethrow();
}

}  // namespace nangdok
