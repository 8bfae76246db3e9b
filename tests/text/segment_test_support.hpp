// Shared helpers for the segmentation tests: split with every rule, or with one rule switched off.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "segment/segment_rules.hpp"
#include "segment/sentence_splitter.hpp"

namespace nangdok::segment_test {

using Sentences = std::vector<std::string>;

inline Sentences split_with(std::string_view text, SegmentRules rules = {}) {
    SentenceSplitter splitter(rules);
    return splitter.split(text);
}

// The rules with one of them off, e.g. without(&SegmentRules::abbreviations).
inline SegmentRules without(bool SegmentRules::*rule) {
    SegmentRules rules;
    rules.*rule = false;
    return rules;
}

}  // namespace nangdok::segment_test
