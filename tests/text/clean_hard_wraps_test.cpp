// Scripts wrapped at a fixed width: pieces of one sentence are joined, stacked titles are not.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "clean/clean.hpp"
#include "clean/hard_wraps.hpp"

namespace nangdok {
namespace {

std::vector<PageLine> lines_of(const std::vector<std::string>& texts) {
    std::vector<PageLine> lines;
    for (std::size_t i = 0; i < texts.size(); ++i) lines.push_back(PageLine{texts[i], false});
    return lines;
}

std::vector<std::string> non_empty(const std::vector<PageLine>& lines) {
    std::vector<std::string> texts;
    for (const PageLine& line : lines)
        if (!line.text.empty()) texts.push_back(line.text);
    return texts;
}

// One paragraph of a script: a sentence in two pieces, then one in a single line.
std::vector<std::string> wrapped_paragraph(const std::string& topic) {
    return {topic + " 관련 회의가 열린 가운데", "참석자들은 대책을 두고 의견을 나눴습니다.",
            "결론은 다음 주에 나올 예정입니다."};
}

TEST(CleanHardWraps, ABlockOfWrappedLinesIsJoinedIntoSentences) {
    std::vector<std::string> texts = wrapped_paragraph("교통");
    const std::vector<std::string> more = wrapped_paragraph("주차");
    texts.insert(texts.end(), more.begin(), more.end());
    std::vector<PageLine> lines = lines_of(texts);
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{
                                    "교통 관련 회의가 열린 가운데 참석자들은 대책을 두고 의견을 나눴습니다.",
                                    "결론은 다음 주에 나올 예정입니다.",
                                    "주차 관련 회의가 열린 가운데 참석자들은 대책을 두고 의견을 나눴습니다.",
                                    "결론은 다음 주에 나올 예정입니다."}));
    EXPECT_EQ(lines.size(), 6u);  // joined-in lines stay, empty, so line numbers are the page's
}

TEST(CleanHardWraps, ShortParagraphsApartAreJudgedTogether) {
    // Each paragraph alone is too short to be trusted as wrapped; four of them on one page are.
    std::vector<std::string> texts;
    for (const std::string topic : {"교통", "주차", "소음", "안전"}) {
        const std::vector<std::string> paragraph = wrapped_paragraph(topic);
        texts.insert(texts.end(), paragraph.begin(), paragraph.end());
        texts.push_back("");
    }
    std::vector<PageLine> lines = lines_of(texts);
    join_hard_wrapped_lines(lines);
    const std::vector<std::string> joined = non_empty(lines);
    ASSERT_EQ(joined.size(), 8u);
    EXPECT_EQ(joined[6], "안전 관련 회의가 열린 가운데 참석자들은 대책을 두고 의견을 나눴습니다.");
}

TEST(CleanHardWraps, TwoWrappedParagraphsAloneAreLeftAsTheyAre) {
    std::vector<std::string> texts = wrapped_paragraph("교통");
    texts.push_back("");
    const std::vector<std::string> more = wrapped_paragraph("주차");
    texts.insert(texts.end(), more.begin(), more.end());
    std::vector<PageLine> lines = lines_of(texts);
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines).size(), 6u);
}

TEST(CleanHardWraps, StackedTitlesAreNotJoined) {
    std::vector<PageLine> lines = lines_of({"시립도서관 야간 개방 확대", "주민 반응 엇갈려", "직장인 환영 속 소음 우려",
                                            "시, 다음 달 보완책 발표"});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines).size(), 4u);
}

TEST(CleanHardWraps, ALineMayContinueWithAQuoteOrCapitals) {
    std::vector<PageLine> lines = lines_of({"업계는 이번 조치가", "'과도한 규제'라고 반발했고", "정부는 검토하겠다고 밝혔습니다.",
                                            "회사 측은", "AI 서비스 출시를 미뤘습니다.", "논의는 계속됩니다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{
                                    "업계는 이번 조치가 '과도한 규제'라고 반발했고 정부는 검토하겠다고 밝혔습니다.",
                                    "회사 측은 AI 서비스 출시를 미뤘습니다.", "논의는 계속됩니다."}));
}

