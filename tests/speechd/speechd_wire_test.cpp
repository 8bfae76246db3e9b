// The module's output format: events and escaped audio, written and read back.
#include <gtest/gtest.h>

#include "speechd/module_wire.hpp"

using namespace nangdok::speechd;

TEST(SpeechdWire, AudioSurvivesEscapingOfLineFeedsAndEscapeBytes) {
    // 0x0A and 0x7D in both bytes of a sample, and a sample made of both.
    const std::vector<int16_t> samples{0x0A0A, 0x7D7D, 0x0A7D, 0x7D0A, 0, -1, 1000, 0x2A0A};
    const std::string event = audio_event(samples, 22050, 1);
    const std::size_t data = event.find(std::string("705-AUDIO\0", 10)) + 10;
    const std::size_t data_end = event.find('\n', data);
    EXPECT_EQ(event.substr(data_end), "\n705 AUDIO\n") << "a bare LF inside the samples";
    ModuleOutputParser parser;
    parser.feed(event);
    const auto message = parser.next();
    ASSERT_TRUE(message.has_value());
    EXPECT_EQ(message->code, "705");
    EXPECT_EQ(message->sample_rate, 22050);
    EXPECT_EQ(message->channels, 1);
    EXPECT_EQ(message->samples, samples);
    EXPECT_FALSE(parser.next().has_value());
}

TEST(SpeechdWire, HeaderLinesAreTheOnesTheServerParses) {
    const std::vector<int16_t> samples(10, 5);
    const std::string event = audio_event(samples, 16000, 2);
    EXPECT_TRUE(event.starts_with("705-bits=16\n705-num_channels=2\n705-sample_rate=16000\n705-num_samples=5\n"
                                  "705-big_endian=0\n705-AUDIO"))
        << event.substr(0, 100);
}

TEST(SpeechdWire, EventsAndRepliesAreParsedInPieces) {
    const std::string stream = multiline_reply(299, {"nangdok ready"}, "OK LOADED SUCCESSFULLY") + "701 BEGIN\n" +
                               index_mark_event("m\n1") + audio_event(std::vector<int16_t>{1, 2, 3}, 22050, 1) +
                               "702 END\n";
    ModuleOutputParser parser;
    std::vector<std::string> codes;
    for (char byte : stream) {  // one byte at a time: nothing may be taken before it is complete
        parser.feed(std::string_view(&byte, 1));
        while (auto message = parser.next()) codes.push_back(message->code);
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"299", "701", "700", "705", "702"}));
    ModuleOutputParser again;
    again.feed(stream);
    const auto init = again.next();
    EXPECT_EQ(init->lines, (std::vector<std::string>{"nangdok ready", "OK LOADED SUCCESSFULLY"}));
    again.next();
    const auto mark = again.next();
    EXPECT_EQ(mark->lines, (std::vector<std::string>{"m1", "INDEX MARK"}));
}

TEST(SpeechdWire, BrokenOutputIsReported) {
    ModuleOutputParser parser;
    parser.feed("hello\n");
    EXPECT_THROW(parser.next(), std::runtime_error);
    ModuleOutputParser short_audio;  // num_samples says 4, the data holds 1
    std::string event = "705-bits=16\n705-num_channels=1\n705-sample_rate=22050\n705-num_samples=4\n"
                        "705-big_endian=0\n705-AUDIO";
    event += '\0';
    short_audio.feed(event + "ab\n705 AUDIO\n");
    EXPECT_THROW(short_audio.next(), std::runtime_error);
}
