// SET values, nangdok.conf and how they choose the voice, rate, pitch and volume.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/errors.hpp"
#include "speechd/module_config.hpp"
#include "speechd/module_settings.hpp"
#include "speechd/voice_setup.hpp"
#include "support/run_process.hpp"

using namespace nangdok::speechd;
using nangdok::test_support::TempDir;
using nangdok::test_support::write_file;

namespace {

// Our voice files from the source tree (the test binary has no voices/ beside it).
void use_source_voices() { ::setenv("NANGDOK_VOICES", NANGDOK_SOURCE_DIR "/voices", 1); }

}  // namespace

TEST(SpeechdSettings, EverySettingTheServerSendsIsAccepted) {
    ModuleSettings s;
    const std::vector<std::pair<std::string, std::string>> sent{
        {"pitch", "-10"}, {"pitch_range", "0"}, {"rate", "20"}, {"volume", "100"}, {"punctuation_mode", "most"},
        {"spelling_mode", "on"}, {"cap_let_recogn", "spell"}, {"voice", "female1"}, {"language", "en-US"},
        {"synthesis_voice", "NULL"}};
    for (const auto& [name, value] : sent) EXPECT_EQ(apply_setting(s, name, value), SettingResult::ok) << name;
    EXPECT_EQ(s.pitch, -10);
    EXPECT_EQ(s.rate, 20);
    EXPECT_EQ(s.punctuation, PunctuationMode::most);
    EXPECT_TRUE(s.spelling);
    EXPECT_EQ(s.capitals, CapitalLetters::spell);
    EXPECT_EQ(s.voice, VoiceType::female1);
    EXPECT_EQ(s.language, "en-US");
    EXPECT_EQ(s.synthesis_voice, "");
    EXPECT_EQ(apply_setting(s, "language", "NULL"), SettingResult::ok);
    EXPECT_EQ(s.language, "ko");
}

TEST(SpeechdSettings, OutOfRangeAndUnknownValuesAreRefusedAndChangeNothing) {
    ModuleSettings s;
    const ModuleSettings before = s;
    for (const auto& [name, value] :
         std::vector<std::pair<std::string, std::string>>{{"rate", "101"},        {"rate", "-101"},
                                                          {"rate", "abc"},        {"rate", "5x"},
                                                          {"pitch", "+5"},        {"volume", "99999999999"},
                                                          {"punctuation_mode", "loud"}, {"spelling_mode", "yes"},
                                                          {"voice", "robot"},     {"cap_let_recogn", "ALL"},
                                                          {"language", "ko kr"},  {"colour", "blue"}})
        EXPECT_EQ(apply_setting(s, name, value), SettingResult::bad_value) << name << "=" << value;
    EXPECT_EQ(s.rate, before.rate);
    EXPECT_EQ(s.pitch, before.pitch);
    EXPECT_EQ(s.volume, before.volume);
    EXPECT_EQ(s.language, before.language);
}

TEST(SpeechdSettings, RateMapsLinearlyToWordsPerMinute) {
    ModuleConfig config;  // 80, 175, 450
    EXPECT_EQ(rate_in_wpm(config, 0, 175), 175);
    EXPECT_EQ(rate_in_wpm(config, -100, 175), 80);
    EXPECT_EQ(rate_in_wpm(config, 100, 175), 450);
    EXPECT_EQ(rate_in_wpm(config, 50, 175), 313);   // 175 + 275 / 2, rounded
    EXPECT_EQ(rate_in_wpm(config, -50, 175), 127);  // 175 - 95 / 2, halves away from the normal rate
    EXPECT_EQ(rate_in_wpm(config, 0, 135), 135);    // the clear voice keeps its own pace
}

TEST(SpeechdSettings, ConfigFileIsReadInAnyCaseWithQuotesAndComments) {
    TempDir dir;
    write_file(dir / "nangdok.conf",
               "# a comment\n"
               "NangdokDefaultVoice \"clear\"\n"
               "nangdokfemalevoice female   # trailing comment\n"
               "NangdokMinRate 100\nNangdokNormalRate 200\nNangdokMaxRate 400\n"
               "NangdokAudioAhead 300\nNangdokSoundIconFolder \"/some/where\"\n"
               "Debug 1\nSomethingElse 5\n");
    const ModuleConfig config = load_module_config(dir / "nangdok.conf");
    EXPECT_EQ(config.default_voice, "clear");
    EXPECT_EQ(config.female_voice, "female");
    EXPECT_EQ(config.min_rate, 100);
    EXPECT_EQ(config.normal_rate, 200);
    EXPECT_EQ(config.max_rate, 400);
    EXPECT_EQ(config.audio_ahead_ms, 300);
    EXPECT_EQ(config.sound_icon_folder, "/some/where");
    EXPECT_TRUE(config.debug);
    ASSERT_EQ(config.warnings.size(), 1u);
    EXPECT_NE(config.warnings[0].find("SomethingElse"), std::string::npos);
}

