// Normalisation before the rules: entities, odd spaces, NFC, bullets and wrapping quotes.
#include <gtest/gtest.h>

#include "clean/page_text.hpp"

namespace nangdok {
namespace {

TEST(CleanPageText, NamedAndNumericEntitiesAreDecoded) {
    EXPECT_EQ(decode_html_entities("&quot;속보&quot; A&amp;B &lt;1&gt; &#39;x&#x27;"), "\"속보\" A&B <1> 'x'");
    EXPECT_EQ(decode_html_entities("AI&middot;바이오"), "AI·바이오");
}

TEST(CleanPageText, DoublyEscapedEntitiesAreDecoded) {
    EXPECT_EQ(decode_html_entities("그는 &amp;#39;안 된다&amp;#39;고 했다"), "그는 '안 된다'고 했다");
    EXPECT_EQ(decode_html_entities("그는 amp;#39;안 된다amp;#39;고 했다"), "그는 '안 된다'고 했다");
}

TEST(CleanPageText, UnknownEntitiesAndBareAmpersandsStay) {
    EXPECT_EQ(decode_html_entities("R&D 투자 &unknown; 확대"), "R&D 투자 &unknown; 확대");
}

TEST(CleanPageText, OddSpacesZeroWidthAndNfc) {
    // NBSP, ideographic space, zero-width space, and 한 written as conjoining jamo (NFD).
    const std::string nfd_han = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB";
    EXPECT_EQ(normalize_page_text("가\xC2\xA0나\xE3\x80\x80다\xE2\x80\x8B라 " + nfd_han), "가 나 다라 한");
    EXPECT_EQ(normalize_page_text("첫 줄\r\n둘째 줄\r"), "첫 줄\n둘째 줄\n");
    EXPECT_EQ(normalize_page_text("&nbsp;뉴스"), " 뉴스");
}

TEST(CleanPageText, LinesLoseBulletsAndRememberTheyWereListed) {
    const auto lines = page_lines("  • AI 기사요약\n본문 문장이다.\n* 별표 항목\n-3도까지 내려갔다.\n\n    들여쓴 줄");
    ASSERT_EQ(lines.size(), 6u);
    EXPECT_EQ(lines[0].text, "AI 기사요약");
    EXPECT_TRUE(lines[0].listed);
    EXPECT_EQ(lines[1].text, "본문 문장이다.");
    EXPECT_FALSE(lines[1].listed);
    EXPECT_EQ(lines[2].text, "별표 항목");
    EXPECT_TRUE(lines[2].listed);
    EXPECT_EQ(lines[3].text, "-3도까지 내려갔다.");
    EXPECT_FALSE(lines[3].listed);
    EXPECT_TRUE(lines[4].text.empty());
    EXPECT_TRUE(lines[5].listed);
}

TEST(CleanPageText, QuotesWrappingTheWholeLineGo) {
    EXPECT_EQ(strip_wrapping_quotes("\"오세훈, 첨단산업 중동진출 지원\""), "오세훈, 첨단산업 중동진출 지원");
    EXPECT_EQ(strip_wrapping_quotes("“도서관 야간 개방”"), "도서관 야간 개방");
    EXPECT_EQ(strip_wrapping_quotes("\"야간 개방\"…주민 반응 엇갈려"), "\"야간 개방\"…주민 반응 엇갈려");
    EXPECT_EQ(strip_wrapping_quotes("“A” 대 “B”"), "“A” 대 “B”");
}

TEST(CleanPageText, LineBreakTagsLeftInTheTextBecomeLineEnds) {
    EXPECT_EQ(normalize_page_text("첫 문단이다.<br /><BR>둘째 문단이다.</p><p>셋째.</div>"),
              "첫 문단이다.\n\n둘째 문단이다.\n\n셋째.\n");
    EXPECT_EQ(normalize_page_text("첫 줄&lt;br&gt;둘째 줄"), "첫 줄\n둘째 줄");  // escaped once too
}

TEST(CleanPageText, OtherAngleBracketsAreText) {
    EXPECT_EQ(normalize_page_text("A < B, <사진> <b>굵게</b> <break> <p class=x> </br>"),
              "A < B, <사진> <b>굵게</b> <break> <p class=x> </br>");
}

}  // namespace
}  // namespace nangdok