TEST(CleanHardWraps, ARemarkWrappedInsideItsBracketsIsOneLine) {
    std::vector<PageLine> lines = lines_of({"[김영희 / 서울시 성북구: “올해는 도서관에서", "더 오래 공부할 수 있으면 좋겠습니다.”]",
                                            "다음 문단이다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{
                                    "[김영희 / 서울시 성북구: “올해는 도서관에서 더 오래 공부할 수 있으면 좋겠습니다.”]",
                                    "다음 문단이다."}));
}

TEST(CleanHardWraps, AParenthesisLeftOpenIsNotJoined) {
    // Widgets land inside "(대표 …)" on many pages: the two lines are not one remark.
    std::vector<PageLine> lines = lines_of({"사진=한빛시(대표", "홍길동 기사 모아보기 )는 26일 개편을 진행했다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines).size(), 2u);
}

TEST(CleanHardWraps, NoParagraphEndsOnAComma) {
    std::vector<PageLine> lines = lines_of({"시는 다음 달 토론회를 열어 운영 방안을 제시하고,", "주민 의견도 함께 듣기로 했습니다.",
                                            "한 줄로 끝나는 문장입니다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{
                                    "시는 다음 달 토론회를 열어 운영 방안을 제시하고, 주민 의견도 함께 듣기로 했습니다.",
                                    "한 줄로 끝나는 문장입니다."}));
}

TEST(CleanHardWraps, AnAnchorCueBeforeTheLineIsNotRead) {
    const std::string page = "야간 개방 확대\n\n(남)도서관 운영 시간이 밤 11시까지 늘어납니다.\n"
                             "(여)주민들은 대체로 반기는 분위기입니다.\n";
    EXPECT_EQ(clean_article(page).paragraphs,
              (std::vector<std::string>{"야간 개방 확대", "도서관 운영 시간이 밤 11시까지 늘어납니다.",
                                        "주민들은 대체로 반기는 분위기입니다."}));
}

}  // namespace
}  // namespace nangdok

