// Extraction from HTML: structured data first, then the DOM, then the text cleaner's own search;
// headline and metadata from the page's markup; what a page holds besides the article is left out.
#include <gtest/gtest.h>

#include "html/edge_dates.hpp"
#include "html/headline.hpp"
#include "html/html_page.hpp"

using nangdok::ExtractionMethod;
using nangdok::clean_html_page;

namespace {

const std::string kSentence1 = "구청은 다음 달부터 공원 산책로 세 곳에 야간 조명을 새로 설치한다고 밝혔다.";
const std::string kSentence2 = "주민들은 그동안 해가 지면 산책로가 어두워 이용하기 어렵다고 호소해 왔다.";
const std::string kSentence3 = "구청 관계자는 공사가 끝나는 대로 안전 점검을 거쳐 개방하겠다고 말했다.";
const std::string kSentence4 = "조명은 밤 11시까지 켜지고 이후에는 절반 밝기로 줄어든다.";

std::string body_paragraphs() { return "<p>" + kSentence1 + "</p><p>" + kSentence2 + "</p><p>" + kSentence3 + "</p>"; }

std::vector<std::string> paragraphs(const std::string& html) { return clean_html_page(html).page.article.paragraphs; }

}  // namespace

TEST(HtmlExtract, JsonLdArticleBodyComesFirst) {
    const std::string html =
        "<!doctype html><html><head><title>산책로 조명 - 한빛일보</title>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"headline\":\"산책로에 조명 켠다\",\"author\":{\"name\":\"홍길동\"},\"datePublished\":\"2025-01-02\","
        "\"articleBody\":\"" + kSentence1 + "\\n" + kSentence2 + "\\n" + kSentence3 + "\"}</script></head>"
        "<body><article><h1>산책로에 조명 켠다</h1><p>" + kSentence1 + "</p><p>구독자만 볼 수 있습니다.</p></article></body></html>";
    const auto page = clean_html_page(html);
    EXPECT_EQ(page.method, ExtractionMethod::json_ld);
    EXPECT_EQ(page.page.article.paragraphs,
              (std::vector<std::string>{"산책로에 조명 켠다", kSentence1, kSentence2, kSentence3}));
    EXPECT_EQ(page.page.byline, "홍길동");
    EXPECT_EQ(page.page.date, "2025-01-02");
}

TEST(HtmlExtract, JsonLdThatIsCutShortLosesToTheDom) {
    const std::string html =
        "<!doctype html><html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"articleBody\":\"" + kSentence1 + " " + kSentence2 + " 구청 관계자는…\"}</script></head>"
        "<body><article><h1>산책로에 조명 켠다</h1>" + body_paragraphs() + "</article></body></html>";
    const auto page = clean_html_page(html);
    EXPECT_EQ(page.method, ExtractionMethod::dom);
    EXPECT_EQ(page.page.article.paragraphs.back(), kSentence3);
}

TEST(HtmlExtract, TheDomFindsTheArticleAmongMenusAndLists) {
    std::string html = "<!doctype html><html><head><title>산책로에 조명 켠다 : 한빛일보</title></head><body>"
                       "<ul class=\"gnb\"><li><a href=\"/\">홈</a></li><li><a href=\"/s\">사회</a></li></ul>"
                       "<div class=\"ranking\"><h3>많이 본 뉴스</h3><ol>";
    for (int i = 0; i < 8; ++i) html += "<li><a href=\"/n/" + std::to_string(i) + "\">다른 기사의 제목이 여기에 길게 놓인다 " + std::to_string(i) + "</a></li>";
    html += "</ol></div><div id=\"content\"><h1>산책로에 조명 켠다</h1><div class=\"article-body\">" + body_paragraphs() +
            "</div><div class=\"share\"><a href=\"#\">공유하기</a></div></div><footer>회사소개</footer></body></html>";
    const auto page = clean_html_page(html);
    EXPECT_EQ(page.method, ExtractionMethod::dom);
    EXPECT_EQ(page.page.article.paragraphs,
              (std::vector<std::string>{"산책로에 조명 켠다", kSentence1, kSentence2, kSentence3}));
    EXPECT_EQ(page.page.outlet, "한빛일보");
}

TEST(HtmlExtract, TooLittleStructureFallsBackToTheTextCleaner) {
    // Nothing the DOM can score (no paragraph reaches 25 characters): the page's lines go to the
    // text cleaner, which finds the short article on its own.
    const std::string html = "<html><body>홈<br>정치<br>경제<br>사회<br>"
                             "<div>무료 급식소 문 열어</div><div>김철수 기자</div>"
                             "<div>급식소가 열렸다.</div><div>하루 백 명이 온다.</div></body></html>";
    const auto page = clean_html_page(html);
    EXPECT_EQ(page.method, ExtractionMethod::text);
    ASSERT_FALSE(page.page.article.paragraphs.empty());
    EXPECT_EQ(page.page.article.paragraphs.back(), "하루 백 명이 온다.");
}

