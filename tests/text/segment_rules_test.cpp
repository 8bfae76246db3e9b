// One block per rule: the rule fixes ICU's mistake, and switching it off brings the mistake back.
#include <gtest/gtest.h>

#include "segment_test_support.hpp"

namespace nangdok {
namespace {

using segment_test::Sentences;
using segment_test::split_with;
using segment_test::without;

TEST(SegmentQuotesAndBrackets, KeepsSentencesInsideQuotesTogether) {
    const std::string text = "그는 \"좋습니다. 남고 싶어요.\"라고 말했다. 다들 웃었다.";
    EXPECT_EQ(split_with(text), (Sentences{"그는 \"좋습니다. 남고 싶어요.\"라고 말했다.", "다들 웃었다."}));
    const Sentences icu_like = split_with(text, without(&SegmentRules::quotes_and_brackets));
    EXPECT_GT(icu_like.size(), 2u);
}

TEST(SegmentQuotesAndBrackets, AcceptsMismatchedCurlyAndStraightQuotes) {
    EXPECT_EQ(split_with("그는 “괜찮다. 정말이다\"라고 했다. 끝났다."),
              (Sentences{"그는 “괜찮다. 정말이다\"라고 했다.", "끝났다."}));
    EXPECT_EQ(split_with("‘가자. 어서 가자'는 외침이 들렸다. 모두 떠났다."),
              (Sentences{"‘가자. 어서 가자'는 외침이 들렸다.", "모두 떠났다."}));
}

TEST(SegmentQuotesAndBrackets, KeepsSentencesInsideBracketsTogether) {
    const std::string text = "그 숟가락을(할머니가 챙겼다. 흔한 일이다) 기다렸다. 다음 날이 왔다.";
    EXPECT_EQ(split_with(text), (Sentences{"그 숟가락을(할머니가 챙겼다. 흔한 일이다) 기다렸다.", "다음 날이 왔다."}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::quotes_and_brackets)).size(), 3u);
}

TEST(SegmentQuotesAndBrackets, SeparateQuotationsStaySeparate) {
    EXPECT_EQ(split_with("\"덥다.\" \"정말 덥다.\" 그가 말했다."),
              (Sentences{"\"덥다.\"", "\"정말 덥다.\"", "그가 말했다."}));
}

TEST(SegmentQuotesAndBrackets, ApostropheAfterLatinLetterIsNoQuote) {
    // Were the apostrophe of "Levi's" a quote, it would pair with the one before 청바지 and swallow
    // the break between the two sentences.
    EXPECT_EQ(split_with("Levi's 매장이 문을 닫았다. 이제 '청바지' 거리는 조용하다."),
              (Sentences{"Levi's 매장이 문을 닫았다.", "이제 '청바지' 거리는 조용하다."}));
}

TEST(SegmentQuotesAndBrackets, UnclosedQuoteProtectsNothing) {
    EXPECT_EQ(split_with("그는 \"이건 끝이 아니다. 다시 시작한다. 모두 모였다."),
              (Sentences{"그는 \"이건 끝이 아니다.", "다시 시작한다.", "모두 모였다."}));
}

TEST(SegmentParticleAfterCloser, MergesParticleAttachedToClosingQuote) {
    // The first quote has no opener, so only the particle rule keeps 라고 in the sentence.
    const std::string text = "대표에게 그 영화인가? ”라고 묻자 웃었다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::particle_after_closer)),
              (Sentences{"대표에게 그 영화인가?", "”라고 묻자 웃었다."}));
}

TEST(SegmentParticleAfterCloser, MergesSpacedQuotativeAfterClosingQuote) {
    const std::string text = "누군가가 \"이봐, 알아차렸어?' 라고 물었다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::particle_after_closer)).size(), 2u);
}

TEST(SegmentParticleAfterCloser, ANewSentenceAfterAClosingQuoteStillBreaks) {
    EXPECT_EQ(split_with("그는 \"좋다.\" 그리고 떠났다."), (Sentences{"그는 \"좋다.\"", "그리고 떠났다."}));
}

TEST(SegmentFootnotesStayBehind, FootnoteMarksEndTheirSentence) {
    const std::string text = "관동 대지진이다.[16][17] 지진은 길었다.[3] 피해가 컸다.";
    EXPECT_EQ(split_with(text), (Sentences{"관동 대지진이다.[16][17]", "지진은 길었다.[3]", "피해가 컸다."}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::footnotes_stay_behind)),
              (Sentences{"관동 대지진이다.", "[16][17] 지진은 길었다.", "[3] 피해가 컸다."}));
}

