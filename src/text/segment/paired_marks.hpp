// Pairs the quotes and brackets of one paragraph, so that segmentation knows what is quoted.
//
// News text mixes straight and curly quotes (“…" and ‘…' are common), leaves quotes unclosed and
// uses ' as an apostrophe. So a straight quote's role comes from its neighbours (a space before
// and a letter after opens; a letter before and a space or punctuation after closes; a particle
// after closes), a curly quote only breaks ties, and a closer pairs with the nearest open mark of
// its family, discarding marks opened in between. Marks left unpaired protect nothing.
// Linear in the length of the paragraph.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace nangdok {

enum class MarkRole { opener, closer, unmatched_opener, unmatched_closer, apostrophe };

struct Mark {
    std::size_t pos = 0;   // byte offset of the mark
    std::size_t size = 0;  // its UTF-8 length
    MarkRole role = MarkRole::unmatched_opener;
    bool is_quote = false;                             // a quote, not a bracket
    std::size_t partner = static_cast<std::size_t>(-1);  // the other mark's pos when paired
};

// Whether c is a quote or bracket, and of which shape. Families: double quotes, single quotes,
// and one family per bracket pair.
enum class MarkShape { opening, closing, symmetric };
struct MarkClass {
    int family = 0;
    MarkShape shape = MarkShape::symmetric;
    bool is_quote = false;
};
std::optional<MarkClass> classify_mark(char32_t c);

class PairedMarks {
public:
    static PairedMarks find(std::string_view text);

    // True when a break at byte b would separate a paired opener from its closer
    // (opener < b <= closer).
    bool encloses(std::size_t b) const;

    // The mark starting at byte pos, if any.
    const Mark* mark_at(std::size_t pos) const;

    const std::vector<Mark>& marks() const { return marks_; }

private:
    std::vector<Mark> marks_;                                     // in text order
    std::vector<std::pair<std::size_t, std::size_t>> outer_pairs_;  // disjoint, in text order
};

}  // namespace nangdok
