// One fixture per rule table in src/clean/boilerplate_rules.hpp, with the body sentences each rule
// must leave alone.
#include <gtest/gtest.h>

#include "clean/line_rules.hpp"

namespace nangdok {
namespace {

void expect_kind(LineKind expected, const std::string& line) {
    EXPECT_STREQ(line_kind_name(classify_line(line)), line_kind_name(expected)) << line;
}

TEST(CleanLineRules, UiStringsFromTheTableAreUi) {
    expect_kind(LineKind::ui, "기자정보, 기사등록일");
    expect_kind(LineKind::ui, "닫기");
    expect_kind(LineKind::ui, "글자크기 설정");
    expect_kind(LineKind::ui, "로그인 후 댓글작성이 가능합니다.");
}

TEST(CleanLineRules, UiPatternsCatchCountersSlotsAndSymbols) {
    expect_kind(LineKind::ui, "0 / 300");
    expect_kind(LineKind::ui, "좋아요 0");
    expect_kind(LineKind::ui, "컴패션_PC");
    expect_kind(LineKind::ui, "*/?>");
    expect_kind(LineKind::ui, "구독자 1,234");
    expect_kind(LineKind::ui, "조회수 : 821");
    expect_kind(LineKind::ui, "한빛일보 조회수");
    expect_kind(LineKind::ui, "메뉴 건너뛰기");
    expect_kind(LineKind::ui, "주요 메뉴 바로가기 (상단) 본문 컨텐츠 바로가기 주요 메뉴 바로가기 (하단)");
    expect_kind(LineKind::ui, "페이스북(으)로 기사보내기 트위터(으)로 기사보내기");
}

TEST(CleanLineRules, LinesMadeOfToolbarWordsAreUi) {
    EXPECT_TRUE(is_ui_word_line("바로가기 본문 글씨 줄이기 본문 글씨 키우기"));
    EXPECT_TRUE(is_ui_word_line("뒤로가기 인쇄하기 목록  Tweet"));
    EXPECT_TRUE(is_ui_word_line("페이스북(으)로 공유 트위터(으)로 공유"));
    EXPECT_TRUE(is_ui_word_line("좋아요 12 댓글 3"));
    EXPECT_FALSE(is_ui_word_line("본문 글씨를 키우는 방법이 공개됐다."));
    // Labels glued from toolbar words are toolbar words too; a sentence glued the same way is not.
    EXPECT_TRUE(is_ui_word_line("공유 댓글 글자크기조정 인쇄"));
    EXPECT_TRUE(is_ui_word_line("기사저장 글씨크기 본문듣기"));
    EXPECT_FALSE(is_ui_word_line("기사저장을 눌렀다"));
    EXPECT_FALSE(is_ui_word_line("공유경제"));
    EXPECT_FALSE(is_ui_word_line("다음 달 인쇄 비용이 오른다"));
    expect_kind(LineKind::ui, "공유하기 페이스북 X(트위터) 메일 URL 복사");
    // Glued labels ending in a print or clip button.
    EXPECT_TRUE(is_ui_word_line("기사공유 기사프린트 기사스크랩"));
    EXPECT_FALSE(is_ui_word_line("3D프린트"));
    EXPECT_TRUE(is_ui_word_line("필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게"));
    expect_kind(LineKind::ui, "Back to top");
}

TEST(CleanLineRules, CommentSectionHeadersAnchorTheTail) {
    expect_kind(LineKind::tail_anchor, "0개의 댓글");
    expect_kind(LineKind::tail_anchor, "댓글 12");
    expect_kind(LineKind::tail_anchor, "이 기사를 추천합니다");
}

TEST(CleanLineRules, SummaryBoxLabelsAndNotices) {
    expect_kind(LineKind::summary_label, "AI 기사요약");
    expect_kind(LineKind::summary_label, "요약봇beta");
    expect_kind(LineKind::summary_label, "본문 요약봇");
    expect_kind(LineKind::summary_label, "* AI기술로 자동 요약된 내용입니다. 전체 맥락은 본문에서 확인하세요");
}

TEST(CleanLineRules, CaptionsWithCreditsGoWholeEvenWithSentences) {
    expect_kind(LineKind::caption, "행사장을 찾은 시민들이 사진을 찍고 있다. [사진=부산시]");
    expect_kind(LineKind::caption, "[사진=방송사, 제작사]");
    expect_kind(LineKind::caption, "하천변에서 발견된 너구리. /연합뉴스");
    expect_kind(LineKind::caption, "구조대에 붙잡힌 너구리. /강원도소방본부");
    expect_kind(LineKind::caption, "(사진=게티이미지)");
    expect_kind(LineKind::caption, "안내문을 읽는 시민. (사진=서울시 제공)");
    expect_kind(LineKind::caption, "[연합뉴스 자료사진]");
    expect_kind(LineKind::caption, "온라인 커뮤니티에 글이 올라왔다. 커뮤니티 캡처");
    expect_kind(LineKind::caption, "부두 전경 (부산=연합뉴스) 2024.3.7 abc12@yna.co.kr");
    expect_kind(LineKind::caption, "▲ 열람실에서 책을 읽는 시민들.");
    expect_kind(LineKind::caption, "ⓒ 홍길동");
    expect_kind(LineKind::caption, "행사 참석자들-1234567.jpg");
    expect_kind(LineKind::caption, "IMG_0412.JPG");
    expect_kind(LineKind::caption, "한빛시 홈페이지 갈무리");
    expect_kind(LineKind::caption, "홍길동 한빛시장(왼쪽)과 김영희 의원.");
    expect_kind(LineKind::text, "홍길동 시장(왼쪽)은 이날 행사에서 축사를 했다.");
    expect_kind(LineKind::caption, "시민들이 광장에 모여 있는 모습. ⓒ 홍길동");
    expect_kind(LineKind::caption, "서울 도심에서 시민들이 우산을 쓰고 걷고 있다. 연합뉴스");
    expect_kind(LineKind::caption, "시위대가 행진하고 있다. AFP 연합뉴스");
}

TEST(CleanLineRules, BodySentencesAreNotCaptions) {
    expect_kind(LineKind::text, "시는 스타트업에 시험 공간을 제공한다.");
    expect_kind(LineKind::text, "두 회사의 점유율은 3/4 수준으로 떨어졌다.");
    expect_kind(LineKind::text, "[컬처매거진=김지은의 문화산책] 시작은 한 장의 사진 공개로부터 비롯됐다.");
}

TEST(CleanLineRules, BylinesOfSeveralShapes) {
    expect_kind(LineKind::byline, "김두일 선임기자");
    expect_kind(LineKind::byline, "이보라 기자 purple@example.com");
    expect_kind(LineKind::byline, "박생강 칼럼니스트");
    expect_kind(LineKind::byline, "칼럼니스트 박생강 pill@example.com");
    expect_kind(LineKind::byline, "[조은별 디지털뉴스부 인턴기자 intern@example.com]");
    expect_kind(LineKind::byline, "정리=홍길동 기자");
    expect_kind(LineKind::byline, "[한빛일보 홍길동 기자]");
}

TEST(CleanLineRules, ANameAndReporterInsideASentenceStays) {
    expect_kind(LineKind::text, "이번 행사를 기획한 사람은 신동해 기자");
    expect_kind(LineKind::text, "기자 회견에서 그는 사퇴 의사를 밝혔다.");
}

TEST(CleanLineRules, DateLines) {
    expect_kind(LineKind::date, "입력 2024-05-08 14:00");
    expect_kind(LineKind::date, "기사입력 :[ 2018-08-25 15:24 ]");
    expect_kind(LineKind::date, "입력2025.03.04. 오후 2:31");
    expect_kind(LineKind::date, "2025년 06월 19일 (목)");
    expect_kind(LineKind::date, "2025/02/11 09:15 송고");
}

TEST(CleanLineRules, CopyrightLinesOfManyOutlets) {
    expect_kind(LineKind::copyright, "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지");
    expect_kind(LineKind::copyright, "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>");
    expect_kind(LineKind::copyright, "[ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지]");
    expect_kind(LineKind::copyright, "- Copyrights ⓒ 조선일보 & chosun.com, 무단 전재 및 재배포 금지 -");
    expect_kind(LineKind::copyright, "저작권자 ⓒ 엔터미디어, 무단전재 및 재배포금지");
    expect_kind(LineKind::copyright, "Copyright © 뉴스1. All rights reserved. 무단 전재 및 재배포 금지.");
}

TEST(CleanLineRules, CopyrightWordsInABodySentenceAreText) {
    expect_kind(LineKind::text, "해킹으로 추정되는 무단 접속 공격을 받았다. 무단 전재를 금지한 약관도 논란이다.");
    expect_kind(LineKind::text, "저작권 침해 소송이 해마다 늘고 있다.");
}

TEST(CleanLineRules, TailLines) {
    expect_kind(LineKind::tail, "hong@example.co.kr");
    expect_kind(LineKind::tail, "제보는 카카오톡 okjebo");
    expect_kind(LineKind::tail, "▶ 네이버에서 뉴시스 구독하기");
    expect_kind(LineKind::tail, "☞공감언론 뉴시스가 독자 여러분의 제보를 기다립니다.");
    expect_kind(LineKind::tail, "※ 이 기사는 지역신문발전위원회 취재 지원으로 작성됐습니다.");
    expect_kind(LineKind::signoff, "KBS 뉴스 이민수입니다.");
    expect_kind(LineKind::signoff, "YTN 이민수[minsu@example.com]입니다.");
    expect_kind(LineKind::text, "정말 다행입니다.");
    expect_kind(LineKind::tail, "(끝)");
    // A press release's contact and its company profile.
    expect_kind(LineKind::tail, "언론문의처 02-000-0000");
    expect_kind(LineKind::tail, "한빛전자 개요");
    expect_kind(LineKind::text, "회사는 사업 개요를 발표했다.");
    expect_kind(LineKind::tail, "본 콘텐츠의 저작권은 제공처 또는 네이버에 있으며 이를 무단 이용하는 경우 법적책임을 질 수 있습니다.");
}

TEST(CleanLineRules, ListHeaders) {
    expect_kind(LineKind::list_header, "관련기사");
    expect_kind(LineKind::list_header, "많이 본 뉴스");
    expect_kind(LineKind::list_header, "실시간 인기");
}

TEST(CleanLineRules, WirePrefixIsCutAndTheSentenceKept) {
    EXPECT_EQ(strip_sentence_prefix("(서울=연합뉴스) 홍길동 기자 = 정부가 10일 대책을 내놨다."), "정부가 10일 대책을 내놨다.");
    EXPECT_EQ(strip_sentence_prefix("[서울=뉴시스] 박민수 기자 = 시가 발표했다."), "시가 발표했다.");
    EXPECT_EQ(strip_sentence_prefix("(안성=뉴스1) 배지수 기자 = 화재가 났다."), "화재가 났다.");
    EXPECT_EQ(strip_sentence_prefix("[머니투데이 세종=최우영 기자] 세수가 줄었다."), "세수가 줄었다.");
    EXPECT_EQ(strip_sentence_prefix("(광주=한빛통신) 이영희 김철수 기자 = 비가 왔다."), "비가 왔다.");
    EXPECT_EQ(strip_sentence_prefix("(서울=연합뉴스) 정부는 대책을 내놨다."), "정부는 대책을 내놨다.");
    EXPECT_EQ(strip_sentence_prefix("[한빛일보 홍길동 기자] 세수가 줄었다."), "세수가 줄었다.");
    // A press-release wire's dateline.
    EXPECT_EQ(strip_sentence_prefix("서울--(한빛와이어)--한빛전자가 새 제품을 내놨다."), "한빛전자가 새 제품을 내놨다.");
}

TEST(CleanLineRules, BroadcastMarkersAreCut) {
    EXPECT_EQ(strip_sentence_prefix("[앵커] 눈이 내렸습니다."), "눈이 내렸습니다.");
    EXPECT_EQ(strip_sentence_prefix("◀ 리포트 ▶ 도로가 얼었습니다."), "도로가 얼었습니다.");
    EXPECT_EQ(strip_sentence_prefix("[기자]"), "");
}

TEST(CleanLineRules, ColumnLabelsAndPlainSentencesKeepTheirStart) {
    const std::string column = "[컬처매거진=김지은의 문화산책] 시작은 사진 공개였다.";
    EXPECT_EQ(strip_sentence_prefix(column), column);
    EXPECT_EQ(strip_sentence_prefix("(주)한빛은 매출이 늘었다."), "(주)한빛은 매출이 늘었다.");
}

TEST(CleanLineRules, SiteSuffixesLeaveThePageTitle) {
    EXPECT_EQ(strip_headline_suffix("도서관 야간 개방 확대 | 한빛일보"), "도서관 야간 개방 확대");
    EXPECT_EQ(strip_headline_suffix("도서관 야간 개방 확대 < 사회 < 기사본문 - 한빛타임스"), "도서관 야간 개방 확대");
    EXPECT_EQ(strip_headline_suffix("도서관 야간 개방 확대 : 네이버 뉴스"), "도서관 야간 개방 확대");
    EXPECT_EQ(strip_headline_suffix("엘제이-류화영 진흙탕 싸움"), "엘제이-류화영 진흙탕 싸움");
}

TEST(CleanLineRules, InlineCreditsAndGluedSignoffsAreCutOut) {
    EXPECT_EQ(cut_inline_credits("행사에는 500명이 참석했다(사진=연합뉴스 제공). 시는 내년에도 연다."),
              "행사에는 500명이 참석했다. 시는 내년에도 연다.");
    EXPECT_EQ(cut_inline_credits("시는 내년에도 행사를 연다. 홍길동 기자 hong@example.com"), "시는 내년에도 행사를 연다.");
    EXPECT_EQ(cut_inline_credits("시는 내년에도 행사를 연다고 밝혔다. 홍길동 기자"), "시는 내년에도 행사를 연다고 밝혔다.");
    EXPECT_EQ(cut_inline_credits("이번 행사를 기획한 사람은 신동해 기자"), "이번 행사를 기획한 사람은 신동해 기자");
    EXPECT_EQ(cut_inline_credits("그는 이메일(help@example.com)로 답했다."), "그는 이메일(help@example.com)로 답했다.");
}

TEST(CleanLineRules, TheNextPhotosCaptionGluedAfterASentenceIsCut) {
    EXPECT_EQ(cut_inline_credits("새 앨범은 다음 달에 나온다고 밝혔다.한빛밴드 컴백 / 사진: 한빛엔터 제공"),
              "새 앨범은 다음 달에 나온다고 밝혔다.");
    // Cut off mid-credit, where the page's excerpt ends.
    EXPECT_EQ(cut_inline_credits("공연은 아직 정해지지 않은 상태다.두리, 1년 만에 컴백 / 사진: 두리엔터"),
              "공연은 아직 정해지지 않은 상태다.");
    // A slash inside a sentence is no credit.
    EXPECT_EQ(cut_inline_credits("시는 1/4 분기 실적을 발표했다."), "시는 1/4 분기 실적을 발표했다.");
}

TEST(CleanLineRules, ATitleWithItsPhotoCreditIsACaption) {
    expect_kind(LineKind::caption, "한빛밴드, 1년 만에 컴백 / 사진: 한빛엔터 제공, 한빛일보DB");
    expect_kind(LineKind::caption, "봄 공연 라인업 /사진=각 소속사 제공");
}

TEST(CleanLineRules, ABylineAndABarBeforeTheLeadAreCut) {
    EXPECT_EQ(strip_sentence_prefix("한빛일보 홍길동 기자 | 시는 새 다리를 열었다."), "시는 새 다리를 열었다.");
    EXPECT_EQ(strip_sentence_prefix("홍길동 기자｜시는 새 다리를 열었다."), "시는 새 다리를 열었다.");
    // A bar inside a sentence stays.
    EXPECT_EQ(strip_sentence_prefix("시는 A | B 두 안을 냈다."), "시는 A | B 두 안을 냈다.");
}

TEST(CleanLineRules, AFeaturesCreditsWithAnAddressAreAByline) {
    expect_kind(LineKind::byline, "취재 홍길동 리포터 hong@example.com 사진 김철수 참고 한빛연구소");
    expect_kind(LineKind::byline, "홍길동 에디터 hong@example.com");
    expect_kind(LineKind::text, "홍길동 리포터는 hong@example.com으로 제보를 받는다고 말했다.");
}

TEST(CleanLineRules, ASitesRulesForPostsAndItsBestCommentsAreChrome) {
    expect_kind(LineKind::ui, "※ 아래 경우에는 고지 없이 삭제하겠습니다.");
    expect_kind(LineKind::ui, "운영 원칙에 어긋나는 글은 사전 통보 없이 삭제될 수 있습니다.");
    expect_kind(LineKind::text, "회사는 악성 댓글을 고지 없이 삭제하겠다고 밝혔다.");  // news about it
    expect_kind(LineKind::tail_anchor, "BEST 댓글");
    expect_kind(LineKind::tail_anchor, "베스트댓글");
}

TEST(CleanLineRules, AShareBarOfServicesInAnyScriptIsUi) {
    EXPECT_TRUE(is_ui_word_line("로그 미투데이 트위터 Facebook"));
    EXPECT_TRUE(is_ui_word_line("Twitter Facebook 카카오스토리"));
    EXPECT_FALSE(is_ui_word_line("트위터가 새 서비스를 냈다"));
}

}  // namespace
}  // namespace nangdok