TEST(SegmentFootnotesStayBehind, CitationInParenthesesStaysWithTheQuote) {
    const std::string text = "\"사람의 아들도 들려야 한다.\"(요한 3:13) 예고는 세 번 있었다.";
    EXPECT_EQ(split_with(text), (Sentences{"\"사람의 아들도 들려야 한다.\"(요한 3:13)", "예고는 세 번 있었다."}));
}

TEST(SegmentFootnotesStayBehind, ALongBracketedNameStartsTheNextSentence) {
    EXPECT_EQ(split_with("구분된다.[새 문서 대화상자] 에서 고른다."),
              (Sentences{"구분된다.", "[새 문서 대화상자] 에서 고른다."}));
}

TEST(SegmentOpenersMoveForward, OpeningQuoteGoesToTheNextSentence) {
    const std::string text = "회의가 끝났다.“다음은 언제냐”고 물었다.";
    EXPECT_EQ(split_with(text), (Sentences{"회의가 끝났다.", "“다음은 언제냐”고 물었다."}));
    // Left where ICU puts it, the quote's opener ends the first sentence, so the break falls
    // inside the quotation and the quote rule removes it.
    EXPECT_EQ(split_with(text, without(&SegmentRules::openers_move_forward)), (Sentences{text}));
}

TEST(SegmentNumberedPeriods, KeepsDatesWithSpacedPeriods) {
    const std::string text = "행사는 2024. 5. 8. 서울에서 열린다. 누구나 온다.";
    EXPECT_EQ(split_with(text), (Sentences{"행사는 2024. 5. 8. 서울에서 열린다.", "누구나 온다."}));
    EXPECT_GT(split_with(text, without(&SegmentRules::numbered_periods)).size(), 2u);
}

TEST(SegmentNumberedPeriods, KeepsACompactDateWithTheSentence) {
    const std::string text = "2024.05.08. 서울시는 계획을 발표했다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::numbered_periods)).size(), 2u);
}

TEST(SegmentNumberedPeriods, KeepsADateFollowedByItsWeekday) {
    EXPECT_EQ(split_with("행사는 오는 2024. 5. 8.(수) 열린다. 참가비는 무료다."),
              (Sentences{"행사는 오는 2024. 5. 8.(수) 열린다.", "참가비는 무료다."}));
}

TEST(SegmentNumberedPeriods, KeepsListNumbersWithTheirItem) {
    const std::string text = "대책은 다음과 같다. 1. 금리 인상 2. 세금 감면";
    EXPECT_EQ(split_with(text), (Sentences{"대책은 다음과 같다.", "1. 금리 인상", "2. 세금 감면"}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::numbered_periods)),
              (Sentences{"대책은 다음과 같다.", "1.", "금리 인상 2.", "세금 감면"}));
}

TEST(SegmentNumberedPeriods, OnlyTheNextNumberStartsANewItem) {
    // 2024 is not the item after 1, so the date stays inside the first item.
    EXPECT_EQ(split_with("1. 2024. 5. 8. 개최 2. 서울 3. 무료"), (Sentences{"1. 2024. 5. 8. 개최", "2. 서울", "3. 무료"}));
}

TEST(SegmentNumberedPeriods, ANumberMayEndAHeading) {
    EXPECT_EQ(split_with("남극 기지 부근의 새 1. 펭귄은 남극의 상징이다."),
              (Sentences{"남극 기지 부근의 새 1.", "펭귄은 남극의 상징이다."}));
}

TEST(SegmentBracketedMarks, QuestionMarkInParenthesesIsNoSentenceEnd) {
    const std::string text = "다행히도(?) 호텔이 아닌 곳에서 치렀다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    // With a space after the bracket, the particle rule cannot help: only this rule keeps it.
    EXPECT_EQ(split_with(text, without(&SegmentRules::bracketed_marks)),
              (Sentences{"다행히도(?)", "호텔이 아닌 곳에서 치렀다."}));
}

TEST(SegmentAbbreviations, InitialsDoNotEndSentences) {
    const std::string text = "J.P. 모건과 U.S. 스틸이 합의했다. 아드난 Z. 아민 총장이 왔다.";
    EXPECT_EQ(split_with(text), (Sentences{"J.P. 모건과 U.S. 스틸이 합의했다.", "아드난 Z. 아민 총장이 왔다."}));
    EXPECT_GT(split_with(text, without(&SegmentRules::abbreviations)).size(), 2u);
}

TEST(SegmentAbbreviations, ListedAbbreviationDoesNotEndSentence) {
    const std::string text = "Dr. 김은 회견을 열었다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::abbreviations)).size(), 2u);
}

TEST(SegmentAbbreviations, ALatinWordEndingASentenceStillBreaks) {
    EXPECT_EQ(split_with("그 팀은 FC Barcelona. 그는 떠났다."), (Sentences{"그 팀은 FC Barcelona.", "그는 떠났다."}));
}

