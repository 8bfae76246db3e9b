#include "sink/threaded_sink.hpp"

#include <vector>

namespace nangdok {

ThreadedSink::ThreadedSink(std::unique_ptr<AudioSink> sink) : sink_(std::move(sink)), calls_(256) {
    worker_ = std::thread([this] {
        while (auto call = calls_.pop()) {
            try {
                (*call)(*sink_);
            } catch (...) {
                error_ = std::current_exception();
                calls_.close_and_clear();  // later posts fail, which tells the caller
                return;
            }
        }
    });
}

ThreadedSink::~ThreadedSink() {
    calls_.close_and_clear();
    if (worker_.joinable()) worker_.join();
}

void ThreadedSink::post(std::function<void(AudioSink&)> call) {
    if (!calls_.push(std::move(call))) wait_and_rethrow();
}

void ThreadedSink::wait_and_rethrow() {
    calls_.close();
    if (worker_.joinable()) worker_.join();
    if (error_) std::rethrow_exception(error_);
}

void ThreadedSink::start(const AudioFormat& format, const std::string& title) {
    post([format, title](AudioSink& sink) { sink.start(format, title); });
}

void ThreadedSink::begin_sentence(const SentenceMark& mark) {
    post([mark](AudioSink& sink) { sink.begin_sentence(mark); });
}

void ThreadedSink::write(std::span<const int16_t> samples) {
    post([block = std::vector<int16_t>(samples.begin(), samples.end())](AudioSink& sink) { sink.write(block); });
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
