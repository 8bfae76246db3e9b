// sd_nangdok driven through a pipe as speech-dispatcher drives it: each command, and bad input
// answered as the protocol says (never a crash, never a hang).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "support/module_process.hpp"
#include "support/reference_audio.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;

namespace {

const std::string kSentence = "2024년 5월 8일 오후 3시, AI 투자가 3.5% 늘었다.";
const std::string kLongText =
    "서울시가 두바이와 손잡고 인공지능 행정 서비스를 함께 개발한다. 양 도시는 2024년 5월 8일 업무협약을 맺었다. "
    "협약에 따라 두 도시는 교통과 안전, 복지 분야에서 데이터를 나누고 공동 연구를 한다. "
    "서울시 관계자는 이번 협력이 시민 생활을 바꿀 것이라고 말했다. 두바이 측도 기대가 크다고 밝혔다. "
    "사업비는 모두 120억 원이며, 첫 결과물은 내년 3월에 나온다.";

std::string ssml(const std::string& text) { return "<speak>" + text + "</speak>"; }

// The module's configuration: the shipped one (audio paced to real time), or one that sends audio
// as fast as it is made, which keeps the tests that do not stop or pause short.
struct ConfigFile {
    explicit ConfigFile(bool paced) {
        write_file(path, paced ? read_file(source_path("src/module/speechd/nangdok.conf")) : "NangdokAudioAhead 0\n");
    }
    TempDir dir;
    std::string path = dir / "nangdok.conf";
};

class SpeechdModule : public ::testing::Test {
protected:
    explicit SpeechdModule(bool paced = false) : config(paced), module(config.path) {}
    void SetUp() override {
        std::string log;
        ASSERT_TRUE(module.start(&log)) << log;
    }
    // A command answered by one message: "CODE last line".
    std::string ask(const std::string& command) {
        module.send(command);
        const auto message = module.next();
        return message.code + " " + (message.lines.empty() ? "" : message.lines.back());
    }
    // Sends SPEAK with `text` and reads up to its first audio.
    void start_speaking(const std::string& text) {
        module.send("SPEAK\n" + ssml(text) + "\n.\n");
        const auto until_audio = module.until("705");
        ASSERT_EQ(until_audio.back().code, "705") << until_audio.back().code;
    }
    ConfigFile config;
    ModuleProcess module;
};

// For STOP and PAUSE in the middle of a message: audio goes out in real time, as shipped.
class SpeechdPacedModule : public SpeechdModule {
protected:
    SpeechdPacedModule() : SpeechdModule(true) {}
};

}  // namespace

TEST_F(SpeechdModule, SpeakSendsBeginAudioEndAsLongAsNangdokReads) {
    const Speech speech = speak(module, "SPEAK", ssml(kSentence));
    EXPECT_EQ(speech.summary(), "202 200 701 705 702");
    EXPECT_EQ(speech.sample_rate, 22050);
    EXPECT_EQ(speech.channels, 1);
    // The same text stages and voice as `nangdok read`: the same length to within a few samples
    // (eSpeak NG's output depends slightly on what it said before). Plain eSpeak NG is 12% longer.
    const auto reference = read_reference(kSentence);
    ASSERT_FALSE(reference.empty());
    EXPECT_TRUE(within(speech.samples.size(), reference.size(), 0.01))
        << speech.samples.size() << " samples against " << reference.size();
    EXPECT_EQ(ask("QUIT\n"), "210 OK QUIT");
    EXPECT_EQ(module.wait_exit(), 0);
}

TEST_F(SpeechdModule, IndexMarksArriveInOrderBetweenTheAudio) {
    const Speech speech = speak(module, "SPEAK", ssml("첫 문장입니다.<mark name=\"one\"/> 둘째 문장입니다.<mark name=\"two\"/>"));
    EXPECT_EQ(speech.summary(), "202 200 701 705 700:one 705 700:two 702");
}

TEST_F(SpeechdModule, ListVoicesGivesOursAsKoreanThenEspeakNgLanguages) {
    module.send("LIST VOICES\n");
    const auto reply = module.next();
    ASSERT_EQ(reply.code, "200");
    EXPECT_EQ(reply.lines.front(), "clear\tko\tnone");
    EXPECT_EQ(reply.lines.back(), "OK VOICE LIST SENT");
    EXPECT_NE(std::find(reply.lines.begin(), reply.lines.end(), "default\tko\tnone"), reply.lines.end());
    EXPECT_NE(std::find(reply.lines.begin(), reply.lines.end(), "en-US\ten-US\tnone"), reply.lines.end());
}

