// Bad input never crashes, output stays speakable, and time stays linear in the input.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "normalize_test_support.hpp"
#include "support/linear_time.hpp"

namespace nangdok {
namespace {

// What eSpeak NG's Korean voice can take without switching language: Hangul, spaces and the
// punctuation it treats as pauses.
bool speakable_by_korean_voice(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto byte = static_cast<unsigned char>(s[i]);
        if (byte < 0x80) {
            if (std::string_view(" .,!?:;").find(s[i]) == std::string_view::npos) return false;
            ++i;
            continue;
        }
        if (i + 2 >= s.size() + 0 && byte >= 0xE0) return false;
        const char32_t cp = ((byte & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                            (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        const bool hangul = (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3131 && cp <= 0x318E);
        if ((byte & 0xF0) != 0xE0 || !hangul) return false;
        i += 3;
    }
    return true;
}

TEST(Robustness, MixedJunkComesOutSpeakable) {
    const std::string junk =
        "가\x01\x7f나 😀 ∑∫ Ωmega ①② ＄５ ½ ㈜삼성 ¾kg ™ 北京 Привет こんにちは ~~ --- %%% 1.2.3.4 12:34:56:78";
    const std::string spoken = normalize_for_speech(junk);
    EXPECT_TRUE(speakable_by_korean_voice(spoken)) << spoken;
}

// Quotes come and go around words, but never join or split them: every way of quoting a word in a
// Hangul sentence leaves the same words, in order.
TEST(Robustness, QuotesNeverJoinOrSplitWords) {
    const std::vector<std::string> words = {"정부는", "외국인", "지침을", "통해", "제도를", "도입했다"};
    const std::vector<std::pair<std::string, std::string>> quotes = {
        {"'", "'"}, {"\"", "\""}, {"‘", "’"}, {"“", "”"}, {"《", "》"}, {"「", "」"}};
    std::string plain;
    for (const std::string& word : words) plain += (plain.empty() ? "" : " ") + word;
    for (const auto& [open, close] : quotes)
        for (std::size_t first = 0; first < words.size(); ++first)
            for (std::size_t last = first; last < words.size(); ++last) {
                std::string quoted;
                for (std::size_t k = 0; k < words.size(); ++k) {
                    if (k > 0) quoted += ' ';
                    if (k == first) quoted += open;
                    quoted += words[k];
                    if (k == last) quoted += close;
                }
                EXPECT_EQ(normalize_for_speech(quoted), plain) << quoted;
            }
}

TEST(Robustness, HugeNumbers) {
    for (const std::string& text : {std::string(100000, '9'), "-" + std::string(30, '1') + "." + std::string(30, '2'),
                                    std::string(200, '8') + "원", "1," + std::string(50, '0')}) {
        const std::string spoken = normalize_for_speech(text);
        EXPECT_FALSE(spoken.empty());
        EXPECT_TRUE(speakable_by_korean_voice(spoken));
    }
}

TEST(Robustness, EmptyAndBlank) {
    EXPECT_EQ(normalize_for_speech(""), "");
    EXPECT_EQ(normalize_for_speech("   "), "");
}

// The decode stage validates UTF-8 before this stage; stray bytes must still not crash or leak.
TEST(Robustness, InvalidUtf8DoesNotCrash) {
    const std::string spoken = normalize_for_speech("\xff\xfe 가\xc3(\xe2\x82");
    EXPECT_TRUE(speakable_by_korean_voice(spoken)) << spoken;
}

TEST(Robustness, MegabyteLineInLinearTime) {
    const std::string unit = "AI 3개 2024-05-08 ₩1,000 △가·나 (화) 10~20% ";
    auto line_of = [&](std::size_t size) {
        std::string line;
        while (line.size() < size) line += unit;
        return line;
    };
    nangdok::testing::expect_linear_time(line_of, [](const std::string& line) { EXPECT_FALSE(normalize_for_speech(line).empty()); },
                                         100'000);
}

// The stage keeps no shared mutable state: threads normalizing at once get what one thread gets.
TEST(Robustness, SameResultFromSeveralThreads) {
    const std::vector<std::string> lines = {"2024-05-08 14:00 AI 3개", "₩1,234,567 25% 60km/h", "韓美 北 水 女性",
                                            "010-1234-5678 (화) 6~7일", "cake school 1/2kg 3:1"};
    std::vector<std::string> expected;
    for (const std::string& line : lines) expected.push_back(normalize_for_speech(line));
    std::vector<std::thread> threads;
    std::atomic<int> mismatches = 0;
    for (int n = 0; n < 4; ++n)
        threads.emplace_back([&] {
            for (int round = 0; round < 200; ++round)
                for (std::size_t k = 0; k < lines.size(); ++k)
                    if (normalize_for_speech(lines[k]) != expected[k]) ++mismatches;
        });
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(Robustness, LongRunsWithoutSpaces) {
    EXPECT_FALSE(normalize_for_speech(std::string(500'000, 'a')).empty());
    EXPECT_FALSE(normalize_for_speech(std::string(300'000, '-')).size() > 300'000);
    std::string digits_and_dashes;
    for (int i = 0; i < 100'000; ++i) digits_and_dashes += "12-";
    EXPECT_FALSE(normalize_for_speech(digits_and_dashes).empty());
}

}  // namespace
}  // namespace nangdok
