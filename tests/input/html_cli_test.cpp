// HTML through the binary: our Korean fixture pages give exactly the expected article; detection
// by name and content, and forcing with --html and --no-html; clean --json's method and metadata;
// a wrong charset declaration is said on standard error.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_process.hpp"

using namespace nangdok::test_support;

namespace {

std::string fixture(const std::string& name) { return source_path("tests/data/html/" + name); }

void expect_fixture(const std::string& name) {
    const ProcessResult r = run_nangdok({"clean", fixture(name + ".html")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, read_file(fixture(name + ".expected.txt"))) << name;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

nlohmann::json clean_json(const std::vector<std::string>& args, const std::string& stdin_text = "") {
    std::vector<std::string> all{"clean", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    const ProcessResult r = run_nangdok(all, stdin_text);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

const std::string kPage = "<!DOCTYPE html><html><head><title>주차장 유료화 - 남도신문</title></head><body>"
                          "<article><p>읍내 공영주차장이 다음 달부터 유료로 바뀐다고 군청이 밝혔다.</p>"
                          "<p>첫 30분은 무료이고 이후 10분마다 300원을 받는다.</p></article></body></html>";

}  // namespace

TEST(HtmlCli, PortalLayoutWithAHeadlineListBesideTheArticle) { expect_fixture("portal-article"); }
TEST(HtmlCli, EucKrPageWithAMetaCharsetInATableLayout) { expect_fixture("euc-kr-table"); }
TEST(HtmlCli, PageWithJsonLd) { expect_fixture("json-ld"); }
TEST(HtmlCli, CaptionsInsideTheArticleElement) { expect_fixture("captions-in-article"); }

TEST(HtmlCli, JsonGivesTheMethodAndThePagesMetadata) {
    const nlohmann::json portal = clean_json({fixture("portal-article.html")});
    EXPECT_EQ(portal["method"], "dom");
    EXPECT_EQ(portal["outlet"], "한빛일보");
    EXPECT_EQ(portal["byline"], "김하늘");
    EXPECT_EQ(portal["date"], "2025-04-02T09:30:00+09:00");
    EXPECT_EQ(portal["encoding"], "UTF-8");
    const nlohmann::json structured = clean_json({fixture("json-ld.html")});
    EXPECT_EQ(structured["method"], "json-ld");
    EXPECT_EQ(structured["byline"], "이도윤, 최유나");
    EXPECT_EQ(structured["outlet"], "새벽뉴스");
    const nlohmann::json legacy = clean_json({fixture("euc-kr-table.html")});
    EXPECT_EQ(legacy["encoding"], "CP949");
    EXPECT_EQ(legacy["outlet"], "남도신문");
    const nlohmann::json text = clean_json({"-"}, "제목\n\n본문 문장이다.\n");
    EXPECT_EQ(text["method"], "text");
}

TEST(HtmlCli, StandardInputIsDetectedByItsContent) {
    const ProcessResult r = run_nangdok({"sentences", "-"}, kPage);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "주차장 유료화\n\n읍내 공영주차장이 다음 달부터 유료로 바뀐다고 군청이 밝혔다.\n\n"
                     "첫 30분은 무료이고 이후 10분마다 300원을 받는다.\n");
}

TEST(HtmlCli, HtmlAndNoHtmlForceTheReading) {
    TempDir dir;
    write_file(dir / "page.txt", "<p>읍내 공영주차장이 다음 달부터 유료로 바뀐다고 군청이 밝혔다.</p>");
    const ProcessResult as_text = run_nangdok({"sentences", "--no-clean", dir / "page.txt"});
    EXPECT_EQ(as_text.out, "<p>읍내 공영주차장이 다음 달부터 유료로 바뀐다고 군청이 밝혔다.</p>\n");
    const ProcessResult forced = run_nangdok({"sentences", "--no-clean", "--html", dir / "page.txt"});
    EXPECT_EQ(forced.out, "읍내 공영주차장이 다음 달부터 유료로 바뀐다고 군청이 밝혔다.\n");

    write_file(dir / "page.html", "<b>굵은</b> 글씨를 설명하는 글이다.");
    const ProcessResult by_name = run_nangdok({"sentences", "--no-clean", dir / "page.html"});
    EXPECT_EQ(by_name.out, "굵은 글씨를 설명하는 글이다.\n");
    const ProcessResult not_html = run_nangdok({"sentences", "--no-clean", "--no-html", dir / "page.html"});
    EXPECT_EQ(not_html.out, "<b>굵은</b> 글씨를 설명하는 글이다.\n");

    const ProcessResult both = run_nangdok({"clean", "--html", "--no-html", dir / "page.html"});
    EXPECT_EQ(both.exit_code, 1);
}

TEST(HtmlCli, NoCleanReadsEveryVisibleLine) {
    const ProcessResult r = run_nangdok({"sentences", "--no-clean", fixture("captions-in-article.html")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("푸른신문 구독하기"), std::string::npos);  // the banner, which cleaning drops
    EXPECT_EQ(r.out.find("<img"), std::string::npos);
    EXPECT_EQ(r.out.find("<p"), std::string::npos);
}

TEST(HtmlCli, AnOverruledCharsetDeclarationIsSaid) {
    TempDir dir;
    write_file(dir / "wrong.html",
               "<!DOCTYPE html><html><head><meta charset=\"euc-kr\"></head><body><article>"
               "<p>선언은 EUC-KR이지만 실제 바이트는 UTF-8인 페이지도 제대로 읽는다.</p></article></body></html>");
    const ProcessResult r = run_nangdok({"clean", dir / "wrong.html"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "선언은 EUC-KR이지만 실제 바이트는 UTF-8인 페이지도 제대로 읽는다.\n");
    EXPECT_EQ(r.err, "nangdok: " + (dir / "wrong.html") +
                         ": the page declares euc-kr but its bytes are UTF-8; read as UTF-8\n");
}

TEST(HtmlCli, ReadSavesAnHtmlPage) {
    TempDir dir;
    const ProcessResult r = run_nangdok({"read", fixture("json-ld.html"), "-o", dir / "out.wav", "-j", "1"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("saved"), std::string::npos) << r.err;
}
