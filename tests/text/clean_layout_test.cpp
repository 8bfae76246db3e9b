// Positional rules on small hand-made pages: head zone, tail cut, body run, headline and deck.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "clean/clean.hpp"

namespace nangdok {
namespace {

using Paragraphs = std::vector<std::string>;

Paragraphs cleaned(const std::string& page) { return clean_article(page).paragraphs; }

const std::string kTitle = "시립도서관 야간 개방 확대, 주민 반응 엇갈려";
const std::string kP1 = "서울시가 다음 달부터 시립도서관 12곳의 야간 개방 시간을 밤 11시까지 늘린다고 4일 밝혔다.";
const std::string kP2 = "시는 직장인과 수험생의 요구가 꾸준히 이어져 운영 시간을 조정하기로 했다고 설명했다.";
const std::string kP3 = "다만 일부 주민들은 야간 소음과 주차 문제를 우려하고 있다며 보완책을 요구했다.";

TEST(CleanLayout, HeadChromeBylineAndDateGoHeadlineStays) {
    const std::string page = "전체메뉴\n검색\n" + kTitle + "\n홍길동 기자\n입력 2025-03-04 14:31\n공유하기\n인쇄하기\n" +
                             kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, TheTailIsCutFromTheCopyrightLine) {
    const std::string page = kTitle + "\n\n" + kP1 + "\n\n" + kP2 + "\n\n" +
                             "ⓒ 한빛일보, 무단전재 및 재배포 금지\n\n" +
                             "이 기사에 대한 의견을 남겨 주시면 담당 기자가 빠르게 확인하겠습니다.\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, CopyrightWordsInsideTheBodyDoNotCut) {
    const std::string sentence = "해킹으로 추정되는 무단 접속 공격을 받았다. 무단 전재를 금지한 약관도 논란이다.";
    const std::string page = kTitle + "\n" + kP1 + "\n" + sentence + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, sentence, kP2}));
}

TEST(CleanLayout, SummaryBoxWithIndentedBulletsGoes) {
    const std::string page = kTitle + "\n  • AI 기사요약\n    " + kP2 + "\n    " + kP3 + "\n  • 공유하기\n" + kP1 + "\n" +
                             kP2 + "\n" + kP3 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, kP3}));
}

TEST(CleanLayout, UnlabelledTeaserRepeatingTheBodyGoes) {
    const std::string page = kTitle + "\n" + kP3 + "\n입력 2025-03-04\n" + kP1 + "\n" + kP2 + " " + kP3 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2 + " " + kP3}));
}

TEST(CleanLayout, DeckBetweenDateAndBodyIsKeptSecond) {
    const std::string deck = "야간 이용객 늘자 운영 시간 조정";
    const std::string page = kTitle + "\n\n기사입력 :[ 2025-03-04 15:24 ]\n\n" + deck + "\n\n" + kP1 + "\n\n" + kP2 + "\n";
    const CleanedPage result = clean_page(page);
    EXPECT_EQ(result.article.paragraphs, (Paragraphs{kTitle, deck, kP1, kP2}));
    EXPECT_TRUE(result.has_deck());
}

TEST(CleanLayout, TitleAndDeckStackedAboveTheBylineKeepTheirOrder) {
    const std::string deck = "이용객 늘자 운영 시간 조정…소음 대책은 과제";
    const std::string page = "로그인\n" + kTitle + "\n" + deck + "\n기자명 홍길동 기자 입력 2025.03.04 14:31\n" + kP1 + "\n" + kP2 + "\n";
    const CleanedPage result = clean_page(page);
    EXPECT_EQ(result.article.paragraphs, (Paragraphs{kTitle, deck, kP1, kP2}));
    EXPECT_EQ(result.date, "2025.03.04 14:31");
}

TEST(CleanLayout, MenusAndTruncatedTeasersAreNotTheHeadline) {
    const std::string page = "뉴스\n\n정치\n\n경제\n\n사회\n\n문화\n\n‘스탠딩 업’, 고루했던 예능국의 아..\n\n" + kTitle +
                             "\n\n" + kP1 + "\n\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, ToolbarLabelsAreNotTakenForADeck) {
    const std::string page = kTitle + "\n입력 2025-03-04\n텍스트 음성 변환 서비스 사용하기\n본문 내용 크게 보기\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, ShortSentencesAtTheEdgesOfTheBodyStay) {
    const std::string page = kTitle + "\n입력 2025-03-04\n" + kP1 + "\n" + kP2 + "\n그는 웃었다.\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, "그는 웃었다."}));
}

TEST(CleanLayout, AListClosingTheArticleStays) {
    const std::string page = kTitle + "\n" + kP1 + "\n" + kP2 + "\n△ 1일: 개막식\n△ 2일: 야간 공연\n1. 사전 신청자 우선\n홍길동 기자\n관련 없는 다른 제목\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, "△ 1일: 개막식", "△ 2일: 야간 공연", "1. 사전 신청자 우선"}));
}

