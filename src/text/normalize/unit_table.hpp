// Units written after a number and currencies written before it, with their spoken forms.
#pragma once

#include <string_view>

namespace nangdok::normalize {

struct UnitEntry {
    std::string_view written;
    std::string_view spoken;
    std::string_view spoken_before = {};  // said before the number: 60km/h → 시속 육십 킬로미터
};

}  // namespace nangdok::normalize

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "normalize/data/units.hpp"  // kUnits
#include "normalize/data/currency_prefixes.hpp"  // kCurrencyPrefixes
#include "normalize/data/large_number_words.hpp"  // kLargeNumberWords
