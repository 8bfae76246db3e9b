// Layouts from outlets the rules were not written for: portal copies with a list of other
// stories above the article, chrome in the head, several deck lines, bylines glued to the lead,
// captions wherever they sit, broadcast scripts. Every page here is written for the test.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "clean/clean.hpp"

namespace nangdok {
namespace {

using Paragraphs = std::vector<std::string>;

Paragraphs cleaned(const std::string& page) { return clean_article(page).paragraphs; }

const std::string kTitle = "강변 자전거길 야간 조명 설치, 이용객 두 배로";
const std::string kP1 = "한빛시는 강변 자전거길 12㎞ 구간에 야간 조명을 설치한 뒤 저녁 이용객이 두 배로 늘었다고 5일 밝혔다.";
const std::string kP2 = "시는 조명이 켜지는 시간을 밤 11시까지로 정하고 주말에는 자정까지 늘리기로 했다.";
const std::string kP3 = "다만 인근 주민들은 빛 공해를 우려하며 조명의 밝기를 낮춰 달라고 요청했다.";
const std::string kLast = "시는 주민 의견을 들어 조명 각도를 바꾸겠다고 답했다.";

std::string lines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += item + "\n";
    return out;
}

// A page copied short stops inside its last paragraph: that fragment is the article's text, even
// before its first particle, unless it may be a byline cut short.
TEST(CleanUnseenLayouts, APageCopiedShortKeepsItsCutLastParagraph) {
    const std::vector<std::string> head = {kTitle, "입력 2025.11.05", kP1, kP2, kP3};
    for (const std::string fragment : {"특히 한빛", "홍길동 한빛시 자전거정책과", "시는 주민 의견을 들"}) {
        std::vector<std::string> page = head;
        page.push_back(fragment);
        EXPECT_EQ(cleaned(lines(page)).back(), fragment);
    }
    std::vector<std::string> page = head;
    page.push_back("홍길동 한빛닷");
    EXPECT_EQ(cleaned(lines(page)).back(), kP3);
}

// The portal prints a list of its top stories, cut short, before the article it shows.
TEST(CleanUnseenLayouts, AHeadlineListAboveTheArticleIsNeverTheBody) {
    const std::string page = lines({"뉴스홈", "정치", "경제", "사회", "주요뉴스",
                                    "여야 예산안 처리 시한 앞두고 막판 협상…쟁점은 최종 조…",
                                    "한파 속 출근길 곳곳 빙판길 사고 잇따라 경찰 \"운전 각별히 주의해…",
                                    "반도체 수출 석 달 연속 늘어 무역수지 흑자 폭도 커지며 업계 기대…",
                                    "프로야구 스토브리그 대어급 자유계약 선수들 거취에 팬들 관심 집…",
                                    "공공요금 인상 여파로 물가 상승률 다시 3%대 올라설지 정부 촉각…",
                                    "구청장, 주민 간담회서 재개발 갈등에 대해 공식 사과해…",
                                    kTitle, "한빛일보 | 2025.11.05 09:12", kP1, kP2, kP3});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, kP3}));
}

TEST(CleanUnseenLayouts, TruncatedTitlesAreNotSentences) {
    const std::string list = lines({"여야 예산안 처리 시한 앞두고 막판 협상…쟁점은 최종 조…",
                                    "구청장, 주민 간담회서 재개발 갈등에 대해 공식 사과해…",
                                    "반도체 수출 석 달 연속 늘어 무역수지 흑자 폭도 커지며 업계 기대…"});
    // Even with no article at all, the list is not read as if it were one.
    const CleanedPage page = clean_page(list + kP1 + "\n");
    EXPECT_EQ(page.article.paragraphs.back(), kP1);
    for (const auto& p : page.article.paragraphs) EXPECT_FALSE(p.ends_with("…")) << p;
}

