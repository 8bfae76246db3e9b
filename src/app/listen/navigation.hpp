// Where a listening key moves the position, as a pure function of the article's paragraph layout.
//
// ← / p is "back" the way audio players do it: pressed at the start of a sentence (within
// kBackThresholdSeconds of its speech) it goes to the previous sentence; later it restarts the
// current one. [ works the same way on paragraphs. Moving past either end of the article does
// nothing.
#pragma once

#include <optional>
#include <vector>

#include "listen/keys.hpp"

namespace nangdok::listen {

constexpr double kBackThresholdSeconds = 2.0;

// paragraph_of[i]: the paragraph of sentence i (0-based positions). Returns the new position for
// a moving key (also when it equals `current`: the sentence restarts), nullopt for a key that does
// not move or cannot move further.
std::optional<int> navigate(Key key, const std::vector<int>& paragraph_of, int current, double seconds_into);

// The rate after + or -: 10% faster or slower, kept within eSpeak NG's 80..450 words per minute.
int adjusted_rate(Key key, int rate_wpm);

}  // namespace nangdok::listen
