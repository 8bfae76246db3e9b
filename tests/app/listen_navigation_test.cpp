// Where each listening key moves the position, and how the cache follows it.
#include <gtest/gtest.h>

#include <thread>

#include "listen/navigation.hpp"
#include "listen/sentence_cache.hpp"

using namespace nangdok::listen;
using namespace std::chrono_literals;

namespace {
// Sentences 0..6 in paragraphs 1,1,2,2,2,3,3.
const std::vector<int> kParagraphs{1, 1, 2, 2, 2, 3, 3};
}  // namespace

TEST(ListenNavigation, NextAndPreviousSentence) {
    EXPECT_EQ(navigate(Key::next_sentence, kParagraphs, 0, 5.0), 1);
    EXPECT_EQ(navigate(Key::next_sentence, kParagraphs, 6, 0.0), std::nullopt);  // past the end: nothing
    EXPECT_EQ(navigate(Key::previous_sentence, kParagraphs, 3, 0.5), 2);         // at the start: previous
    EXPECT_EQ(navigate(Key::previous_sentence, kParagraphs, 3, 2.5), 3);         // later: restart
    EXPECT_EQ(navigate(Key::previous_sentence, kParagraphs, 0, 0.1), 0);
    EXPECT_EQ(navigate(Key::repeat, kParagraphs, 4, 9.0), 4);
}

TEST(ListenNavigation, Paragraphs) {
    EXPECT_EQ(navigate(Key::next_paragraph, kParagraphs, 0, 0), 2);
    EXPECT_EQ(navigate(Key::next_paragraph, kParagraphs, 3, 0), 5);
    EXPECT_EQ(navigate(Key::next_paragraph, kParagraphs, 5, 0), std::nullopt);
    EXPECT_EQ(navigate(Key::previous_paragraph, kParagraphs, 4, 0.1), 2);  // inside: this paragraph's start
    EXPECT_EQ(navigate(Key::previous_paragraph, kParagraphs, 2, 0.1), 0);  // at its start: the one before
    EXPECT_EQ(navigate(Key::previous_paragraph, kParagraphs, 2, 3.0), 2);  // well into it: restart it
    EXPECT_EQ(navigate(Key::previous_paragraph, kParagraphs, 0, 0.0), 0);
    EXPECT_EQ(navigate(Key::toggle_pause, kParagraphs, 2, 0.0), std::nullopt);
}

TEST(ListenNavigation, RateStepsTenPercentWithinLimits) {
    EXPECT_EQ(adjusted_rate(Key::faster, 175), 193);
    EXPECT_EQ(adjusted_rate(Key::slower, 175), 158);
    EXPECT_EQ(adjusted_rate(Key::faster, 440), 450);
    EXPECT_EQ(adjusted_rate(Key::slower, 85), 80);
}

TEST(ListenSentenceCache, SynthesizesAheadOnlyWithinTheWindow) {
    SentenceCache cache(10, 175, 2, 1);
    std::vector<int> jobs;
    while (auto job = cache.next_job(0ms)) {
        jobs.push_back(job->position);
        cache.deliver(*job, std::vector<int16_t>(100, 1));
    }
    EXPECT_EQ(jobs, (std::vector<int>{0, 1, 2}));  // bounded: nothing more until the listener moves on
    cache.set_position(1);
    auto job = cache.next_job(0ms);
    ASSERT_TRUE(job);
    EXPECT_EQ(job->position, 3);
    cache.deliver(*job, std::vector<int16_t>(100, 1));
    cache.set_position(3);  // 0 and 1 fall behind the window of one
    EXPECT_EQ(cache.get(0, 0ms), nullptr);
    EXPECT_NE(cache.get(2, 0ms), nullptr);  // kept for going back
    EXPECT_EQ(cache.cached_count(), 2u);
    EXPECT_EQ(cache.known_lengths()[0], 100);  // lengths outlive the audio, for the time estimate
    EXPECT_EQ(cache.known_lengths()[9], -1);
}

TEST(ListenSentenceCache, RateChangeDropsAllButTheCurrentAndDiscardsStaleJobs) {
    SentenceCache cache(5, 175, 2, 2);
    auto first = cache.next_job(0ms);
    cache.deliver(*first, std::vector<int16_t>(10, 1));
    auto stale = cache.next_job(0ms);  // position 1, at the old rate
    ASSERT_TRUE(stale);
    cache.set_rate(193);
    cache.deliver(*stale, std::vector<int16_t>(10, 1));
    EXPECT_EQ(cache.get(1, 0ms), nullptr);
    EXPECT_NE(cache.get(0, 0ms), nullptr);  // the sentence playing goes on at the old rate
    auto fresh = cache.next_job(0ms);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->position, 1);
    EXPECT_EQ(fresh->rate_wpm, 193);
}

TEST(ListenSentenceCache, StopWakesBothSides) {
    SentenceCache cache(3, 175, 0, 0);
    cache.deliver(*cache.next_job(0ms), {});
    std::thread stopper([&] {
        std::this_thread::sleep_for(50ms);
        cache.stop();
    });
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(cache.next_job(10s));  // nothing to do until stop(), which ends the wait
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
    stopper.join();
    EXPECT_TRUE(cache.stopped());
}