TEST(CleanUnseenLayouts, BreadcrumbsSkipLinksAndLabelsAreNeverTheHeadline) {
    const std::string page = lines({"본문 바로가기 주메뉴 바로가기 검색 바로가기", "생활.문화 > 여행 > 국내", "> 뉴스 > 지역",
                                    kTitle, "입력 2025.11.05 09:12", kP1, kP2});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanUnseenLayouts, ADateLabelGluedToTheHeadlineOrTheLeadIsCut) {
    EXPECT_EQ(cleaned(lines({kTitle + " date 2025-11-05", kP1, kP2})), (Paragraphs{kTitle, kP1, kP2}));
    EXPECT_EQ(cleaned(lines({kTitle, "date 2025-11-05 " + kP1, kP2})), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanUnseenLayouts, DecksOfOneToThreeLinesAreKeptTogether) {
    const std::string deck1 = "저녁 이용객 두 배로 늘어", deck2 = "주말엔 자정까지 불 켜기로", deck3 = "주민들 \"빛 공해 대책도 필요\"";
    EXPECT_EQ(cleaned(lines({kTitle, deck1, "홍길동 기자", kP1, kP2})), (Paragraphs{kTitle, deck1, kP1, kP2}));
    EXPECT_EQ(cleaned(lines({kTitle, deck1, deck2, deck3, "홍길동 기자 입력 2025.11.05", kP1, kP2})),
              (Paragraphs{kTitle, deck1, deck2, deck3, kP1, kP2}));
    // Below the byline too.
    EXPECT_EQ(cleaned(lines({kTitle, "입력 2025.11.05", deck1, deck2, kP1, kP2})),
              (Paragraphs{kTitle, deck1, deck2, kP1, kP2}));
    const CleanedPage page = clean_page(lines({kTitle, deck1, deck2, "홍길동 기자", kP1, kP2}));
    EXPECT_EQ(page.deck_lines, 2u);
    // A deck full of figures is still words; a ticker above the headline is not.
    const std::string figures = "12년간 강변 자전거길 2480㎞…이, 통산 365일 중 210일";
    EXPECT_EQ(cleaned(lines({kTitle, figures, deck2, "입력 2025.11.05", kP1, kP2})),
              (Paragraphs{kTitle, figures, deck2, kP1, kP2}));
    EXPECT_EQ(cleaned(lines({"코스피 2,416.86 ▲2.00 12.5%", kTitle, deck2, "입력 2025.11.05", kP1, kP2})),
              (Paragraphs{kTitle, deck2, kP1, kP2}));
}

TEST(CleanUnseenLayouts, MetadataWrittenAnyWayIsNeverTheDeck) {
    for (const std::string& meta : {"홍길동 2025. 11. 5. 09:12", "한빛일보 2025-11-05 09:12:31 |",
                                    "홍길동 기자I 2025.11.05 09:12:00", "2025-11-05 09:12 사회",
                                    "[한빛방송 뉴스센터 / desk@example.com]", "발행 2025.11.05 09: 12"}) {
        EXPECT_EQ(cleaned(lines({kTitle, meta, kP1, kP2})), (Paragraphs{kTitle, kP1, kP2})) << meta;
    }
}

TEST(CleanUnseenLayouts, OutletTagsAndBylinesAtTheStartOfTheLeadAreCut) {
    for (const std::string& tag : {"[한빛포스트] ", "[한빛일보 홍길동 기자] ", "[더한빛ㅣ부산=홍길동 기자] ",
                                   "[잠실=한빛스포츠 홍길동기자] ", "[한빛경제 = 홍길동 기자] ", "[홍길동기자] "}) {
        EXPECT_EQ(cleaned(lines({kTitle, tag + kP1, kP2})), (Paragraphs{kTitle, kP1, kP2})) << tag;
    }
    // A column's label is the article's own and stays.
    const std::string column = "[한빛매거진=김지은의 문화산책] " + kP1;
    EXPECT_EQ(cleaned(lines({kTitle, column, kP2})), (Paragraphs{kTitle, column, kP2}));
}

TEST(CleanUnseenLayouts, CaptionsGoWhereverTheySit) {
    const std::string page = lines({kTitle, kP1, "강변 자전거길을 달리는 시민들. /한빛통신",
                                    "야간 조명이 켜진 자전거길 모습. [한빛시 제공. 재판매 및 DB 금지]", kP2,
                                    "조명 아래 산책하는 주민들 *재판매 및 DB 금지", "ⓒ 홍길동",
                                    kLast + " " + kP3 + " [한빛시 제공. 재판매 및 DB 금지]", "시는 내년에 구간을 넓힐 계획이다."});
    // A credit glued to a paragraph's last sentence is cut from it; the paragraph stays.
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2, kLast + " " + kP3, "시는 내년에 구간을 넓힐 계획이다."}));
}

