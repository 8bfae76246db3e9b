// Real playback through PortAudio without a sound card: ALSA's `file` plugin captures what
// PortAudio plays into a WAV file, which must hold exactly the samples `read -o` writes.
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>

#include "formats/wav_format.hpp"
#include "support/run_process.hpp"

using namespace nangdok::test_support;

namespace {

std::string alsa_capture_config(const std::string& capture_path) {
    return "pcm.!default { type file; slave.pcm { type null }; file \"" + capture_path + "\"; format \"wav\" }\n";
}

std::string samples_of(const std::string& wav_bytes) {
    const auto info = nangdok::parse_wav_header(wav_bytes);
    if (!info) return {};
    return wav_bytes.substr(info->data_offset);
}

std::string first_paragraph_of_example() {
    const std::string article = read_file(source_path("examples/seoul-dubai.txt"));
    // The headline and the first body line: a short text with a paragraph pause inside.
    std::istringstream lines(article);
    std::string line, text;
    int kept = 0;
    while (kept < 2 && std::getline(lines, line))
        if (line.find_first_not_of(" ") != std::string::npos) text += line + "\n", ++kept;
    return text;
}

}  // namespace

TEST(Playback, CapturedAudioEqualsTheWavOutput) {
    TempDir dir;
    const std::string text = first_paragraph_of_example();
    write_file(dir / "asound.conf", alsa_capture_config(dir / "captured.wav"));

    const auto played = run_nangdok({"read", "--no-clean", "-"}, text, {"ALSA_CONFIG_PATH=" + (dir / "asound.conf")});
    ASSERT_EQ(played.exit_code, 0) << played.err;
    EXPECT_EQ(played.err.find("ALSA lib"), std::string::npos) << "ALSA noise: " << played.err;
    // The same number of synthesis processes as playback, so the same audio (see issue 9).
    const auto saved = run_nangdok({"read", "--no-clean", "-q", "-j", "1", "-", "-o", dir / "saved.wav"}, text);
    ASSERT_EQ(saved.exit_code, 0) << saved.err;

    const std::string captured = samples_of(read_file(dir / "captured.wav"));
    const std::string expected = samples_of(read_file(dir / "saved.wav"));
    ASSERT_GT(expected.size(), 22050u * 2);
    const std::size_t at = captured.find(expected);
    ASSERT_NE(at, std::string::npos) << "captured " << captured.size() << " bytes do not contain the "
                                     << expected.size() << " bytes of the WAV output";
    // Anything around it is the silence that lets the device buffer play out.
    EXPECT_EQ(captured.find_first_not_of('\0', at + expected.size()), std::string::npos);
    EXPECT_EQ(captured.substr(0, at).find_first_not_of('\0'), std::string::npos);
}

TEST(Playback, MissingAlsaConfigIsAClearErrorNotAnAbort) {
    TempDir dir;
    write_file(dir / "empty.conf", "");
    for (const std::string& config : {dir / "missing.conf", dir / "empty.conf"}) {
        const auto r = run_nangdok({"read", "-"}, "안녕하세요.\n", {"ALSA_CONFIG_PATH=" + config});
        EXPECT_EQ(r.exit_code, 3) << r.err;
        EXPECT_NE(r.err.find("missing or empty"), std::string::npos) << r.err;
    }
}

TEST(Playback, DevicesListsTheCaptureDeviceAsDefault) {
    TempDir dir;
    write_file(dir / "asound.conf", alsa_capture_config(dir / "captured.wav"));
    const auto r = run_nangdok({"devices"}, "", {"ALSA_CONFIG_PATH=" + (dir / "asound.conf")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("* "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("default"), std::string::npos) << r.out;
}

TEST(Playback, UnknownDeviceIsNamed) {
    TempDir dir;
    write_file(dir / "asound.conf", alsa_capture_config(dir / "captured.wav"));
    const auto r = run_nangdok({"read", "--device", "no-such-card", "-"}, "안녕하세요.\n",
                               {"ALSA_CONFIG_PATH=" + (dir / "asound.conf")});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("unknown audio device 'no-such-card'"), std::string::npos) << r.err;
}

TEST(Playback, TimeToFirstSoundIsReportedWhenAsked) {
    TempDir dir;
    write_file(dir / "asound.conf", alsa_capture_config(dir / "captured.wav"));
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const long long now_ns = static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
    const auto r = run_nangdok({"read", "-q", "-"}, "안녕하세요. 반갑습니다.\n",
                               {"ALSA_CONFIG_PATH=" + (dir / "asound.conf"), "NANGDOK_T0_NS=" + std::to_string(now_ns)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Once, from the player thread, as the first samples go to PortAudio.
    const std::size_t at = r.err.find("first-audio-ms: ");
    ASSERT_NE(at, std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("first-audio-ms: ", at + 1), std::string::npos) << r.err;
    const double ms = std::stod(r.err.substr(at + 16));
    EXPECT_GT(ms, 0.0);
    EXPECT_LT(ms, 60000.0);
}

TEST(Playback, ABadInputIsReportedBeforeABadDevice) {
    // The device opens in the background while the article is read: the article's error wins, as
    // it did when the device was opened after it.
    TempDir dir;
    write_file(dir / "asound.conf", alsa_capture_config(dir / "captured.wav"));
    const auto r = run_nangdok({"read", "--device", "no-such-card", "-"}, "  \n\n",
                               {"ALSA_CONFIG_PATH=" + (dir / "asound.conf")});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("nothing to read"), std::string::npos) << r.err;
}

TEST(Playback, ADeviceThatFailsLeavesNoSubtitlesBehind) {
    // The device opens while the first sentence is synthesized; its failure must still end the
    // reading before anything is saved beside it.
    TempDir dir;
    write_file(dir / "asound.conf", alsa_capture_config(dir / "captured.wav"));
    const auto r = run_nangdok({"read", "--device", "no-such-card", "--subtitles", dir / "x.srt", "--manifest",
                                dir / "x.json", "-"},
                               "안녕하세요. 반갑습니다.\n", {"ALSA_CONFIG_PATH=" + (dir / "asound.conf")});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("unknown audio device 'no-such-card'"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "x.srt"));
    EXPECT_FALSE(std::filesystem::exists(dir / "x.json"));
}
