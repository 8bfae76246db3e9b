// Every word list the Korean segmentation rules consult, in one place. Entries are UTF-8; lists
// are searched linearly (they are short, and each lookup reads at most a few bytes of text).
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace nangdok::segment_words {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
}

}  // namespace nangdok::segment_words

// The tables themselves, compiled from data/ (see data/tables.cmake).
#include "segment/data/particles_after_quote.hpp"  // kParticlesAfterQuote
#include "segment/data/connective_endings.hpp"  // kConnectiveEndings
#include "segment/data/sentence_final_syllables.hpp"  // kSentenceFinalSyllables
#include "segment/data/latin_abbreviations.hpp"  // kLatinAbbreviations
#include "segment/data/clause_endings.hpp"  // kClauseEndings
#include "segment/data/auxiliaries_after_go.hpp"  // kAuxiliariesAfterGo
#include "segment/data/nouns_ending_in_go.hpp"  // kNounsEndingInGo
#include "segment/data/syllables_before_polite_yo.hpp"  // kSyllablesBeforePoliteYo
#include "segment/data/nouns_like_polite_yo.hpp"  // kNounsLikePoliteYo
#include "segment/data/continuing_word_starts.hpp"  // kContinuingWordStarts
#include "segment/data/phrase_particles_strong.hpp"  // kPhraseParticlesStrong
#include "segment/data/phrase_particles_subject.hpp"  // kPhraseParticlesSubject
#include "segment/data/phrase_particles_object.hpp"  // kPhraseParticlesObject
#include "segment/data/bound_words.hpp"  // kBoundWords
#include "segment/data/adnominal_endings.hpp"  // kAdnominalEndings
#include "segment/data/pause_after_words.hpp"  // kPauseAfterWords
#include "segment/data/light_verb_words.hpp"  // kLightVerbWords
#include "segment/data/native_number_starts.hpp"  // kNativeNumberStarts
