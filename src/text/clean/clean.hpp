// Clean stage: decoded article text in, the article's headline and paragraphs out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.hpp"

namespace nangdok {

// One non-empty line of the page and what the cleaner made of it, for `clean --json`.
struct BlockDecision {
    int line = 0;          // 1-based line of the page
    std::string text;      // the line as the cleaner saw it (spaces folded, bullet removed)
    bool kept = false;
    std::string reason;    // kept: headline, deck, body; dropped: ui, menu, byline, caption, …
};

// What the cleaner found on a page. The metadata is shown by `clean --json`, never read aloud.
struct CleanedPage {
    Article article;           // headline, then deck_lines lines of deck, then the body paragraphs
    bool has_headline = false;
    std::size_t deck_lines = 0;
    bool has_deck() const { return deck_lines > 0; }
    std::string outlet;        // empty when not recognised
    std::string byline;
    std::string date;
    double confidence = 0.0;   // 0–1: how sure the cleaner is that it found the whole article
    bool permissive = false;   // the strict pass found too little, a permissive pass was used
    std::vector<BlockDecision> blocks;  // every non-empty line, in page order
};

// Keeps what a listener wants from a scraped page. Throws InputError for mojibake that cannot be
// repaired.
CleanedPage clean_page(std::string_view text);

// Empty when the cleaner is sure of the page; otherwise what a listener should be told, such as
// "confidence 0.42" or "only one paragraph found": the confidence is low, the permissive pass was
// used, or the body has fewer than two paragraphs, and some line of the page was dropped.
std::string doubt_about(const CleanedPage& page);

// clean_page(text).article: paragraphs[0] is the headline when one was found.
Article clean_article(std::string_view text);

// The --no-clean reading: every non-empty line (trimmed, inner runs of spaces folded) is one
// paragraph, in order, nothing dropped.
Article article_from_lines(std::string_view text);

}  // namespace nangdok
