// Temperatures as weather Korean says them: below zero is 영하, not 마이너스 (-5도, -13.8℃ → 영하
// 오 도, 영하 십삼 점 팔 도), and in a range that crosses zero the upper bound is 영상 (-2~13도 →
// 영하 이 도에서 영상 십삼 도). 도 after a minus is taken for a temperature unless a word of angles
// (각도, 기울기, 위도… data/normalize/angle_words.tsv) stands near it.
#pragma once

#include <string_view>

#include "normalize/numbers.hpp"
#include "normalize/tokenizer.hpp"

namespace nangdok::normalize {

// The words said before a number of degrees, instead of its sign: 영하, 영상, or nothing.
std::string_view temperature_sign(const Tokens& t, const WrittenNumber& number);

}  // namespace nangdok::normalize
