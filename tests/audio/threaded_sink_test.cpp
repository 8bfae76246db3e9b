// Issue 18: the queue in front of an encoder is bounded in samples, whatever the size of the blocks
// it is given (a file sink is handed whole sentences), so memory stays flat while the encoder is
// slower than synthesis.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "sink/threaded_sink.hpp"

using namespace nangdok;

namespace {

// Records what it is given; each write waits until the test lets it go, so the queue fills up.
class GatedSink : public AudioSink {
public:
    void start(const AudioFormat&, const std::string&) override {}
    void write(std::span<const int16_t> samples) override {
        std::unique_lock lock(mutex_);
        released_.wait(lock, [&] { return open_; });
        received.insert(received.end(), samples.begin(), samples.end());
        if (fail_after > 0 && received.size() >= fail_after) throw std::runtime_error("disk full");
    }
    void end_sentence(const SentenceMark& mark) override { ends.push_back(mark.index); }
    void finish() override { finished = true; }
    void open() {
        std::lock_guard lock(mutex_);
        open_ = true;
        released_.notify_all();
    }

    std::vector<int16_t> received;
    std::vector<int> ends;
    bool finished = false;
    std::size_t fail_after = 0;

private:
    std::mutex mutex_;
    std::condition_variable released_;
    bool open_ = false;
};

std::vector<int16_t> ramp(std::size_t n) {
    std::vector<int16_t> samples(n);
    for (std::size_t i = 0; i < n; ++i) samples[i] = static_cast<int16_t>(i % 30000);
    return samples;
}

}  // namespace

TEST(ThreadedSink, QueueIsBoundedInSamplesNotCalls) {
    auto gated = std::make_unique<GatedSink>();
    GatedSink& sink = *gated;
    constexpr std::size_t kCapacity = 16384;
    ThreadedSink threaded(std::move(gated), kCapacity);
    EXPECT_EQ(threaded.capacity_samples(), kCapacity);
    // A minute of audio as one block, then twenty sentences of 5 s each: far more than the capacity.
    const std::vector<int16_t> long_block = ramp(22050 * 60);
    const std::vector<int16_t> sentence = ramp(22050 * 5);
    std::atomic<bool> producer_done{false};
    std::thread producer([&] {
        threaded.start(AudioFormat{22050, 1}, "");
        threaded.write(long_block);
        for (int i = 1; i <= 20; ++i) {
            threaded.write(sentence);
            threaded.end_sentence(SentenceMark{i, 1, 0, 0, "", ""});
        }
        producer_done = true;
    });
    // The encoder is stuck: the queue fills up to its capacity, and the producer, with far more to
    // write, is held back there.
    while (threaded.peak_queued_samples() + ThreadedSink::kPieceSamples <= kCapacity) std::this_thread::yield();
    EXPECT_FALSE(producer_done);
    sink.open();
    producer.join();
    threaded.finish();

    EXPECT_TRUE(sink.finished);
    EXPECT_LE(threaded.peak_queued_samples(), kCapacity);
    ASSERT_EQ(sink.received.size(), long_block.size() + 20 * sentence.size());
    EXPECT_TRUE(std::equal(long_block.begin(), long_block.end(), sink.received.begin()));
    EXPECT_TRUE(std::equal(sentence.begin(), sentence.end(), sink.received.end() - sentence.size()));
    EXPECT_EQ(sink.ends.size(), 20u);
}

TEST(ThreadedSink, AnEncoderErrorReachesTheWriter) {
    auto gated = std::make_unique<GatedSink>();
    gated->fail_after = 8192;
    gated->open();
    ThreadedSink threaded(std::move(gated), 8192);
    threaded.start(AudioFormat{22050, 1}, "");
    const std::vector<int16_t> block = ramp(22050);
    EXPECT_THROW(
        {
            for (int i = 0; i < 100; ++i) threaded.write(block);
            threaded.finish();
        },
        std::runtime_error);
}
