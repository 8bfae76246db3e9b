// Hangul syllables taken apart into onset, vowel and coda (and put back), so that the sound rules
// can work on consonants rather than on precomposed characters.
#pragma once

#include <cstdint>

namespace nangdok::hangul {

// The 19 consonants in Unicode's onset order; `none` is "no consonant" (an empty coda, or a
// cluster's missing second half). ㅇ is `ieung`: silent as an onset, [ŋ] as a coda.
enum class Consonant : std::uint8_t { none, g, kk, n, d, tt, r, m, b, pp, s, ss, ieung, j, jj, ch, k, t, p, h };

// A coda is one consonant or a two-consonant cluster (ㄳ = {g, s}).
struct Coda {
    Consonant first = Consonant::none;
    Consonant second = Consonant::none;

    bool empty() const { return first == Consonant::none; }
    bool is_cluster() const { return second != Consonant::none; }
    bool is(Consonant c) const { return first == c && second == Consonant::none; }
    bool operator==(const Coda&) const = default;
};

// Vowels in Unicode's order; only the ones the rules name are spelled out.
namespace vowel {
inline constexpr std::uint8_t a = 0, ae = 1, ya = 2, yae = 3, eo = 4, e = 5, yeo = 6, o = 8, yo = 12, u = 13, wi = 16,
                              yu = 17, eu = 18, ui = 19, i = 20;
}

struct Syllable {
    Consonant onset = Consonant::ieung;
    std::uint8_t vowel = vowel::a;
    Coda coda;
    bool operator==(const Syllable&) const = default;
};

bool is_hangul_syllable(char32_t c);
// Precondition: is_hangul_syllable(c).
Syllable decompose(char32_t c);
// Returns 0 when the parts make no Hangul syllable (a coda cluster Unicode has no letter for, or
// ㄸ ㅃ ㅉ as a coda); callers keep the original character then.
char32_t compose(const Syllable& s);

}  // namespace nangdok::hangul
