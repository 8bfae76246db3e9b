// The tokenizer cuts by script and keeps every byte.
#include <gtest/gtest.h>

#include "normalize/compat_chars.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {
namespace {

TEST(Tokenizer, RunsOfOneKind) {
    const Tokens t = tokenize("AI기술 2024년!");
    ASSERT_EQ(t.size(), 6u);
    EXPECT_EQ(t[0].kind, TokenKind::latin);
    EXPECT_EQ(t[1].kind, TokenKind::hangul);
    EXPECT_EQ(t[1].text, "기술");
    EXPECT_EQ(t[2].kind, TokenKind::space);
    EXPECT_EQ(t[3].kind, TokenKind::digits);
    EXPECT_EQ(t[5].kind, TokenKind::symbol);
    EXPECT_EQ(t[5].cp, U'!');
}

TEST(Tokenizer, EachSymbolIsItsOwnToken) {
    const Tokens t = tokenize("%%");
    EXPECT_EQ(t.size(), 2u);
}

TEST(Tokenizer, HanjaAndMiddleDot) {
    const Tokens t = tokenize("韓ㆍ美");
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].kind, TokenKind::hanja);
    EXPECT_EQ(t[1].kind, TokenKind::symbol);
}

TEST(Tokenizer, EveryByteLandsInAToken) {
    const std::string text = "가\xff나 \x80 abc";
    std::size_t total = 0;
    for (const Token& token : tokenize(text)) total += token.text.size();
    EXPECT_EQ(total, text.size());
}

TEST(CompatChars, EnclosedNumbersKnowTheirValue) {
    EXPECT_EQ(enclosed_number_value(U'⑦'), 7);
    EXPECT_EQ(enclosed_number_value(U'㉕'), 25);
    EXPECT_EQ(enclosed_number_value(U'Ⅻ'), 12);
    EXPECT_EQ(enclosed_number_value(U'가'), -1);
}

TEST(CompatChars, HangulJamoAreKept) { EXPECT_EQ(prepare_characters("ㅋㅋ"), "ㅋㅋ"); }

TEST(CompatChars, ControlCharactersBecomeSpaces) { EXPECT_EQ(prepare_characters("가\x01나"), "가 나"); }

}  // namespace
}  // namespace nangdok::normalize
