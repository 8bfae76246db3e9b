// Inside the chosen article region, what is not the article (Readability.js's conditional
// cleaning, with our hint tables): blocks whose class or id says furniture (even beside an
// article word, as in "article__byline", unless the block holds a large part of the region's
// text); forms, lists, tables and divisions that are mostly links, that hold more images or list
// items than paragraphs, or that are a few words of links; <header>s (title, byline and deck,
// which the page's metadata gives); and <h1>s (the headline is read once).
// Decided from the innermost block out, each seeing its children's removals, in one pass.
#pragma once

#include <vector>

#include "html/node_stats.hpp"
#include "html/page_tree.hpp"

namespace nangdok {

// Marks removed[i] for the nodes under `roots` to take out (the roots beside `top` included: a
// byline block can score as a sibling); `skip` is what the pass left out already, `own` the
// measures each node holds by itself (node_stats.hpp).
void clean_region(const PageTree& tree, int top, const std::vector<int>& roots, const std::vector<NodeStats>& own,
                  const std::vector<char>& skip, bool weight_classes, std::vector<char>& removed);

}  // namespace nangdok