TEST_F(SpeechdModule, SetAcceptsWhatTheServerSends) {
    module.send("SET\npitch=0\npitch_range=0\nrate=0\nvolume=100\npunctuation_mode=none\nspelling_mode=off\n"
                "cap_let_recogn=none\nvoice=male1\nlanguage=ko\nsynthesis_voice=NULL\n.\n");
    EXPECT_EQ(module.next().lines.back(), "OK RECEIVING SETTINGS");
    EXPECT_EQ(module.next().lines.back(), "OK SETTINGS RECEIVED");
}

TEST_F(SpeechdModule, BadSettingsAreRefusedAndTheModuleGoesOn) {
    for (const std::string& line : {"rate=101", "rate=-500", "pitch=high", "volume=", "punctuation_mode=loud",
                                    "colour=blue", "rate"}) {
        module.send("SET\nrate=10\n" + line + "\n.\n");
        EXPECT_EQ(module.next().code, "203") << line;
        const auto answer = module.next();
        EXPECT_EQ(answer.code, line == "rate" || line == "volume=" ? "302" : "303") << line;
    }
    EXPECT_EQ(speak(module, "SPEAK", ssml("계속 말합니다.")).summary(), "202 200 701 705 702");
}

TEST_F(SpeechdModule, RateSpeedsSpeechUp) {
    const Speech normal = speak(module, "SPEAK", ssml(kSentence));
    EXPECT_EQ(ask("SET\nrate=100\n.\n"), "203 OK RECEIVING SETTINGS");
    EXPECT_EQ(module.next().code, "203");
    const Speech fast = speak(module, "SPEAK", ssml(kSentence));
    ASSERT_FALSE(normal.samples.empty());
    EXPECT_LT(fast.samples.size() * 3, normal.samples.size() * 2) << "450 wpm against 175";
}

TEST_F(SpeechdModule, OtherLanguagesUsePlainEspeakNg) {
    EXPECT_EQ(ask("SET\nlanguage=en\n.\n"), "203 OK RECEIVING SETTINGS");
    module.next();
    const Speech english = speak(module, "SPEAK", ssml("Hello world, this is English."));
    EXPECT_EQ(english.summary(), "202 200 701 705 702");
    // Read as Korean, the same letters would be spelled out in Hangul: a different length.
    const auto korean = read_reference("Hello world, this is English.");
    EXPECT_FALSE(within(english.samples.size(), korean.size(), 0.05));
}

TEST_F(SpeechdModule, CharAndKeyAreNamedInKorean) {
    const Speech letter = speak(module, "CHAR", "ㄱ");
    EXPECT_EQ(letter.summary(), "202 200 701 705 702");
    const Speech named = speak(module, "SPEAK", ssml("기역"));
    EXPECT_TRUE(within(letter.samples.size(), named.samples.size(), 0.02))
        << letter.samples.size() << " against " << named.samples.size();
    const Speech key = speak(module, "KEY", "a");
    const Speech said = speak(module, "SPEAK", ssml("에이"));
    EXPECT_TRUE(within(key.samples.size(), said.samples.size(), 0.02));
    EXPECT_GT(speak(module, "KEY", "shift_a").samples.size(), key.samples.size());
    EXPECT_FALSE(speak(module, "CHAR", "space").samples.empty());
}

TEST_F(SpeechdModule, CharAndKeyTakeOneLineOnly) {
    EXPECT_EQ(speak(module, "CHAR", "a\nb").summary(), "202 305");
    EXPECT_EQ(speak(module, "KEY", "a\nb").summary(), "202 305");
    EXPECT_EQ(speak(module, "SPEAK", ssml("여전히 말합니다.")).summary(), "202 200 701 705 702");
}

TEST_F(SpeechdModule, AnEmptyMessageCannotBeSpoken) {
    module.send("SPEAK\n.\n");
    EXPECT_EQ(module.next().code, "202");
    EXPECT_EQ(module.next().code, "301");
    EXPECT_EQ(speak(module, "SPEAK", "").summary(), "202 301");
}

