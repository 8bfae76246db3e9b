// For speech only: a listener loses the thread of a sentence read in one breath past about 250
// characters, and news sentences chain clauses with -며 and -고 for longer than that. So the
// spoken form of a long stretch gets a clause boundary (", ", where eSpeak NG pauses) after a
// connective ending. The sentence itself stays whole (in `nangdok sentences` and in subtitles).
//
// Existing ", " already ends an utterance; a stretch between boundaries that is still too long is
// cut after the last clause ending in it (-며, -면서, -지만, -는데, -으나, -므로, -니까), else after
// the last -고 that is neither a noun (최고, 광고, …) nor bound to an auxiliary verb (갖고 있다).
// "Too long" is also what would overflow eSpeak NG's clause buffer (synth/clause_cutter): a pause
// after a connective ending sounds natural where clause_cutter would have to cut at any space.
// A stretch with neither ending that would overflow that buffer pauses after a particle ending a
// noun phrase (회의에서, 결과를), the one that parts the stretch most evenly, never inside a number
// and its counter, a range, or before a word leaning on the one before (있다, 수, 대상으로 한).
// Only what is still too long after that is left to clause_cutter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/clause_cutter.hpp"

namespace nangdok {

inline constexpr std::size_t kUtteranceChars = 250;

// Returns the text with "," inserted after the chosen connective endings. Idempotent, and text
// whose stretches all fit comes back unchanged. Linear in the length of the text.
std::string cut_utterances(std::string_view sentence, std::size_t max_chars = kUtteranceChars,
                           std::size_t clause_budget = kClauseBudget);

}  // namespace nangdok
