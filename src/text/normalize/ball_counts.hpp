// Baseball's ball-strike count, called in English numbers: 2B2S and 볼카운트 2-2 → 투 볼 투
// 스트라이크 (a zero is 노). Balls come first, as the count is written.
#pragma once

#include "normalize/reading.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

MaybeReading read_ball_count(const Tokens& tokens, std::size_t i);

}  // namespace nangdok::normalize
