#include <gtest/gtest.h>

#include <string>

#include "core/article.hpp"
#include "pipeline/text_pipeline.hpp"
#include "segment/utterance_cutter.hpp"
#include "core/clause_cutter.hpp"

namespace nangdok {
namespace {

// n syllables of filler with no boundary and no connective ending in it.
std::string filler(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i % 5 == 4) ? "가 " : "가";
    return s;
}

// The character limit alone, without eSpeak NG's clause budget.
std::string cut_by_length(const std::string& text) {
    return cut_utterances(text, kUtteranceChars, static_cast<std::size_t>(-1));
}

TEST(SegmentUtteranceCutter, ShortStretchesComeBackUnchanged) {
    const std::string text = "정부는 대책을 발표하며 시장을 안정시키겠다고 밝혔다.";
    EXPECT_EQ(cut_utterances(text), text);
}

TEST(SegmentUtteranceCutter, CutsALongStretchAfterTheLastMyeo) {
    const std::string text = filler(100) + "발표하며 " + filler(100) + "확인하며 " + filler(100) + "끝났다.";
    const std::string cut = cut_by_length(text);
    EXPECT_EQ(cut, filler(100) + "발표하며 " + filler(100) + "확인하며, " + filler(100) + "끝났다.");
}

TEST(SegmentUtteranceCutter, PrefersMyeoOverGo) {
    const std::string text = filler(100) + "발표하며 " + filler(100) + "확인하고 " + filler(100) + "끝났다.";
    EXPECT_EQ(cut_by_length(text), filler(100) + "발표하며, " + filler(100) + "확인하고 " + filler(100) + "끝났다.");
}

TEST(SegmentUtteranceCutter, FallsBackToGoButNotAfterANoun) {
    const std::string text = filler(100) + "최고 " + filler(100) + "확인하고 " + filler(100) + "끝났다.";
    EXPECT_EQ(cut_by_length(text), filler(100) + "최고 " + filler(100) + "확인하고, " + filler(100) + "끝났다.");
}

TEST(SegmentUtteranceCutter, OtherClauseEndingsAreAsGoodAsMyeo) {
    for (const std::string ending : {"했지만 ", "있는데 ", "하면서 ", "했으나 ", "없으므로 "}) {
        const std::string text = filler(100) + ending + filler(100) + "확인하고 " + filler(100) + "끝났다.";
        const std::string expected = filler(100) + ending.substr(0, ending.size() - 1) + ", " + filler(100) +
                                     "확인하고 " + filler(100) + "끝났다.";
        EXPECT_EQ(cut_by_length(text), expected) << ending;
    }
}

TEST(SegmentUtteranceCutter, NoPauseInsideAnAuxiliaryConstruction) {
    // 갖고 있었다 and 하고 싶다 are one verb phrase each: the earlier plain -고 is cut instead.
    const std::string text = filler(100) + "만들고 " + filler(100) + "갖고 있었음을 " + filler(60) + "하고 싶다 " +
                             filler(40) + "끝났다.";
    EXPECT_EQ(cut_by_length(text), filler(100) + "만들고, " + filler(100) + "갖고 있었음을 " + filler(60) +
                                       "하고 싶다 " + filler(40) + "끝났다.");
}

TEST(SegmentUtteranceCutter, ExistingCommasAlreadyEndUtterances) {
    // Both stretches around the comma are under 250 characters, though the sentence is not.
    const std::string text = filler(180) + "하며, " + filler(150) + "하고 " + filler(20) + "끝.";
    EXPECT_EQ(cut_by_length(text), text);
}

TEST(SegmentUtteranceCutter, IsIdempotent) {
    const std::string text = filler(200) + "하며 " + filler(200) + "하고 " + filler(200) + "끝.";
    const std::string once = cut_by_length(text);
    EXPECT_NE(once, text);
    EXPECT_EQ(cut_by_length(once), once);
}

TEST(SegmentUtteranceCutter, PausesAtAConnectiveBeforeTheClauseCutterMustCutAnywhere) {
    // About 200 characters, under the length limit, but over eSpeak NG's clause budget.
    const std::string text = filler(80) + "발표하며 " + filler(80) + "끝.";
    const std::string cut = cut_utterances(text);
    EXPECT_EQ(cut, filler(80) + "발표하며, " + filler(80) + "끝.");
    EXPECT_EQ(cut_long_clauses(cut), cut);
    EXPECT_NE(cut_long_clauses(text), text);
}

TEST(SegmentUtteranceCutter, LongSentenceStaysWholeInTextButIsCutWhenSpoken) {
    Article article;
    article.paragraphs.push_back(filler(150) + "발표하며 " + filler(150) + "끝났다.");
    const std::vector<Sentence> sentences = article_sentences(article);
    ASSERT_EQ(sentences.size(), 1u);
    EXPECT_EQ(sentences[0].text.find("하며,"), std::string::npos);
    EXPECT_NE(sentences[0].spoken.find("하며,"), std::string::npos);
}

}  // namespace
}  // namespace nangdok
