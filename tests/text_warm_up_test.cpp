// The text stages' one-time set-up may run on a warm-up thread while the caller already uses the
// stages: what the caller gets must not depend on it (statics built once, no shared scratch).
#include <gtest/gtest.h>

#include "pipeline/text_pipeline.hpp"
#include "pipeline/text_warm_up.hpp"
#include "support/run_process.hpp"

using namespace nangdok;

namespace {

std::vector<std::string> spoken_sentences(const std::string& text) {
    SourceBytes source;
    source.name = "example";
    source.bytes = text;
    std::vector<std::string> spoken;
    for (const Sentence& sentence : article_sentences(load_article(source, true))) spoken.push_back(sentence.spoken);
    return spoken;
}

}  // namespace

TEST(TextWarmUp, SentencesAreTheSameWhileTheWarmUpRuns) {
    const std::string article = test_support::read_file(test_support::source_path("examples/seoul-dubai.txt"));
    std::vector<std::string> during;
    {
        const TextStagesWarmUp warm_up;  // racing the first use on this thread
        during = spoken_sentences(article);
    }
    const std::vector<std::string> after = spoken_sentences(article);
    ASSERT_GT(after.size(), 10u);
    EXPECT_EQ(during, after);
}
