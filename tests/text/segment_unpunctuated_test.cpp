// Sentence ends without punctuation (unpunctuated_endings.hpp): blogs, reviews and queries end a
// sentence with a final ending and a space; news uses the same letters mid-sentence.
#include <gtest/gtest.h>

#include "segment_test_support.hpp"

namespace nangdok {
namespace {

using segment_test::Sentences;
using segment_test::split_with;
using segment_test::without;

TEST(SegmentUnpunctuated, PoliteAndFormalEndingsEndASentence) {
    EXPECT_EQ(split_with("국물이 정말 맛있어요 가격도 착하고 친절합니다 다음에 또 올게요"),
              (Sentences{"국물이 정말 맛있어요", "가격도 착하고 친절합니다", "다음에 또 올게요"}));
    EXPECT_EQ(split_with("근처 카페 좀 찾아줘 지금 영업 중인 약국이 있을까 경부고속도로 막히냐 날씨 어때"),
              (Sentences{"근처 카페 좀 찾아줘", "지금 영업 중인 약국이 있을까", "경부고속도로 막히냐", "날씨 어때"}));
    EXPECT_EQ(split_with("배달이 빨랐음 다음엔 포장해 갈게요"), (Sentences{"배달이 빨랐음", "다음엔 포장해 갈게요"}));
}

TEST(SegmentUnpunctuated, EmoticonsStayWithTheSentenceTheyFollow) {
    EXPECT_EQ(split_with("사장님이 친절하세요 ㅎㅎ 또 갈게요^^ 추천합니다"),
              (Sentences{"사장님이 친절하세요 ㅎㅎ", "또 갈게요^^", "추천합니다"}));
    EXPECT_EQ(split_with("너무 좋아요 ㅠㅠ"), (Sentences{"너무 좋아요 ㅠㅠ"}));
}

TEST(SegmentUnpunctuated, LaughterAndCryingEndASentence) {
    EXPECT_EQ(split_with("대여섯장 찍음 ㅋㅋㅋㅋ오늘 잘못걸리셨어요"), (Sentences{"대여섯장 찍음 ㅋㅋㅋㅋ", "오늘 잘못걸리셨어요"}));
    EXPECT_EQ(split_with("셀카봉으로 찍어달라고ㅋㅋㅋ 대여섯장 찍었다"), (Sentences{"셀카봉으로 찍어달라고ㅋㅋㅋ", "대여섯장 찍었다"}));
    EXPECT_EQ(split_with("결국 못 갔다ㅠㅠ ㅠㅠ 내일 가야지"), (Sentences{"결국 못 갔다ㅠㅠ ㅠㅠ", "내일 가야지"}));
    const std::string single = "그 말에 ㅋ 웃었다";  // one jamo is no laugh to end on
    EXPECT_EQ(split_with(single), (Sentences{single}));
}

TEST(SegmentUnpunctuated, NominalEndingsAfterVerbStems) {
    EXPECT_EQ(split_with("운동 하나도 안했음 다리도 아팠음"), (Sentences{"운동 하나도 안했음", "다리도 아팠음"}));
    EXPECT_EQ(split_with("아이가 부담스러워 하지 않음 단어가 쉬움"), (Sentences{"아이가 부담스러워 하지 않음", "단어가 쉬움"}));
    const std::string nouns = "내 마음 다음 처음 소음 모두";  // nouns in 음 after other syllables
    EXPECT_EQ(split_with(nouns), (Sentences{nouns}));
}

TEST(SegmentUnpunctuated, NounsThatLookLikeEndingsDoNotEndASentence) {
    for (const char* text : {"주요 선진국이 부채 문제로 재정 여력이 떨어졌다.", "필요 없는 규제를 없앤다.",
                             "인기가요 무대에 올랐다.", "케냐 대표팀이 우승했다.", "어머니 손을 잡았다."})
        EXPECT_EQ(split_with(text), (Sentences{text})) << text;
}

TEST(SegmentUnpunctuated, PlainDaIsNoSentenceEndInNews) {
    // The shortened connective -다(가) and a quotation without 고.
    for (const char* text : {"경찰은 음주운전을 하다 적발된 운전자를 입건했다.", "시는 사업을 추진한다 밝혔다."})
        EXPECT_EQ(split_with(text), (Sentences{text})) << text;
}

TEST(SegmentUnpunctuated, WordsThatCarryTheEndingOnKeepTheSentenceWhole) {
    for (const char* text : {"이번 결정이 옳지 않을까 싶습니다.", "사고가 날까 두려웠다.", "인생감정쇼-얼마에요 에 출연했다.",
                             "확집이냐 퇴행이냐를 두고 다퉜다.", "사랑을 나눠주세요 <엄마를 살릴 수만 있다면> 기사가 나갔다."})
        EXPECT_EQ(split_with(text), (Sentences{text})) << text;
}

TEST(SegmentUnpunctuated, NoBreakInsideQuotesOrBrackets) {
    for (const char* text : {"그는 '굿모닝FM 김제동입니다 '에서 통화했다.", "리뷰에는 \"맛있어요 또 올게요\"라는 글이 많다.",
                             "메뉴(추천합니다 꼭 드세요)가 바뀌었다."})
        EXPECT_EQ(split_with(text), (Sentences{text})) << text;
}

TEST(SegmentUnpunctuated, RuleCanBeSwitchedOff) {
    const std::string text = "국물이 정말 맛있어요 가격도 착해요";
    EXPECT_EQ(split_with(text, without(&SegmentRules::unpunctuated_endings)), (Sentences{text}));
    EXPECT_EQ(split_with(text, SegmentRules::icu_only()), (Sentences{text}));
}

}  // namespace
}  // namespace nangdok