TEST(CleanUnseenLayouts, ASummaryCopyWithoutItsFinalPeriodIsReadOnceAsTheLaterFullCopy) {
    std::string lead_without_period = kP1;
    lead_without_period.pop_back();
    const std::string page = lines({kTitle, "AI 요약", "  " + lead_without_period, kP1, kP2});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
    // Not marked as a box either: the copy is found by its words, not its punctuation or brackets.
    EXPECT_EQ(cleaned(lines({kTitle, "“" + lead_without_period + "”", kP1, kP2})), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanUnseenLayouts, ACopyrightNoticeGluedToTheLastParagraphIsCutThere) {
    const std::string page = lines({kTitle, kP1, kP2 + "저작권자 © 한빛일보 무단전재 및 재배포 금지", kTitle, kP1});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
    const std::string signed_page = lines({kTitle, kP1, kP2 + " 홍길동 기자 hong@example.com <ⓒ 한빛일보 무단전재 배포금지>"});
    EXPECT_EQ(cleaned(signed_page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanUnseenLayouts, NoticesAboutThePageGoAtTheEdgeButNotInsideTheArticle) {
    const std::string page = lines({kTitle, "이 글자크기로 변경됩니다.",
                                    "(예시) 가장 빠른 뉴스가 있고 다양한 정보가 숨쉬는 한빛뉴스를 만나보세요.",
                                    "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.", kP1, kP2});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
    const std::string inside = "새 앱은 로그인 없이도 조명 시간을 확인하는 기능을 쓸 수 있습니다.";
    EXPECT_EQ(cleaned(lines({kTitle, kP1, inside, kP2})), (Paragraphs{kTitle, kP1, inside, kP2}));
}

TEST(CleanUnseenLayouts, ABroadcastScriptWrappedAtAFixedWidthIsJoinedIntoSentences) {
    const std::string page = lines({"◀ANC▶", "한빛시 강변 자전거길에", "야간 조명이 설치되면서",
                                    "저녁 이용객이 두 배로 늘었습니다.", "◀VCR▶", "해가 진 뒤에도 자전거를 타는",
                                    "시민들의 발길이 이어집니다.", "시는 조명 시간을 밤 11시까지로", "정했습니다.",
                                    "한빛방송 홍길동입니다."});
    EXPECT_EQ(cleaned(page), (Paragraphs{"한빛시 강변 자전거길에 야간 조명이 설치되면서 저녁 이용객이 두 배로 늘었습니다.",
                                         "해가 진 뒤에도 자전거를 타는 시민들의 발길이 이어집니다.",
                                         "시는 조명 시간을 밤 11시까지로 정했습니다."}));
}

TEST(CleanUnseenLayouts, ASignOffStartsTheTailSoATeaserRepeatingTheReportTakesNothing) {
    const std::string short_line = "해가 진 뒤에도 발길이 이어집니다.";
    const std::string page = lines({kTitle, "[앵커]", kP1, "홍길동 기자가 취재했습니다.", "[리포트]", short_line, kP2,
                                    "KBS 뉴스 홍길동입니다.", "▷ 제보 : 02-000-0000",
                                    "[앵커] " + kP1 + " " + short_line + " " + kP2});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, short_line, kP2}));
}

TEST(CleanUnseenLayouts, ATitlePrintedTwiceIsTheHeadlineAndItsCopiesAreNotRead) {
    const std::string page = lines({"뉴스홈", kTitle, "시계아이콘02분 03초 소요", "글자크기 설정", "[한빛뉴스] 강변 자전거길 야간 조명 설치",
                                    kTitle, kP1, kP2});
    EXPECT_EQ(cleaned(page), (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanUnseenLayouts, EveryLineSaysWhyItWasKeptOrDropped) {
    const CleanedPage page = clean_page(lines({"전체메뉴", kTitle, "저녁 이용객 두 배로 늘어", "홍길동 기자", kP1,
                                               "강변 자전거길을 달리는 시민들. /한빛통신", kP2,
                                               "ⓒ 한빛일보 무단전재 및 재배포 금지", "많이 본 뉴스"}));
    auto reason_of = [&](int line) {
        for (const auto& block : page.blocks)
            if (block.line == line) return block.reason;
        return std::string("missing");
    };
    EXPECT_EQ(reason_of(1), "ui");
    EXPECT_EQ(reason_of(2), "headline");
    EXPECT_EQ(reason_of(3), "deck");
    EXPECT_EQ(reason_of(4), "byline");
    EXPECT_EQ(reason_of(5), "body");
    EXPECT_EQ(reason_of(6), "caption");
    EXPECT_EQ(reason_of(8), "copyright");
    EXPECT_EQ(reason_of(9), "list-header");
    EXPECT_EQ(page.blocks.size(), 9u);
    EXPECT_EQ(std::count_if(page.blocks.begin(), page.blocks.end(), [](const BlockDecision& b) { return b.kept; }), 4);
}

TEST(CleanUnseenLayouts, TheCleanerDoubtsAPageWhoseArticleItCouldNotFind) {
    EXPECT_TRUE(doubt_about(clean_page(lines({kTitle, "홍길동 기자", kP1, kP2, kP3}))).empty());
    const std::string no_article = lines({"뉴스홈", "로그인", "여야 예산안 처리 시한 앞두고 막판 협상…쟁점은 최종 조…",
                                          "구청장, 주민 간담회서 재개발 갈등에 대해 공식 사과해…", "ⓒ 한빛일보 무단전재 및 재배포 금지"});
    EXPECT_FALSE(doubt_about(clean_page(no_article)).empty());
    // A short note typed in, with nothing dropped, raises no doubt.
    EXPECT_TRUE(doubt_about(clean_page("오늘 회의는 오후 세 시에 시작합니다.\n")).empty());
}

}  // namespace
}  // namespace nangdok

