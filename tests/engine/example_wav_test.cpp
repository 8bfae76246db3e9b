// The bundled example, saved as WAV through the library: valid, 22050 Hz mono 16-bit, not silent,
// and exactly as long as the synthesized samples plus our pauses.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "formats/wav_file_sink.hpp"
#include "formats/wav_format.hpp"
#include "decode/read_source.hpp"
#include "narration/narrator.hpp"
#include "pipeline/text_pipeline.hpp"
#include "support/run_process.hpp"

using namespace nangdok;

TEST(ExampleWav, IsValidAndExactlyAsLongAsSpeechPlusPauses) {
    test_support::TempDir dir;
    const std::string target = dir / "seoul-dubai.wav";
    const Article article = load_article(read_source(test_support::source_path("examples/seoul-dubai.txt")), true);
    const auto sentences = article_sentences(article);
    WavFileSink sink(target);
    const PauseSettings pauses{300, 700};
    const NarrationStats stats = narrate(sentences, SpeechEngine::instance(), sink, pauses, article.title());

    const std::string bytes = test_support::read_file(target);
    const auto info = parse_wav_header(bytes);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->sample_rate, 22050);
    EXPECT_EQ(info->channels, 1);
    EXPECT_EQ(info->bits_per_sample, 16);
    const int64_t samples = info->data_bytes / 2;
    EXPECT_EQ(static_cast<uint64_t>(info->data_bytes), bytes.size() - info->data_offset);

    int paragraphs = 0, previous = 0;
    for (const auto& s : sentences) paragraphs += s.paragraph != previous, previous = s.paragraph;
    const int64_t expected_pauses = (static_cast<int64_t>(sentences.size()) - paragraphs) * pause_samples(300, 22050) +
                                    (paragraphs - 1) * pause_samples(700, 22050);
    EXPECT_EQ(stats.pause_samples, expected_pauses);
    EXPECT_EQ(samples, stats.speech_samples + stats.pause_samples);

    double sum = 0;
    const auto* pcm = reinterpret_cast<const int16_t*>(bytes.data() + info->data_offset);
    for (int64_t i = 0; i < samples; ++i) sum += static_cast<double>(pcm[i]) * pcm[i];
    EXPECT_GT(std::sqrt(sum / static_cast<double>(samples)), 300.0) << "silent";

    const auto soxi = test_support::run_process({"/usr/bin/soxi", "-s", target});
    ASSERT_EQ(soxi.exit_code, 0) << "soxi (package sox) is needed: " << soxi.err;
    EXPECT_EQ(std::stoll(soxi.out), samples);
    EXPECT_EQ(test_support::run_process({"/usr/bin/soxi", "-r", target}).out, "22050\n");
    EXPECT_EQ(test_support::run_process({"/usr/bin/soxi", "-c", target}).out, "1\n");
    EXPECT_EQ(test_support::run_process({"/usr/bin/soxi", "-b", target}).out, "16\n");
}
