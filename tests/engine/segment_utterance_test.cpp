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

// Written for the test: one stretch too long for eSpeak NG's clause buffer, with no connective ending.
const std::string kNoConnective =
    "한빛시 교육청은 지난해 관내 초등학교 마흔두 곳의 학생 삼천이백 명을 대상으로 한 설문조사 결과를 토대로 "
    "새 학기 방과후 수업 시간표와 통학버스 노선을 학부모 의견에 맞춰 전면 재조정하는 방안을 다음 달 이십칠 일 "
    "열리는 운영위원회 회의에서 최종 확정할 예정이다.";

TEST(SegmentUtteranceCutter, WithoutAConnectiveAStretchPausesAfterAPhraseNearItsMiddle) {
    const std::string cut = cut_utterances(kNoConnective);
    ASSERT_NE(cut, kNoConnective);
    EXPECT_EQ(cut_long_clauses(cut), cut);  // nothing left for the clause cutter to cut anywhere
    // Not inside a number and its counter, not before 한 or 할 that finish a phrase, not before the verb.
    for (const std::string bad : {"이십칠, 일", "대상으로, 한", "확정할, 예정", "최종, 확정", "명을, 대상"})
        EXPECT_EQ(cut.find(bad), std::string::npos) << bad;
    // Each pause follows a particle ending a noun phrase, and splits the sentence into fair halves.
    const std::size_t comma = cut.find(", ");
    ASSERT_NE(comma, std::string::npos);
    EXPECT_EQ(cut.find(", ", comma + 1), std::string::npos);
    const std::string before = cut.substr(0, comma);
    EXPECT_TRUE(before.ends_with("을") || before.ends_with("를") || before.ends_with("은") || before.ends_with("는") ||
                before.ends_with("에서"))
        << cut;
    EXPECT_GT(comma, cut.size() / 4);
    EXPECT_LT(comma, cut.size() * 3 / 4);
}

TEST(SegmentUtteranceCutter, ARangeAndAConjunctionAreNotPausedInside) {
    const std::string text =
        "연구진은 스무 살에서 서른아홉 살 사이의 직장인 이천 명이 하루 평균 앉아서 보내는 시간과 수면 시간 그리고 "
        "주말 운동 여부를 함께 분석해 심장 질환 위험이 어떻게 달라지는지 살펴본 결과를 국제 학술지 최신호에 실었다.";
    const std::string cut = cut_utterances(text);
    ASSERT_NE(cut, text);
    for (const std::string bad : {"살에서, 서른", "그리고,", "또는,"}) EXPECT_EQ(cut.find(bad), std::string::npos) << bad;
}

}  // namespace
}  // namespace nangdok
