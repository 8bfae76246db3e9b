// The splitter as a whole: ICU alone when every rule is off, and bad input that must neither
// crash nor take more than linear time.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "segment_test_support.hpp"
#include "support/linear_time.hpp"

namespace nangdok {
namespace {

using segment_test::Sentences;
using segment_test::split_with;

std::string without_spaces(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ') out += c;
    return out;
}

// Nothing is lost or invented: the sentences put together are the paragraph.
void expect_text_kept(const std::string& paragraph, const Sentences& sentences) {
    std::string joined;
    for (const std::string& s : sentences) {
        EXPECT_FALSE(s.empty());
        EXPECT_NE(s.front(), ' ');
        EXPECT_NE(s.back(), ' ');
        joined += s;
    }
    EXPECT_EQ(without_spaces(joined), without_spaces(paragraph));
}

TEST(SegmentSplitter, SplitsPlainSentences) {
    EXPECT_EQ(split_with("비가 온다.  바람이 분다! 언제 그칠까?"),
              (Sentences{"비가 온다.", "바람이 분다!", "언제 그칠까?"}));
}

TEST(SegmentSplitter, IcuOnlyKeepsIcusMistakes) {
    const std::string text = "그는 \"좋습니다. 남고 싶어요.\"라고 말했다.";
    EXPECT_EQ(split_with(text, SegmentRules::icu_only()),
              (Sentences{"그는 \"좋습니다.", "남고 싶어요.\"", "라고 말했다."}));
    EXPECT_EQ(split_with(text), (Sentences{text}));
}

TEST(SegmentSplitter, IcuOnlyKeepsABreakAfterALeadingEllipsis) {
    EXPECT_EQ(split_with("...여보, 거기 있어요?", SegmentRules::icu_only()), (Sentences{"...", "여보, 거기 있어요?"}));
}

TEST(SegmentSplitter, NeverSplitsAtAVerbEndingWithoutPunctuation) {
    const std::string text = "서울에 비가 왔다 바람도 불었다 오늘은 맑다";
    EXPECT_EQ(split_with(text), (Sentences{text}));
}

TEST(SegmentSplitter, EmptyAndBlankParagraphsGiveNoSentences) {
    EXPECT_TRUE(split_with("").empty());
    EXPECT_TRUE(split_with("   ").empty());
}

TEST(SegmentSplitter, UnbalancedQuotesAndBracketsNeitherCrashNorLoseText) {
    for (const std::string text : {"\"\"\" ))) ((( ]]] “ ’ '. 가. \"나.", "(((가. 나. 다.", "가.) 나.\" 다.” 라.’",
                                   "\"", ")", ".", "...", "( . ) [ . ] \" . \"", "다.[1", "다.(요한", "1. 2. 3."}) {
        const Sentences sentences = split_with(text);
        expect_text_kept(text, sentences);
    }
}

TEST(SegmentSplitter, InvalidUtf8BytesDoNotCrash) {
    const std::string text = std::string("가\xFF\xFE. 나\x80\x80. \xE2\x80") + "다.";
    EXPECT_NO_THROW(split_with(text));
}

class SegmentSplitterLinearTime : public ::testing::TestWithParam<std::string> {};

// Up to 1 MB of one pattern must take time linear in its length.
TEST_P(SegmentSplitterLinearTime, OneMegabyteLine) {
    auto text_of = [&](std::size_t size) {
        std::string text;
        while (text.size() < size) text += GetParam();
        return text;
    };
    SCOPED_TRACE(GetParam());
    nangdok::testing::expect_linear_time(
        text_of, [](const std::string& text) { EXPECT_FALSE(split_with(text).empty()); }, (1u << 20) / 10);
    const std::string text = text_of(1u << 20);
    expect_text_kept(text, split_with(text));
}

INSTANTIATE_TEST_SUITE_P(Patterns, SegmentSplitterLinearTime,
                         ::testing::Values("가나다라마바사", "가.", "초.중.", "1. ", "J.", "\"가. ", "(가. ", ")가. ",
                                           "다.[1] ", "다...", "가 - ", "'", "“다.”라고 ", "ㅋㅋ ", "좋아요 ^^ ",
                                           "했어요 "));

}  // namespace
}  // namespace nangdok