TEST(SpeechdSettings, ConfigFileWithImpossibleValuesIsRefused) {
    TempDir dir;
    for (const std::string& text : {"NangdokNormalRate 9999\n", "NangdokMinRate 300\nNangdokNormalRate 200\n",
                                    "NangdokAudioAhead fast\n", "NangdokDefaultVoice \"\"\n"}) {
        write_file(dir / "bad.conf", text);
        EXPECT_THROW(load_module_config(dir / "bad.conf"), nangdok::UsageError) << text;
    }
    EXPECT_EQ(load_module_config(dir / "missing.conf").warnings.size(), 1u);
}

TEST(SpeechdSettings, TheShippedConfigFileIsValid) {
    const ModuleConfig config = load_module_config(NANGDOK_SOURCE_DIR "/src/module/speechd/nangdok.conf");
    EXPECT_TRUE(config.warnings.empty()) << config.warnings.front();
}

TEST(SpeechdVoices, KoreanUsesOurVoicesAndOtherLanguagesEspeakNg) {
    use_source_voices();
    VoicePicker picker{ModuleConfig{}};
    ModuleSettings s;
    VoiceSetup korean = picker.pick(s);
    EXPECT_TRUE(korean.korean);
    EXPECT_EQ(korean.choice.name, "default");
    EXPECT_EQ(korean.prosody.rate_wpm, 175);
    EXPECT_EQ(korean.prosody.pitch, 50);
    EXPECT_EQ(korean.prosody.volume, 100);

    s.voice = VoiceType::female2;
    EXPECT_EQ(picker.pick(s).choice.name, "female");
    s.synthesis_voice = "clear";
    const VoiceSetup clear = picker.pick(s);
    EXPECT_EQ(clear.choice.name, "clear");
    EXPECT_EQ(clear.prosody.rate_wpm, 135);

    s = ModuleSettings{};
    s.language = "en-us";
    const VoiceSetup english = picker.pick(s);
    EXPECT_FALSE(english.korean);
    EXPECT_EQ(english.choice.espeak_name, "en-US");
    s.language = "de-AT";  // eSpeak NG has de only
    EXPECT_EQ(picker.pick(s).choice.espeak_name, "de");
    s.voice = VoiceType::female1;
    EXPECT_EQ(picker.pick(s).choice.espeak_name, "de+f3");
    s.language = "tlh";  // no Klingon: Korean it is
    EXPECT_TRUE(picker.pick(s).korean);
}

TEST(SpeechdVoices, ProsodyFollowsTheSettings) {
    use_source_voices();
    VoicePicker picker{ModuleConfig{}};
    ModuleSettings s;
    s.rate = 100;
    s.pitch = -100;
    s.volume = -100;
    const VoiceSetup fast = picker.pick(s);
    EXPECT_EQ(fast.prosody.rate_wpm, 450);
    EXPECT_EQ(fast.prosody.pitch, 0);
    EXPECT_EQ(fast.prosody.volume, 0);
    EXPECT_LT(fast.sentence_pause_ms, 300);  // faster speech, shorter pauses
    s.pitch = 100;
    EXPECT_EQ(picker.pick(s).prosody.pitch, 99);
}

TEST(SpeechdVoices, ListsOursAsKoreanThenEspeakLanguages) {
    use_source_voices();
    VoicePicker picker{ModuleConfig{}};
    const auto& voices = picker.voices();
    ASSERT_GE(voices.size(), 4u);
    EXPECT_EQ(voices[0].language, "ko");
    auto has = [&](const std::string& name, const std::string& language) {
        return std::any_of(voices.begin(), voices.end(),
                           [&](const VoiceListEntry& v) { return v.name == name && v.language == language; });
    };
    EXPECT_TRUE(has("default", "ko"));
    EXPECT_TRUE(has("female", "ko"));
    EXPECT_TRUE(has("en-US", "en-US"));
    EXPECT_FALSE(has("ko", "ko")) << "eSpeak NG's own Korean would bypass the text stages";
}

TEST(SpeechdVoices, AnUnknownConfiguredVoiceIsAnError) {
    use_source_voices();
    ModuleConfig config;
    config.default_voice = "no-such-voice";
    EXPECT_THROW(VoicePicker{config}, nangdok::UsageError);
}