namespace nangdok {
namespace {

TEST(CleanUnseenLayouts, ATableCellCopiedAsTextIsReadWithoutItsPipes) {
    EXPECT_EQ(cleaned(lines({"| ▲한빛시 제공. |", kP1, kP2})), (Paragraphs{kP1, kP2}));
}

TEST(CleanUnseenLayouts, ATitleThePageAlsoPrintsAsACaptionNamesAPhoto) {
    EXPECT_EQ(cleaned(lines({"홍길동 한빛시 도시계획과장", "▲ 홍길동 한빛시 도시계획과장", kP1, kP2})), (Paragraphs{kP1, kP2}));
    // A sentence signed by a photographer above the article is a caption, never the headline.
    EXPECT_EQ(cleaned(lines({kTitle, "한빛일보", "강변 자전거길을 달리는 시민들. 홍길동 기자", kP1, kP2})),
              (Paragraphs{kTitle, kP1, kP2}));
}

TEST(CleanUnseenLayouts, TranscriptSpeakerLinesAreNotRead) {
    const std::string quote = "올해는 모두 건강하고 하는 일이 잘 풀리도록 소원을 빌었습니다.";
    EXPECT_EQ(cleaned(lines({kTitle, kP1, "김시민 (한빛시 남구) :", quote, "홍길동 기자 :", kP2})),
              (Paragraphs{kTitle, kP1, quote, kP2}));
}

TEST(CleanUnseenLayouts, AnOutletsOneWordTagIsCutFromTheLead) {
    EXPECT_EQ(cleaned(lines({kTitle, "[한빛월드] " + kP1, kP2})), (Paragraphs{kTitle, kP1, kP2}));
    // Only from the lead, and not a tag with spaces or '=' (a column's label).
    const std::string later = "[참고] " + kP3;
    EXPECT_EQ(cleaned(lines({kTitle, kP1, later, kP2})), (Paragraphs{kTitle, kP1, later, kP2}));
}

TEST(CleanUnseenLayouts, ALoneWordBetweenParagraphsGoesWhenThePageSaysItElsewhere) {
    // The outlet's name, also in its byline tag, is a label; a heading found nowhere else stays.
    EXPECT_EQ(cleaned(lines({kTitle, "[한빛데일리 홍길동 기자] " + kP1, "한빛데일리", kP2})), (Paragraphs{kTitle, kP1, kP2}));
    EXPECT_EQ(cleaned(lines({kTitle, kP1, "서론", kP2})), (Paragraphs{kTitle, kP1, "서론", kP2}));
}

TEST(CleanUnseenLayouts, TwoPhotoCreditsInARowDoNotEndTheArticle) {
    const std::string p1 = "시는 새 다리를 열었다고 밝혔다. 다리는 길이가 백 미터에 이른다고 시는 덧붙였다.";
    const std::string p2 = "시민들은 새 다리를 반겼다고 시는 전했다. 다리는 내일부터 누구나 건널 수 있다.";
    const std::string p3 = "시는 내년에는 두 번째 다리를 놓을 계획이라고 밝혔다. 공사는 봄에 시작된다.";
    const std::string credit = "ⓒ한빛일보 홍길동 기자 ⓒ한빛일보 홍길동 기자";
    EXPECT_EQ(cleaned(lines({p1, credit, credit, p2, p3})), (Paragraphs{p1, p2, p3}));
}

}  // namespace
}  // namespace nangdok
