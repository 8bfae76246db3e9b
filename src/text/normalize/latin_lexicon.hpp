// Latin-script words with a fixed Korean reading, looked up before any rule: acronyms said as
// words (나토), mixed forms (G7 → 지세븐), brands and places known by a Korean name, and common
// short English words whose spelling misleads the letter-to-sound rules.
#pragma once

#include <array>
#include <string_view>

namespace nangdok::normalize {

struct LexiconEntry {
    std::string_view written;
    std::string_view spoken;
};

}  // namespace nangdok::normalize

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "normalize/data/latin_lexicon.hpp"  // kLatinLexicon
#include "normalize/data/letter_names.hpp"  // kLetterNames
#include "normalize/data/english_initial_vowel_pairs.hpp"  // kEnglishInitialVowelPairs
#include "normalize/data/english_initial_clusters.hpp"  // kEnglishInitialClusters
#include "normalize/data/english_final_clusters.hpp"  // kEnglishFinalClusters
#include "normalize/data/domain_parts.hpp"  // kDomainParts
