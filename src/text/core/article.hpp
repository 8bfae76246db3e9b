// The domain types that flow between the text stages.
#pragma once

#include <string>
#include <vector>

namespace nangdok {

// A cleaned article. paragraphs[0] is the headline when the cleaner found one; every entry is one
// block of text on a single line, in reading order.
struct Article {
    std::vector<std::string> paragraphs;

    const std::string& title() const {
        static const std::string none;
        return paragraphs.empty() ? none : paragraphs.front();
    }
};

// One sentence as a listener hears it.
struct Sentence {
    int index = 0;      // 1-based position in the article, as printed by `nangdok sentences`
    int paragraph = 0;  // 1-based paragraph (the headline is paragraph 1)
    std::string text;   // the sentence as written
    std::string normalized; // normalized spelling, before respelling as pronounced
    std::string spoken; // what eSpeak NG receives
};

}  // namespace nangdok
