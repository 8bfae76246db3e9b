// EUC-KR bytes shown as Latin-1: repaired when the round trip is lossless, refused otherwise.
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "clean/clean.hpp"
#include "clean/mojibake.hpp"
#include "core/errors.hpp"

namespace nangdok {
namespace {

// Makes the mojibake the way a browser does: Korean to CP949 bytes, each byte read as Latin-1.
std::string as_latin1_mojibake(const std::string& korean) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> cp949(ucnv_open("windows-949", &status), &ucnv_close);
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(korean);
    std::string bytes(static_cast<std::size_t>(text.length()) * 2 + 1, '\0');
    const int32_t n = text.extract(bytes.data(), static_cast<int32_t>(bytes.size()), cp949.get(), status);
    bytes.resize(static_cast<std::size_t>(n));
    std::string latin1;
    icu::UnicodeString(bytes.data(), n, "ISO-8859-1").toUTF8String(latin1);
    return latin1;
}

TEST(CleanMojibake, MakerProducesLatin1Letters) {
    EXPECT_EQ(as_latin1_mojibake("연합뉴스"), "¿¬ÇÕ´º½º");
}

TEST(CleanMojibake, ShapeIsRecognised) {
    EXPECT_TRUE(looks_like_mojibake(as_latin1_mojibake("정부가 대책을 발표했다.")));
    EXPECT_FALSE(looks_like_mojibake("AI·바이오 등 첨단산업"));
    EXPECT_FALSE(looks_like_mojibake("Café에서 만난 그는 ©표시를 가리켰다."));
    EXPECT_FALSE(looks_like_mojibake("평범한 한국어 문장이다."));
}

TEST(CleanMojibake, LosslessRoundTripIsRepaired) {
    const std::string korean = "정부가 10일 대책을 발표했다.";
    const std::optional<std::string> repaired = repair_mojibake(as_latin1_mojibake(korean));
    ASSERT_TRUE(repaired.has_value());
    EXPECT_EQ(*repaired, korean);
}

TEST(CleanMojibake, LostBytesAreRefused) {
    // "(서울=연합뉴스)" with the soft-hyphen byte 0xAD of 서 lost, as after a decode that drops U+00AD.
    EXPECT_FALSE(repair_mojibake("(¼¿ï=¿¬ÇÕ´º½º)").has_value());
    EXPECT_THROW(repair_mojibake_lines("제목\n(¼¿ï=¿¬ÇÕ´º½º) È«±æµ¿ ±âÀÚ = ¿À´Ã"), InputError);
}

TEST(CleanMojibake, RefusalNamesTheLine) {
    try {
        repair_mojibake_lines("제목\n\n(¼¿ï=¿¬ÇÕ´º½º)");
        FAIL() << "mojibake was accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
    }
}

TEST(CleanMojibake, CleanPageReadsRepairedLines) {
    const std::string body = "서울시가 첨단산업의 중동 진출을 적극 지원한다고 밝혔다.";
    const Article article = clean_article("제목 줄입니다 여기\n\n" + as_latin1_mojibake(body));
    ASSERT_FALSE(article.paragraphs.empty());
    EXPECT_EQ(article.paragraphs.back(), body);
}

}  // namespace
}  // namespace nangdok
