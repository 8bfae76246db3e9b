// Ctrl-C and SIGTERM stop nangdok promptly, exit 130, and leave no partial file at the target.
#include <gtest/gtest.h>

#include <sstream>

#include <csignal>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;
namespace fs = std::filesystem;

namespace {

// About an hour of speech: seconds of synthesis, so a signal lands mid-way.
std::string long_article() {
    const std::string paragraph =
        "서울시가 인공지능과 바이오 등 국내 첨단산업에 대해 중동 진출을 적극 지원한다. "
        "두바이 미래재단은 재단의 스타트업 육성 프로그램에 서울 스타트업의 참여를 지원한다.\n";
    std::string text = "제목\n";
    for (int i = 0; i < 1500; ++i) text += paragraph;
    return text;
}

std::string nangdok_binary() { return NANGDOK_BINARY; }

}  // namespace

// Issue 6: an interrupted save still leaves a valid file, holding every sentence finished so far,
// with a manifest and subtitles that match it to the sample.
TEST(Interrupt, SignalWhileSavingFinishesAValidFileMatchingItsManifest) {
    for (int signal_number : {SIGINT, SIGTERM}) {
        TempDir dir;
        write_file(dir / "out.wav", "previous file");
        double seconds = 0;
        const auto r = run_process_and_signal({nangdok_binary(), "read", "--no-clean", "-", "-o", dir / "out.wav", "--manifest",
                                               dir / "out.json", "--subtitles", dir / "out.srt"},
                                              long_article(), {}, 400, signal_number, seconds);
        EXPECT_EQ(r.exit_code, 130) << r.err;
        EXPECT_NE(r.err.find("interrupted after"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("saved"), std::string::npos) << r.err;
        EXPECT_LT(seconds, 2.0) << "took too long to stop";

        const std::string wav = read_file(dir / "out.wav");
        const auto info = nangdok::parse_wav_header(wav);
        ASSERT_TRUE(info) << "not a WAV file: " << wav.size() << " bytes";
        EXPECT_EQ(wav.size(), info->data_offset + info->data_bytes);
        const auto manifest = nlohmann::json::parse(read_file(dir / "out.json"));
        const auto& sentences = manifest.at("sentences");
        ASSERT_GT(sentences.size(), 0u);
        EXPECT_LT(sentences.size(), 4000u) << "the signal came after the end";
        EXPECT_EQ(static_cast<int64_t>(info->data_bytes / 2), sentences.back().at("end_sample").get<int64_t>());
        const std::string srt = read_file(dir / "out.srt");
        EXPECT_EQ(static_cast<std::size_t>(std::count(srt.begin(), srt.end(), '>')), sentences.size());
        EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 3)
            << "temporary file left behind";
    }
}

TEST(Interrupt, SigintWhilePlayingExits130) {
    TempDir dir;
    write_file(dir / "asound.conf", "pcm.!default { type file; slave.pcm { type null }; file \"" + (dir / "cap.wav") +
                                        "\"; format \"wav\" }\n");
    double seconds = 0;
    const auto r = run_process_and_signal({nangdok_binary(), "read", "--no-clean", "-"}, long_article(),
                                          {"ALSA_CONFIG_PATH=" + (dir / "asound.conf")}, 300, SIGINT, seconds);
    EXPECT_EQ(r.exit_code, 130) << r.err;
    EXPECT_LT(seconds, 2.0);
    // One message; the other lines are the plain progress lines of sentences that started playing.
    std::istringstream lines(r.err);
    int messages = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("nangdok: ", 0) == 0) ++messages;
        else EXPECT_EQ(line.rfind("[sentence ", 0), 0u) << line;
    }
    EXPECT_EQ(messages, 1) << r.err;
}