TEST_F(SpeechdModule, SoundIconsPlayTheirFileAtItsOwnRate) {
    // A module with an icon folder of its own: 0.25 s of a stereo 8 kHz tone.
    TempDir dir;
    std::vector<int16_t> tone(2 * 2000);
    for (std::size_t i = 0; i < tone.size(); ++i) tone[i] = static_cast<int16_t>(8000 * std::sin(i * 0.1));
    std::string wav(44, '\0');
    auto put = [&](std::size_t at, uint32_t value, int bytes) {
        for (int b = 0; b < bytes; ++b) wav[at + b] = static_cast<char>((value >> (8 * b)) & 0xFF);
    };
    wav.replace(0, 4, "RIFF"), wav.replace(8, 8, "WAVEfmt "), wav.replace(36, 4, "data");
    put(4, 36 + tone.size() * 2, 4), put(16, 16, 4), put(20, 1, 2), put(22, 2, 2), put(24, 8000, 4);
    put(28, 8000 * 4, 4), put(32, 4, 2), put(34, 16, 2), put(40, tone.size() * 2, 4);
    wav.append(reinterpret_cast<const char*>(tone.data()), tone.size() * 2);
    write_file(dir / "beep.wav", wav);
    write_file(dir / "nangdok.conf", "NangdokSoundIconFolder \"" + dir.path() + "\"\n");
    ModuleProcess icons(dir / "nangdok.conf");
    ASSERT_TRUE(icons.start());
    const Speech beep = speak(icons, "SOUND_ICON", "beep");
    EXPECT_EQ(beep.summary(), "202 200 701 705 702");
    EXPECT_EQ(beep.sample_rate, 8000);
    EXPECT_EQ(beep.channels, 2);
    EXPECT_EQ(beep.samples, tone);
    EXPECT_EQ(speak(icons, "SOUND_ICON", "no-such-icon").summary(), "202 200 701 702");
}

TEST_F(SpeechdPacedModule, StopEndsTheMessageAndNothingFollows) {
    start_speaking(kLongText);
    module.send("STOP\n");
    const auto rest = module.until("703");
    ASSERT_EQ(rest.back().code, "703") << rest.back().code;
    // After 703 STOP the next thing the module says is the answer to the next command.
    EXPECT_EQ(ask("SET\nrate=0\n.\n"), "203 OK RECEIVING SETTINGS");
    EXPECT_EQ(module.next().code, "203");
}

TEST_F(SpeechdPacedModule, AMessageRightAfterAStopPlaysInFull) {
    start_speaking(kLongText);
    module.send("STOP\n");
    module.send("SPEAK\n" + ssml(kSentence) + "\n.\n");
    const Speech stopped = collect_speech(module);
    EXPECT_EQ(stopped.codes.back(), "703") << stopped.summary();
    const Speech after = collect_speech(module);  // the new message, whole
    EXPECT_EQ(after.summary(), "202 200 701 705 702");
    const auto reference = read_reference(kSentence);
    EXPECT_TRUE(within(after.samples.size(), reference.size(), 0.01))
        << after.samples.size() << " samples against " << reference.size();
}

TEST_F(SpeechdModule, StopWithNothingSpokenIsHarmless) {
    module.send("STOP\nPAUSE\n");
    EXPECT_EQ(ask("LIST VOICES\n").substr(0, 3), "200");
}

TEST_F(SpeechdPacedModule, PauseEndsTheMessageAtTheNextIndexMark) {
    module.send("SPEAK\n" + ssml("첫 문장입니다.<mark name=\"__spd_1\"/> " + kLongText + "<mark name=\"__spd_2\"/>") +
                "\n.\n");
    ASSERT_EQ(module.until("701").back().code, "701");
    module.send("PAUSE\n");
    const Speech rest = collect_speech(module);
    EXPECT_EQ(rest.summary(), "705 700:__spd_1 704") << "paused at the first mark after PAUSE";
}

TEST_F(SpeechdPacedModule, SpeakWhileSpeakingIsRefused) {
    start_speaking(kLongText);
    module.send("SPEAK\n" + ssml("끼어들기") + "\n.\n");
    const auto refused = module.until("301");
    EXPECT_EQ(refused.back().code, "301");
    module.send("STOP\n");
    EXPECT_EQ(module.until("703").back().code, "703");
}

