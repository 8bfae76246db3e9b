// An HTML page's encoding: byte order mark, then the transport's charset, then <meta charset> or
// http-equiv, then what the bytes are; a declaration the bytes contradict is overruled, with a note.
#include <gtest/gtest.h>

#include "html/html_decode.hpp"
#include "html/meta_charset.hpp"

using nangdok::decode_html_bytes;

namespace {

// "가나다" in CP949 (EUC-KR) and in UTF-8.
const std::string kGanadaCp949 = "\xB0\xA1\xB3\xAA\xB4\xD9";
const std::string kGanadaUtf8 = "가나다";

std::string page(const std::string& head, const std::string& body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body><p>" + body + "</p></body></html>";
}

bool holds(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST(HtmlDecode, FindsTheMetaCharsetOrHttpEquiv) {
    EXPECT_EQ(nangdok::declared_meta_charset("<meta charset=\"EUC-KR\">"), "euc-kr");
    EXPECT_EQ(nangdok::declared_meta_charset("<META CHARSET=utf-8>"), "utf-8");
    EXPECT_EQ(nangdok::declared_meta_charset(
                  "<meta http-equiv='Content-Type' content='text/html; charset=ks_c_5601-1987'>"),
              "ks_c_5601-1987");
    EXPECT_EQ(nangdok::declared_meta_charset("<!-- <meta charset=\"latin1\"> --><meta charset=\"utf-8\">"), "utf-8");
    EXPECT_EQ(nangdok::declared_meta_charset("<div title='<meta charset=x>'><meta charset=cp949>"), "cp949");
    EXPECT_EQ(nangdok::declared_meta_charset("<meta name=\"viewport\" content=\"width=device-width\">"), "");
    EXPECT_EQ(nangdok::charset_from_content_type("text/html; charset=\"EUC-KR\""), "euc-kr");
    EXPECT_EQ(nangdok::charset_from_content_type("text/html"), "");
}

TEST(HtmlDecode, ByteOrderMarksComeFirst) {
    const auto utf8 = decode_html_bytes("\xEF\xBB\xBF" + page("<meta charset=\"euc-kr\">", kGanadaUtf8));
    EXPECT_EQ(utf8.encoding, "UTF-8");
    EXPECT_TRUE(holds(utf8.html, kGanadaUtf8));
    std::string utf16("\xFF\xFE", 2);
    for (char c : std::string("<p>ok</p>")) utf16 += std::string{c, '\0'};
    const auto decoded = decode_html_bytes(utf16);
    EXPECT_EQ(decoded.encoding, "UTF-16LE");
    EXPECT_EQ(decoded.html, "<p>ok</p>");
}

TEST(HtmlDecode, TheDeclaredCharsetDecodesEucKr) {
    const auto decoded = decode_html_bytes(page("<meta charset=\"euc-kr\">", kGanadaCp949));
    EXPECT_EQ(decoded.encoding, "CP949");
    EXPECT_EQ(decoded.declared, "euc-kr");
    EXPECT_TRUE(holds(decoded.html, kGanadaUtf8));
    EXPECT_TRUE(decoded.note.empty()) << decoded.note;
    const auto equiv = decode_html_bytes(
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\">", kGanadaCp949));
    EXPECT_EQ(equiv.encoding, "CP949");
    EXPECT_TRUE(holds(equiv.html, kGanadaUtf8));
}

TEST(HtmlDecode, TheTransportCharsetBeatsTheMeta) {
    const auto decoded = decode_html_bytes(page("<meta charset=\"utf-8\">", kGanadaCp949), "euc-kr");
    EXPECT_EQ(decoded.encoding, "CP949");
    EXPECT_TRUE(holds(decoded.html, kGanadaUtf8));
}

TEST(HtmlDecode, WithoutADeclarationTheBytesDecide) {
    const auto utf8 = decode_html_bytes(page("", kGanadaUtf8));
    EXPECT_EQ(utf8.encoding, "UTF-8");
    EXPECT_TRUE(utf8.note.empty());
    const auto korean = decode_html_bytes(page("", kGanadaCp949));
    EXPECT_EQ(korean.encoding, "CP949");
    EXPECT_TRUE(holds(korean.html, kGanadaUtf8));
    EXPECT_TRUE(korean.note.empty()) << korean.note;
    const auto latin = decode_html_bytes(page("", "caf\xE9 cr\xE8me"));
    EXPECT_EQ(latin.encoding, "windows-1252");
    EXPECT_TRUE(holds(latin.html, "café crème"));
}

TEST(HtmlDecode, AWrongDeclarationIsOverruledAndSaidSo) {
    const auto utf8_as_euc = decode_html_bytes(page("<meta charset=\"euc-kr\">", kGanadaUtf8));
    EXPECT_EQ(utf8_as_euc.encoding, "UTF-8");
    EXPECT_TRUE(holds(utf8_as_euc.html, kGanadaUtf8));
    EXPECT_TRUE(holds(utf8_as_euc.note, "declares euc-kr but its bytes are UTF-8")) << utf8_as_euc.note;

    const auto euc_as_utf8 = decode_html_bytes(page("<meta charset=\"utf-8\">", kGanadaCp949));
    EXPECT_EQ(euc_as_utf8.encoding, "CP949");
    EXPECT_TRUE(holds(euc_as_utf8.html, kGanadaUtf8));
    EXPECT_TRUE(holds(euc_as_utf8.note, "declares utf-8")) << euc_as_utf8.note;
    EXPECT_TRUE(holds(euc_as_utf8.note, "read as CP949")) << euc_as_utf8.note;
}

TEST(HtmlDecode, AnUnknownLabelIsIgnoredAndSaidSo) {
    const auto decoded = decode_html_bytes(page("<meta charset=\"klingon-8\">", kGanadaUtf8));
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_TRUE(holds(decoded.note, "klingon-8")) << decoded.note;
}

TEST(HtmlDecode, BytesNoEncodingExplainsAreReplacedNotRefused) {
    // Declared UTF-8, mostly UTF-8, one stray byte: neither CP949 nor valid, read as declared.
    const auto decoded = decode_html_bytes(page("<meta charset=\"utf-8\">", "가나다 \xFF 라마"));
    EXPECT_FALSE(decoded.html.empty());
    EXPECT_FALSE(decoded.note.empty());
}
