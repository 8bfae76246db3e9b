// Helpers shared by the normalizer tests.
#pragma once

#include <string>
#include <string_view>

#include "normalize/normalizer.hpp"

namespace nangdok::test {

// The spoken form with spaces removed: the rules decide words, spacing is eSpeak's business.
inline std::string compact(std::string_view text) {
    std::string s = normalize_for_speech(text);
    std::erase(s, ' ');
    return s;
}

inline bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

}  // namespace nangdok::test
