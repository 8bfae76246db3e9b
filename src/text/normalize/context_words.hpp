// Words around a number that decide how it is read: they are data, kept apart from the rules.
#pragma once

#include <string_view>
#include <utility>

namespace nangdok::normalize {

}  // namespace nangdok::normalize

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "normalize/data/code_signals.hpp"  // kCodeSignals
#include "normalize/data/named_date_words.hpp"  // kNamedDateWords
#include "normalize/data/weekday_names.hpp"  // kWeekdayNames
