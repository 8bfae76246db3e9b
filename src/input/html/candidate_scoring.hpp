// Where the article is in the DOM, as Readability.js finds it: every paragraph of 25 characters
// or more scores 1 + its commas + one point per 100 characters (up to 3), weighted by how little
// of it is link text; the score goes to its container in full, to the container's parent in half,
// and on up five levels by a third per level. A container starts from its tag (+5 for <div>, -3
// for lists, -5 for headings) and its class and id hints (±25 each), and its total is scaled by
// 1 - link density. The best container may give way to a common ancestor of several near-best
// ones or to a parent that scores higher; then its siblings that score well, or read as prose
// paragraphs, join it.
#pragma once

#include <vector>

#include "html/node_stats.hpp"
#include "html/page_tree.hpp"
#include "html/text_lines.hpp"

namespace nangdok {

struct CandidateChoice {
    int top = -1;                 // the best container (the body when nothing scored)
    std::vector<int> roots;       // top and the siblings that join it, in document order
    std::vector<double> scores;   // per node; 0 for nodes that never became candidates
};

CandidateChoice choose_candidate(const PageTree& tree, const std::vector<TextLine>& lines,
                                 const std::vector<NodeStats>& stats, bool weight_classes);

}  // namespace nangdok
