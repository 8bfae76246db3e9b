// For speech only: a listener loses the thread of a sentence read in one breath past about 250
// characters, and news sentences chain clauses with -며 and -고 for longer than that. So the
// spoken form of a long stretch gets a clause boundary (", ", where eSpeak NG pauses) after a
// connective ending. The sentence itself stays whole (in `nangdok sentences` and in subtitles).
//
// Existing ", " already ends an utterance; a stretch between boundaries that is still too long is
// cut after the last "며 " in it, else after the last "고 " that is not a noun (최고, 광고, …).
// A stretch with neither is left to clause_cutter, which keeps eSpeak's buffer from overflowing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nangdok {

inline constexpr std::size_t kUtteranceChars = 250;

// Returns the text with "," inserted after the chosen connective endings. Idempotent, and text
// whose stretches all fit comes back unchanged. Linear in the length of the text.
std::string cut_utterances(std::string_view sentence, std::size_t max_chars = kUtteranceChars);

}  // namespace nangdok
