// The protocol reader alone: lines in, requests out, as speech-dispatcher 0.11 sends them.
#include <gtest/gtest.h>

#include "speechd/protocol_reader.hpp"

using namespace nangdok::speechd;

namespace {

std::vector<RequestReader::Step> feed_all(RequestReader& reader, const std::vector<std::string>& lines) {
    std::vector<RequestReader::Step> steps;
    for (const std::string& line : lines) steps.push_back(reader.feed(line));
    return steps;
}

}  // namespace

TEST(SpeechdProtocolReader, OneLineCommands) {
    const std::vector<std::pair<std::string, RequestKind>> commands{
        {"INIT", RequestKind::init},   {"STOP", RequestKind::stop},
        {"PAUSE", RequestKind::pause}, {"LIST VOICES", RequestKind::list_voices},
        {"QUIT", RequestKind::quit},   {"DEBUG ON /tmp/x", RequestKind::debug},
    };
    for (const auto& [line, kind] : commands) {
        RequestReader reader;
        const auto step = reader.feed(line);
        ASSERT_TRUE(step.request.has_value()) << line;
        EXPECT_EQ(step.request->kind, kind) << line;
        EXPECT_FALSE(step.reply.has_value()) << line;
        EXPECT_FALSE(reader.inside_block());
    }
}

TEST(SpeechdProtocolReader, UnknownAndMalformedCommandsAreUnknown) {
    for (std::string line : {"HELLO", "stop", "STOP ", " STOP", "SPEAK NOW", "", "LIST  VOICES", "SET\r"}) {
        RequestReader reader;
        const auto step = reader.feed(line);
        ASSERT_TRUE(step.request.has_value()) << line;
        EXPECT_EQ(step.request->kind, RequestKind::unknown) << "'" << line << "'";
        EXPECT_FALSE(reader.inside_block());
    }
}

TEST(SpeechdProtocolReader, SpeakCollectsLinesUntilTheDotAndUndoublesLeadingDots) {
    RequestReader reader;
    const auto steps = feed_all(reader, {"SPEAK", "<speak>첫 줄", "..점으로 시작", "마지막</speak>"});
    ASSERT_TRUE(steps[0].reply.has_value());
    EXPECT_EQ(*steps[0].reply, "202 OK RECEIVING MESSAGE");
    for (const auto& step : steps) EXPECT_FALSE(step.request.has_value());
    EXPECT_TRUE(reader.inside_block());
    const auto end = reader.feed(".");
    ASSERT_TRUE(end.request.has_value());
    EXPECT_EQ(end.request->kind, RequestKind::speak);
    EXPECT_EQ(end.request->text, "<speak>첫 줄\n.점으로 시작\n마지막</speak>");
    EXPECT_EQ(end.request->text_lines, 3);
    EXPECT_FALSE(reader.inside_block());
}

TEST(SpeechdProtocolReader, CommandWordsInsideAMessageAreText) {
    RequestReader reader;
    feed_all(reader, {"SPEAK", "STOP", "QUIT"});
    const auto end = reader.feed(".");
    ASSERT_TRUE(end.request.has_value());
    EXPECT_EQ(end.request->text, "STOP\nQUIT");
}

TEST(SpeechdProtocolReader, CharKeyAndSoundIconCountTheirLines) {
    for (const auto& [command, kind] : {std::pair{"CHAR", RequestKind::character}, std::pair{"KEY", RequestKind::key},
                                        std::pair{"SOUND_ICON", RequestKind::sound_icon}}) {
        RequestReader reader;
        feed_all(reader, {command, "a", "b"});
        const auto end = reader.feed(".");
        ASSERT_TRUE(end.request.has_value());
        EXPECT_EQ(end.request->kind, kind);
        EXPECT_EQ(end.request->text_lines, 2);
    }
    RequestReader empty;
    empty.feed("SPEAK");
    EXPECT_EQ(empty.feed(".").request->text_lines, 0);
}

TEST(SpeechdProtocolReader, SettingsBlocks) {
    RequestReader reader;
    const auto start = reader.feed("SET");
    EXPECT_EQ(*start.reply, "203 OK RECEIVING SETTINGS");
    feed_all(reader, {"rate=20", "language=ko", "synthesis_voice=English (America)", "x=a=b"});
    const auto end = reader.feed(".");
    ASSERT_TRUE(end.request.has_value());
    EXPECT_FALSE(end.request->bad_syntax);
    const std::vector<std::pair<std::string, std::string>> expected{
        {"rate", "20"}, {"language", "ko"}, {"synthesis_voice", "English (America)"}, {"x", "a=b"}};
    EXPECT_EQ(end.request->settings, expected);

    RequestReader audio;
    EXPECT_EQ(*audio.feed("AUDIO").reply, "207 OK RECEIVING AUDIO SETTINGS");
    RequestReader loglevel;
    EXPECT_EQ(*loglevel.feed("LOGLEVEL").reply, "207 OK RECEIVING LOGLEVEL SETTINGS");
}

TEST(SpeechdProtocolReader, ASettingWithoutNameOrValueIsBadSyntax) {
    for (std::string line : {"rate", "=5", "rate=", ""}) {
        RequestReader reader;
        feed_all(reader, {"SET", "pitch=0", line});
        const auto end = reader.feed(".");
        ASSERT_TRUE(end.request.has_value());
        EXPECT_TRUE(end.request->bad_syntax) << "'" << line << "'";
        EXPECT_EQ(end.request->settings.size(), 1u) << line;
    }
}

TEST(SpeechdProtocolReader, AnOversizedMessageIsCutAndFlagged) {
    RequestReader reader;
    reader.feed("SPEAK");
    const std::string big(1 << 20, 'a');
    for (int i = 0; i < 17; ++i) reader.feed(big);
    const auto end = reader.feed(".");
    ASSERT_TRUE(end.request.has_value());
    EXPECT_TRUE(end.request->text_too_long);
    EXPECT_LE(end.request->text.size(), kMaxTextBytes);
    EXPECT_EQ(end.request->text_lines, 17);
}
