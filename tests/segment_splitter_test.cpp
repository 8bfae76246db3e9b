#include <gtest/gtest.h>

#include "segment/sentence_splitter.hpp"

namespace nangdok {
namespace {

TEST(SegmentSplitter, PlaceholderSplitsTwoSentences) {
    SentenceSplitter splitter;
    EXPECT_EQ(splitter.split("비가 온다. 바람이 분다."), (std::vector<std::string>{"비가 온다.", "바람이 분다."}));
}

}  // namespace
}  // namespace nangdok
