// When an input is read as HTML: by its name, by how it opens, or as --html/--no-html force.
#include <gtest/gtest.h>

#include "html/html_sniff.hpp"

using nangdok::HtmlChoice;
using nangdok::looks_like_html;
using nangdok::read_as_html;

TEST(HtmlSniff, ADoctypeOrAnHtmlTagOpensAPage) {
    EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html><body>글</body></html>", "<stdin>"));
    EXPECT_TRUE(looks_like_html("<!doctype HTML>\n<title>제목</title>", "-"));
    EXPECT_TRUE(looks_like_html("  \n<HTML lang=\"ko\">", "a.txt"));
    EXPECT_TRUE(looks_like_html("<html>", "x"));
}

TEST(HtmlSniff, AByteOrderMarkDeclarationsAndCommentsMayComeFirst) {
    EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF<!DOCTYPE html>", "x"));
    EXPECT_TRUE(looks_like_html("<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html>", "x"));
    // UTF-16 with a byte order mark: the zero bytes are skipped for the check.
    EXPECT_TRUE(looks_like_html(std::string("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14), "x"));
}

TEST(HtmlSniff, TheNameAloneIsEnough) {
    EXPECT_TRUE(looks_like_html("그냥 글", "saved/page.html"));
    EXPECT_TRUE(looks_like_html("그냥 글", "PAGE.HTM"));
    EXPECT_TRUE(looks_like_html("", "a.xhtml"));
    EXPECT_TRUE(looks_like_html("글", "https://example.com/news/1.html?from=main#top"));
    EXPECT_FALSE(looks_like_html("글", "notes.html.txt"));
}

TEST(HtmlSniff, TextThatMentionsTagsStaysText) {
    EXPECT_FALSE(looks_like_html("기사 본문에서 <html> 태그를 설명한다.", "a.txt"));
    EXPECT_FALSE(looks_like_html("<p>문단</p>", "a.txt"));  // a fragment: --html reads it as HTML
    EXPECT_FALSE(looks_like_html("<!-- never closed", "a.txt"));
    EXPECT_FALSE(looks_like_html("", "<stdin>"));
}

TEST(HtmlSniff, TheUsersChoiceWins) {
    EXPECT_TRUE(read_as_html(HtmlChoice::html, "<p>문단</p>", "a.txt"));
    EXPECT_FALSE(read_as_html(HtmlChoice::text, "<!DOCTYPE html>", "page.html"));
    EXPECT_TRUE(read_as_html(HtmlChoice::detect, "<!DOCTYPE html>", "a.txt"));
    EXPECT_FALSE(read_as_html(HtmlChoice::detect, "글", "a.txt"));
}
