#include "normalize/english_hangul.hpp"

#include <vector>

#include "normalize/english_phones.hpp"

namespace nangdok::normalize {
namespace {

// Jamo indices of a Hangul syllable (initial 0-18, medial 0-20, final 0-27).
struct Syllable {
    int initial, medial, final = 0;
};

constexpr int kIeung = 11;  // ㅇ as initial
constexpr int kEu = 18, kI = 20, kA = 0, kAe = 1, kE = 5, kO = 8, kU = 13, kEo = 4;

int initial_of(Ph p) {
    switch (p) {
        case Ph::P:
        case Ph::F:
            return 17;  // ㅍ
        case Ph::B:
        case Ph::V:
            return 7;  // ㅂ
        case Ph::T:
            return 16;  // ㅌ
        case Ph::D:
            return 3;  // ㄷ
        case Ph::K:
            return 15;  // ㅋ
        case Ph::G:
            return 0;  // ㄱ
        case Ph::S:
        case Ph::SH:
        case Ph::TH:
            return 9;  // ㅅ
        case Ph::Z:
        case Ph::J:
            return 12;  // ㅈ
        case Ph::CH:
            return 14;  // ㅊ
        case Ph::M:
            return 6;  // ㅁ
        case Ph::N:
            return 2;  // ㄴ
        case Ph::L:
        case Ph::R:
            return 5;  // ㄹ
        case Ph::H:
            return 18;  // ㅎ
        default:
            return kIeung;
    }
}

int medial_of(Ph p) {
    switch (p) {
        case Ph::A:
            return kA;
        case Ph::AE:
            return kAe;
        case Ph::E:
            return kE;
        case Ph::I:
            return kI;
        case Ph::O:
            return kO;
        case Ph::U:
            return kU;
        case Ph::EO:
            return kEo;
        default:
            return kEu;
    }
}

// ya, ye, yo, yu, yeo: the glide folded into the vowel.
int y_medial(int medial) {
    switch (medial) {
        case kA:
            return 2;
        case kAe:
            return 3;
        case kE:
            return 7;
        case kO:
            return 12;
        case kU:
            return 17;
        case kEo:
            return 6;
        default:
            return medial;
    }
}

int w_medial(int medial) {
    switch (medial) {
        case kA:
            return 9;
        case kAe:
            return 10;
        case kE:
            return 15;
        case kI:
            return 16;
        case kEo:
            return 14;
        case kO:
            return 9;
        default:
            return medial;
    }
}

// 받침 for the consonants that may close a syllable in loanwords.
int final_of(Ph p) {
    switch (p) {
        case Ph::P:
            return 17;  // ㅂ
        case Ph::T:
            return 19;  // ㅅ
        case Ph::K:
            return 1;  // ㄱ
        case Ph::M:
            return 16;  // ㅁ
        case Ph::N:
            return 4;  // ㄴ
        case Ph::NG:
            return 21;  // ㅇ
        case Ph::L:
            return 8;  // ㄹ
        default:
            return 0;
    }
}

std::vector<Syllable> syllables(const std::vector<Phone>& ph) {
    std::vector<Syllable> out;
    bool previous_was_short_vowel = false;
    for (std::size_t k = 0; k < ph.size(); ++k) {
        const Ph p = ph[k].ph;
        if (is_vowel(p)) {
            out.push_back({kIeung, medial_of(p)});
            previous_was_short_vowel = !ph[k].long_vowel;
            continue;
        }
        const bool has_next = k + 1 < ph.size();
        const Ph next = has_next ? ph[k + 1].ph : Ph::H;
        const bool before_vowel = has_next && is_vowel(next);
        // Only k and g fuse with a following w (quiz 퀴즈); t, s and the rest take ㅡ (트위터, 스웨터).
        const bool fuses_with_w = p == Ph::K || p == Ph::G;
        const bool glide_then_vowel = has_next && ((next == Ph::W && fuses_with_w) || next == Ph::Y) &&
                                      k + 2 < ph.size() && is_vowel(ph[k + 2].ph);
        if (p == Ph::W || p == Ph::Y) {
            if (before_vowel) {
                const int medial = medial_of(next);
                out.push_back({kIeung, p == Ph::W ? w_medial(medial) : y_medial(medial)});
                previous_was_short_vowel = !ph[k + 1].long_vowel;
                ++k;
            } else if (p == Ph::W) {
                out.push_back({kIeung, kU});
            }
            continue;
        }
        if (before_vowel || glide_then_vowel) {
            // l between vowels is said twice in Korean spelling (hello → 헬로).
            // l before a vowel is said twice in Korean spelling, after a vowel (hello → 헬로) and
            // after a consonant cluster's ㅡ (blue → 블루, play → 플레이).
            if (p == Ph::L && k > 0 && ph[k - 1].ph != Ph::L && ph[k - 1].ph != Ph::R && ph[k - 1].ph != Ph::NG &&
                !out.empty() && out.back().final == 0)
                out.back().final = final_of(Ph::L);
            int medial = medial_of(before_vowel ? next : ph[k + 2].ph);
            if (glide_then_vowel) medial = next == Ph::W ? w_medial(medial) : y_medial(medial);
            if (p == Ph::SH) medial = y_medial(medial);
            out.push_back({initial_of(p), medial});
            previous_was_short_vowel = !ph[before_vowel ? k + 1 : k + 2].long_vowel;
            k += before_vowel ? 1 : 2;
            continue;
        }
        if (p == Ph::R || p == Ph::H) continue;  // not said before a consonant or at the end
        const bool after_vowel = k > 0 && is_vowel(ph[k - 1].ph) && !out.empty() && out.back().final == 0;
        const bool sonorant = p == Ph::M || p == Ph::N || p == Ph::NG || p == Ph::L;
        // A stop closes the syllable at the end of a word and before consonants other than l, r, m, n
        // (napkin 냅킨, but fitness 피트니스, atlas 아틀라스).
        const bool before_sonorant = has_next && (next == Ph::L || next == Ph::R || next == Ph::M || next == Ph::N ||
                                                  next == Ph::W || next == Ph::Y);
        const bool stop = (p == Ph::P || p == Ph::T || p == Ph::K) && !before_sonorant;
        if (!out.empty() && out.back().final == 0 &&
            (sonorant ? (after_vowel || p == Ph::L) : (stop && after_vowel && previous_was_short_vowel))) {
            out.back().final = final_of(p);
            continue;
        }
        if (p == Ph::NG) {
            out.push_back({kIeung, kEu, 21});
            continue;
        }
        const int medial = (p == Ph::SH || p == Ph::CH || p == Ph::J) ? kI : kEu;
        out.push_back({initial_of(p), medial});
        previous_was_short_vowel = false;
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

}  // namespace

std::string english_to_hangul(std::string_view word) {
    std::string lower;
    lower.reserve(word.size());
    for (char c : word)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) lower += static_cast<char>(c | 0x20);
    std::string out;
    for (const Syllable& s : syllables(english_phones(lower)))
        append_utf8(out, static_cast<char32_t>(0xAC00 + (s.initial * 21 + s.medial) * 28 + s.final));
    return out;
}

}  // namespace nangdok::normalize
