#include <gtest/gtest.h>

#include "sink/audio_sink.hpp"
#include "narration/narrator.hpp"
#include "pipeline/text_pipeline.hpp"

using namespace nangdok;

namespace {

// Records what reaches a sink, sample by sample.
struct RecordingSink : AudioSink {
    std::vector<int16_t> samples;
    std::vector<SentenceMark> marks;
    bool started = false, finished = false;
    void start(const AudioFormat& format, const std::string&) override { started = format.sample_rate == 22050; }
    void write(std::span<const int16_t> s) override { samples.insert(samples.end(), s.begin(), s.end()); }
    void end_sentence(const SentenceMark& mark) override { marks.push_back(mark); }
    void finish() override { finished = true; }
};

bool all_zero(const std::vector<int16_t>& s, int64_t from, int64_t to) {
    for (int64_t i = from; i < to; ++i)
        if (s[static_cast<std::size_t>(i)] != 0) return false;
    return true;
}

}  // namespace

TEST(Narrator, PauseSamplesRound) {
    EXPECT_EQ(pause_samples(300, 22050), 6615);
    EXPECT_EQ(pause_samples(1, 22050), 22);
    EXPECT_EQ(pause_samples(0, 22050), 0);
}

TEST(Narrator, InsertsExactPausesBetweenSentencesAndParagraphs) {
    Article article;
    article.paragraphs = {"두바이 미래재단 방문", "서울시가 중동 진출을 지원한다. 두바이도 참여한다.", "끝으로 협약을 맺었다."};
    const auto sentences = article_sentences(article);
    ASSERT_EQ(sentences.size(), 4u);

    RecordingSink sink;
    const PauseSettings pauses{250, 900};
    const NarrationStats stats = narrate(sentences, SpeechEngine::instance(), sink, pauses, article.title());
    EXPECT_TRUE(sink.started);
    EXPECT_TRUE(sink.finished);
    EXPECT_EQ(stats.sentences, 4);
    const int64_t sentence_pause = pause_samples(250, 22050), paragraph_pause = pause_samples(900, 22050);
    EXPECT_EQ(stats.pause_samples, 2 * paragraph_pause + sentence_pause);
    EXPECT_EQ(static_cast<int64_t>(sink.samples.size()), stats.total_samples());

    ASSERT_EQ(sink.marks.size(), 4u);
    EXPECT_EQ(sink.marks[0].start_sample, 0);
    EXPECT_EQ(sink.marks[1].start_sample - sink.marks[0].end_sample, paragraph_pause);
    EXPECT_EQ(sink.marks[2].start_sample - sink.marks[1].end_sample, sentence_pause);
    EXPECT_EQ(sink.marks[3].start_sample - sink.marks[2].end_sample, paragraph_pause);
    EXPECT_EQ(sink.marks[3].end_sample, stats.total_samples()) << "nothing after the last sentence";
    EXPECT_TRUE(all_zero(sink.samples, sink.marks[1].end_sample, sink.marks[2].start_sample));
    for (const auto& mark : sink.marks) EXPECT_GT(mark.end_sample - mark.start_sample, 11025) << mark.text;
}
