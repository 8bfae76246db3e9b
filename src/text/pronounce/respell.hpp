// Pronounce stage: normalized text in, the same text with each Hangul word respelled as it is
// pronounced (표준 발음법), so that eSpeak NG, which reads Hangul letter by letter, says it right.
// Everything that is not Hangul passes through byte for byte; words meet only across a single
// space, and only where the standard applies a rule across words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nangdok {

std::string respell_for_speech(std::string_view text);

// The same, also listing the name of every rule that changed something (sound_rules.hpp), in
// order; for tests and for explaining a respelling.
std::string respell_for_speech(std::string_view text, std::vector<std::string_view>& rules_applied);

}  // namespace nangdok