TEST_F(SpeechdModule, UnknownCommandsAreAnsweredAndIgnored) {
    for (const std::string& command : {"HELLO\n", "INIT\n", "speak\n", "\n", "SPEAK NOW\n", "\x01\x02\xff\n"})
        EXPECT_EQ(ask(command), "300 ERR UNKNOWN COMMAND") << command;
    EXPECT_EQ(speak(module, "SPEAK", ssml("아직 살아 있다.")).summary(), "202 200 701 705 702");
}

TEST_F(SpeechdModule, LoglevelAndDebugAreAccepted) {
    EXPECT_EQ(ask("LOGLEVEL\nlog_level=5\n.\n"), "207 OK RECEIVING LOGLEVEL SETTINGS");
    EXPECT_EQ(module.next().lines.back(), "OK LOGLEVEL SET");
    TempDir dir;
    EXPECT_EQ(ask("DEBUG ON " + (dir / "debug.log") + "\n"), "200 OK DEBUGGING ON");
    speak(module, "SPEAK", ssml("기록"));
    EXPECT_EQ(ask("DEBUG OFF\n"), "200 OK DEBUGGING OFF");
    EXPECT_NE(read_file(dir / "debug.log").find("command SPEAK"), std::string::npos);
    EXPECT_EQ(ask("DEBUG ON /nonexistent/dir/log\n"), "303 CANT OPEN CUSTOM DEBUG FILE");
    EXPECT_EQ(ask("DEBUG MAYBE\n"), "302 ERROR BAD SYNTAX");
}

TEST_F(SpeechdModule, OnlyServerAudioIsOffered) {
    EXPECT_EQ(ask("AUDIO\naudio_output_method=pulse\n.\n"), "207 OK RECEIVING AUDIO SETTINGS");
    EXPECT_EQ(module.next().code, "300");
}

TEST_F(SpeechdModule, TextThatIsNotUtf8IsSpokenWithoutTheBadBytes) {
    EXPECT_EQ(speak(module, "SPEAK", ssml("깨진 \xff\xfe 글자와 \x80 정상 글자")).summary(), "202 200 701 705 702");
}

TEST_F(SpeechdModule, ASpeakCutShortByTheEndOfInputEndsTheModule) {
    module.send("SPEAK\n<speak>끝나지 않는 메시지\n");
    EXPECT_EQ(module.next().code, "202");
    module.close_input();
    EXPECT_EQ(module.next().code, "399");  // 399 ERR MODULE CLOSED, as speech-dispatcher's modules say
    EXPECT_EQ(module.wait_exit(), 2) << module.error_output();
}

TEST_F(SpeechdPacedModule, ClosingInputWhileSpeakingEndsTheModule) {
    start_speaking(kLongText);
    module.close_input();
    EXPECT_EQ(module.until("EOF").back().code, "EOF");
    EXPECT_EQ(module.wait_exit(), 2) << module.error_output();
}

TEST(SpeechdModuleStart, ClosedInputBeforeInitEndsTheModule) {
    ModuleProcess module;
    module.close_input();
    EXPECT_EQ(module.next().code, "EOF");
    EXPECT_EQ(module.wait_exit(), 2);
}

TEST(SpeechdModuleStart, AFirstCommandOtherThanInitEndsTheModule) {
    ModuleProcess module;
    module.send("SPEAK\n");
    EXPECT_EQ(module.wait_exit(), 3);
    EXPECT_NE(module.error_output().find("INIT"), std::string::npos);
}

TEST(SpeechdModuleStart, ABadConfigurationIsTheReasonInitFails) {
    TempDir dir;
    write_file(dir / "nangdok.conf", "NangdokNormalRate 9999\n");
    ModuleProcess module(dir / "nangdok.conf");
    module.send("INIT\n");
    const auto reply = module.next();
    EXPECT_EQ(reply.code, "399");
    ASSERT_EQ(reply.lines.size(), 2u);
    EXPECT_NE(reply.lines[0].find("NangdokNormalRate"), std::string::npos) << reply.lines[0];
    EXPECT_EQ(reply.lines[1], "ERR CANT INIT MODULE");
    EXPECT_EQ(module.wait_exit(), 1);
}

TEST(SpeechdModuleStart, QuitRightAfterInit) {
    ModuleProcess module(source_path("src/module/speechd/nangdok.conf"));
    ASSERT_TRUE(module.start());
    module.send("QUIT\n");
    EXPECT_EQ(module.next().lines.back(), "OK QUIT");
    EXPECT_EQ(module.wait_exit(), 0);
}
