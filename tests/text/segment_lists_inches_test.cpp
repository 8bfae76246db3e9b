// Inline numbered lists, inch marks and sentences glued by a period (break_rules, paired_marks,
// missed_breaks).
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"
#include "segment_test_support.hpp"

namespace nangdok {
namespace {

using segment_test::Sentences;
using segment_test::split_with;
using segment_test::without;

TEST(InlineLists, NumberedItemsInsideASentenceStayInIt) {
    EXPECT_EQ(split_with("조례안은 1. 주차장 확충 2. 보행로 정비 3. 조명 교체를 담았다. 의회는 다음 달 표결한다."),
              (Sentences{"조례안은 1. 주차장 확충 2. 보행로 정비 3. 조명 교체를 담았다.", "의회는 다음 달 표결한다."}));
    EXPECT_EQ(split_with("조례안은 1. 주차장 확충 2. 보행로 정비를 담았다.", without(&SegmentRules::numbered_periods)).size(), 3u);
}

TEST(InlineLists, ItemsThatStartSentencesStillBreak) {
    EXPECT_EQ(split_with("요구는 둘이다. 1. 임금을 올린다. 2. 휴일을 늘린다."),
              (Sentences{"요구는 둘이다.", "1. 임금을 올린다.", "2. 휴일을 늘린다."}));
}

TEST(InlineLists, ALoneNumberAfterAWordStillEndsTheSentence) {
    EXPECT_EQ(split_with("그가 고른 번호는 7. 행운의 숫자라고 했다.").size(), 2u);
}

TEST(InlineLists, TheListNumberIsSaidWithAPause) {
    EXPECT_EQ(normalize_for_speech("조례안은 1. 주차장 확충 2. 보행로 정비를 담았다."),
              "조례안은 일, 주차장 확충 이, 보행로 정비를 담았다.");
}

TEST(InchMarks, InchesAreNotQuotes) {
    EXPECT_EQ(split_with("그는 \"거실에 75\" TV를 들였다. 아주 만족한다\"고 했다. 이웃도 샀다."),
              (Sentences{"그는 \"거실에 75\" TV를 들였다. 아주 만족한다\"고 했다.", "이웃도 샀다."}));
    // A quoted number with a particle after it is still a quote.
    EXPECT_EQ(split_with("그는 \"2030\"이라고 답했다. 이유는 말하지 않았다.").size(), 2u);
}

TEST(GluedSentences, APeriodGluedToTheNextSentenceBreaksAfterAFinalSyllable) {
    EXPECT_EQ(split_with("점수는 3.2로 올랐다.2-1로 앞선 7회에 교체됐다."),
              (Sentences{"점수는 3.2로 올랐다.", "2-1로 앞선 7회에 교체됐다."}));
    EXPECT_EQ(split_with("비율은 3.5다").size(), 1u);
}

}  // namespace
}  // namespace nangdok
