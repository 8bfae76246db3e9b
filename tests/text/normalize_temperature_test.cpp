// Temperatures below zero and ranges that cross it (temperature.hpp).
#include <gtest/gtest.h>

#include "normalize_test_support.hpp"

namespace nangdok::normalize {
namespace {

using test::compact;

TEST(Temperature, AMinusBeforeDoIsYeongha) {
    EXPECT_EQ(compact("대관령은 -9도까지 내려갔다"), "대관령은영하구도까지내려갔다");
    EXPECT_EQ(compact("철원 -14.2도, 파주 -11도"), "철원영하십사점이도,파주영하십일도");
    EXPECT_EQ(compact("어젯밤 -6℃를 기록"), "어젯밤영하육도를기록");
}

TEST(Temperature, ARangeThatCrossesZeroSaysYeongsangForItsUpperBound) {
    EXPECT_EQ(compact("낮 기온은 -4~7도"), "낮기온은영하사도에서영상칠도");
    EXPECT_EQ(compact("아침 -8∼-1도"), "아침영하팔도에서영하일도");
    EXPECT_EQ(compact("낮 3~9도"), "낮삼도에서구도");  // no zero crossed, nothing added
}

TEST(Temperature, AnglesKeepTheirMinus) {
    EXPECT_EQ(compact("기울기를 -15도로 맞췄다"), "기울기를마이너스십오도로맞췄다");
}

}  // namespace
}  // namespace nangdok::normalize