TEST(SegmentEllipsisAfterConnective, EllipsisAfterConnectiveEndingIsAPause) {
    const std::string text = "열심히 했지만...결국 졌다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::ellipsis_after_connective)),
              (Sentences{"열심히 했지만...", "결국 졌다."}));
}

TEST(SegmentEllipsisAfterConnective, EllipsisAfterAFinalEndingStillBreaks) {
    EXPECT_EQ(split_with("정말 좋았다...결국 끝났다."), (Sentences{"정말 좋았다...", "결국 끝났다."}));
}

TEST(SegmentDottedWordLists, PeriodsBetweenHangulWordsSeparateListItems) {
    const std::string text = "선발된 초.중.고. 대학생 161명에게 주었다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
    EXPECT_GT(split_with(text, without(&SegmentRules::dotted_word_lists)).size(), 2u);
}

TEST(SegmentDottedWordLists, APeriodAfterAFinalSyllableStillEndsTheSentence) {
    EXPECT_EQ(split_with("강연회를 초청한다.강연회는 무료다."), (Sentences{"강연회를 초청한다.", "강연회는 무료다."}));
}

TEST(SegmentDashBullets, DashAfterSentenceEndStartsANewSentence) {
    const std::string text = "P를 입력한다. - 기본과목은 따로 입력한다.";
    EXPECT_EQ(split_with(text), (Sentences{"P를 입력한다.", "- 기본과목은 따로 입력한다."}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::dash_bullets)), (Sentences{text}));
}

TEST(SegmentDashBullets, DashInsideASentenceIsNoBullet) {
    EXPECT_EQ(split_with("점수는 5 - 4였다."), (Sentences{"점수는 5 - 4였다."}));
}

TEST(SegmentLowercaseSentenceStarts, LowercaseBrandAfterHangulSentenceEndStartsASentence) {
    const std::string text = "애플이 신제품을 발표했다. iPhone 15는 비싸다.";
    EXPECT_EQ(split_with(text), (Sentences{"애플이 신제품을 발표했다.", "iPhone 15는 비싸다."}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::lowercase_sentence_starts)), (Sentences{text}));
}

TEST(SegmentLowercaseSentenceStarts, LatinAbbreviationBeforeLowercaseStaysTogether) {
    EXPECT_EQ(split_with("예컨대 e.g. 형식이 있다."), (Sentences{"예컨대 e.g. 형식이 있다."}));
}

TEST(SegmentEllipsisCharacterEnds, EllipsisCharacterEndsASentenceLikeThreePeriods) {
    const std::string text = "정말 좋았다… 결국 끝났다.";
    EXPECT_EQ(split_with(text), (Sentences{"정말 좋았다…", "결국 끝났다."}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::ellipsis_character_ends)), (Sentences{text}));
}

TEST(SegmentEllipsisCharacterEnds, EllipsisAfterAConnectiveOrParticleIsAPause) {
    EXPECT_EQ(split_with("두 사람은 친해지지만… 그녀는 구울이다."), (Sentences{"두 사람은 친해지지만… 그녀는 구울이다."}));
    EXPECT_EQ(split_with("해가… 나야 하는데."), (Sentences{"해가… 나야 하는데."}));
}

TEST(SegmentEllipsisCharacterEnds, EllipsisInsideAQuotationDoesNotBreakIt) {
    const std::string text = "그는 \"글쎄요… 모르겠네요\"라며 웃었다.";
    EXPECT_EQ(split_with(text), (Sentences{text}));
}

TEST(SegmentParticleAfterCloser, ABracketGluedToAQuotedTitleContinuesTheSentence) {
    const std::string text = "신곡 ‘왜 안 돼?’(Why Not?) 영상이 천만 뷰를 넘었다.";
    EXPECT_EQ(split_with(text + " 다음 문장이다."), (Sentences{text, "다음 문장이다."}));
    EXPECT_EQ(split_with(text, without(&SegmentRules::bracketed_marks)).size(), 2u);
}

TEST(SegmentBracketedMarks, AQuestionEndingABracketGluedToAWordIsNoSentenceEnd) {
    EXPECT_EQ(split_with("책 ‘누구인가’(Who Am I?) 출간이 늦어졌다. 이유는 없다."),
              (Sentences{"책 ‘누구인가’(Who Am I?) 출간이 늦어졌다.", "이유는 없다."}));
    // A bracket after a space opens a new sentence as before.
    EXPECT_EQ(split_with("정말 그랬을까? (웃음) 다음이다.").size(), 2u);
}

}  // namespace
}  // namespace nangdok
