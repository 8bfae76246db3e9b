// Bare Hangul letters (compatibility jamo, U+3131–U+318E) in running text. Chat shorthand writes
// them in runs (ㅋㅋ, ㅎㅎ, ㅠㅠ, ㄷㄷ, ㅇㅇ): faces and laughter, silent like emoji. A single letter
// is a letter (ㄱ자 모양, ㄴ자형): said by its name. eSpeak NG would otherwise make a burst of
// consonant noise for each (ㅋㅋㅋ → "kh kh kh").
#pragma once

#include <string>
#include <string_view>

namespace nangdok::normalize {

// A Hangul token with its bare letters replaced: runs of two or more by a space, a single
// consonant by its name (기역), a single vowel by its sound (아). Other text is unchanged.
std::string speak_bare_jamo(std::string_view hangul_token);

}  // namespace nangdok::normalize
