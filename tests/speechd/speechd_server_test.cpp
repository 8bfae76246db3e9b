// End to end: a private speech-dispatcher with nangdok as its module, used the way a screen reader
// and spd-say use it. The audio the server plays goes into a WAV file through ALSA's file plugin.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support/private_speechd.hpp"
#include "support/reference_audio.hpp"
#include "support/ssip_client.hpp"

using namespace nangdok::test_support;

namespace {

using Clock = std::chrono::steady_clock;

const std::string kSentence = "2024년 5월 8일 오후 3시, AI 투자가 3.5% 늘었다.";
// About 40 s of speech.
const std::string kLongText =
    "서울시가 두바이와 손잡고 인공지능 행정 서비스를 함께 개발한다. 양 도시는 2024년 5월 8일 업무협약을 맺었다. "
    "협약에 따라 두 도시는 교통과 안전, 복지 분야에서 데이터를 나누고 공동 연구를 한다. "
    "서울시 관계자는 이번 협력이 시민 생활을 바꿀 것이라고 말했다. 두바이 측도 기대가 크다고 밝혔다. "
    "사업비는 모두 120억 원이며, 첫 결과물은 내년 3월에 나온다. 시는 연말까지 세부 계획을 마련할 예정이다. "
    "전문가들은 두 도시의 협력이 다른 나라로도 넓어질 수 있다고 내다봤다.";

class SpeechdServer : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(server.ok()) << server.problem(); }
    PrivateSpeechd server;
};

}  // namespace

TEST_F(SpeechdServer, SpdSaySpeaksKoreanAsLongAsNangdokRead) {
    const long long before = server.played_samples();
    const auto said = server.say({"-o", "nangdok", "-l", "ko", "-w", kSentence});
    ASSERT_EQ(said.exit_code, 0) << said.err << server.log();
    const long long played = server.played_samples_when_quiet() - before;
    const auto reference = read_reference(kSentence);
    ASSERT_FALSE(reference.empty());
    // The date, time, letters and number read by nangdok's text stages: plain eSpeak NG takes 12%
    // longer over this sentence (and switches to English for "AI").
    EXPECT_TRUE(within(static_cast<double>(played), static_cast<double>(reference.size()), 0.03))
        << "played " << played << " samples, nangdok read makes " << reference.size() << "\n" << server.log();
}

TEST_F(SpeechdServer, SpdSayCancelStopsALongTextWithinASecondAndTheNextMessagePlaysInFull) {
    const auto full = read_reference(kLongText);
    ASSERT_GT(full.size(), 22050u * 20);
    const long long before = server.played_samples();
    const auto started = Clock::now();
    ASSERT_EQ(server.say({"-o", "nangdok", "-l", "ko", kLongText}).exit_code, 0);
    std::this_thread::sleep_for(std::chrono::seconds(1));
    ASSERT_EQ(server.say({"-C"}).exit_code, 0);
    const double seconds_to_cancel = std::chrono::duration<double>(Clock::now() - started).count();
    const long long stopped_at = server.played_samples_when_quiet();
    const double played_seconds = static_cast<double>(stopped_at - before) / 22050;
    EXPECT_GT(played_seconds, 0.0) << server.log();
    // Audio runs in real time, so all that was played beyond the time it took to cancel is what
    // came after the cancel.
    EXPECT_LT(played_seconds, seconds_to_cancel + 1.0)
        << "cancelled after " << seconds_to_cancel << " s, " << played_seconds << " s played\n" << server.log();

    const auto said = server.say({"-o", "nangdok", "-l", "ko", "-w", kSentence});
    ASSERT_EQ(said.exit_code, 0) << said.err;
    const long long second = server.played_samples_when_quiet() - stopped_at;
    const auto reference = read_reference(kSentence);
    EXPECT_TRUE(within(static_cast<double>(second), static_cast<double>(reference.size()), 0.03))
        << "the message after the cancel played " << second << " samples of " << reference.size() << "\n"
        << server.log();
}

TEST_F(SpeechdServer, IndexMarksReachTheClient) {
    SsipClient client(server.socket());
    ASSERT_TRUE(client.connected());
    EXPECT_EQ(client.command("SET self CLIENT_NAME test:nangdok:marks").code, "208");
    EXPECT_EQ(client.command("SET self NOTIFICATION all on").code, "220");
    EXPECT_EQ(client.command("SET self OUTPUT_MODULE nangdok").code, "216");
    EXPECT_EQ(client.command("SET self LANGUAGE ko").code, "201");
    EXPECT_EQ(client.command("SET self SSML_MODE on").code, "219");
    const auto queued = client.speak("<speak>첫 문장입니다.<mark name=\"first\"/> 둘째 문장입니다.<mark name=\"second\"/>"
                                     " 끝.</speak>");
    ASSERT_EQ(queued.code, "225") << server.log();
    std::vector<std::string> events;
    while (events.empty() || (events.back() != "END" && events.back() != "HANG" && events.back() != "EOF")) {
        const SsipMessage event = client.next_event();
        if (event.code == "700" && event.lines.size() >= 4) events.push_back("mark:" + event.lines[2]);
        else events.push_back(event.lines.empty() ? event.code : event.lines.back());
    }
    EXPECT_EQ(events, (std::vector<std::string>{"BEGIN", "mark:first", "mark:second", "END"})) << server.log();
}