namespace nangdok {
namespace {

TEST(CleanHardWraps, ASentenceWrappedOverSixLinesIsJoinedWhole) {
    // A short broadcast script: the second sentence takes six lines. Stopping after five would
    // leave its first piece alone and glue the rest into a sentence without a subject.
    std::vector<PageLine> lines = lines_of({"시내 도서관이 새 단장을 마치고", "오늘 다시 문을 열었습니다.",
                                            "'책과 함께 쉬는 곳'을 내건", "새 도서관은 열람실을 넓히고",
                                            "어린이 자료실을", "한 층 더 만들어", "주민들이 머무를 공간을",
                                            "크게 늘렸습니다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{
                                    "시내 도서관이 새 단장을 마치고 오늘 다시 문을 열었습니다.",
                                    "'책과 함께 쉬는 곳'을 내건 새 도서관은 열람실을 넓히고 어린이 자료실을 한 층 더 "
                                    "만들어 주민들이 머무를 공간을 크게 늘렸습니다."}));
}

TEST(CleanHardWraps, AToolbarLineAboveAScriptIsNotItsFirstPiece) {
    std::vector<PageLine> lines = lines_of({"본문 바로가기 메인메뉴 바로가기", "시내 도서관이 새 단장을 마치고",
                                            "오늘 다시 문을 열었습니다.", "열람실을 넓히고", "어린이 자료실을",
                                            "한 층 더 만들었습니다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines).front(), "본문 바로가기 메인메뉴 바로가기");
}

TEST(CleanHardWraps, AHeadingBrokenAfterAModifierIsOneLine) {
    std::vector<PageLine> lines = lines_of({"도서관 이용 시간에 관한", "주민들의 세 가지 오해", "본문은 여기서 시작한다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{"도서관 이용 시간에 관한 주민들의 세 가지 오해",
                                                          "본문은 여기서 시작한다."}));
    // A word that merely ends in the same syllables is no modifier.
    std::vector<PageLine> other = lines_of({"올해의 과제는 한", "다음 해의 과제다."});
    join_hard_wrapped_lines(other);
    EXPECT_EQ(non_empty(other).size(), 2u);
}

TEST(CleanHardWraps, APhraseBrokenAroundSuIsOneLine) {
    // "-ㄹ 수 있다" split before or after 수: the grammar joins the halves.
    std::vector<PageLine> lines = lines_of({"한빛에 공유하실 수", "있습니다.", "블로그에 붙여넣기 하실", "수 있습니다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines), (std::vector<std::string>{"한빛에 공유하실 수 있습니다.",
                                                          "블로그에 붙여넣기 하실 수 있습니다."}));
    // A line that merely ends in 수 (a number, a name) stays.
    std::vector<PageLine> other = lines_of({"참가자 수", "지난해보다 늘었다."});
    join_hard_wrapped_lines(other);
    EXPECT_EQ(non_empty(other).size(), 2u);
}

// An overseas page wraps its paragraphs at its own width and puts a blank line after each.
const std::vector<std::string> kWideParagraphs = {
    "한빛시 도서관은 지난 4일 오후 시민 강당에서 새해 첫 독서 모임을 열었다. 이날",
    "모임에는 약 120명의 시민이 참석해 올해 함께 읽을 책을 골랐고 관장은 인사말에서",
    "도서관의 새 계획을 소개했다.",
    "",
    "관장은 “올해는 어린이 자료실을 넓히고 야간 개방 시간도 늘릴 계획이다. 많은 시민이",
    "도서관을 찾아 주기를 바란다”라고 말하며 자원봉사자들에게 감사의 뜻을 전했다."};

TEST(CleanHardWraps, ParagraphsWrappedAtAPagesWidthAreJoinedWhole) {
    std::vector<PageLine> lines = lines_of(kWideParagraphs);
    join_hard_wrapped_lines(lines);
    const std::vector<std::string> joined = non_empty(lines);
    ASSERT_EQ(joined.size(), 2u);
    EXPECT_EQ(joined[0], kWideParagraphs[0] + " " + kWideParagraphs[1] + " " + kWideParagraphs[2]);
    EXPECT_EQ(joined[1], kWideParagraphs[4] + " " + kWideParagraphs[5]);
}

TEST(CleanHardWraps, ACaptionPrintedTwiceIsNoWrappedParagraph) {
    std::vector<std::string> texts = kWideParagraphs;
    const std::string caption = "새해 첫 독서 모임에서 시민들이 올해 함께 읽을 책을 고르고 있는 모습. 사진=한빛시 갈무리";
    texts.insert(texts.begin(), {caption, caption, ""});
    std::vector<PageLine> lines = lines_of(texts);
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines).size(), 4u);
    EXPECT_EQ(non_empty(lines).front(), caption);
}

TEST(CleanHardWraps, ATitleWiderThanTheScriptBelowItIsNotItsFirstPiece) {
    std::vector<PageLine> lines = lines_of({"시립도서관, '밤에도 문 여는 도서관' 시범 운영 착수", "시내 도서관이 새 단장을 마치고",
                                            "오늘 다시 문을 열었습니다.", "열람실을 넓히고", "어린이 자료실을",
                                            "한 층 더 만들었습니다."});
    join_hard_wrapped_lines(lines);
    EXPECT_EQ(non_empty(lines).front(), "시립도서관, '밤에도 문 여는 도서관' 시범 운영 착수");
    EXPECT_EQ(non_empty(lines)[1], "시내 도서관이 새 단장을 마치고 오늘 다시 문을 열었습니다.");
}

}  // namespace
}  // namespace nangdok
