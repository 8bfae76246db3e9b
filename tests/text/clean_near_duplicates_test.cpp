// The later copy of a repeated block is kept.
#include <gtest/gtest.h>

#include "clean/near_duplicates.hpp"

namespace nangdok {
namespace {

const std::string kLead = "서울시가 첨단산업 분야의 중동 진출을 적극적으로 지원한다고 밝혔다.";
const std::string kSecond = "시는 두바이 재단과 함께 스타트업 교류 프로그램을 운영하기로 했다.";

std::vector<bool> copies_of(const std::vector<std::string>& lines) {
    const std::vector<bool> all(lines.size(), true);
    return earlier_copies(lines, all, all);
}

TEST(CleanNearDuplicates, EarlierSummaryOfABodySentenceGoes) {
    const auto copies = copies_of({kSecond, kLead, kLead + " " + kSecond});
    EXPECT_TRUE(copies[0]);
    EXPECT_TRUE(copies[1]);
    EXPECT_FALSE(copies[2]);
}

TEST(CleanNearDuplicates, SpacesAndQuotesDoNotHideACopy) {
    const auto copies = copies_of({"“" + kLead + "”", kLead});
    EXPECT_TRUE(copies[0]);
}

TEST(CleanNearDuplicates, OneSharedSentenceInsideOtherTextIsNotACopy) {
    const std::string longer = kLead + " 그러나 주민들은 교통 혼잡과 소음이 심해질 것이라며 반대 의견을 냈고 시의회도 재검토를 요구했다.";
    const auto copies = copies_of({longer, kLead});
    EXPECT_FALSE(copies[0]);
}

TEST(CleanNearDuplicates, ShortSentencesAreNotEvidence) {
    const auto copies = copies_of({"그는 말했다.", "그는 말했다."});
    EXPECT_FALSE(copies[0]);
}

TEST(CleanNearDuplicates, OnlyWitnessesCount) {
    const std::vector<std::string> lines{kLead, kLead};
    const auto copies = earlier_copies(lines, {true, true}, {true, false});
    EXPECT_FALSE(copies[0]);
}

}  // namespace
}  // namespace nangdok
