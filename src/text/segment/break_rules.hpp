// The Korean post-rules, applied one candidate break at a time (see segment_rules.hpp for what
// each rule corrects). Every function reads a bounded stretch of text around the break, so a
// paragraph costs time linear in its length whatever it holds.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "segment/paired_marks.hpp"
#include "segment/segment_rules.hpp"

namespace nangdok {

// A break with the sentence end it follows.
struct BreakSite {
    std::size_t terminal_begin = 0;  // the run of . ! ? … that ends the sentence
    std::size_t terminal_end = 0;
    std::size_t content_end = 0;     // where the sentence's text ends (closers included, spaces not)
    std::size_t pos = 0;             // where the next sentence starts
    bool after_footnote = false;     // the sentence ends in a footnote mark or citation
    std::size_t sentence_begin = 0;  // where the sentence that this break would end begins
};

// The sentence end before a candidate break at byte b: b minus trailing spaces and quotes or
// brackets must be a terminal run. nullopt when there is none (the break is kept as it is).
std::optional<BreakSite> find_sentence_end(std::string_view text, const PairedMarks& marks, std::size_t b);

// Places the break after the marks that close the sentence: footnotes stay behind, openers go
// forward (each when its rule is on). Leaves ICU's position when both rules are off.
void place_break(std::string_view text, const PairedMarks& marks, const SegmentRules& rules, BreakSite& site);

// Whether the rules let the break stand.
bool break_stands(std::string_view text, const PairedMarks& marks, const SegmentRules& rules, const BreakSite& site);

// In a sentence that opens with a list number `N.`, the number `N+1.` starts the next item:
// `1. 금리 인상 2. 세금 감면` breaks before `2.` (part of the numbered_periods rule).
std::optional<std::size_t> list_item_start(std::string_view text, const BreakSite& site);

}  // namespace nangdok