TEST(HtmlExtract, DoubleBreaksAndBlocksMakeParagraphsASingleBreakJoins) {
    const std::string html = "<!doctype html><html><body><div id=\"articleBody\">" + kSentence1 + "<br><br>" + kSentence2 +
                             "<br>" + kSentence3 + "<br><br><div>" + kSentence4 + "</div></div></body></html>";
    EXPECT_EQ(paragraphs(html), (std::vector<std::string>{kSentence1, kSentence2 + " " + kSentence3, kSentence4}));
}

TEST(HtmlExtract, CodeMediaFormsCaptionsAndHiddenBlocksAreNotRead) {
    const std::string html =
        "<!doctype html><html><body><article>" + body_paragraphs() +
        "<script>document.write('스크립트')</script><style>p{}</style><noscript>자바스크립트를 켜 주세요</noscript>"
        "<figure><img src=a.jpg><figcaption>사진 설명이 여기에 들어간다</figcaption></figure>"
        "<form><label>이메일</label><input value=\"입력값\"><button>구독 신청</button></form>"
        "<p hidden>숨은 문단은 읽지 않는다.</p><p style=\"display: none\">이것도 숨었다.</p>"
        "<select><option>선택지</option></select><svg><text>도형 속 글자</text></svg>"
        "</article></body></html>";
    EXPECT_EQ(paragraphs(html), (std::vector<std::string>{kSentence1, kSentence2, kSentence3}));
}

TEST(HtmlExtract, ADataTableRowIsOneLine) {
    const std::string html = "<!doctype html><html><body><article>" + body_paragraphs() +
                             "<table><tr><th>구분</th><th>인원</th></tr><tr><td>어린이</td><td>40명</td></tr></table>"
                             "</article></body></html>";
    const auto result = paragraphs(html);
    ASSERT_GE(result.size(), 5u);
    EXPECT_EQ(result[3], "구분 인원");
    EXPECT_EQ(result[4], "어린이 40명");
}

TEST(HtmlExtract, TheHeadlineComesFromTheMarkupWithoutTheSiteName) {
    using nangdok::strip_site_name;
    EXPECT_EQ(strip_site_name("산책로에 조명 켠다 | 한빛일보", ""), "산책로에 조명 켠다");
    EXPECT_EQ(strip_site_name("한빛일보 - 산책로에 조명 켠다", "한빛일보"), "산책로에 조명 켠다");
    EXPECT_EQ(strip_site_name("Lights for the park - City - The Daily", ""), "Lights for the park - City");
    EXPECT_EQ(strip_site_name("제목 하나", ""), "제목 하나");
    EXPECT_EQ(nangdok::site_name_from_title("골목 빵집 세 곳, 나눔 냉장고 운영 - 남도신문"), "남도신문");

    nangdok::HeadlineSources sources;
    sources.h1s = {"한빛일보", "산책로에 조명 켠다"};
    sources.title = "산책로에 조명 켠다 - 한빛일보";
    EXPECT_EQ(nangdok::choose_headline(sources), "산책로에 조명 켠다");
    sources.h1s.clear();
    sources.og_title = "산책로에 조명 켠다 | 한빛일보";
    sources.site_name = "한빛일보";
    EXPECT_EQ(nangdok::choose_headline(sources), "산책로에 조명 켠다");
}

TEST(HtmlExtract, AKoreanBylineCaptionAndCopyrightTailAreCutInsideTheArticle) {
    const std::string html = "<!doctype html><html><body><article><h1>산책로에 조명 켠다</h1>" + body_paragraphs() +
                             "<p>[사진=한빛시 제공]</p><p>홍길동 기자 hong@hanbit.example</p>"
                             "<p>&lt;저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지&gt;</p><p>이 문장은 꼬리다.</p>"
                             "</article></body></html>";
    const auto page = clean_html_page(html);
    EXPECT_EQ(page.page.article.paragraphs,
              (std::vector<std::string>{"산책로에 조명 켠다", kSentence1, kSentence2, kSentence3}));
    EXPECT_EQ(page.page.byline, "홍길동 기자");
}

TEST(HtmlExtract, DatelinesAtTheEdgesOfTheRegionAreNotRead) {
    using nangdok::looks_like_date_line;
    EXPECT_TRUE(looks_like_date_line("Nov. 20, 2019 5:52 AM EST"));
    EXPECT_TRUE(looks_like_date_line("sexta-feira, 22 de outubro de 2010 às 20:13"));
    EXPECT_TRUE(looks_like_date_line("Updated at 1:23 p.m"));
    EXPECT_TRUE(looks_like_date_line("등록 2025.03.14"));
    EXPECT_TRUE(looks_like_date_line("05/10/2018 - Publicado por: Clarissa Borba"));
    EXPECT_FALSE(looks_like_date_line("The meeting on Nov 19, 2019 at 10:48 was cancelled."));
    EXPECT_FALSE(looks_like_date_line("2018 Toyota Camry"));
    EXPECT_FALSE(looks_like_date_line("구청은 3일 오후 2시에 회의를 연다고 밝혔다."));

    const std::string html = "<!doctype html><html><body><article><p>Nov. 20, 2019 5:52 AM EST</p>" + body_paragraphs() +
                             "<p>2024-05-08</p><p>Updated 2019-11-20 08:00</p></article></body></html>";
    EXPECT_EQ(paragraphs(html), (std::vector<std::string>{kSentence1, kSentence2, kSentence3}));
}
