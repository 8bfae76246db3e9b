#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "decode/decode.hpp"

using nangdok::decode_article_bytes;
using nangdok::find_invalid_utf8;

namespace {

std::string decode(std::string_view bytes) { return decode_article_bytes(bytes, "t.txt").text; }

std::string error_of(std::string_view bytes) {
    try {
        decode_article_bytes(bytes, "t.txt");
    } catch (const nangdok::InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(Decode, KeepsPlainUtf8) {
    const auto result = decode_article_bytes("서울시가 AI를 지원한다.\n둘째 줄", "t.txt");
    EXPECT_EQ(result.text, "서울시가 AI를 지원한다.\n둘째 줄");
    EXPECT_EQ(result.encoding, "UTF-8");
}

TEST(Decode, StripsUtf8ByteOrderMark) { EXPECT_EQ(decode("\xEF\xBB\xBF안녕"), "안녕"); }

TEST(Decode, TurnsCrLfAndLoneCrIntoLf) { EXPECT_EQ(decode("가\r\n나\r다"), "가\n나\n다"); }

TEST(Decode, TurnsOddSpacesIntoPlainSpaces) {
    EXPECT_EQ(decode("가\xC2\xA0나\xE3\x80\x80다\t라"), "가 나 다 라");  // NBSP, ideographic space, tab
}

TEST(Decode, DropsZeroWidthAndControlCharacters) {
    EXPECT_EQ(decode("가\xE2\x80\x8B나\x07다\xEF\xBB\xBF라"), "가나다라");
}

TEST(Decode, ComposesHangulToNfc) {
    // 한 as conjoining jamo U+1112 U+1161 U+11AB
    EXPECT_EQ(decode("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "한");
}

TEST(Decode, ReadsUtf16WithByteOrderMarks) {
    const std::string le("\xFF\xFE\x48\xC5\x55\xB1", 6);  // 안녕
    const std::string be("\xFE\xFF\xC5\x48\xB1\x55", 6);
    EXPECT_EQ(decode(le), "안녕");
    EXPECT_EQ(decode_article_bytes(be, "t").encoding, "UTF-16BE");
    EXPECT_EQ(decode(be), "안녕");
}

TEST(Decode, ReadsUtf16WithoutByteOrderMarkWhenItIsMostlyAscii) {
    const std::string le("H\0i\0 \0\x48\xC5\n\0", 10);
    const auto result = decode_article_bytes(le, "t");
    EXPECT_EQ(result.encoding, "UTF-16LE");
    EXPECT_EQ(result.text, "Hi 안\n");
}

TEST(Decode, ReadsCp949) {
    const auto result = decode_article_bytes("\xB1\xE2\xC0\xDA \xBE\xC8\xB3\xE7", "t");  // 기자 안녕
    EXPECT_EQ(result.encoding, "CP949");
    EXPECT_EQ(result.text, "기자 안녕");
}

TEST(Decode, RejectsInvalidUtf8WithByteOffsetAndLine) {
    const std::string message = error_of("첫 줄\n둘째 \xFF줄");
    EXPECT_NE(message.find("t.txt"), std::string::npos) << message;
    EXPECT_NE(message.find("byte offset 15"), std::string::npos) << message;
    EXPECT_NE(message.find("line 2"), std::string::npos) << message;
    EXPECT_NE(message.find("invalid UTF-8"), std::string::npos) << message;
}

TEST(Decode, RejectsBinaryWithNulOffset) {
    const std::string message = error_of(std::string("\x7F" "ELF\x02\x01\x01\0\0\0\xFF\xFF\x13", 13));
    EXPECT_NE(message.find("byte offset 7"), std::string::npos) << message;
    EXPECT_NE(message.find("binary"), std::string::npos) << message;
}

TEST(FindInvalidUtf8, FindsFirstBadSequence) {
    EXPECT_EQ(find_invalid_utf8("abc"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("가나"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);        // overlong
    EXPECT_EQ(find_invalid_utf8("ab\xED\xA0\x80"), 2u);   // surrogate
    EXPECT_EQ(find_invalid_utf8("가\xEA\xB0"), 3u);       // truncated at the end
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u); // above U+10FFFF
    EXPECT_EQ(find_invalid_utf8("\xF0\x9F\x98\x80"), std::string_view::npos);  // emoji
}
