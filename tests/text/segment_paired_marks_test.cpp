#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "segment/paired_marks.hpp"
#include "support/linear_time.hpp"

namespace nangdok {
namespace {

MarkRole role_at(const PairedMarks& marks, std::size_t pos) {
    const Mark* mark = marks.mark_at(pos);
    EXPECT_NE(mark, nullptr) << "no mark at byte " << pos;
    return mark ? mark->role : MarkRole::apostrophe;
}

TEST(SegmentPairedMarks, PairsStraightQuotesByTheirNeighbours) {
    const std::string text = "그는 \"가자\"고 했다";
    const PairedMarks marks = PairedMarks::find(text);
    const std::size_t open = text.find('"');
    const std::size_t close = text.find('"', open + 1);
    EXPECT_EQ(role_at(marks, open), MarkRole::opener);
    EXPECT_EQ(role_at(marks, close), MarkRole::closer);
    EXPECT_TRUE(marks.encloses(close));
    EXPECT_FALSE(marks.encloses(open));
    EXPECT_FALSE(marks.encloses(close + 1));
}

TEST(SegmentPairedMarks, CurlyOpenerPairsWithStraightCloser) {
    const std::string text = "“좋다\"";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_EQ(role_at(marks, 0), MarkRole::opener);
    EXPECT_EQ(role_at(marks, text.size() - 1), MarkRole::closer);
}

TEST(SegmentPairedMarks, ApostropheAfterLatinLetterOrDigitIsNoQuote) {
    const std::string text = "don't 90's";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_EQ(role_at(marks, text.find('\'')), MarkRole::apostrophe);
    EXPECT_EQ(role_at(marks, text.rfind('\'')), MarkRole::apostrophe);
}

TEST(SegmentPairedMarks, QuoteAfterLatinLetterClosesAnOpenQuote) {
    const std::string text = "'Honey Girl'촬영";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_EQ(role_at(marks, 0), MarkRole::opener);
    EXPECT_EQ(role_at(marks, text.rfind('\'')), MarkRole::closer);
}

TEST(SegmentPairedMarks, ParticleAfterASpacedQuoteMakesItACloser) {
    const std::string text = "“헷갈렸다. \"며 웃었다";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_EQ(role_at(marks, text.find('"')), MarkRole::closer);
    EXPECT_TRUE(marks.encloses(text.find('"')));
}

TEST(SegmentPairedMarks, ClosingBracketDropsAQuoteOpenedInside) {
    const std::string text = "(그는 \"좋다) 끝";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_EQ(role_at(marks, text.find('"')), MarkRole::unmatched_opener);
    EXPECT_EQ(role_at(marks, 0), MarkRole::opener);
    EXPECT_EQ(role_at(marks, text.find(')')), MarkRole::closer);
}

TEST(SegmentPairedMarks, UnbalancedMarksStayUnmatched) {
    const std::string text = "a) b] (c [d";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_EQ(role_at(marks, 1), MarkRole::unmatched_closer);
    EXPECT_EQ(role_at(marks, text.find(']')), MarkRole::unmatched_closer);
    EXPECT_EQ(role_at(marks, text.find('(')), MarkRole::unmatched_opener);
    EXPECT_EQ(role_at(marks, text.find('[')), MarkRole::unmatched_opener);
    for (std::size_t b = 0; b <= text.size(); ++b) EXPECT_FALSE(marks.encloses(b));
}

TEST(SegmentPairedMarks, NestedPairsEncloseTheirInside) {
    const std::string text = "가(나 [다] 라) 마";
    const PairedMarks marks = PairedMarks::find(text);
    EXPECT_TRUE(marks.encloses(text.find("다")));
    EXPECT_TRUE(marks.encloses(text.find("라")));
    EXPECT_FALSE(marks.encloses(text.find("마")));
}

TEST(SegmentPairedMarks, ManyOpenersThenAMismatchedCloserIsLinear) {
    // Every ( is popped at most once by the closing ", so this takes time linear in the length.
    auto text_of = [](std::size_t openers) {
        std::string text = "\"";
        text.append(openers, '(');
        return text + "가\"";
    };
    nangdok::testing::expect_linear_time(
        text_of,
        [](const std::string& text) {
            const PairedMarks marks = PairedMarks::find(text);
            EXPECT_EQ(role_at(marks, text.size() - 1), MarkRole::closer);
            EXPECT_EQ(role_at(marks, 1), MarkRole::unmatched_opener);
        },
        40000);
}

}  // namespace
}  // namespace nangdok
