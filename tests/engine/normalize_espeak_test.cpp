// The example article, normalized, never makes eSpeak NG's Korean voice switch language: eSpeak
// marks a switch with "(en)" (or another language code) in its phoneme output.
#include <gtest/gtest.h>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <string>

#include "decode/read_source.hpp"
#include "pipeline/text_pipeline.hpp"
#include "synth/speech_engine.hpp"

namespace nangdok {
namespace {

std::string phonemes_of(const std::string& text) {
    std::string all;
    const void* cursor = text.c_str();
    while (cursor != nullptr) {
        const char* phonemes = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0);
        if (phonemes == nullptr) break;
        all += phonemes;
        all += ' ';
    }
    return all;
}

class KoreanPhonemes : public ::testing::Test {
protected:
    void SetUp() override {
        SpeechEngine::instance();  // the one initialisation of eSpeak NG in this process
        ASSERT_EQ(espeak_ng_SetVoiceByName("ko"), ENS_OK);
    }
};

TEST_F(KoreanPhonemes, SwitchMarkIsDetected) {
    // Guards the test itself: unnormalized Latin letters do switch.
    EXPECT_NE(phonemes_of("AI 기술").find("(en)"), std::string::npos);
}

TEST_F(KoreanPhonemes, ExampleArticleNeverSwitchesLanguage) {
    const Article article = load_article(read_source(NANGDOK_SOURCE_DIR "/examples/seoul-dubai.txt"), true);
    const std::vector<Sentence> sentences = article_sentences(article);
    ASSERT_GT(sentences.size(), 10u);
    for (const Sentence& sentence : sentences) {
        const std::string phonemes = phonemes_of(sentence.spoken);
        EXPECT_EQ(phonemes.find("(en)"), std::string::npos) << sentence.text << "\n -> " << sentence.spoken;
        // Any other language switch looks like "(xx)".
        EXPECT_EQ(phonemes.find(")"), std::string::npos) << sentence.spoken << "\n -> " << phonemes;
    }
}

}  // namespace
}  // namespace nangdok
