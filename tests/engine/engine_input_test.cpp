// The guard in front of eSpeak NG (synth/engine_input.hpp), and regression tests for the eSpeak NG
// crash that fuzzing found through it (tests/fuzz/fuzz_engine_bytes.cpp).
#include <gtest/gtest.h>

#include <string>

#include "pipeline/text_pipeline.hpp"
#include "synth/engine_input.hpp"
#include "synth/speech_engine.hpp"

using namespace nangdok;

namespace {

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    return out;
}

// Found by fuzz_engine_bytes, then by feeding every code point of the BMP alone to it: each,
// spoken by eSpeak NG 1.51's Korean voice, makes it read memory it has freed (AddressSanitizer:
// heap-use-after-free in memcmp, under eSpeak's dictionary lookup). They are non-letters and
// unassigned code points of scripts eSpeak NG has a language for: the Greek block (the Greek
// letters are safe), a Devanagari sign, and the Bengali digits and currency signs.
constexpr char32_t kCrashesEspeak[] = {0x0380, 0x0381, 0x0382, 0x0383, 0x0384, 0x0385, 0x0387, 0x038B,
                                        0x038D, 0x03A2, 0x03F6, 0x0970, 0x09E4, 0x09E5, 0x09E6, 0x09EF,
                                        0x09F2, 0x09F3, 0x09F7, 0x09F8, 0x09F9};

// Found by the long run of fuzz_engine_bytes (tests/fuzz/run-long): after "묤?오", every old
// jamo of Hangul Jamo Extended-A and B does the same (a use-after-free in strlen); alone they are
// safe. Every other character the guard lets through was tried after that prefix and is safe.
const std::string kCrashPrefix = "묤?오";
constexpr char32_t kCrashesAfterPrefix[] = {0xA960, 0xA97C, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7F5, 0xD7FB};
// And after "…>", the emoji among punctuation: U+203C DOUBLE EXCLAMATION MARK, U+3030 WAVY DASH,
// U+303D PART ALTERNATION MARK (a use-after-free in memcmp); alone they are safe.
const std::string kExclamationPrefix = "…>";

}  // namespace

TEST(EngineInput, SafeTextComesBackUnchanged) {
    for (const std::string text : {"서울시가 이천이십사 년 오월 팔 일, 발표했다.", "궁무를 멍는다!?", "AI 3.5% (test)\n다음",
                                   "「인용」 … ― ·", "ㅋㅋ ㅏ"})
        EXPECT_EQ(engine_input(text), text);
}

TEST(EngineInput, EverythingElseBecomesASpace) {
    EXPECT_EQ(engine_input(std::string("a\0b", 3)), "a b");
    EXPECT_EQ(engine_input("가\x01나\x7F다"), "가 나 다");
    EXPECT_EQ(engine_input("가\xFF\xFE나"), "가  나") << "each invalid byte, and the character after survives";
    EXPECT_EQ(engine_input("가\xE1\x84"), "가  ") << "a character cut short";
    EXPECT_EQ(engine_input("α 가 Ж 😀 é"), "  가" + std::string(6, ' '));
    for (const char32_t c : kCrashesEspeak) EXPECT_EQ(engine_input("가" + utf8(c) + "나"), "가 나") << std::hex << static_cast<uint32_t>(c);
    for (const char32_t c : kCrashesAfterPrefix)
        EXPECT_EQ(engine_input(kCrashPrefix + utf8(c)), kCrashPrefix + " ") << std::hex << static_cast<uint32_t>(c);
}

TEST(EngineInput, LongClausesAreStillCut) {
    std::string word;
    for (int i = 0; i < 2000; ++i) word += "가";
    EXPECT_NE(engine_input(word).find(", "), std::string::npos);
}

TEST(EngineInput, TheTextStagesSendOnlyWhatTheGuardKeeps) {
    for (const char32_t c : kCrashesEspeak) {
        const std::string spoken = spoken_form("값이 " + utf8(c) + " 올랐다");
        EXPECT_EQ(engine_input(spoken), spoken) << std::hex << static_cast<uint32_t>(c);
    }
}

TEST(EngineInput, OldJamoAreDroppedByTheTextStagesAndAgainBeforeEspeak) {
    // Found by the long run of fuzz_engine_text: normalize used to keep U+D7D7 (Jamo Extended-B).
    // Normalize now drops old jamo itself; the guard still drops them from text that skips it.
    const std::string raw = kCrashPrefix + utf8(0xD7D7);
    EXPECT_EQ(spoken_form(raw).find(utf8(0xD7D7)), std::string::npos);
    EXPECT_EQ(engine_input(raw).find(utf8(0xD7D7)), std::string::npos);
    const int64_t samples = SpeechEngine::instance().synthesize(raw, [](std::span<const int16_t>) { return true; });
    EXPECT_GT(samples, 0);
}

TEST(EngineInput, CharactersThatCrashedEspeakAreSpokenSafely) {
    // Under AddressSanitizer (the CI's second run) the use-after-free would abort this test even
    // though eSpeak NG itself is not instrumented: ASan intercepts its memcmp.
    SpeechEngine& engine = SpeechEngine::instance();
    for (const char32_t c : kCrashesEspeak) {
        int64_t received = 0;
        const int64_t returned = engine.synthesize("가" + utf8(c) + "나", [&](std::span<const int16_t> samples) {
            received += static_cast<int64_t>(samples.size());
            return true;
        });
        EXPECT_EQ(returned, received) << std::hex << static_cast<uint32_t>(c);
        EXPECT_GT(returned, 0) << std::hex << static_cast<uint32_t>(c);
    }
    for (const char32_t c : {0x203C, 0x3030, 0x303D}) {
        EXPECT_EQ(engine_input(kExclamationPrefix + utf8(c)), kExclamationPrefix + " ");
        EXPECT_GT(engine.synthesize(kExclamationPrefix + utf8(c), [](std::span<const int16_t>) { return true; }), 0);
    }
    for (const char32_t c : kCrashesAfterPrefix) {
        const int64_t samples = engine.synthesize(kCrashPrefix + utf8(c), [](std::span<const int16_t>) { return true; });
        EXPECT_GT(samples, 0) << std::hex << static_cast<uint32_t>(c);
    }
}
