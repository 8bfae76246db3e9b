#include <gtest/gtest.h>

#include "core/clause_cutter.hpp"

using namespace nangdok;

namespace {

std::size_t longest_clause_cost(const std::string& text) {
    std::size_t longest = 0, cost = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) len = 4; else if (lead >= 0xE0) len = 3; else if (lead >= 0xC0) len = 2;
        if (text[i] == ',') cost = 0; else cost += espeak_clause_cost(std::string_view(text).substr(i, len));
        longest = std::max(longest, cost);
        i += len;
    }
    return longest;
}

std::string repeat(const std::string& word, int times) {
    std::string text;
    for (int i = 0; i < times; ++i) text += (i ? " " : "") + word;
    return text;
}

}  // namespace

TEST(ClauseCutter, CostsHangulAsEspeakSeesIt) {
    EXPECT_EQ(espeak_clause_cost("가"), 6u);  // two jamo
    EXPECT_EQ(espeak_clause_cost("각"), 9u);  // three jamo
    EXPECT_EQ(espeak_clause_cost("a"), 1u);
    EXPECT_EQ(espeak_clause_cost("é"), 2u);
}

TEST(ClauseCutter, LeavesShortClausesAlone) {
    const std::string text = "서울시가 AI와 바이오 등 첨단산업의 중동 진출을 지원한다.";
    EXPECT_EQ(cut_long_clauses(text), text);
}

TEST(ClauseCutter, CutsLongClausesAtSpaces) {
    const std::string text = repeat("스타트업들이", 120);
    const std::string cut = cut_long_clauses(text);
    EXPECT_LE(longest_clause_cost(cut), kClauseBudget);
    EXPECT_NE(cut.find(", "), std::string::npos);
    std::string without_commas = cut;
    std::erase(without_commas, ',');
    EXPECT_EQ(without_commas, text) << "only commas may be added";
}

TEST(ClauseCutter, CutsTextWithoutSpacesAtCharacterBoundaries) {
    std::string glued;
    for (int i = 0; i < 400; ++i) glued += "닭";
    const std::string cut = cut_long_clauses(glued);
    EXPECT_LE(longest_clause_cost(cut), kClauseBudget);
    EXPECT_GT(cut.size(), glued.size());
}

TEST(ClauseCutter, PunctuationStartsANewClause) {
    const std::string clause = repeat("가나다", 40);  // 40 * 19 - 1 = 759 > budget on its own
    const std::string short_clauses = repeat("가나다", 20) + ". " + repeat("가나다", 20);
    EXPECT_EQ(cut_long_clauses(short_clauses), short_clauses);
    EXPECT_NE(cut_long_clauses(clause), clause);
}

TEST(ClauseCutter, IsIdempotent) {
    const std::string once = cut_long_clauses(repeat("협력을", 300));
    EXPECT_EQ(cut_long_clauses(once), once);
    // Found by fuzz_normalize: a hard cut in text without spaces, then a comma that ends nothing.
    std::string glued;
    for (int i = 0; i < 150; ++i) glued += "팎";
    const std::string glued_once = cut_long_clauses(glued + ",00");
    EXPECT_EQ(cut_long_clauses(glued_once), glued_once);
    // Also found by it: a space early in a clause, then a run too long to fit after it.
    const std::string spaced_then_glued = cut_long_clauses("0 ~ " + glued);
    EXPECT_LE(longest_clause_cost(spaced_then_glued), kClauseBudget);
    EXPECT_EQ(cut_long_clauses(spaced_then_glued), spaced_then_glued);
}
