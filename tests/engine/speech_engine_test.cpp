#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "core/errors.hpp"
#include "support/run_process.hpp"
#include "synth/speech_engine.hpp"
#include "synth/voice_catalog.hpp"

using namespace nangdok;

namespace {

struct Capture {
    std::vector<int16_t> samples;
    SpeechEngine::SampleConsumer consumer() {
        return [this](std::span<const int16_t> s) {
            samples.insert(samples.end(), s.begin(), s.end());
            return true;
        };
    }
};

int64_t synth_length(SpeechEngine& engine, const std::string& text) {
    Capture capture;
    const int64_t n = engine.synthesize(text, capture.consumer());
    EXPECT_EQ(n, static_cast<int64_t>(capture.samples.size()));
    return n;
}

double rms(const std::vector<int16_t>& samples) {
    double sum = 0;
    for (int16_t s : samples) sum += static_cast<double>(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

}  // namespace

TEST(SpeechEngine, Speaks22050HzAudioThatIsNotSilent) {
    SpeechEngine& engine = SpeechEngine::instance();
    EXPECT_EQ(engine.sample_rate(), 22050);
    Capture capture;
    engine.synthesize("서울시가 첨단산업의 중동 진출을 지원한다.", capture.consumer());
    EXPECT_GT(capture.samples.size(), 22050u);  // over a second
    EXPECT_GT(rms(capture.samples), 300.0);
}

TEST(SpeechEngine, StopsWhenTheConsumerSaysSo) {
    SpeechEngine& engine = SpeechEngine::instance();
    int calls = 0;
    const int64_t n = engine.synthesize("서울시가 첨단산업의 중동 진출을 적극 지원한다. 두바이도 함께한다.",
                                        [&](std::span<const int16_t>) { return ++calls < 2; });
    EXPECT_EQ(calls, 2);
    EXPECT_LT(n, 22050);
    EXPECT_GT(synth_length(engine, "다음 문장은 다시 온전히 읽힌다."), 22050) << "the engine works after a stop";
}

TEST(SpeechEngine, ConsumerExceptionsReachTheCaller) {
    SpeechEngine& engine = SpeechEngine::instance();
    EXPECT_THROW(engine.synthesize("예외가 전달된다.", [](std::span<const int16_t>) -> bool { throw OutputError("disk full"); }),
                 OutputError);
    EXPECT_GT(synth_length(engine, "그 뒤에도 엔진은 쓸 수 있다."), 0);
}

// eSpeak NG 1.51 drops the words of an overlong clause (espeak-ng issue 1860): the engine must cut
// it so that nothing is lost.
TEST(SpeechEngine, LongCommaLessSentenceLosesNoAudio) {
    SpeechEngine& engine = SpeechEngine::instance();
    const std::vector<std::string> pieces = {
        "서울시와 두바이 두 도시는 스타트업의 상호 진출을 위한 교류 협력을 강화하기로 했고",
        "두바이 미래재단은 재단의 스타트업 육성 프로그램에 서울 스타트업의 참여를 지원하며",
        "기술 실증을 위한 장소를 제공하고 첨단산업 분야의 서울 스타트업들이 인공지능과 로봇 등",
        "미래 첨단기술을 연구하는 재단의 투자 육성 프로그램의 지원을 받아 성장할 수 있을 것으로 보고"};
    std::string sentence;
    int64_t pieces_total = 0;
    while (sentence.size() < 3000) {  // about 1,000 characters
        for (const auto& piece : pieces) {
            sentence += (sentence.empty() ? "" : " ") + piece;
            pieces_total += synth_length(engine, piece);
        }
    }
    const int64_t whole = synth_length(engine, sentence + ".");
    EXPECT_GE(static_cast<double>(whole), 0.95 * static_cast<double>(pieces_total))
        << "whole " << whole << " vs pieces " << pieces_total;
}

TEST(SpeechEngine, FasterRateGivesShorterAudio) {
    SpeechEngine& engine = SpeechEngine::instance();
    const std::string text = "이 자리에서 두 도시는 교류 협력을 강화하기로 했다.";
    engine.set_prosody({175, 50, 100});
    const int64_t normal = synth_length(engine, text);
    engine.set_prosody({350, 50, 100});
    const int64_t fast = synth_length(engine, text);
    engine.set_prosody({175, 50, 100});
    EXPECT_LT(fast, normal * 7 / 10);
}

TEST(SpeechEngine, RefusesASecondThread) {
    SpeechEngine& engine = SpeechEngine::instance();
    auto other = std::async(std::launch::async, [&] { return synth_length(engine, "다른 스레드"); });
    EXPECT_THROW(other.get(), std::logic_error);
}

TEST(SpeechEngine, UnknownEspeakVoiceIsAUsageError) {
    VoiceChoice voice;
    voice.name = voice.espeak_name = "zz-nonexistent";
    EXPECT_THROW(SpeechEngine::instance().select_voice(voice), UsageError);
}

// eSpeak NG's SetVoiceByFile fails for paths over 59 characters or with capitals; our voices must
// load from wherever they are installed.
TEST(SpeechEngine, LoadsVoiceFilesFromLongPathsWithCapitals) {
    test_support::TempDir dir;
    const std::string folder = dir / "A Very Long Folder Name/With Capitals/And/Even/More/Levels";
    std::filesystem::create_directories(folder);
    const std::string file = folder + "/Female.voice";
    std::filesystem::copy_file(test_support::source_path("voices/female.voice"), file);
    ASSERT_GT(file.size(), 60u);

    SpeechEngine& engine = SpeechEngine::instance();
    const std::string text = "목소리 파일을 불러온다.";
    VoiceChoice ko;
    ko.name = ko.espeak_name = "ko";
    engine.select_voice(ko);
    Capture male;
    engine.synthesize(text, male.consumer());

    engine.select_voice(resolve_voice(file));
    Capture female;
    engine.synthesize(text, female.consumer());
    EXPECT_GT(female.samples.size(), 11025u);
    EXPECT_NE(female.samples, male.samples) << "the voice file changed nothing";
}
