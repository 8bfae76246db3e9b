#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/errors.hpp"
#include "support/run_process.hpp"
#include "synth/voice_catalog.hpp"

using namespace nangdok;

namespace {

struct VoicesFromSourceTree {
    VoicesFromSourceTree() { ::setenv("NANGDOK_VOICES", test_support::source_path("voices").c_str(), 1); }
    ~VoicesFromSourceTree() { ::unsetenv("NANGDOK_VOICES"); }
};

}  // namespace

TEST(VoiceCatalog, ShipsDefaultFemaleAndClearVoices) {
    VoicesFromSourceTree env;
    const auto voices = list_voices();
    for (const char* name : {"default", "female", "clear", "ko"})
        EXPECT_TRUE(std::any_of(voices.begin(), voices.end(), [&](const auto& v) { return v.name == name; })) << name;
    EXPECT_TRUE(std::any_of(voices.begin(), voices.end(), [](const auto& v) { return v.name == "ko+f3"; }));
}

TEST(VoiceCatalog, ReadsOurOwnKeysAndHidesThemFromEspeak) {
    VoicesFromSourceTree env;
    const VoiceChoice clear = resolve_voice("clear");
    EXPECT_EQ(clear.kind, VoiceChoice::Kind::voice_file);
    ASSERT_TRUE(clear.defaults.rate_wpm.has_value());
    EXPECT_LT(*clear.defaults.rate_wpm, 175);
    EXPECT_GT(clear.defaults.sentence_pause_ms.value_or(0), 300);
    EXPECT_EQ(clear.espeak_text.find("\nnangdok-"), std::string::npos);
    EXPECT_NE(clear.espeak_text.rfind("nangdok-", 0), 0u);
    EXPECT_NE(clear.espeak_text.find("language ko"), std::string::npos);
}

TEST(VoiceCatalog, AcceptsEspeakVoiceNames) {
    EXPECT_EQ(resolve_voice("ko+f3").kind, VoiceChoice::Kind::espeak_name);
    EXPECT_EQ(resolve_voice("ko").espeak_name, "ko");
}

TEST(VoiceCatalog, UnknownVoiceListsTheAvailableOnes) {
    VoicesFromSourceTree env;
    try {
        resolve_voice("robot");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("robot"), std::string::npos);
        EXPECT_NE(message.find("female"), std::string::npos);
        EXPECT_NE(message.find("ko+f3"), std::string::npos);
    }
    EXPECT_THROW(resolve_voice("ko+nosuchvariant"), UsageError);
}

TEST(VoiceCatalog, MalformedVoiceFileIsAUsageErrorWithLine) {
    test_support::TempDir dir;
    test_support::write_file(dir / "bad.voice", "language ko\nnangdok-rate fast\n");
    try {
        resolve_voice(dir / "bad.voice");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.voice:2"), std::string::npos) << e.what();
    }
}

TEST(VoiceCatalog, AFileOfRandomBytesIsNotAVoice) {
    test_support::TempDir dir;
    std::string bytes;
    for (int i = 0; i < 512; ++i) bytes.push_back(static_cast<char>((i * 131 + 7) % 256));
    test_support::write_file(dir / "noise.voice", bytes);
    try {
        resolve_voice(dir / "noise.voice");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("noise.voice:1: binary data; this is not an eSpeak NG voice file"),
                  std::string::npos)
            << e.what();
    }
    // Text, but binary bytes on its third line.
    test_support::write_file(dir / "half.voice", std::string("name x\nlanguage ko\npitch \x01\xff 80\n"));
    EXPECT_THROW(resolve_voice(dir / "half.voice"), UsageError);
}

TEST(VoiceCatalog, AVoiceFileNeedsALanguageLine) {
    test_support::TempDir dir;
    test_support::write_file(dir / "notes.voice", "some notes\nname mine\npitch 80 120\n");
    try {
        resolve_voice(dir / "notes.voice");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("notes.voice: no \"language\" line"), std::string::npos) << e.what();
    }
    test_support::write_file(dir / "ok.voice", "// mine\nname mine\nlanguage ko\npitch 80 120\n");
    EXPECT_EQ(resolve_voice(dir / "ok.voice").kind, VoiceChoice::Kind::voice_file);
}

TEST(VoiceCatalog, ARandomVoiceFileFailsTheReadWithExitCode1) {
    test_support::TempDir dir;
    test_support::write_file(dir / "noise.voice", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const auto r = test_support::run_nangdok({"read", "--text", "안녕.", "--voice", dir / "noise.voice", "-o", dir / "o.wav"});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("noise.voice:1: binary data"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "o.wav"));
}
