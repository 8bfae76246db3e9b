// Single hanja that headlines use as abbreviations, with the reading they have there (北 is 북,
// not 배; 露 is 러 for Russia). Consulted before the dictionary.
#pragma once

#include <string_view>

namespace nangdok::normalize {

struct HanjaEntry {
    std::string_view hanja;
    std::string_view reading;
};

}  // namespace nangdok::normalize

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "normalize/data/news_hanja.hpp"  // kNewsHanja
