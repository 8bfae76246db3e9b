// Counter words that follow a number, and the context words that decide the ambiguous ones.
// Matching takes the longest entry of either table, so 개월 (Sino) wins over 개 (native).
#pragma once

#include <string_view>

namespace nangdok::normalize {

}  // namespace nangdok::normalize

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "normalize/data/native_counters.hpp"  // kNativeCounters
#include "normalize/data/sino_counters.hpp"  // kSinoCounters
#include "normalize/data/particles_not_counters.hpp"  // kParticlesNotCounters
#include "normalize/data/particles_after_counter.hpp"  // kParticlesAfterCounter
#include "normalize/data/ordinal_dae_nouns.hpp"  // kOrdinalDaeNouns
#include "normalize/data/number_label_nouns.hpp"  // kNumberLabelNouns
