#include <gtest/gtest.h>

#include "segment/sentence_splitter.hpp"

using nangdok::SentenceSplitter;

TEST(SentenceSplitterIcu, SplitsAtSentenceEnds) {
    SentenceSplitter splitter;
    const auto sentences = splitter.split("서울시가 지원한다. 두바이도 참여한다! 정말인가?");
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_EQ(sentences[0], "서울시가 지원한다.");
    EXPECT_EQ(sentences[2], "정말인가?");
}

TEST(SentenceSplitterIcu, KeepsDecimalsInside) {
    SentenceSplitter splitter;
    EXPECT_EQ(splitter.split("성장률은 3.5%였다. 끝.").size(), 2u);
}

TEST(SentenceSplitterIcu, EmptyParagraphHasNoSentences) {
    SentenceSplitter splitter;
    EXPECT_TRUE(splitter.split("").empty());
    EXPECT_TRUE(splitter.split("   ").empty());
}

TEST(SentenceSplitterIcu, ReusableAcrossParagraphs) {
    SentenceSplitter splitter;
    std::string first = "가. 나.";
    EXPECT_EQ(splitter.split(first).size(), 2u);
    first.assign(100, 'x');  // the splitter must not keep pointing into the previous text
    EXPECT_EQ(splitter.split("다.").size(), 1u);
}
