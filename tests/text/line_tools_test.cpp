#include <gtest/gtest.h>

#include "clean/clean.hpp"
#include "core/line_tools.hpp"

using namespace nangdok;

TEST(FoldSpaces, TrimsAndFoldsRuns) {
    EXPECT_EQ(fold_spaces("  가   나 \t 다  "), "가 나 다");
    EXPECT_EQ(fold_spaces("   "), "");
}

TEST(SplitLines, KeepsEmptyLines) {
    const auto lines = split_lines("a\n\nb");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[1], "");
}

TEST(ArticleFromLines, EveryNonEmptyLineIsAParagraph) {
    const Article article = article_from_lines("  제목  \n\n첫 문단.\n   \n둘째   문단.\n");
    ASSERT_EQ(article.paragraphs.size(), 3u);
    EXPECT_EQ(article.title(), "제목");
    EXPECT_EQ(article.paragraphs[2], "둘째 문단.");
}

TEST(AnyOfPieces, StartsAndEndsWithAnyPiece) {
    constexpr std::string_view pieces[] = {"번째", "가"};
    EXPECT_TRUE(starts_with_any("번째로", pieces));
    EXPECT_TRUE(ends_with_any("학교가", pieces));
    EXPECT_FALSE(starts_with_any("학교가", pieces));
    EXPECT_FALSE(ends_with_any("", pieces));
    EXPECT_FALSE(starts_with_any("무엇", std::span<const std::string_view>{}));
}
