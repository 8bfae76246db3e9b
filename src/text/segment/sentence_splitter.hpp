// Segment stage: one paragraph in, its sentences out (trimmed, in order, none empty).
//
// Candidate breaks come from ICU's sentence BreakIterator for Korean; the Korean post-rules of
// SegmentRules then drop, move or add breaks (quotes, particles after quotes, footnotes, dates,
// initials, …). It never breaks at a verb ending without punctuation: without a morphological
// analyser that wrongly splits about a quarter of news lines. One splitter owns one ICU iterator,
// so use one per thread.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

#include "segment/segment_rules.hpp"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace nangdok {

class SentenceSplitter {
public:
    explicit SentenceSplitter(SegmentRules rules = {});  // throws EngineError when ICU has no sentence rules
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter&) = delete;
    SentenceSplitter& operator=(const SentenceSplitter&) = delete;

    std::vector<std::string> split(std::string_view paragraph);

    // Byte offsets where sentences after the first start (ascending, none at 0 or the end).
    std::vector<std::size_t> break_offsets(std::string_view paragraph);

private:
    std::vector<std::size_t> icu_breaks(std::string_view paragraph);

    SegmentRules rules_;
    std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace nangdok
