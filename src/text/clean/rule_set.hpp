// One table of cleaning patterns (boilerplate_rules.hpp) matched against one line.
#pragma once

#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "clean/literal_gate.hpp"

namespace nangdok {

// Patterns that are not anchored at the line start are written to match at its end, within this
// many UTF-16 units; searching only the tail keeps a long paragraph from costing a full scan per
// rule (the cleaner must run at tens of MB/s).
inline constexpr int32_t kTailWindow = 64;

// An ICU pattern compiled the first time it is needed (thread-safe): ICU compiles slowly, and a
// short article, on its way to the first sound, needs few of the cleaner's patterns. Throws our
// Error for a bad pattern (a programming error that the unit tests catch). nullptr for an empty
// source.
class LazyPattern {
public:
    explicit LazyPattern(std::string source) : source_(std::move(source)) {}
    LazyPattern(const LazyPattern&) = delete;
    LazyPattern& operator=(const LazyPattern&) = delete;
    const icu::RegexPattern* get() const;

private:
    std::string source_;
    mutable std::once_flag compiled_;
    mutable std::unique_ptr<icu::RegexPattern> pattern_;
};

// A line as the rule sets read it: its UTF-8 bytes, its UTF-16 copy for ICU, and sketches of its
// code points (the whole line, and the tail window that floating patterns search), made once and
// shared by every set.
class RuleLine {
public:
    explicit RuleLine(std::string_view utf8);
    std::string_view utf8() const { return utf8_; }
    const icu::UnicodeString& unicode() const { return unicode_; }
    std::string_view tail() const { return tail_; }
    const CodePointSketch& sketch() const;
    const CodePointSketch& tail_sketch() const;

private:
    std::string_view utf8_, tail_;
    icu::UnicodeString unicode_;
    mutable std::unique_ptr<CodePointSketch> sketch_, tail_sketch_;
};

// A table compiled for matching. A pattern that names a word every match contains
// (required_literals) gets its own regex, run only on lines holding that word; the others are
// joined into one start-anchored alternation tried with lookingAt() and one searched in the tail.
// Everything compiles on first use: ICU compiles slowly, many tables are never needed for a short
// article, and the first sentence waits for the cleaner.
class RuleSet {
public:
    // Lines longer than max_units UTF-16 units never match: bylines, dates and widget labels are
    // short, and skipping long paragraphs keeps their backtracking patterns off the body text.
    // When hints are given, a line holding none of them (plain substrings) skips the set.
    explicit RuleSet(std::span<const std::string_view> patterns, int32_t max_units = INT32_MAX,
                     std::span<const std::string_view> hints = {});
    RuleSet(const RuleSet&) = delete;
    RuleSet& operator=(const RuleSet&) = delete;

    bool matches(const RuleLine& line) const;

    // Every pattern of the set, joined, for callers that need the match's position; nullptr when
    // the set has no pattern of that kind.
    const icu::RegexPattern* anchored() const;
    const icu::RegexPattern* floating() const;

private:
    struct GatedPattern {
        GatedPattern(LiteralGate g, bool a, std::string source)
            : gate(std::move(g)), anchored(a), pattern(std::move(source)) {}
        LiteralGate gate;
        bool anchored;
        LazyPattern pattern;
    };

    int32_t max_units_;
    LiteralGate hints_;
    std::vector<std::unique_ptr<GatedPattern>> gated_;
    std::unique_ptr<LazyPattern> ungated_anchored_, ungated_floating_, all_anchored_, all_floating_;
};

}  // namespace nangdok
