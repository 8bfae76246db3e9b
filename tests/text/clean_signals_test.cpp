// Korean prose signals: sentence endings, particles, title shape.
#include <gtest/gtest.h>

#include "clean/korean_signals.hpp"

namespace nangdok {
namespace {

TEST(CleanSignals, SentenceEndingsAreCounted) {
    const ProseSignals s = measure_prose("시는 스타트업을 지원한다. 재단은 장소를 제공했다고 “밝혔다.”");
    EXPECT_EQ(s.sentence_endings, 2);
    EXPECT_TRUE(s.ends_like_sentence);
    EXPECT_GE(s.particle_words, 3);
}

TEST(CleanSignals, AFinishedSentenceOfSomeLengthIsProse) {
    EXPECT_TRUE(looks_like_prose(measure_prose("포획 과정에서 다친 사람은 없었으며, 도마뱀 역시 이상이 없었다고 한다.")));
    EXPECT_FALSE(looks_like_prose(measure_prose("두바이 미래박물관 찾아 미래사회 대응방안 모색")));
    EXPECT_FALSE(looks_like_prose(measure_prose("닫았다.")));  // too short to be a paragraph on its own
}

TEST(CleanSignals, TitlesAreShortAndUnfinished) {
    const std::string title = "수원 광교서 출몰한 ‘대형 도마뱀’, 수색 11일 만에 포획";
    EXPECT_TRUE(looks_like_title(title, measure_prose(title)));
    const std::string teaser = "‘스탠딩 업’, 고루했던 KBS 예능국의 아..";
    EXPECT_FALSE(looks_like_title(teaser, measure_prose(teaser)));
    EXPECT_FALSE(looks_like_title("뉴스", measure_prose("뉴스")));
}

}  // namespace
}  // namespace nangdok
