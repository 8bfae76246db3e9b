// The gates that let a line skip a regex: what a pattern promises, and that the promise holds.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <unicode/regex.h>

#include "clean/boilerplate_rules.hpp"
#include "clean/literal_gate.hpp"
#include "clean/rule_set.hpp"

namespace nangdok {
namespace {

using Strings = std::vector<std::string>;

TEST(CleanLiteralGate, LiteralRunsAndGroupsArePromised) {
    EXPECT_EQ(required_literals("^\\d+개의 댓글$"), Strings{"개의 댓글"});
    EXPECT_EQ(required_literals("(기자|특파원)입니다\\.$"), Strings{"입니다."});
    EXPECT_EQ(required_literals("^[가-힣]{2,4}\\s?(기자|특파원)$"), (Strings{"기자", "특파원"}));
    EXPECT_EQ(required_literals("^\\(?끝\\)?$"), Strings{"끝"});
}

TEST(CleanLiteralGate, OptionalPartsAreNotPromised) {
    // "c?" may be absent, so only "ab" is required; an optional group promises nothing.
    EXPECT_EQ(required_literals("abc?d"), Strings{"ab"});
    EXPECT_EQ(required_literals("^(기사 )?댓글"), Strings{"댓글"});
    EXPECT_EQ(required_literals("x{0,3}"), std::nullopt);
    EXPECT_EQ(required_literals("x*"), std::nullopt);
}

TEST(CleanLiteralGate, PatternsWithoutAPromiseAreNotGated) {
    EXPECT_EQ(required_literals("^[^\\p{L}\\p{N}]+$"), std::nullopt);
    EXPECT_EQ(required_literals("^(좋아요|\\d+)$"), std::nullopt);  // one branch has no literal
    EXPECT_EQ(required_literals("^ $"), std::nullopt);             // a space is in every line
    EXPECT_EQ(required_literals("(?=사진)\\S+"), std::nullopt);     // a lookahead is not in the match
    EXPECT_EQ(required_literals("^\\S+\\.(?i:jpe?g|png)$"), Strings{"."});
    EXPECT_EQ(required_literals("(?i)photo"), std::nullopt);        // case-insensitive to the end
    EXPECT_EQ(required_literals("(unclosed"), std::nullopt);
}

TEST(CleanLiteralGate, EscapesAndClassesAreReadAsICUReadsThem) {
    EXPECT_EQ(required_literals("\\[사진\\]"), Strings{"[사진]"});
    EXPECT_EQ(required_literals("[]x]사진"), Strings{"사진"});      // "]" first in a class is literal
    EXPECT_EQ(required_literals("\\x{24D2}저작권"), Strings{"저작권"});
    EXPECT_EQ(required_literals("a+b"), Strings{"a"});
}

TEST(CleanLiteralGate, SketchNeverHidesAPresentString) {
    const std::string line = "서울시는 3일 ⓒ 홍길동 [사진=한빛일보] 😀 end";
    const CodePointSketch sketch(line);
    for (std::string needle : {"서울", "ⓒ", "[사진=", "😀", " end"})
        EXPECT_TRUE(LiteralGate({needle}).passes(line, sketch)) << needle;
    EXPECT_FALSE(LiteralGate({"기자"}).passes(line, sketch));
    EXPECT_FALSE(LiteralGate({"서울시청"}).passes(line, sketch));
}

// Soundness on real shapes: every line a table pattern matches must pass that pattern's gate.
// The lines are the example page and the HTML fixtures' expected text, plus chrome written here.
std::vector<std::string> sample_lines() {
    std::vector<std::string> lines = {
        "0 / 300", "좋아요 0", "12개의 댓글", "댓글 3", "홍길동 기자", "홍길동 특파원", "김철수 기자 kim@example.com",
        "[사진=한빛시 제공]", "▲ 시민들이 걷고 있다.", "ⓒ 홍길동", "저작권자 © 한빛일보 무단전재 및 재배포 금지",
        "Copyright ⓒ Hanbit. All rights reserved.", "입력 2024.03.04 10:21", "2024년 3월 4일", "(끝)",
        "관련기사", "지금까지 한빛방송 홍길동입니다.", "…했습니다. /연합뉴스", "IMG_0412.JPG", "2024030401_01",
        "▶ 제보는 카카오톡 hanbit", "※ 이 기사는 AI가 썼습니다.", "AI 요약", "3분 소요", "(PAN)",
        "홍길동 기자가 취재했습니다.", "홍길동 기자, 전해주시죠.", "…말했다. 연합뉴스 제공"};
    for (const char* file : {"/examples/seoul-dubai.txt", "/tests/data/html/captions-in-article.expected.txt",
                             "/tests/data/html/portal-article.expected.txt", "/tests/data/html/json-ld.expected.txt"}) {
        std::ifstream in(std::string(NANGDOK_SOURCE_DIR) + file);
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

bool icu_matches(std::string_view pattern, const RuleLine& line) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))), where,
        status));
    EXPECT_TRUE(U_SUCCESS(status)) << pattern;
    if (U_FAILURE(status)) return false;
    std::unique_ptr<icu::RegexMatcher> m(compiled->matcher(line.unicode(), status));
    if (pattern.starts_with('^')) return m->lookingAt(status);
    if (line.unicode().length() > kTailWindow) {
        m->region(line.unicode().length() - kTailWindow, line.unicode().length(), status);
        m->useTransparentBounds(true);
    }
    return m->find(status);
}

TEST(CleanLiteralGate, EveryTablePatternMatchesOnlyLinesItsGateLetsThrough) {
    using namespace clean_rules;
    const std::vector<std::string> lines = sample_lines();
    int matched = 0;
    for (auto table : {std::span<const std::string_view>(kUiPatterns), std::span<const std::string_view>(kSummaryLabels),
                       std::span<const std::string_view>(kCaptionLines), std::span<const std::string_view>(kBylineLines),
                       std::span<const std::string_view>(kDateLines), std::span<const std::string_view>(kCopyrightLines),
                       std::span<const std::string_view>(kTailAnchors), std::span<const std::string_view>(kTailLines),
                       std::span<const std::string_view>(kBroadcastSignoffs), std::span<const std::string_view>(kListHeaders),
                       std::span<const std::string_view>(kSpokenBylines), std::span<const std::string_view>(kGluedSignoffs)})
        for (std::string_view pattern : table) {
            const auto literals = required_literals(pattern);
            if (!literals) continue;
            const LiteralGate gate(*literals);
            for (const std::string& text : lines) {
                const RuleLine line(text);
                if (!icu_matches(pattern, line)) continue;
                ++matched;
                const bool passes = pattern.starts_with('^') ? gate.passes(line.utf8(), line.sketch())
                                                             : gate.passes(line.tail(), line.tail_sketch());
                EXPECT_TRUE(passes) << pattern << " matches but its gate refuses: " << text;
            }
        }
    EXPECT_GT(matched, 20);  // the samples do exercise the gated patterns
}

}  // namespace
}  // namespace nangdok
