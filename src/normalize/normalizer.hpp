// Normalize stage: one written sentence in, the Hangul text eSpeak NG should speak out.
//
// Current pass: whitespace is folded. Numbers, dates, units, Latin letters, symbols and hanja
// come with the normalizer issue; the contract (one line in, one line out) holds already.
#pragma once

#include <string>
#include <string_view>

namespace nangdok {

std::string normalize_for_speech(std::string_view sentence);

}  // namespace nangdok
