// Measures of how much a line reads like Korean article prose, in the spirit of jusText's
// length / stop-word classes but with Korean cues: sentence endings (…다. …요.) and particles.
#pragma once

#include <string_view>

namespace nangdok {

struct ProseSignals {
    int characters = 0;        // code points
    int words = 0;             // space-separated
    int sentence_endings = 0;  // Hangul followed by . ? ! (then a space, a closing quote or the end)
    int particle_words = 0;    // words ending in a particle or verb ending (은 는 이 가 을 를 에 …)
    bool ends_like_sentence = false;
    bool truncated = false;    // cut short by the page: ends in "…" or ".." after a word that ends no sentence
};

ProseSignals measure_prose(std::string_view line);

// A line that is article prose on its own evidence: a finished sentence of some length, or a long
// line dense with particles and containing sentence endings.
bool looks_like_prose(const ProseSignals& s);

// A short title-like line: a few words, no sentence ending, some Hangul or Latin letters.
bool looks_like_title(std::string_view line, const ProseSignals& s);

}  // namespace nangdok