TEST(CleanLayout, CaptionsBetweenParagraphsGo) {
    const std::string page = kTitle + "\n" + kP1 + "\n열람실에서 책을 읽는 시민들. /한빛일보\n" + kP2 +
                             "\n도서관 전경\n[서울시 제공]\n" + kP3 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, kP3}));
}

TEST(CleanLayout, WirePrefixIsStrippedFromTheFirstParagraph) {
    const std::string page = kTitle + "\n(서울=연합뉴스) 홍길동 기자 = " + kP1 + "\n" + kP2 +
                             "\nhong@example.co.kr\n제보는 카카오톡 okjebo\n<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n";
    const CleanedPage result = clean_page(page);
    EXPECT_EQ(result.article.paragraphs, (Paragraphs{kTitle, kP1, kP2}));
    EXPECT_EQ(result.outlet, "연합뉴스");
}

TEST(CleanLayout, AnOutletAndRegionInBracketsBeforeTheReporterAreCut) {
    const std::string page = kTitle + "\n【한빛뉴스 충북】홍길동 기자=" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, BroadcastMarkersGoAndTheirSpeechStays) {
    const std::string page = "폭설에 출근길 정체, 곳곳 교통사고\n입력 2025.01.15 (07:12)\n[앵커]\n밤사이 내린 눈으로 출근길 도로 곳곳이 얼어붙었습니다.\n"
                             "[리포트]\n새벽부터 내린 눈이 도로 위에 그대로 쌓여 차들이 거북이걸음을 하고 있습니다.\nKBS 뉴스 이민수입니다.\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{"폭설에 출근길 정체, 곳곳 교통사고", "밤사이 내린 눈으로 출근길 도로 곳곳이 얼어붙었습니다.",
                                         "새벽부터 내린 눈이 도로 위에 그대로 쌓여 차들이 거북이걸음을 하고 있습니다."}));
}

TEST(CleanLayout, DateAndSignatureClosingAQuotedStatementStay) {
    const std::string statement = "협회는 성명에서 \"언론 자유를 위협하는 어떤 시도에도 단호히 맞설 것\"이라고 밝혔다.";
    const std::string page = kTitle + "\n입력 2025-03-04\n" + kP1 + "\n" + statement + "\n2025년 3월 4일\n한국기자협회\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, statement, "2025년 3월 4일", "한국기자협회", kP2}));
}

TEST(CleanLayout, RelatedListUnderAHeaderGoes) {
    const std::string page = kTitle + "\n" + kP1 + "\n" + kP2 + "\n관련기사\n부산 해수욕장 조기 개장 검토\n전기요금 또 오르나\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, RelatedBoxInsideTheArticleDoesNotCutOffTheLead) {
    const std::string lead = "서울시가 시립도서관의 운영 시간을 밤 11시까지 늘린다.";
    const std::string closing = "시는 다음 달 세부 계획을 발표한다.";
    const std::string page = kTitle + "\n입력 2025-03-04\n" + lead + "\n관련기사\n부산 해수욕장 조기 개장 검토\n전기요금 또 오르나\n"
                             "수도권 폭설 대비 비상근무\n" + kP1 + "\n" + kP2 + "\n" + kP3 + "\n관련 기사\n지하철 막차 연장 검토\n" + closing + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, lead, kP1, kP2, kP3, closing}));
}

TEST(CleanLayout, TitleBelowTheDateIsFound) {
    const std::string page = "뉴스 홈\n입력 2025-03-04 14:31\n" + kTitle + "\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, AShortLabelIsNotPreferredAsHeadline) {
    const std::string page = "경향신문 홈\n" + kTitle + "\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, HeadlineRepeatedInTheBodyIsReadOnce) {
    const std::string page = "\"" + kTitle + "\"\n입력 2025-03-04\n" + kTitle + "\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, ImeGarbageCaptionBeforeTheBodyGoes) {
    const std::string page = kTitle + "\n열람실을 찾은 시민들tkwl시민들이 책을 읽고 있는 모습이 보이는 장면이다.\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, LinksToEarlierReportsWithTheirDatesGo) {
    const std::string page = kTitle + "\n\n" + kP1 + "\n\n야간 개방 첫날 현장 (2024년 3월 2일)\n연속 기획 <도서관의 밤>\n"
                             "열람실 좌석 부족 여전 (2024.04.10)\n\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, OneDatedLineAloneIsNotAList) {
    const std::string subhead = "야간 개방 첫날 도서관을 찾은 시민들 (2024년 3월 2일)";
    const std::string page = kTitle + "\n\n" + kP1 + "\n\n" + subhead + "\n\n" + kP2 + "\n\n" + kP3 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, subhead, kP2, kP3}));
}

