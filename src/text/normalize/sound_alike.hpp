// Whether two spoken (Hangul) forms are the same word heard twice: a transliteration and the word
// it came from (버나우트 and 번아웃, 니오 and 네오), or the same word written two ways. A bracket
// that only repeats the word before it is a gloss, and a listener should not hear it twice.
#pragma once

#include <string>
#include <string_view>

namespace nangdok::normalize {

// A coarse sound skeleton: silent ㅇ, the epenthetic ㅡ of loanwords and spaces dropped;
// plain, tense and aspirated consonants merged; ㅐ/ㅔ merged. One byte per sound.
std::string sound_skeleton(std::string_view spoken);

// The two skeletons differ by at most about a third of their sounds, or the shorter (of at
// least four sounds) is the start or end of the longer.
bool sounds_alike(std::string_view a, std::string_view b);

}  // namespace nangdok::normalize
