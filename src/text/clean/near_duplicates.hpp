// Teasers, summary bullets and captions repeat sentences of the body. Like trafilatura's duplicate
// test, we keep the later copy: a block whose sentences all occur again further down is dropped.
// Sentences are compared whole (spaces and quotes ignored) through a hash map, so the pass stays
// linear in the size of the page.
#pragma once

#include <string>
#include <vector>

namespace nangdok {

// The page's sentences with spaces and quote marks removed; fragments too short to be
// distinctive are left out.
std::vector<std::string> sentence_keys(const std::string& line);

// For each line, true when it may be dropped as an earlier copy: candidates[i] says whether line i
// is subject to the test, witnesses[j] whether line j counts as a later copy.
std::vector<bool> earlier_copies(const std::vector<std::string>& lines, const std::vector<bool>& candidates,
                                 const std::vector<bool>& witnesses);

}  // namespace nangdok
