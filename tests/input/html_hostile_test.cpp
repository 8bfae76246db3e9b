// Malformed and hostile pages give the article or a clear error, never a crash or a hang:
// unclosed tags, 10 MB of nested elements, NUL bytes, scripts and comments that never end,
// quotes that never close, deeply nested JSON-LD, invalid bytes.
#include <gtest/gtest.h>

#include <string>

#include "html/html_page.hpp"
#include "html/source_trim.hpp"
#include "support/run_process.hpp"

using nangdok::clean_html_page;
using namespace nangdok::test_support;

namespace {

const std::string kProse = "중첩이 아무리 깊어도 이 문단은 빠짐없이 읽혀야 한다. 충분히 긴 문장을 하나 더 붙인다.";

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

bool read_prose(const std::string& html) {
    for (const std::string& p : clean_html_page(html).page.article.paragraphs)
        if (p.find(kProse) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(HtmlHostile, UnclosedAndMisnestedTagsStillGiveTheArticle) {
    EXPECT_TRUE(read_prose("<html><body><div><p>" + kProse + "<p>둘째 문단<div><span><b><i>셋째"));
    EXPECT_TRUE(read_prose("<p><b>" + kProse + "<i></b> 어긋난 태그</p></i><table><td>칸</div></span>"));
    EXPECT_TRUE(read_prose("<div class=\"a\" id='b' data-x=c>" + kProse + "</div></div></div></div></html></body>"));
}

TEST(HtmlHostile, TenMegabytesOfNestedDivsIsReadAtBoundedDepth) {
    constexpr std::size_t kDepth = 2'000'000;  // 10 MB of "<div>", as many "</div>"
    const std::string html = "<!doctype html><html><body>" + repeat("<div>", kDepth) + "<p>" + kProse + "</p>" +
                             repeat("</div>", kDepth) + "</body></html>";
    const nangdok::TrimmedHtml trimmed = nangdok::trim_html_source(html);
    EXPECT_EQ(trimmed.dropped_tags, 2 * (kDepth - (nangdok::kMaxNesting - 2)));  // <html> and <body> count too
    EXPECT_TRUE(read_prose(html));
}

TEST(HtmlHostile, DeepTablesListsAndFormattingAreBounded) {
    EXPECT_TRUE(read_prose("<html><body>" + repeat("<table><tr><td>", 20'000) + "<p>" + kProse + "</p>"));
    EXPECT_TRUE(read_prose("<html><body>" + repeat("<ul><li>", 50'000) + "<p>" + kProse + "</p>"));
    EXPECT_TRUE(read_prose("<html><body><p>" + kProse + repeat("<b>굵게 ", 200'000)));
    EXPECT_TRUE(read_prose("<html><body>" + repeat("<a href=x>", 100'000) + "<p>" + kProse + "</p>"));
}

TEST(HtmlHostile, NulBytesAreDropped) {
    const std::string html = std::string("<html><body><p>") + "중첩이 아무리\0 깊어도" + std::string(1, '\0') +
                             " 이 문단은 빠짐없이 읽혀야 한다. 충분히 긴 문장을 하나 더 붙인다.</p></body></html>";
    const auto paragraphs = clean_html_page(html).page.article.paragraphs;
    ASSERT_FALSE(paragraphs.empty());
    for (const std::string& p : paragraphs) EXPECT_EQ(p.find('\0'), std::string::npos);
}

// Escapes in JSON-LD and character references in attributes can spell any control character;
// the listener's paragraphs never carry one (a tab or carriage return is a space).
TEST(HtmlHostile, ControlCharactersSpelledByEscapesAreNotRead) {
    const std::string body = repeat(kProse + "\\t\\u0007\\r ", 4);
    const std::string html = "<html><head><title>제목&#7;&#x1B;이다</title>"
                             "<meta property=\"og:title\" content=\"제목&#1;이다\">"
                             "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                             "\"headline\": \"제목\\u0001이다\", \"articleBody\": \"" + body + "\"}</script>"
                             "</head><body><h1>제목&#2;이다</h1><article><p>" + kProse + "&#3;</p></article></body></html>";
    const nangdok::Article article = clean_html_page(html).page.article;
    ASSERT_FALSE(article.paragraphs.empty());
    for (const std::string& p : article.paragraphs)
        for (char c : p) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << p;
}

TEST(HtmlHostile, ScriptsCommentsAndQuotesThatNeverEndSwallowTheRest) {
    EXPECT_TRUE(clean_html_page("<html><body><script>var s = '<p>" + kProse + "</p>';").page.article.paragraphs.empty());
    EXPECT_TRUE(clean_html_page("<html><body><!-- <p>" + kProse + "</p>").page.article.paragraphs.empty());
    EXPECT_NO_THROW(clean_html_page("<html><body><div class=\"never closed><p>" + kProse + "</p>"));
    EXPECT_NO_THROW(clean_html_page("<html><body><style>p{} <p>" + kProse));
    EXPECT_NO_THROW(clean_html_page("<<<<>>>></p></p><</><!><?><!--><!---->&#0;&#xD800;&#99999999;&amp"));
}

TEST(HtmlHostile, AMarkerInsideAnAttributeOrATitleIsNotMarkup) {
    const std::string html = "<html><head><title>a <script> in a title</title></head><body>"
                             "<div title=\"</div><script>\" data-x='>'><p>" + kProse + "</p></div></body></html>";
    EXPECT_TRUE(read_prose(html));
}

TEST(HtmlHostile, HostileJsonLdIsSkipped) {
    const std::string nested = repeat("[", 100'000) + repeat("]", 100'000);
    const std::string names = "{\"@type\": \"NewsArticle\", \"author\": " + repeat("{\"name\": ", 100'000) + "\"x\"" +
                              repeat("}", 100'000) + "}";
    const std::string html = "<html><head><script type=\"application/ld+json\">" + nested + "</script>"
                             "<script type=\"application/ld+json\">" + names + "</script>"
                             "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": </script>"
                             "</head><body><article><p>" + kProse + "</p></article></body></html>";
    EXPECT_TRUE(read_prose(html));
}

TEST(HtmlHostile, InvalidBytesAndHugeAttributesAreHarmless) {
    EXPECT_TRUE(read_prose("<html><body><p>" + kProse + "</p><p>\xFF\xFE\xC0\x80 \xED\xA0\x80</p></body></html>"));
    EXPECT_TRUE(read_prose("<html><body><div class=\"" + std::string(1 << 20, 'x') + "\"><p>" + kProse + "</p></div></body></html>"));
    EXPECT_TRUE(read_prose("<html><body><p " + repeat("a=b ", 100'000) + ">" + kProse + "</p></body></html>"));
}

TEST(HtmlHostile, ThroughTheCommandLineAPageWithNothingToReadIsAClearError) {
    TempDir dir;
    write_file(dir / "empty.html", "");
    write_file(dir / "script.html", "<!doctype html><html><body><script>document.write('<p>" + kProse + "</p>')");
    for (const char* name : {"empty.html", "script.html"}) {
        const ProcessResult r = run_nangdok({"clean", dir / name});
        EXPECT_EQ(r.exit_code, 2) << r.err;
        EXPECT_NE(r.err.find("nothing to read"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
    write_file(dir / "nul.html", std::string("<!doctype html><html><body><p>") + kProse + std::string(3, '\0') + "</p>");
    // A NUL byte is binary data in a web page as in a text file: one line naming where it is.
    const ProcessResult nul = run_nangdok({"sentences", dir / "nul.html"});
    EXPECT_EQ(nul.exit_code, 2) << nul.err;
    EXPECT_NE(nul.err.find("NUL byte"), std::string::npos) << nul.err;
    EXPECT_TRUE(nul.out.empty());
}
