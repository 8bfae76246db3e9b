// Segment stage: one paragraph in, its sentences out (trimmed, in order, none empty).
//
// Candidate breaks come from ICU's sentence BreakIterator for Korean. One splitter owns one ICU
// iterator, so use one per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace nangdok {

class SentenceSplitter {
public:
    SentenceSplitter();  // throws EngineError when ICU has no sentence rules
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter&) = delete;
    SentenceSplitter& operator=(const SentenceSplitter&) = delete;

    std::vector<std::string> split(std::string_view paragraph);

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace nangdok
