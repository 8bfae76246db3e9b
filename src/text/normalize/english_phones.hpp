// English spelling to approximate phonemes, the first half of english_hangul.hpp: a small set of
// English spelling rules (magic e, vowel teams, digraphs, unstressed endings), no dictionary.
#pragma once

#include <string_view>
#include <vector>

namespace nangdok::normalize {

// Approximate English phonemes, named after the Hangul they become.
enum class Ph {
    // consonants
    P,
    B,
    T,
    D,
    K,
    G,
    F,
    V,
    S,
    Z,
    SH,
    CH,
    J,
    TH,
    M,
    N,
    NG,
    L,
    R,
    H,
    W,
    Y,
    // vowels
    A,
    AE,
    E,
    I,
    O,
    U,
    EO,
    EU,
};

struct Phone {
    Ph ph;
    bool long_vowel = false;  // long vowels and diphthong ends let a final stop take ㅡ (케이크, 부트)
};

inline bool is_vowel(Ph p) { return p >= Ph::A; }

// `lower_word` is lower-case ASCII letters.
std::vector<Phone> english_phones(std::string_view lower_word);

}  // namespace nangdok::normalize