TEST(CleanLayout, PictureFileNamesLeftInTheTextGo) {
    const std::string page = kTitle + "\n\n" + kP1 + "\n\n2024030401_01\n\nIMG_0412.JPG\n\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, APortalsNoticesOnHowTheStoryIsFiledGo) {
    const std::string page = kTitle + "\n\n" + kP1 + "\n" + kP2 + "\n홍길동 기자 hong@example.co.kr\n"
                             "이 기사의 카테고리는 언론사의 분류를 따릅니다.\n기사가 속한 카테고리는 언론사가 분류합니다.\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, ANoticeInsideItsOwnMarksIsNotTheDeck) {
    const std::string page = kTitle + "\n\n<이미지를 클릭하시면 크게 보실 수 있습니다> |\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, AScriptsSpeakerTagsGoAndTheirWordsStay) {
    const std::string said = "\"밤에도 책을 빌릴 수 있어서 정말 편해졌어요.\"";
    const std::string page = kTitle + "\n\n홍길동 기자>\n" + kP1 + "\n녹취> 김영희 / 서울시 성북구\n" + said +
                             "\n▶ 인터뷰 : 박철수 / 시립도서관 관장\n" + said + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, said, said, kP2}));
}

TEST(CleanLayout, ABylineWithAnEmailInsideTheBodyGoes) {
    const std::string page = kTitle + "\n\n" + kP1 + "\n" + kP2 + "\n홍길동 기자 hong@example.co.kr\n" + kP3 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, kP3}));
}

TEST(CleanLayout, AViewerReportersSignOffAndACallForTipsGo) {
    const std::string page = kTitle + "\n\n" + kP1 + "\n" + kP2 + "\n시청자기자 홍길동입니다.\n"
                             "한빛방송 뉴스는 언제나 여러분의 제보를 기다립니다.\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, AScriptsCuesHandOffAndSignOffGo) {
    const std::string stand_up = "\"저는 지금 시립도서관 앞에 나와 있습니다.\"";
    const std::string page = "【 앵커멘트 】\n지금 시립도서관 앞에 홍길동 기자가 나가 있습니다. 홍길동 기자, 전해주시죠.\n"
                             "【 기자 】\n▶ 스탠딩 : 홍길동\n" + stand_up + "\n(PAN)\n" + kP1 + "\n(VCR)\n" + kP2 +
                             "\n지금까지 시립도서관 앞에서 한빛방송 홍길동입니다.\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{stand_up, kP1, kP2}));
}

TEST(CleanLayout, ASeriesLabelBetweenLikeMarksIsNotTheDeck) {
    const std::string page = kTitle + "\n\n◆ 도서관의 밤 ◆\n\n" + kP1 + "\n\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, ANameAndTitleTaggingAQuoteGoes) {
    const std::string said = "\"도서관은 밤에도 시민의 것이어야 합니다.\"";
    const std::string page = kTitle + "\n\n" + kP1 + "\n홍길동 대변인\n" + said + "\n김영희 앵커 (2024년 3월 2일)\n" + said +
                             "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, said, said, kP2}));
}

TEST(CleanLayout, OneTitleUnderAListHeaderWithTheDateAfterItIsTheHeadline) {
    const std::string page = "주요뉴스\n2025.04.04 (금)\nHome > 사회 > 생활\n" + kTitle + "\n2025-03-04 14:05:03 입력\n\n" + kP1 +
                             "\n\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, UiLinesInsideTheBodyGo) {
    const std::string page = kTitle + "\n" + kP1 + "\n닫기\n컴패션_PC\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, CommentSectionAfterTheBodyIsCut) {
    const std::string page = kTitle + "\n" + kP1 + "\n" + kP2 + "\n댓글 3\n정렬 최신순\n" +
                             "정말 반가운 소식입니다. 동네 도서관도 밤늦게까지 열었으면 좋겠네요.\n답글 1\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, CommentCountInTheHeadDoesNotCut) {
    const std::string page = kTitle + "\n입력 2025-03-04\n댓글 3\n" + kP1 + "\n" + kP2 + "\n" + kP3 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, kP3}));
}

TEST(CleanLayout, PageTitleLosesTheSiteSuffix) {
    const std::string page = kTitle + " | 한빛일보\n" + kP1 + "\n" + kP2 + "\n";
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanLayout, PageWithoutProseFallsBackToPermissiveReading) {
    const CleanedPage result = clean_page("오늘의 날씨\n\n맑음 뒤 흐림\n\n최고 기온 영상 12도\n");
    EXPECT_TRUE(result.permissive);
    EXPECT_LT(result.confidence, 0.5);
    EXPECT_EQ(result.article.paragraphs, (Paragraphs{"오늘의 날씨", "맑음 뒤 흐림", "최고 기온 영상 12도"}));
}

TEST(CleanLayout, OnlyChromeGivesNothing) {
    EXPECT_TRUE(cleaned("닫기\n로그인\n0 / 300\n").empty());
    EXPECT_TRUE(cleaned("").empty());
}

TEST(CleanLayout, BinaryAndControlBytesDoNotCrash) {
    std::string junk;
    for (int i = 0; i < 512; ++i) junk.push_back(static_cast<char>((i * 37) % 256));
    EXPECT_NO_THROW(clean_page(junk + "\n" + kP1));
}

}  // namespace
}  // namespace nangdok
