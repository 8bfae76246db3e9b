#include "clean/ime_garbage.hpp"

#include <array>
#include <string>

namespace nangdok {
namespace {

// 2-beolsik layout: these keys type consonants, the rest of a–z type vowels.
bool is_consonant_key(char c) { return std::string_view("rseEfaqQtTdwWczxvgR").find(c) != std::string_view::npos; }
bool is_vowel_key(char c) { return std::string_view("koiOjpuPhynbml").find(c) != std::string_view::npos; }

// Vowel pairs that make one compound vowel (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ).
constexpr std::array<std::string_view, 7> kCompoundVowels{"hk", "ho", "hl", "nj", "np", "nl", "ml"};
// Consonant pairs that make one final (ㄳ ㄵ ㄶ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅄ).
constexpr std::array<std::string_view, 11> kDoubleFinals{"rt", "sw", "sg", "fr", "fa", "fq", "ft", "fx", "fv", "fg", "qt"};

bool parses_from(std::string_view s, std::size_t i);

// One syllable starts at i: initial consonant, vowel (single or compound), then 0–2 finals.
bool syllable_then_rest(std::string_view s, std::size_t i) {
    if (i >= s.size() || !is_consonant_key(s[i])) return false;
    std::size_t j = i + 1;
    if (j >= s.size() || !is_vowel_key(s[j])) return false;
    std::array<std::size_t, 2> vowel_ends{j + 1, 0};
    if (j + 1 < s.size()) {
        for (std::string_view pair : kCompoundVowels)
            if (s.substr(j, 2) == pair) vowel_ends[1] = j + 2;
    }
    for (std::size_t v : vowel_ends) {
        if (v == 0) continue;
        if (parses_from(s, v)) return true;
        if (v < s.size() && is_consonant_key(s[v]) && std::string_view("EQW").find(s[v]) == std::string_view::npos) {
            if (parses_from(s, v + 1)) return true;
            for (std::string_view pair : kDoubleFinals)
                if (s.substr(v, 2) == pair && parses_from(s, v + 2)) return true;
        }
    }
    return false;
}

bool parses_from(std::string_view s, std::size_t i) { return i == s.size() || syllable_then_rest(s, i); }

bool is_hangul_syllable_at(std::string_view line, std::size_t i) {
    // U+AC00–U+D7A3 in UTF-8 starts with 0xEA–0xED.
    if (i + 3 > line.size()) return false;
    const auto lead = static_cast<unsigned char>(line[i]);
    return lead >= 0xEA && lead <= 0xED;
}

bool hangul_ends_at(std::string_view line, std::size_t end) { return end >= 3 && is_hangul_syllable_at(line, end - 3); }

}  // namespace

bool spells_two_beolsik_syllables(std::string_view letters) { return !letters.empty() && parses_from(letters, 0); }

bool has_ime_garbage(std::string_view line) {
    constexpr std::size_t kMinLetters = 3;
    for (std::size_t i = 0; i < line.size();) {
        if (line[i] < 'a' || line[i] > 'z') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < line.size() && line[end] >= 'a' && line[end] <= 'z') ++end;
        const bool glued = hangul_ends_at(line, i) || is_hangul_syllable_at(line, end);
        if (end - i >= kMinLetters && glued && spells_two_beolsik_syllables(line.substr(i, end - i))) return true;
        i = end;
    }
    return false;
}

}  // namespace nangdok
