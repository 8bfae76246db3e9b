#include "core/hangul_jamo.hpp"

#include <array>

namespace nangdok::hangul {
namespace {

constexpr char32_t kFirstSyllable = 0xAC00;
constexpr char32_t kLastSyllable = 0xD7A3;
constexpr int kVowels = 21;
constexpr int kCodas = 28;

using C = Consonant;
// Unicode's 28 coda slots (0 = none) as consonant pairs.
constexpr std::array<Coda, kCodas> kCodaSlots{{
    {},          {C::g},      {C::kk},     {C::g, C::s}, {C::n},      {C::n, C::j}, {C::n, C::h},
    {C::d},      {C::r},      {C::r, C::g}, {C::r, C::m}, {C::r, C::b}, {C::r, C::s}, {C::r, C::t},
    {C::r, C::p}, {C::r, C::h}, {C::m},      {C::b},      {C::b, C::s}, {C::s},      {C::ss},
    {C::ieung},  {C::j},      {C::ch},     {C::k},      {C::t},      {C::p},      {C::h},
}};

int coda_slot(const Coda& coda) {
    for (int slot = 0; slot < kCodas; ++slot)
        if (kCodaSlots[slot] == coda) return slot;
    return -1;
}

}  // namespace

bool is_hangul_syllable(char32_t c) { return c >= kFirstSyllable && c <= kLastSyllable; }

Syllable decompose(char32_t c) {
    const int index = static_cast<int>(c - kFirstSyllable);
    Syllable s;
    s.onset = static_cast<Consonant>(index / (kVowels * kCodas) + 1);
    s.vowel = static_cast<std::uint8_t>(index / kCodas % kVowels);
    s.coda = kCodaSlots[index % kCodas];
    return s;
}

char32_t compose(const Syllable& s) {
    const int slot = coda_slot(s.coda);
    if (slot < 0 || s.onset == Consonant::none || s.vowel >= kVowels) return 0;
    const int onset = static_cast<int>(s.onset) - 1;
    return kFirstSyllable + static_cast<char32_t>((onset * kVowels + s.vowel) * kCodas + slot);
}

}  // namespace nangdok::hangul
